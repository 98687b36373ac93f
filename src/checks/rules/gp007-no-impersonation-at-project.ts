import { Rule } from "../model";
import { resources } from "../terraform-model";
import { fail, pass } from "./helpers";

const IMPERSONATION = new Set(["roles/iam.serviceAccountTokenCreator", "roles/iam.serviceAccountUser"]);

export const GP007: Rule = {
  id: "GP007",
  level: "error",
  core: false,
  title: "no service-account impersonation roles (serviceAccountUser, serviceAccountTokenCreator) at project, folder or organization level",
  fix: "grant the role on the one service account to impersonate (google_service_account_iam_member), not on the project",
  check(input) {
    return resources(input.config)
      .filter((b) => /^google_(project|folder|organization)_iam_(member|binding)$/.test(b.type))
      .map((b) =>
        IMPERSONATION.has(b.body.role)
          ? fail(b.id, `${b.id} grants ${b.body.role} on every service account of the ${b.type.split("_")[1]}`)
          : pass(b.id, "no impersonation role"),
      );
  },
};
