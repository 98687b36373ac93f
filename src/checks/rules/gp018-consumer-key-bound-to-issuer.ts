import { RequestPath, Step } from "../bundle-model";
import { Rule } from "../model";
import { all, attr, child, text } from "../xml";
import { fail, pass, perProxyEndpoint } from "./helpers";

/**
 * What a variable holds at a step of a path: the last AssignVariable before it that assigns it (Template, Value or Ref),
 * with the policy that assigns it.
 */
interface Assignment {
  readonly kind: "Template" | "Value" | "Ref";
  readonly content: string;
  readonly step: Step;
}

function assignmentsBefore(path: RequestPath, index: number, variable: string): Assignment[] {
  const found: Assignment[] = [];
  for (const step of path.steps.slice(0, index)) {
    if (step.policy?.type !== "AssignMessage" || !step.policy.enabled) continue;
    for (const v of all(step.policy.node, "AssignVariable")) {
      if (text(child(v, "Name")) !== variable) continue;
      for (const kind of ["Template", "Value", "Ref"] as const) {
        const content = text(child(v, kind));
        if (content !== undefined) found.push({ kind, content, step });
      }
    }
  }
  return found;
}

/** `{firstnonnull(a,b)}` or `{a}` → [a, b]; undefined when the template is anything else. */
function templateReads(template: string): string[] | undefined {
  const m = /^\{(?:firstnonnull\(([^(){}]+)\)|([^(){},]+))\}$/.exec(template.trim());
  if (!m) return undefined;
  return (m[1] ?? m[2]).split(",").map((s) => s.trim());
}

/**
 * Why the key VerifyAPIKey looks up is not bound to the verifying issuer, or undefined when it is: the key is
 * `{sha256Hex(I)}` where I is `<pipeline>|{issuer}|{client}`, `issuer` is assigned only literal values (the name of the
 * issuer whose VerifyJWT passed, never a token value) and `client` only claims a VerifyJWT decoded (verified).
 */
function unboundKey(path: RequestPath, index: number, keyVariable: string, verifyJwtPolicies: ReadonlySet<string>): string | undefined {
  const keyAssignments = assignmentsBefore(path, index, keyVariable);
  const hash = keyAssignments.length === 1 && keyAssignments[0].kind === "Template" ? /^\{sha256Hex\(([^()]+)\)\}$/.exec(keyAssignments[0].content.trim()) : null;
  if (!hash) return `it reads ${keyVariable}, which is not assigned once as {sha256Hex(<input>)} before it (a bare client id lets one issuer's token act as another's caller)`;
  const input = hash[1].trim();
  const inputs = assignmentsBefore(path, index, input);
  const parts = inputs.length === 1 && inputs[0].kind === "Template" ? /^([^{}|]+)\|\{([^{}()]+)\}\|\{([^{}()]+)\}$/.exec(inputs[0].content.trim()) : null;
  if (!parts) return `${input} is not assigned once as <pipeline>|{<issuer name>}|{<client id>}, so the key is not bound to this gate and the verifying issuer`;
  const [, , issuerVariable, clientVariable] = parts;
  const issuerValues = assignmentsBefore(path, index, issuerVariable);
  if (issuerValues.length === 0 || issuerValues.some((a) => a.kind !== "Value")) {
    return `the issuer part ${issuerVariable} is not set from literal issuer names (it must name the issuer whose VerifyJWT passed, never a token value)`;
  }
  const clientValues = assignmentsBefore(path, index, clientVariable);
  const reads = clientValues.length === 1 && clientValues[0].kind === "Template" ? templateReads(clientValues[0].content) : undefined;
  const verified = (v: string) => {
    const m = /^jwt\.([^.]+)\.decoded\.claim\.[^.]+$/.exec(v);
    return m !== null && verifyJwtPolicies.has(m[1]);
  };
  if (!reads || reads.length === 0 || !reads.every(verified)) {
    return `the client part ${clientVariable} is not read from claims a VerifyJWT verified (jwt.<VerifyJWT policy>.decoded.claim.<claim>)`;
  }
  return undefined;
}

export const GP018: Rule = {
  id: "GP018",
  level: "error",
  core: false,
  title: "VerifyAPIKey looks up a consumer key bound to the gate and the verifying issuer, not a bare client id",
  fix: "before VerifyAPIKey, assign <key> = {sha256Hex(<input>)} with <input> = <pipeline>|{<issuer name>}|{<verified client id claim>} and read <APIKey ref=\"<key>\"/>; give each caller app that key",
  check(input) {
    return perProxyEndpoint(input, (endpoint, proxy) => {
      const verifyJwt = new Set([...(proxy.bundle?.policies.values() ?? [])].filter((p) => p.type === "VerifyJWT").map((p) => p.name));
      const problems = new Set<string>();
      let keys = 0;
      for (const path of endpoint.paths) {
        path.steps.forEach((step, index) => {
          if (step.policy?.type !== "VerifyAPIKey" || !step.policy.enabled) return;
          keys++;
          const ref = attr(child(step.policy.node, "APIKey"), "ref");
          const why = ref === undefined ? "it does not read its key from a flow variable (<APIKey ref>)" : unboundKey(path, index, ref, verifyJwt);
          if (why) problems.add(`VerifyAPIKey ${step.name}: ${why}`);
        });
      }
      if (problems.size > 0) return fail(endpoint.location, [...problems].join("; "));
      return pass(endpoint.location, keys === 0 ? "no VerifyAPIKey" : "every VerifyAPIKey looks up a key bound to the gate, the verifying issuer and the verified client id");
    });
  },
};
