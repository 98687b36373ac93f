/**
 * Suppressions as they travel in the synthesized output: a `"//"` metadata entry
 * `{"gated_pipeline": {"suppressions": [{"id", "reason"}]}}` on a resource, data source or output, or at the top of
 * `cdk.tf.json` for the whole stack. Terraform ignores `"//"` keys; the CLI reads them, so it honours the same
 * suppressions as synthesis. Pure.
 */
import { METADATA_KEY } from "../core/stack-metadata";
import { CheckSuppression, Rule } from "./model";
import { resources, TfBody } from "./terraform-model";

/** A suppression's reason must say something. */
export const MIN_REASON_LENGTH = 10;

/** Why a suppression is not accepted, or undefined when it is. */
export function suppressionProblem(rules: readonly Rule[], suppression: CheckSuppression): string | undefined {
  const rule = rules.find((r) => r.id === suppression.id);
  if (!rule) return `rule ${JSON.stringify(suppression.id)} does not exist (known: ${rules.map((r) => r.id).join(", ")})`;
  if (rule.core) return `rule ${rule.id} is a core rule and cannot be suppressed (${rule.title})`;
  const reason = typeof suppression.reason === "string" ? suppression.reason.trim() : "";
  if (reason.length < MIN_REASON_LENGTH) {
    return `rule ${rule.id} suppression reason ${JSON.stringify(suppression.reason ?? null)} is too short (at least ${MIN_REASON_LENGTH} characters saying why)`;
  }
  return undefined;
}

function listed(block: TfBody): CheckSuppression[] {
  const list = block?.["//"]?.[METADATA_KEY]?.suppressions;
  return Array.isArray(list) ? list.filter((s) => s && typeof s.id === "string") : [];
}

/**
 * Suppressions that apply to a finding's resource: the stack's own, the block's, and for a bundle file
 * (`bundles/x.zip:apiproxy/...`) those of the proxy or shared flow that uploads the bundle.
 */
export function suppressionsFor(config: TfBody, resource: string): CheckSuppression[] {
  const result = [...listed(config)];
  const colon = resource.indexOf(".zip:");
  if (colon >= 0) {
    const bundle = resource.slice(0, colon + 4);
    for (const block of resources(config)) {
      if ((block.type === "google_apigee_api" || block.type === "google_apigee_sharedflow") && block.body.config_bundle === bundle) {
        result.push(...listed(block.body));
      }
    }
    return result;
  }
  const parts = resource.split(".");
  if (parts[0] === "output" && parts.length === 2) result.push(...listed(config?.output?.[parts[1]]));
  else if (parts[0] === "data" && parts.length === 3) result.push(...listed(config?.data?.[parts[1]]?.[parts[2]]));
  else if (parts.length === 2) result.push(...listed(config?.resource?.[parts[0]]?.[parts[1]]));
  return result;
}
