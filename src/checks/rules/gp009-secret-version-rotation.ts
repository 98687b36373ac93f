import { Rule } from "../model";
import { references, resourcesOfType } from "../terraform-model";
import { fail, pass } from "./helpers";

export const GP009: Rule = {
  id: "GP009",
  level: "error",
  core: false,
  title: "every write-only secret version is bound to a rotation (secret_data_wo_version from a time_rotating)",
  fix: "derive secret_data_wo_version from the time_rotating that rotates the value (Secret.addVersion({ rotation }))",
  check(input) {
    return resourcesOfType(input.config, "google_secret_manager_secret_version")
      .filter((b) => b.body.secret_data_wo !== undefined)
      .map((b) =>
        references(b.body.secret_data_wo_version).some((r) => !r.data && r.type === "time_rotating")
          ? pass(b.id, "secret_data_wo_version follows a time_rotating")
          : fail(b.id, `${b.id} secret_data_wo_version ${JSON.stringify(b.body.secret_data_wo_version ?? null)} does not reference a time_rotating, so a rotated value would never be written`),
      );
  },
};
