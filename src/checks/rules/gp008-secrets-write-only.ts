import { Rule } from "../model";
import { resourcesOfType } from "../terraform-model";
import { fail, pass } from "./helpers";

export const GP008: Rule = {
  id: "GP008",
  level: "error",
  core: true,
  title: "secret versions are written only through write-only attributes (secret_data_wo + secret_data_wo_version)",
  fix: "write the value with secret_data_wo and a secret_data_wo_version (Secret.addVersion does both); never secret_data, which Terraform stores in state",
  check(input) {
    return resourcesOfType(input.config, "google_secret_manager_secret_version").map((b) => {
      const problems: string[] = [];
      if (b.body.secret_data !== undefined) problems.push("sets secret_data, which is stored in Terraform state");
      if (b.body.secret_data_wo === undefined) problems.push("has no secret_data_wo");
      if (b.body.secret_data_wo_version === undefined) problems.push("has no secret_data_wo_version, so a new value is never sent");
      return problems.length === 0 ? pass(b.id, "write-only") : fail(b.id, `${b.id} ${problems.join("; ")}`);
    });
  },
};
