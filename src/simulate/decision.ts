/** What the simulator answers for one request (DESIGN §4): the gate's decision and what it would send upstream. */
import { REFUSALS, RefusalCode } from "../gate/contract";

/** The code of a request the gate passes on. */
export const ALLOWED = "allowed";
/** The code of a status event whose webhook secret cannot be compared offline (no `webhook_secret` in `set`). */
export const WEBHOOK_SECRET_UNVERIFIED = "webhook_secret_unverified";
/** The code of a status event whose id the gate accepted within its replay window: answered 202, not published again. */
export const EVENT_DUPLICATE = "event_duplicate";

export type DecisionCode = RefusalCode | typeof ALLOWED | typeof WEBHOOK_SECRET_UNVERIFIED | typeof EVENT_DUPLICATE;

/** The request the gate would send to Prefect. Values unknown offline are `{placeholders}`; secrets are redacted. */
export interface UpstreamRequest {
  readonly method: "GET" | "POST";
  readonly path: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: Readonly<Record<string, unknown>> | null;
}

export interface Decision {
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
  readonly upstream: UpstreamRequest | null;
}

/** Written in place of any secret the gate would send. */
export const REDACTED = "<redacted>";

export function refusal(code: RefusalCode, deployment: string | null, detail?: string): Decision {
  const { status, reason } = REFUSALS[code];
  return { allow: false, status, code, reason: detail ? `${reason}: ${detail}` : reason, deployment, upstream: null };
}

export function allowed(reason: string, deployment: string | null, upstream: UpstreamRequest | null, code: DecisionCode = ALLOWED, status = 200): Decision {
  return { allow: true, status, code, reason, deployment, upstream };
}
