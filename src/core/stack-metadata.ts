/**
 * What the library records in the `"//"` metadata of `cdk.tf.json` (Terraform ignores `"//"` keys; the policy pack,
 * the CLI and the evidence report read them): suppressions on resources, and on a stack who applies it. Pure.
 */

/** The `"//"` key the library's metadata is written under: `"//": {"gated_pipeline": {...}}`. */
export const METADATA_KEY = "gated_pipeline";

/** The marker of a stack an administrator applies: `"//": {"gated_pipeline": {"applied_by": "administrator"}}`. */
const APPLIED_BY = "applied_by";
const ADMINISTRATOR = "administrator";

/** Marks `stack` as applied by an administrator (`GatedPipelineAdminStack`, `DeployerIdentity`). */
export function markAppliedByAdministrator(stack: { addOverride(path: string, value: unknown): void }): void {
  stack.addOverride(`//.${METADATA_KEY}.${APPLIED_BY}`, ADMINISTRATOR);
}

/** Whether a parsed `cdk.tf.json` carries the administrator marker. */
export function appliedByAdministrator(config: unknown): boolean {
  const metadata = (config as { "//"?: Record<string, Record<string, unknown> | undefined> } | undefined)?.["//"]?.[METADATA_KEY];
  return metadata?.[APPLIED_BY] === ADMINISTRATOR;
}
