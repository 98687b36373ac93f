// Internal: packs a bundle once, writes its zip into the stack folder at synthesis (never in a constructor) and returns
// the relative path Terraform reads it from.
import { Construct, IConstruct } from "constructs";
import { TerraformResource, TerraformStack } from "../internal/cdk";
import { writeAtSynthesis } from "../internal/synthesis";
import type { PackedBundle } from "./bundle";
import { IBundleSource } from "./bundle-source";
import { DeploymentRegistry } from "./deployment-registry";
import { APIGEE_NAME } from "../core/rules";
import { checkName } from "./validation";

/** Folder of the stack's output directory the zips are written to. */
export const BUNDLE_FOLDER = "bundles";

export interface BundleFile {
  readonly packed: PackedBundle;
  /** Relative to the stack folder, where Terraform runs: `bundles/<name>.zip`. */
  readonly configBundle: string;
}

/** Checks the bundle's kind and name and packs it (pure; nothing registered yet). */
export function packBundle(owner: Construct, bundle: IBundleSource, kind: IBundleSource["kind"]): PackedBundle {
  const path = owner.node.path;
  if (bundle.kind !== kind) {
    const wanted = kind === "apiproxy" ? "a proxy bundle (kind apiproxy)" : "a shared flow bundle (kind sharedflowbundle)";
    throw new Error(`${path}: bundle ${JSON.stringify(bundle.name)} has kind ${JSON.stringify(bundle.kind)} (expected ${wanted})`);
  }
  checkName(path, "bundle name", bundle.name, APIGEE_NAME);
  const packed = bundle.pack();
  if (!/^[A-Za-z0-9._-]+\.zip$/.test(packed.fileName)) {
    throw new Error(`${path}: bundle file name ${JSON.stringify(packed.fileName)} is not allowed (a plain '<name>.zip')`);
  }
  return packed;
}

/** Claims `bundles/<file>` in the stack folder for `owner` and writes the zip there at synthesis. */
export function writeBundle(owner: Construct, packed: PackedBundle): BundleFile {
  const configBundle = `${BUNDLE_FOLDER}/${packed.fileName}`;
  DeploymentRegistry.of(owner).registerFile(TerraformStack.of(owner), configBundle, owner);
  writeAtSynthesis(owner, "Bundle", () => [{ path: configBundle, content: packed.zip }]);
  // Lets the policy pack read the bundle inside synthesis without a dependency on this folder (duck-typed symbol).
  Object.defineProperty(owner, Symbol.for("cdktf-gated-pipeline.bundle"), {
    value: { configBundlePath: configBundle, files: () => packed.files },
    writable: true, // tests replace it to show what the pack does with a tampered bundle
  });
  return { packed, configBundle };
}

/** Every Terraform resource defined under the given constructs (used for explicit deployment ordering). */
export function resourcesUnder(...constructs: readonly IConstruct[]): TerraformResource[] {
  return constructs.flatMap((c) => c.node.findAll().filter((n): n is TerraformResource => TerraformResource.isTerraformResource(n)));
}

/**
 * The resources a deployment running as `identity` must wait for: the account itself and, for a
 * GateRuntimeServiceAccount, its grants (which may live under other constructs, e.g. a Secret's IAM member).
 */
export function runtimeIdentityResources(identity: IConstruct | undefined): TerraformResource[] {
  if (!identity) return [];
  const grants = (identity as { readonly grants?: readonly IConstruct[] }).grants ?? [];
  const seen = new Set<TerraformResource>();
  for (const r of [...resourcesUnder(identity), ...resourcesUnder(...grants)]) seen.add(r);
  return [...seen];
}

const PROXY_ENDPOINT_FILE = /^apiproxy\/proxies\/[^/]+\.xml$/;
const BASE_PATH = /<BasePath>([^<]*)<\/BasePath>/g;

/** The base paths of a packed proxy bundle, read from its ProxyEndpoint files, deduplicated and sorted. */
export function basePathsOf(packed: PackedBundle): string[] {
  const out = new Set<string>();
  for (const file of packed.files) {
    if (!PROXY_ENDPOINT_FILE.test(file.path)) continue;
    for (const match of file.content.matchAll(BASE_PATH)) out.add(match[1].trim());
  }
  return [...out].sort();
}
