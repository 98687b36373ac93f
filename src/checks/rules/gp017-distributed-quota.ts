import { Rule } from "../model";
import { child, isTrue, text } from "../xml";
import { allPolicies, fail, pass } from "./helpers";

export const GP017: Rule = {
  id: "GP017",
  level: "warning",
  core: false,
  title: "Quota policies count across message processors (Distributed=true)",
  fix: "set <Distributed>true</Distributed> (and <Synchronous>true</Synchronous>) on the Quota policy",
  check(input) {
    return allPolicies(input)
      .filter((p) => p.type === "Quota")
      .map((p) =>
        isTrue(text(child(p.node, "Distributed")))
          ? pass(p.location, `Quota ${p.name} is distributed`)
          : fail(p.location, `Quota ${p.name} is not distributed, so each message processor counts on its own`),
      );
  },
};
