import { Rule } from "../model";
import { outputs, references, TfReference } from "../terraform-model";
import { fail, pass } from "./helpers";

const CREDENTIAL_ATTRIBUTES = new Set([
  "api_key",
  "secret",
  "password",
  "consumer_secret",
  "private_key",
  "secret_data",
  "secret_data_wo",
  "result",
]);
/** Types whose whole object (`${type.name}`) carries a credential. */
const CREDENTIAL_TYPES = new Set([
  "prefect_service_account",
  "google_service_account_key",
  "google_secret_manager_secret_version",
  "google_apigee_developer_app",
  "random_password",
  "tls_private_key",
  "prefect_block",
]);

function exposes(ref: TfReference): boolean {
  if (ref.attribute === undefined) return CREDENTIAL_TYPES.has(ref.type);
  // The `secret` attribute of Secret Manager resources is the secret's name, not its value.
  if (ref.attribute === "secret" && ref.type.startsWith("google_secret_manager_")) return false;
  // `result` is only a credential on random_password.
  if (ref.attribute === "result") return ref.type === "random_password";
  return CREDENTIAL_ATTRIBUTES.has(ref.attribute);
}

export const GP010: Rule = {
  id: "GP010",
  level: "error",
  core: false,
  title: "no output exposes a credential (api_key, secret, password, consumer_secret, private_key, secret_data), sensitive or not",
  fix: "remove the output; consumers read the credential from Secret Manager (sensitive outputs still print with terraform output -json)",
  check(input) {
    return outputs(input.config).map((o) => {
      const bad = references(o.body.value).filter(exposes);
      return bad.length === 0
        ? pass(o.id, "exposes no credential")
        : fail(o.id, `${o.id} exposes ${bad.map((r) => `${r.data ? "data." : ""}${r.type}.${r.name}${r.attribute ? `.${r.attribute}` : ""}`).join(", ")}`);
    });
  },
};
