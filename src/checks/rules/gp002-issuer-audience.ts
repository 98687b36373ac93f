import { Rule } from "../model";
import { attr, child, isTrue, text } from "../xml";
import { allPolicies, fail, pass } from "./helpers";

/** Present as literal text or as a `ref` to a variable (values known only at apply time come from the KVM). */
function configured(node: unknown): boolean {
  return text(node) !== undefined || (attr(node, "ref") ?? "").trim() !== "";
}

export const GP002: Rule = {
  id: "GP002",
  level: "error",
  core: true,
  title: "every VerifyJWT checks an explicit issuer and audience and refuses unresolved variables and unknown critical headers",
  fix: "set <Issuer> and <Audience> (literal or ref=) on the VerifyJWT policy; leave IgnoreUnresolvedVariables and IgnoreCriticalHeaders false",
  check(input) {
    return allPolicies(input)
      .filter((p) => p.type === "VerifyJWT")
      .map((policy) => {
        const problems: string[] = [];
        if (!configured(child(policy.node, "Issuer"))) problems.push("no <Issuer> (an omitted issuer is not checked)");
        if (!configured(child(policy.node, "Audience"))) problems.push("no <Audience> (an omitted audience is not checked)");
        if (isTrue(text(child(policy.node, "IgnoreUnresolvedVariables")))) problems.push("IgnoreUnresolvedVariables is true");
        if (isTrue(text(child(policy.node, "IgnoreCriticalHeaders")))) problems.push("IgnoreCriticalHeaders is true");
        return problems.length === 0
          ? pass(policy.location, `VerifyJWT ${policy.name} checks issuer and audience`)
          : fail(policy.location, `VerifyJWT ${policy.name}: ${problems.join("; ")}`);
      });
  },
};
