/**
 * What the library records in the `"//"` metadata of `cdk.tf.json` (Terraform ignores `"//"` keys; the policy pack,
 * the CLI and the evidence report read them): suppressions on resources, on a stack who applies it, and the audit
 * trails its gates verify. Pure.
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

/**
 * The audit trails a stack's gates verify at plan time, recorded for the policy pack (GP023), which reads
 * `cdk.tf.json` only: `"//": {"gated_pipeline": {"audit_trails": {"<data source id>": {...}}}}`. (cdktf keeps
 * top-level `"//"` overrides, not those of data sources.)
 */
const AUDIT_TRAILS = "audit_trails";

/** Records what a plan-time check of an audit trail verifies, under the check's data-source id. */
export function recordAuditTrail(stack: { addOverride(path: string, value: unknown): void }, dataSourceId: string, facts: Record<string, unknown>): void {
  stack.addOverride(`//.${METADATA_KEY}.${AUDIT_TRAILS}.${dataSourceId}`, facts);
}

/** The audit trails recorded in a parsed `cdk.tf.json`, by data-source id. */
export function recordedAuditTrails(config: unknown): Readonly<Record<string, Record<string, unknown>>> {
  const metadata = (config as { "//"?: Record<string, Record<string, unknown> | undefined> } | undefined)?.["//"]?.[METADATA_KEY];
  return (metadata?.[AUDIT_TRAILS] as Record<string, Record<string, unknown>> | undefined) ?? {};
}
