// The CI deployer's role is derived from the library's permission table; a stack CI applies may hold only types the
// role can manage, or the apply fails with 403 half-way.
import {
  ADMINISTRATOR_RESOURCE_TYPES,
  DEPLOYER_GRANTABLE_PROJECT_ROLES,
  DEPLOYER_PERMISSION_TABLE,
  LIBRARY_GOOGLE_TYPES,
} from "../../identity/deployer-permissions";
import { appliedByAdministrator } from "../../core/stack-metadata";
import { Rule, RuleResult } from "../model";
import { dataSources, resources, TfBlock } from "../terraform-model";
import { fail, pass } from "./helpers";

const REAPPLY = "and have an administrator re-apply DeployerIdentity before CI deploys";


function judge(block: TfBlock): RuleResult {
  const key = block.id.startsWith("data.") ? `data.${block.type}` : block.type;
  if (DEPLOYER_PERMISSION_TABLE[key]) {
    if (block.type === "google_project_iam_member") return judgeProjectGrant(block);
    return pass(block.id, `the deployer role manages ${key}`);
  }
  const administrative = ADMINISTRATOR_RESOURCE_TYPES[key];
  if (administrative) {
    return fail(
      block.id,
      `the deployer role cannot manage ${key}, which decides ${administrative}; it belongs in the stack an administrator applies, with DeployerIdentity`,
      "error",
    );
  }
  if (LIBRARY_GOOGLE_TYPES.includes(key)) {
    return fail(block.id, `the library creates ${key} but its permission table has no entry for it, so the deployer role cannot manage it`, "error");
  }
  return fail(
    block.id,
    `the deployer role has no permissions for ${key}, which this stack adds: list what Terraform needs to create, read, update and ` +
      `delete it in DeployerIdentity's additionalPermissions ${REAPPLY}`,
    "warning",
  );
}

/** The deployer's setIamPolicy on the project is bound under a condition that allows only some roles. */
function judgeProjectGrant(block: TfBlock): RuleResult {
  const role = block.body.role;
  if (typeof role === "string" && DEPLOYER_GRANTABLE_PROJECT_ROLES.includes(role)) {
    return pass(block.id, `the deployer may grant ${role} on the project`);
  }
  return fail(
    block.id,
    `grants ${JSON.stringify(role)} on the project, but the deployer may grant only ${DEPLOYER_GRANTABLE_PROJECT_ROLES.join(", ")} there ` +
      `(its setIamPolicy is conditioned): add the role to DeployerIdentity's additionalGrantableProjectRoles ${REAPPLY}`,
    "warning",
  );
}

export const GP020: Rule = {
  id: "GP020",
  level: "error",
  core: false,
  title: "the CI deployer's role can manage every google_* resource and data source type of the stack",
  fix: "define administrator-only types (custom roles, workload identity pools) beside DeployerIdentity; for types you add, extend DeployerIdentity's additionalPermissions or additionalGrantableProjectRoles and have an administrator re-apply it first",
  check(input) {
    if (appliedByAdministrator(input.config)) {
      return [pass("cdk.tf.json", "applied by an administrator (the stack defines DeployerIdentity): the deployer role does not apply")];
    }
    const blocks = [...resources(input.config), ...dataSources(input.config)].filter((b) => b.type.startsWith("google_"));
    if (blocks.length === 0) return [pass("cdk.tf.json", "no google_* resource or data source")];
    return blocks.map(judge);
  },
};
