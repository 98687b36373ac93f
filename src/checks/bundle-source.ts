/**
 * How constructs that upload a bundle let the policy pack read it during synthesis, without the pack importing
 * them: a construct carries a {@link BundleSource} under the well-known symbol {@link BUNDLE_SOURCE}, e.g.
 * `public readonly [BUNDLE_SOURCE]: BundleSource = { configBundlePath: "bundles/orders-gate.zip", files: () => ... }`.
 * Pure: no cdktf, no constructs.
 */

/** The property key constructs that upload a bundle carry: `Symbol.for("cdktf-gated-pipeline.bundle")`. */
export const BUNDLE_SOURCE: unique symbol = Symbol.for("cdktf-gated-pipeline.bundle");

/** A bundle as the pack reads it: the `config_bundle` path it is uploaded from, and its files. */
export interface BundleSource {
  /** Exactly the `config_bundle` value in `cdk.tf.json`, relative to the stack folder, e.g. `bundles/orders-gate.zip`. */
  readonly configBundlePath: string;
  /** The files of the zip: bundle-relative paths (`apiproxy/policies/VJ.xml`) and their text. */
  files(): ReadonlyArray<{ readonly path: string; readonly content: string }>;
}

/** The bundle a construct (or any object) carries, if it carries one. */
export function bundleSourceOf(value: unknown): BundleSource | undefined {
  if (value === null || typeof value !== "object") return undefined;
  const source = (value as { [BUNDLE_SOURCE]?: BundleSource })[BUNDLE_SOURCE];
  return source && typeof source.configBundlePath === "string" && typeof source.files === "function" ? source : undefined;
}
