import { Policy } from "../bundle-model";
import { Rule } from "../model";
import { references, resourcesOfType } from "../terraform-model";
import { child, text } from "../xml";
import { allPolicies, fail, pass } from "./helpers";

/** Prefect keeps an old key alive at most this long after a rotation. */
const MAX_OVERLAP_SECONDS = 172800;

/** The longest time the gate may keep serving a cached Prefect key: cache and KVM expiry settings of its bundles. */
export function gateKeyCacheSeconds(policies: readonly Policy[]): number {
  let max = 0;
  for (const policy of policies) {
    const values: (string | undefined)[] = [];
    if (policy.type === "LookupCache" || policy.type === "PopulateCache") {
      // TimeoutInSeconds, or its deprecated spelling TimeoutInSec.
      const expiry = child(policy.node, "ExpirySettings");
      values.push(text(child(expiry, "TimeoutInSeconds")), text(child(expiry, "TimeoutInSec")));
    }
    if (policy.type === "KeyValueMapOperations") values.push(text(child(policy.node, "ExpiryTimeInSecs")));
    for (const v of values) if (v !== undefined && /^\d+$/.test(v)) max = Math.max(max, Number(v));
  }
  return max;
}

export const GP016: Rule = {
  id: "GP016",
  level: "error",
  core: false,
  title: "Prefect key rotation has no gap: a time_rotating expiry with grace, and an old-key overlap longer than the gate's key cache (max 48 h)",
  fix: "set api_key_expiration = timeadd(<time_rotating>.rotation_rfc3339, \"<grace>\") and old_key_expires_in_seconds above the gate's cache TTL and at most 172800",
  check(input) {
    const cache = gateKeyCacheSeconds(allPolicies(input));
    return resourcesOfType(input.config, "prefect_service_account").map((sa) => {
      const problems: string[] = [];
      const expiration = sa.body.api_key_expiration;
      if (expiration === undefined) problems.push("api_key_expiration is not set, so the key never rotates");
      else if (!(typeof expiration === "string" && /timeadd\(/.test(expiration) && references(expiration).some((r) => r.type === "time_rotating"))) {
        problems.push(`api_key_expiration ${JSON.stringify(expiration)} is not timeadd(<time_rotating>..., <grace>)`);
      }
      const overlap = sa.body.old_key_expires_in_seconds;
      if (typeof overlap !== "number") problems.push("old_key_expires_in_seconds is not set, so the old key dies at rotation");
      else if (overlap > MAX_OVERLAP_SECONDS) problems.push(`old_key_expires_in_seconds ${overlap} exceeds ${MAX_OVERLAP_SECONDS}`);
      else if (overlap <= cache) problems.push(`old_key_expires_in_seconds ${overlap} is not greater than the gate's key cache TTL ${cache}`);
      return problems.length === 0
        ? pass(sa.id, `rotates with a grace window; old key overlap ${overlap}s > cache ${cache}s`)
        : fail(sa.id, `${sa.id}: ${problems.join("; ")}`);
    });
  },
};
