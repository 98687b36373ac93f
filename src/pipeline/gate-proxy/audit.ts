/**
 * The audit record (DESIGN decision 9), written in PostClientFlow for every request whatever its answer: who, what,
 * when, result, correlation; never a credential or a `private.` variable.
 */
import { MessageLogging } from "../../apigee/bundle";
import { GateContext } from "./context";
import { GATE_VARIABLES as V } from "./variables";
import { DECODE } from "./verification";

export function auditPolicy(ctx: GateContext): MessageLogging {
  const fields: Array<[string, string]> = [
    ["messageid", "{messageid}"],
    ["time_ms", "{system.timestamp}"],
    ["proxy", "{apiproxy.name}"],
    ["revision", "{apiproxy.revision}"],
    ["environment", "{environment.name}"],
    // The address client IP resolution yields (the spike arrest's key), not a caller-controlled header.
    ["client_ip", "{client.ip}"],
    ["issuer", `{${V.issuerName}}`],
    ["iss", `{escapeJSON(${V.iss})}`],
    ["iss_unverified", `{escapeJSON(jwt.${DECODE}.decoded.claim.iss)}`],
    ["sub", `{escapeJSON(${V.sub})}`],
    ["client_id", `{escapeJSON(${V.clientId})}`],
    ["method", "{request.verb}"],
    ["path", "{escapeJSON(proxy.pathsuffix)}"],
    ["route", `{${V.route}}`],
    ["deployment", `{escapeJSON(${V.deployment})}`],
    ["deployment_id", `{${V.deploymentId}}`],
    ["product", "{apiproduct.name}"],
    ["status", "{response.status.code}"],
    ["code", `{${V.errorCode}}`],
    ["fault", "{fault.name}"],
    ["flow_run_id", `{${V.flowRunId}}`],
    ["idempotency_key", `{${V.idempotencyKey}}`],
  ];
  return new MessageLogging({
    name: "ML-Audit",
    logName: ctx.spec.auditLogName,
    message: `{${fields.map(([k, v]) => `"${k}":"${v}"`).join(",")}}`,
    labels: { proxy: "{apiproxy.name}", environment: "{environment.name}" },
  });
}
