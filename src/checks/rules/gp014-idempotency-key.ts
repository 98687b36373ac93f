import { mayPost, RequestPath } from "../bundle-model";
import { Rule } from "../model";
import { child, text } from "../xml";
import { fail, pass, perProxyEndpoint } from "./helpers";

/**
 * A step Condition that holds when the request has no `Idempotency-Key` header. Only this test makes the header
 * required: a condition on its value or its count (e.g. `request.header.Idempotency-Key.values.count > 1`) lets a
 * request without it through.
 */
const KEY_ABSENT = /request\.header\.idempotency-key\s*(=|==|Equals)\s*null\b/i;

/**
 * The marker of an enforced Idempotency-Key: before the upstream call, a RaiseFault answering 400 runs under a step
 * Condition that tests the `Idempotency-Key` request header is absent (`request.header.Idempotency-Key = null`).
 */
function enforcesKey(path: RequestPath): boolean {
  const limit = path.upstreamAt ?? path.steps.length;
  return path.steps.slice(0, limit).some(
    (s) =>
      s.policy?.type === "RaiseFault" &&
      s.policy.enabled &&
      KEY_ABSENT.test(s.condition ?? "") &&
      text(child(child(child(s.policy.node, "FaultResponse"), "Set"), "StatusCode")) === "400",
  );
}

export const GP014: Rule = {
  id: "GP014",
  level: "error",
  core: false,
  title: "run requests are refused with 400 before any upstream call unless they carry an Idempotency-Key header",
  fix: "before the upstream call, add a RaiseFault with StatusCode 400 under the step Condition request.header.Idempotency-Key = null (the gate derives Prefect's idempotency_key from it)",
  check(input) {
    return perProxyEndpoint(input, (endpoint) => {
      // Only a POST routed to the target starts a run; callouts alone (e.g. reading a secret) start none.
      const unguarded = endpoint.paths.filter((p) => p.routedToTarget && mayPost(p) && !enforcesKey(p));
      return unguarded.length === 0
        ? pass(endpoint.location, "every POST path requires the Idempotency-Key header")
        : fail(endpoint.location, `${unguarded.map((p) => p.description).join("; ")}: reaches the upstream without requiring the Idempotency-Key header`);
    });
  },
};
