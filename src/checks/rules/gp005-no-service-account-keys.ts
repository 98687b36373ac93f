import { Rule } from "../model";
import { resourcesOfType } from "../terraform-model";
import { fail, pass } from "./helpers";

export const GP005: Rule = {
  id: "GP005",
  level: "error",
  core: true,
  title: "no user-managed service account keys (google_service_account_key)",
  fix: "remove the key; deploy with keyless identities (workload identity federation, attached service accounts)",
  check(input) {
    const keys = resourcesOfType(input.config, "google_service_account_key");
    if (keys.length === 0) return [pass("cdk.tf.json", "no google_service_account_key resource")];
    return keys.map((k) => fail(k.id, `${k.id} defines a user-managed service account key, a long-lived credential`));
  },
};
