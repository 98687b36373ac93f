import { failsClosed, guardOnPath, RequestPath, runsAlways, Step } from "../bundle-model";
import { Rule } from "../model";
import { fail, pass, perProxyEndpoint } from "./helpers";

const EQUALS = /^\(?\s*([^\s()=!]+)\s*(?:=|==|Equals)\s*("[^"]*")\s*\)?$/;
const squash = (s: string) => s.replace(/\s+/g, " ");

/**
 * Whether a RaiseFault condition refuses every request a conditional VerifyJWT step skips: it tests the step's
 * result (`jwt.<policy>.`), or the step runs under `<var> = "<value>"` and the fault's condition holds
 * `<var> != "<value>"` (one VerifyJWT per issuer selected by the decoded `iss`, and a fault for any other issuer).
 */
function refusesSkipped(faultCondition: string, verify: Step): boolean {
  const condition = squash(faultCondition);
  if (condition.includes(`jwt.${verify.name}.`)) return true;
  const m = EQUALS.exec((verify.condition ?? "").trim());
  return m !== null && (condition.includes(`${m[1]} != ${m[2]}`) || condition.includes(`${m[1]} NotEquals ${m[2]}`));
}

/**
 * A path is protected by an unconditional, fail-closed VerifyJWT before its upstream call. Gates with several issuers
 * may instead run one VerifyJWT per issuer under a Condition, provided a RaiseFault before the upstream call refuses
 * every request none of them verifies (see {@link refusesSkipped}).
 */
function protectedPath(path: RequestPath): string | undefined {
  const guard = guardOnPath(path, "VerifyJWT");
  if (guard.ok) return undefined;
  const before = path.steps.slice(0, path.upstreamAt ?? path.steps.length);
  const conditional = before.filter((s) => s.policy?.type === "VerifyJWT" && !runsAlways(s));
  // Per-issuer VerifyJWTs are conditional by design: one that does not fail closed is the problem to name.
  const open = conditional.filter((s) => !failsClosed(s.policy));
  if (open.length > 0) {
    const why = (s: Step) => (s.policy?.enabled ? `VerifyJWT policy ${s.name} has continueOnError="true"` : `VerifyJWT policy ${s.name} is disabled (enabled="false")`);
    return `${path.description}: ${open.map(why).join(", ")}`;
  }
  if (conditional.length > 0) {
    const fault = before.find(
      (s) => s.policy?.type === "RaiseFault" && s.policy.enabled && conditional.every((v) => refusesSkipped(s.condition ?? "", v)),
    );
    if (fault) return undefined;
    return `${path.description}: VerifyJWT steps ${conditional.map((s) => s.name).join(", ")} are conditional and no RaiseFault before the upstream call refuses requests none of them verified`;
  }
  return `${path.description}: ${guard.why}`;
}

export const GP001: Rule = {
  id: "GP001",
  level: "error",
  core: true,
  title: "every proxy verifies the caller's JWT (VerifyJWT, fail-closed) before any upstream call",
  fix: "add a VerifyJWT step to the ProxyEndpoint PreFlow before any ServiceCallout or route, without a skipping Condition, enabled and with continueOnError=\"false\"",
  check(input) {
    return perProxyEndpoint(input, (endpoint) => {
      const problems = endpoint.paths.filter((p) => p.upstreamAt !== undefined).map(protectedPath).filter((p) => p !== undefined);
      return problems.length === 0
        ? pass(endpoint.location, "VerifyJWT runs before the upstream call on every path")
        : fail(endpoint.location, problems.join("; "));
    });
  },
};
