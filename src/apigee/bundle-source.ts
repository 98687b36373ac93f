// The part of the bundle compiler (src/apigee/bundle/) the deployment constructs rely on, typed structurally so the
// constructs work with any bundle that packs to a deterministic zip.

/** A bundle rendered and zipped (the compiler's `PackedBundle`). */
export interface PackedBundleLike {
  /** The zip's file name, `<bundle name>.zip`. */
  readonly fileName: string;
  /** The zip bytes; identical for identical bundles. */
  readonly zip: Buffer;
  /** base64(md5(zip)), as the google provider computes it. */
  readonly md5Base64: string;
  /** The rendered entries, sorted by path (paths start with `apiproxy/` or `sharedflowbundle/`). */
  readonly files: ReadonlyArray<{ readonly path: string; readonly content: string }>;
}

/** A proxy or shared flow bundle (the compiler's `ProxyBundle` / `SharedFlowBundle`). */
export interface IBundleSource {
  /** The proxy or shared flow name. */
  readonly name: string;
  /** `apiproxy` for a proxy, `sharedflowbundle` for a shared flow. */
  readonly kind: "apiproxy" | "sharedflowbundle";
  /** Renders and zips the bundle; pure and deterministic. */
  pack(): PackedBundleLike;
}
