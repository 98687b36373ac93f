import { runsAlways } from "../bundle-model";
import { Rule } from "../model";
import { allStrings, child } from "../xml";
import { allPolicies, fail, pass, perProxyEndpoint } from "./helpers";

/** Variables an audit record must never contain: the token, the Authorization header, masked `private.*` values. */
const FORBIDDEN_VARIABLES: readonly { readonly pattern: RegExp; readonly why: string }[] = [
  { pattern: /^(request|message)\.headers?\.authorization\b/i, why: "the Authorization header" },
  { pattern: /^request\.queryparam\.(access_token|id_token|token)\b/i, why: "a token in the query string" },
  { pattern: /^private\./, why: "a private.* variable" },
  { pattern: /^jwt\.[^.]+\.(token|payload|payload-json|header-json)\b/i, why: "the JWT itself" },
];

/** `{variable}` references of a message template. */
function variables(template: string): string[] {
  return [...template.matchAll(/\{([^{}"\s]+)\}/g)].map((m) => m[1]);
}

export const GP011: Rule = {
  id: "GP011",
  level: "error",
  core: false,
  title: "every proxy writes an audit record to Cloud Logging in PostClientFlow, free of tokens and private variables",
  fix: "attach a MessageLogging policy with <CloudLogging> to the ProxyEndpoint PostClientFlow (unconditional) and log claims (iss, sub, client), never the Authorization header, the JWT or private.* variables",
  check(input) {
    const results = perProxyEndpoint(input, (endpoint) => {
      const audit = endpoint.postClientSteps.find(
        (s) => s.policy?.type === "MessageLogging" && s.policy.enabled && runsAlways(s) && child(s.policy.node, "CloudLogging") !== undefined,
      );
      return audit
        ? pass(endpoint.location, `MessageLogging ${audit.name} writes to Cloud Logging in PostClientFlow`)
        : fail(endpoint.location, "no enabled, unconditional MessageLogging step with <CloudLogging> in PostClientFlow");
    });
    for (const policy of allPolicies(input).filter((p) => p.type === "MessageLogging")) {
      const leaks = allStrings(policy.node)
        .flatMap(variables)
        .flatMap((v) => FORBIDDEN_VARIABLES.filter((f) => f.pattern.test(v)).map((f) => `{${v}} (${f.why})`));
      results.push(
        leaks.length === 0
          ? pass(policy.location, `MessageLogging ${policy.name} logs no credential`)
          : fail(policy.location, `MessageLogging ${policy.name} logs ${[...new Set(leaks)].join(", ")}`),
      );
    }
    return results;
  },
};
