import { Rule, RuleResult } from "../model";
import { dataSources, references, resolveReference, resources, TfBlock } from "../terraform-model";
import { fail, pass } from "./helpers";

const PRIMITIVE = new Set(["roles/owner", "roles/editor", "roles/viewer"]);

/** Why a role is too broad, or undefined. Custom roles and unresolved references are not judged. */
export function broadRole(role: unknown): string | undefined {
  if (typeof role !== "string") return undefined;
  if (PRIMITIVE.has(role)) return `primitive role ${role}`;
  if (role.startsWith("roles/") && /admin$/i.test(role)) return `predefined admin role ${role}`;
  return undefined;
}

/** Roles of a `data.google_iam_policy` (its `binding` blocks). */
function policyRoles(body: { binding?: unknown }): unknown[] {
  const bindings = Array.isArray(body.binding) ? body.binding : body.binding ? [body.binding] : [];
  return bindings.map((b: { role?: unknown }) => b.role);
}

export const GP006: Rule = {
  id: "GP006",
  level: "error",
  core: false,
  title: "no primitive (owner/editor/viewer) or predefined admin role on any IAM member, binding or policy",
  fix: "grant the narrowest predefined role on the one resource that needs it (e.g. roles/secretmanager.secretAccessor on the secret)",
  check(input) {
    const results: RuleResult[] = [];
    const judge = (block: TfBlock, roles: unknown[]) => {
      const problems = roles.map(broadRole).filter((p) => p !== undefined);
      results.push(problems.length === 0 ? pass(block.id, "no broad role") : fail(block.id, `${block.id} grants ${problems.join(", ")}`));
    };
    for (const block of resources(input.config)) {
      if (/^google_.+_iam_(member|binding)$/.test(block.type)) judge(block, [block.body.role]);
      if (/^google_.+_iam_policy$/.test(block.type)) {
        const data = references(block.body.policy_data)
          .filter((r) => r.data && r.type === "google_iam_policy")
          .map((r) => resolveReference(input.config, r) ?? {});
        let literal: unknown[] = [];
        try {
          literal = typeof block.body.policy_data === "string" && !block.body.policy_data.includes("${")
            ? (JSON.parse(block.body.policy_data).bindings ?? []).map((b: { role?: unknown }) => b.role)
            : [];
        } catch {
          literal = [];
        }
        judge(block, [...literal, ...data.flatMap(policyRoles)]);
      }
    }
    for (const block of dataSources(input.config)) {
      if (block.type === "google_iam_policy") judge(block, policyRoles(block.body));
    }
    return results;
  },
};
