/**
 * The gate's error responses: one JSON shape for every refusal, `{"code", "message", "messageid"}`, with the status of
 * the gate contract, `WWW-Authenticate` on 401s and `Retry-After` on 429s. Each code is rendered once, here, and used
 * either as a RaiseFault (a refusal decided in a flow) or as an AssignMessage in a FaultRule (a policy that failed, e.g.
 * VerifyJWT), so the two paths cannot answer differently. Both also set `gate.error_code` for the audit record.
 */
import { AssignMessage, Policy } from "../../apigee/bundle";
import { XmlChild, el, text } from "../../apigee/bundle/xml";
import { REFUSALS, RefusalCode } from "../../gate/contract";

/**
 * Failures of the gate itself or of Prefect, which the contract's refusals do not cover (they are not the caller's
 * fault, so the simulator never answers them).
 */
export const GATE_FAILURES = {
  upstream_failed: { status: 502, reason: "Prefect did not answer as expected; the request may be retried with the same Idempotency-Key" },
  internal_error: { status: 500, reason: "the gate failed to process the request" },
} as const;

export type GateFailureCode = keyof typeof GATE_FAILURES;
/** Every code a gate response can carry. */
export type GateErrorCode = RefusalCode | GateFailureCode;

/** The flow variable every error response sets to its code (read by the audit record). */
export const ERROR_CODE_VARIABLE = "gate.error_code";
/** The flow variable holding the seconds of a `Retry-After` computed at runtime. */
export const RETRY_AFTER_VARIABLE = "gate.retry_after";

const REASON_PHRASES: Readonly<Record<number, string>> = {
  400: "Bad Request",
  401: "Unauthorized",
  403: "Forbidden",
  404: "Not Found",
  405: "Method Not Allowed",
  429: "Too Many Requests",
  500: "Internal Server Error",
  502: "Bad Gateway",
};

/** What an error response holds. */
export interface ErrorResponse {
  readonly code: GateErrorCode;
  readonly statusCode: number;
  readonly reasonPhrase: string;
  readonly headers: Readonly<Record<string, string>>;
  /** The JSON body, a message template (`{messageid}` is filled in at runtime). */
  readonly payload: string;
}

/** `Retry-After` values: spike arrest's is fixed by its rate, the others are computed at runtime. */
export interface RetryAfter {
  readonly spikeArrestSeconds: number;
}

export function errorResponse(code: GateErrorCode, retry: RetryAfter): ErrorResponse {
  const { status, reason } = code in REFUSALS ? REFUSALS[code as RefusalCode] : GATE_FAILURES[code as GateFailureCode];
  const headers: Record<string, string> = {};
  // RFC 6750 §3.1: a request with no credentials gets a bare challenge; a bad credential gets error="invalid_token".
  if (status === 401) headers["WWW-Authenticate"] = code === "token_missing" ? "Bearer" : 'Bearer error="invalid_token"';
  if (status === 429) headers["Retry-After"] = code === "spike_arrest" ? String(retry.spikeArrestSeconds) : `{${RETRY_AFTER_VARIABLE}}`;
  // JSON.stringify escapes the reason; the message id is a template Apigee fills in.
  const payload = `{"code":${JSON.stringify(code)},"message":${JSON.stringify(reason)},"messageid":"{messageid}"}`;
  return { code, statusCode: status, reasonPhrase: REASON_PHRASES[status] ?? "Error", headers, payload };
}

/**
 * RaiseFault with the error response and `gate.error_code`. The bundle model's RaiseFault has no `<AssignVariable>`,
 * which Apigee accepts inside `<FaultResponse>`; this policy renders it.
 */
export class GateRaiseFault extends Policy {
  public constructor(private readonly response: ErrorResponse) {
    super("RaiseFault", { name: `RF-${response.code}` });
  }

  protected body(): XmlChild[] {
    const r = this.response;
    return [
      text("IgnoreUnresolvedVariables", true),
      el("FaultResponse", [
        el("AssignVariable", [text("Name", ERROR_CODE_VARIABLE), text("Value", r.code)]),
        el("Set", [
          Object.keys(r.headers).length > 0 && el("Headers", Object.entries(r.headers).map(([k, v]) => text("Header", v, { name: k }))),
          text("Payload", r.payload, { contentType: "application/json" }),
          text("StatusCode", r.statusCode),
          text("ReasonPhrase", r.reasonPhrase),
        ]),
      ]),
    ];
  }
}

/** The same response set by an AssignMessage, for FaultRules (where Apigee advises AssignMessage over RaiseFault). */
export function errorAssignMessage(response: ErrorResponse): AssignMessage {
  return new AssignMessage({
    name: `AM-${response.code}`,
    set: {
      headers: response.headers,
      payload: { contentType: "application/json", content: response.payload },
      statusCode: response.statusCode,
      reasonPhrase: response.reasonPhrase,
    },
    assignVariables: [{ name: ERROR_CODE_VARIABLE, value: response.code }],
    ignoreUnresolvedVariables: true,
  });
}

/** One policy per code and kind, created on first use so the bundle holds only the responses it uses. */
export class ErrorPolicies {
  private readonly raise = new Map<GateErrorCode, GateRaiseFault>();
  private readonly assign = new Map<GateErrorCode, AssignMessage>();

  public constructor(private readonly retry: RetryAfter) {}

  /** The RaiseFault answering `code`. */
  public fault(code: GateErrorCode): GateRaiseFault {
    let p = this.raise.get(code);
    if (!p) this.raise.set(code, (p = new GateRaiseFault(errorResponse(code, this.retry))));
    return p;
  }

  /** The AssignMessage answering `code` inside a FaultRule. */
  public assignment(code: GateErrorCode): AssignMessage {
    let p = this.assign.get(code);
    if (!p) this.assign.set(code, (p = errorAssignMessage(errorResponse(code, this.retry))));
    return p;
  }
}
