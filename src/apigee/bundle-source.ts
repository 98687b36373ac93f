// The part of the bundle compiler (src/apigee/bundle/) the deployment constructs rely on. `ProxyBundle` and
// `SharedFlowBundle` satisfy it; any other source of deterministic zips can too (tests use a fake).
import type { PackedBundle } from "./bundle";

/** A proxy or shared flow bundle (the compiler's `ProxyBundle` / `SharedFlowBundle`). */
export interface IBundleSource {
  /** The proxy or shared flow name. */
  readonly name: string;
  /** `apiproxy` for a proxy, `sharedflowbundle` for a shared flow. */
  readonly kind: "apiproxy" | "sharedflowbundle";
  /** Renders and zips the bundle; pure and deterministic. */
  pack(): PackedBundle;
}
