/**
 * The one upstream, target `prefect` (run requests and run reads): the Prefect key from Secret Manager (cached) → the
 * `create_flow_run` or `flow_runs/{id}` request, built from no caller header at all (the contract's
 * `UPSTREAM_HEADERS`) → `gate-response.js`, which decides what the caller sees of Prefect's answer (a run read answers
 * only when the run carries the caller's tag). The connection never retries: a `create_flow_run` POST must never be
 * sent twice.
 */
import { Duration } from "../../core/duration";
import { AssignMessage, Condition, Javascript, ResourceFile, Step, TargetConnection, TargetEndpointProps } from "../../apigee/bundle";
import { createFlowRunPath, readFlowRunPath, ROUTES, UPSTREAM_HEADERS } from "../../gate/contract";
import { responseScript } from "../gate-scripts/response-script";
import { templatePart, GateContext } from "./context";
import { GateErrorCode } from "./errors";
import { bodyPolicy } from "./request-checks";
import { GATE_VARIABLES as V } from "./variables";

/** The target endpoint's name (the route rule of caller routes names it). */
export const TARGET = "prefect";
/** Codes `gate-response.js` can set. */
const RESPONSE_CODES: readonly GateErrorCode[] = ["upstream_rate_limited", "run_not_owned", "invalid_field", "upstream_failed"];

export function prefectTarget(ctx: GateContext): TargetEndpointProps {
  const s = ctx.spec;
  const account = templatePart(s.prefect.accountId);
  const workspace = templatePart(s.prefect.workspaceId);
  // Only the headers the gate chooses reach Prefect (the contract's UPSTREAM_HEADERS): every header of the caller's request is
  // removed, then the Prefect key and Accept are set (Content-Type comes with the payload).
  const common = {
    remove: { allHeaders: true },
    headers: {
      [headerCase(UPSTREAM_HEADERS.authorization)]: `Bearer {${V.prefectKey}}`,
      [headerCase(UPSTREAM_HEADERS.accept)]: "application/json",
    },
  };
  // The Path of the connection is a template: the path Prefect is called on, without its leading '/'.
  const path = (p: string) => p.replace(/^\//, "");
  const noCopy = [
    { name: "target.copy.pathsuffix", value: "false" },
    { name: "target.copy.queryparams", value: "false" },
  ];
  const create = new AssignMessage({
    name: "AM-CreateFlowRun",
    remove: common.remove,
    set: {
      headers: common.headers,
      payload: { contentType: "application/json", content: `{${V.upstreamBody}}` },
      verb: "POST",
    },
    assignVariables: [...noCopy, { name: V.upstreamPath, template: path(createFlowRunPath(account, workspace, `{${V.deploymentId}}`)) }],
  });
  const read = new AssignMessage({
    name: "AM-ReadFlowRun",
    remove: common.remove,
    set: { headers: common.headers, verb: "GET" },
    assignVariables: [...noCopy, { name: V.upstreamPath, template: path(readFlowRunPath(account, workspace, `{${V.runId}}`)) }],
  });
  const onRoute = (route: keyof typeof ROUTES) => Condition.equals(V.route, route);
  return {
    name: TARGET,
    // Apigee retries a failed request on the LoadBalancer by default; a `create_flow_run` POST must never be sent twice.
    connection: TargetConnection.targetServer(s.prefect.targetServerName, { path: `/{${V.upstreamPath}}`, retryEnabled: false }),
    connectTimeout: Duration.millis(s.connectTimeoutMillis),
    ioTimeout: Duration.millis(s.ioTimeoutMillis),
    // Every Prefect status reaches gate-response.js, which decides what the caller sees.
    properties: { "success.codes": "1xx,2xx,3xx,4xx,5xx" },
    preFlow: {
      request: [
        ...ctx.secrets.steps("PrefectKey", s.prefectKeySecret, V.prefectKey),
        Step.of(bodyPolicy(ctx, "JS-BuildRunBody", "build"), onRoute("triggerRun")),
        Step.of(create, onRoute("triggerRun")),
        Step.of(read, onRoute("readRun")),
      ],
      response: [
        new Javascript({ name: "JS-Response", script: ResourceFile.javascript("gate-response.js", responseScript()) }),
        ...RESPONSE_CODES.map((c) => ctx.refuseWhen(c, Condition.equals(V.refusal, c))),
      ],
    },
    defaultFaultRule: { alwaysEnforce: false, steps: [Step.of(ctx.errors.assignment("upstream_failed"), Condition.notEquals("fault.name", "RaiseFault"))] },
  };
}

/** `content-type` → `Content-Type`: a contract header name (lowercase; HTTP names are case-insensitive) as it is written. */
function headerCase(name: string): string {
  return name.replace(/(^|-)([a-z])/g, (_, dash: string, letter: string) => dash + letter.toUpperCase());
}
