/**
 * The audit record, written in PostClientFlow for every request whatever its answer: who, what,
 * when, result, correlation; never a credential or a `private.` variable. Its fields, their order and which are
 * escaped come from the contract's `AUDIT_RECORD_FIELDS`; this file only says which flow variable fills each.
 */
import { MessageLogging } from "../../apigee/bundle";
import { AUDIT_RECORD_FIELDS, AUDIT_RECORD_VERSION, AuditFieldName } from "../../gate/contract";
import { GateContext } from "./context";
import { GATE_VARIABLES as V } from "./variables";
import { DECODE } from "./verification";

/** The flow variable behind each field (every field but the version, a literal). */
const SOURCES: Readonly<Record<Exclude<AuditFieldName, "record_version">, string>> = {
  messageid: "messageid",
  time_ms: "system.timestamp",
  proxy: "apiproxy.name",
  revision: "apiproxy.revision",
  environment: "environment.name",
  // The address client IP resolution yields (the spike arrest's key), not a caller-controlled header.
  client_ip: "client.ip",
  issuer: V.issuerName,
  iss: V.iss,
  iss_unverified: `jwt.${DECODE}.decoded.claim.iss`,
  sub: V.sub,
  client_id: V.clientId,
  method: "request.verb",
  path: "proxy.pathsuffix",
  route: V.route,
  deployment: V.deployment,
  deployment_id: V.deploymentId,
  product: "apiproduct.name",
  status: "response.status.code",
  code: V.errorCode,
  fault: "fault.name",
  flow_run_id: V.flowRunId,
  event_id: V.eventId,
  state_type: V.stateType,
  event_outcome: V.eventOutcome,
  idempotency_key: V.idempotencyKey,
};

/** The MessageLogging message: a JSON object template, each value `{variable}` or `{escapeJSON(variable)}`. */
export function auditMessage(): string {
  const value = (field: (typeof AUDIT_RECORD_FIELDS)[number]): string => {
    if (field.name === "record_version") return String(AUDIT_RECORD_VERSION);
    const variable = SOURCES[field.name];
    return `"{${field.escaped ? `escapeJSON(${variable})` : variable}}"`;
  };
  return `{${AUDIT_RECORD_FIELDS.map((f) => `"${f.name}":${value(f)}`).join(",")}}`;
}

export function auditPolicy(ctx: GateContext): MessageLogging {
  return new MessageLogging({
    name: "ML-Audit",
    logName: ctx.spec.auditLogName,
    message: auditMessage(),
    labels: { proxy: "{apiproxy.name}", environment: "{environment.name}" },
  });
}
