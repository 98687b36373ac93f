import { Rule } from "../model";
import { attr, child, text } from "../xml";
import { allPolicies, durationSeconds, fail, pass } from "./helpers";

const MAX_SKEW_SECONDS = 60;

export const GP004: Rule = {
  id: "GP004",
  level: "error",
  core: false,
  title: "every VerifyJWT bounds clock skew (TimeAllowance <= 60s) and token lifetime (MaxLifespan set)",
  fix: "set <TimeAllowance> to 60s or less and <MaxLifespan> to the longest token lifetime the issuer should mint (e.g. 1h)",
  check(input) {
    return allPolicies(input)
      .filter((p) => p.type === "VerifyJWT")
      .map((policy) => {
        const problems: string[] = [];
        const allowanceNode = child(policy.node, "TimeAllowance");
        const allowance = text(allowanceNode);
        if (allowance !== undefined) {
          const seconds = durationSeconds(allowance);
          if (seconds === undefined) problems.push(`TimeAllowance ${JSON.stringify(allowance)} is not a duration such as 60s`);
          else if (seconds > MAX_SKEW_SECONDS) problems.push(`TimeAllowance ${JSON.stringify(allowance)} exceeds ${MAX_SKEW_SECONDS}s`);
        } else if (attr(allowanceNode, "ref") !== undefined) {
          problems.push("TimeAllowance comes from a variable, so its bound cannot be verified");
        }
        const lifespan = child(policy.node, "MaxLifespan");
        if (text(lifespan) === undefined && attr(lifespan, "ref") === undefined) problems.push("no <MaxLifespan>");
        return problems.length === 0
          ? pass(policy.location, `VerifyJWT ${policy.name} bounds skew and lifetime`)
          : fail(policy.location, `VerifyJWT ${policy.name}: ${problems.join("; ")}`);
      });
  },
};
