/**
 * What the simulator answers for one request: the gate's decision and what it would send upstream. The same object is
 * what `gated-pipeline simulate` prints as JSON.
 */
import { REFUSALS, RefusalCode } from "../gate/contract";

/** The code of a request the gate passes on. */
export const ALLOWED = "allowed";
/** The code of a status event whose webhook secret cannot be compared offline (no `webhook_secret` in `set`). */
export const WEBHOOK_SECRET_UNVERIFIED = "webhook_secret_unverified";
/** The code of a status event whose id the gate accepted within its replay window: answered 202, not published again. */
export const EVENT_DUPLICATE = "event_duplicate";

/**
 * The stable `code` of a decision: a refusal code of the gate contract (`gate.REFUSALS`), `allowed` for a request the
 * gate passes on, `event_duplicate` for a status event already accepted within the replay window (answered 202, not
 * published again), or `webhook_secret_unverified` for a status event whose secret cannot be compared offline.
 */
export type DecisionCode = RefusalCode | "allowed" | "webhook_secret_unverified" | "event_duplicate";

/** The request the gate would send to Prefect. Values unknown offline are `{placeholders}`; secrets are redacted. */
export interface UpstreamRequest {
  /** `POST` to start a run, `GET` to read one. */
  readonly method: "GET" | "POST";
  /** The Prefect API path, e.g. `/api/accounts/<account>/workspaces/<workspace>/deployments/<id>/create_flow_run`. */
  readonly path: string;
  /** The headers the gate sends, by lowercase name; the Prefect key is redacted. */
  readonly headers: Readonly<Record<string, string>>;
  /** The JSON body; null for a run read. */
  readonly body: Readonly<Record<string, unknown>> | null;
}

/** The gate's answer to one request, as the simulator decides it. */
export interface Decision {
  /** Whether the gate passes the request on (to Prefect, or to the status topic for an event). */
  readonly allow: boolean;
  /**
   * The status the gate answers with; 200 when it passes the request on (the upstream's own status then follows),
   * 202 for an accepted status event.
   */
  readonly status: number;
  /** Stable: clients and tests match on it. */
  readonly code: DecisionCode;
  /** Human-readable; may carry a detail after a colon. Never contains the token or a secret. */
  readonly reason: string;
  /** The deployment route slug the request addressed, when the route names one. */
  readonly deployment: string | null;
  /** The request the gate would send to Prefect; null when it sends none (a refusal, a status event). */
  readonly upstream: UpstreamRequest | null;
}

/** Written in place of any secret the gate would send. */
export const REDACTED = "<redacted>";

/** The decision of a refusal by the gate, with the contract's status and reason (and an optional detail). */
export function refusal(code: RefusalCode, deployment: string | null, detail?: string): Decision {
  const { status, reason } = REFUSALS[code];
  return { allow: false, status, code, reason: detail ? `${reason}: ${detail}` : reason, deployment, upstream: null };
}

/** The decision of a request the gate passes on. */
export function allowed(reason: string, deployment: string | null, upstream: UpstreamRequest | null, code: DecisionCode = ALLOWED, status = 200): Decision {
  return { allow: true, status, code, reason, deployment, upstream };
}
