import { Rule, RuleResult } from "../model";
import { references, resolveReference, resourcesOfType } from "../terraform-model";
import { fail, pass } from "./helpers";

/** Built-in workspace roles no broader than Runner (Viewer + run deployments). */
const NARROW_BUILT_IN_ROLES = new Set(["Runner", "Viewer"]);
/** Scopes a custom role may hold and stay within Runner: seeing things, and running deployments. */
const NARROW_SCOPE = /^(see_[a-z_]+|run_deployments)$/;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
function roleProblem(config: any, roleId: unknown): string | undefined {
  const ref = references(roleId).find((r) => r.type === "prefect_workspace_role");
  if (!ref) return `workspace_role_id ${JSON.stringify(roleId)} is not a reference to a prefect_workspace_role, so its breadth cannot be verified`;
  const body = resolveReference(config, ref);
  if (!body) return `workspace_role_id references ${ref.data ? "data." : ""}${ref.type}.${ref.name}, which is not in the stack`;
  if (ref.data) {
    return NARROW_BUILT_IN_ROLES.has(body.name) ? undefined : `the workspace role ${JSON.stringify(body.name)} is broader than Runner`;
  }
  const scopes: unknown[] = Array.isArray(body.scopes) ? body.scopes : [];
  const broad = scopes.filter((s) => typeof s !== "string" || !NARROW_SCOPE.test(s));
  if (broad.length > 0) return `the custom workspace role ${JSON.stringify(body.name)} holds scopes ${JSON.stringify(broad)} beyond Runner`;
  if (body.inherited_role_id !== undefined) {
    const inherited = roleProblem(config, body.inherited_role_id);
    if (inherited) return `the custom workspace role ${JSON.stringify(body.name)} inherits too much: ${inherited}`;
  }
  return undefined;
}

export const GP015: Rule = {
  id: "GP015",
  level: "error",
  core: false,
  title: "the Prefect service account is a Member of the account and no broader than Runner in its workspace",
  fix: "keep account_role_name Member and give the service account the built-in Runner workspace role (data prefect_workspace_role { name = \"Runner\" }) or a custom role with see_* and run_deployments scopes only",
  check(input) {
    const results: RuleResult[] = [];
    for (const sa of resourcesOfType(input.config, "prefect_service_account")) {
      const role = sa.body.account_role_name;
      results.push(
        role === "Admin" || role === "Owner"
          ? fail(sa.id, `${sa.id} account_role_name ${JSON.stringify(role)} is not allowed (Member only)`)
          : pass(sa.id, "account role Member"),
      );
    }
    for (const access of resourcesOfType(input.config, "prefect_workspace_access")) {
      if (access.body.accessor_type !== "SERVICE_ACCOUNT") continue;
      const problem = roleProblem(input.config, access.body.workspace_role_id);
      results.push(problem ? fail(access.id, `${access.id}: ${problem}`) : pass(access.id, "workspace role no broader than Runner"));
    }
    return results;
  },
};
