/**
 * The gate: `buildGateProxy` turns a `GateProxySpec` into the Apigee proxy bundle that decides like the simulator
 * (`src/simulate/simulate-gate.ts`), in the contract's order (`DECISION_ORDER`, `EVENT_DECISION_ORDER`), with the same
 * codes. Each part of that order is rendered by one file of `gate-proxy/`, assembled here in that order:
 *
 * - `verification.ts`: PreFlow of every route, up to the verified caller (spike arrest per client IP, repeated
 *   headers, the token and its issuer's VerifyJWT, claims);
 * - `authorization.ts`: PreFlow, the caller's spike arrest, route and method, VerifyAPIKey on its consumer key;
 * - `request-checks.ts`: flow `triggerRun` (Content-Type, Idempotency-Key, body, product quota) and flow
 *   `statusEvents` (webhook secret, body, replay window, de-duplication, publication);
 * - `upstream.ts`: target `prefect`, the only upstream, and what the caller sees of its answer;
 * - `responses.ts` and `errors.ts`: the 202 of status events, every refusal's response, the default fault rule;
 * - `audit.ts`: the audit record, in PostClientFlow.
 *
 * Pure: no cdktf, no constructs; the same spec gives the same bytes.
 */
import { Condition, ProxyBundle, RouteRule } from "../apigee/bundle";
import { ROUTES } from "../gate/contract";
import { GateProxySpec } from "./gate-proxy-spec";
import { auditPolicy } from "./gate-proxy/audit";
import { Authorization } from "./gate-proxy/authorization";
import { GateContext } from "./gate-proxy/context";
import { RequestChecks } from "./gate-proxy/request-checks";
import { eventAnswers, proxyDefaultFaultRule } from "./gate-proxy/responses";
import { prefectTarget, TARGET } from "./gate-proxy/upstream";
import { validateGateProxySpec } from "./gate-proxy/validate-spec";
import { GATE_VARIABLES as V } from "./gate-proxy/variables";
import { Verification } from "./gate-proxy/verification";

export { GATE_VARIABLES } from "./gate-proxy/variables";

/** Builds the gate proxy bundle for `spec` (validated first; errors name the field, the value and what is allowed). */
export function buildGateProxy(spec: GateProxySpec): ProxyBundle {
  validateGateProxySpec(spec);
  const ctx = new GateContext(spec);
  const verification = new Verification(ctx);
  const authorization = new Authorization(ctx);
  const requests = new RequestChecks(ctx);
  /** The route's flow condition: the route the script matched, and its method (explicit for readers and checks). */
  const routeIs = (route: keyof typeof ROUTES) => Condition.all(Condition.equals(V.route, route), Condition.verbIs(ROUTES[route].method));
  return new ProxyBundle({
    name: spec.proxyName,
    description: spec.description,
    basePath: spec.basePath,
    proxyEndpoint: {
      preFlow: { request: [...verification.steps(), ...authorization.steps()] },
      flows: [
        { name: "triggerRun", condition: routeIs("triggerRun"), request: requests.triggerRun() },
        { name: "readRun", condition: routeIs("readRun") },
        { name: "statusEvents", condition: routeIs("statusEvents"), request: requests.statusEvents(), response: eventAnswers() },
        { name: "notFound", request: [ctx.errors.fault("route_not_found")] },
      ],
      // One rule per fault name, so every condition stays short and no two rules match the same fault.
      faultRules: [...verification.faultRules(), ...authorization.faultRules(), ...requests.faultRules()],
      defaultFaultRule: proxyDefaultFaultRule(ctx),
      postClientFlow: { response: [auditPolicy(ctx)] },
      routeRules: [
        RouteRule.toTarget(TARGET, TARGET, Condition.any(Condition.equals(V.route, "triggerRun"), Condition.equals(V.route, "readRun"))),
        RouteRule.noRoute("noTarget"),
      ],
    },
    targetEndpoints: [prefectTarget(ctx)],
  });
}
