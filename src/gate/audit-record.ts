/**
 * The gate's audit record: one JSON object per request, written after the response is sent, whatever the answer. Its
 * fields are stated here once, in order, with what each means; the proxy generator renders its MessageLogging message
 * from this list, and the audit queries read only these fields. Versioned like the gate manifest: fields may be added
 * (and the version raised); the ones below are never renamed or dropped. Pure: no cdktf, no constructs.
 */

/**
 * The version of the field list below, written into every record as `record_version`. Records without it were written
 * by a gate generated before the list was versioned (they lack `record_version`, `event_id`, `state_type` and
 * `event_outcome`, and their status-event records carry no `flow_run_id`).
 */
export const AUDIT_RECORD_VERSION = 1;

/** One field of the audit record. */
export interface AuditRecordField {
  /** The JSON key (read in SQL as `JSON_VALUE(json_payload.<name>)`). */
  readonly name: string;
  /** What the value is, and when it is empty. */
  readonly meaning: string;
  /**
   * Whether the value can hold any text (a claim, the request path, a status event's body, a configured issuer), so the
   * gate writes it JSON-escaped. The other values come from a small alphabet the gate or Apigee chooses (names,
   * numbers, hex digests, UUIDs) and are written as they are.
   */
  readonly escaped: boolean;
}

/**
 * The record's fields, in the order the gate writes them. Every value is a JSON string except `record_version` (a
 * number); a value the request never set is the empty string.
 */
export const AUDIT_RECORD_FIELDS = [
  { name: "record_version", escaped: false, meaning: "Which version of this field list the record follows (`AUDIT_RECORD_VERSION`), a number." },
  {
    name: "messageid",
    escaped: false,
    meaning: "Apigee's id of the request, unique per request: count records by it (Log Analytics keeps duplicate entries). A run the request started carries it as its `gw:msg:` tag.",
  },
  { name: "time_ms", escaped: false, meaning: "When the gate wrote the record (after the response was sent), in unix milliseconds." },
  { name: "proxy", escaped: false, meaning: "The gate's proxy name (`<pipeline>-gate`)." },
  { name: "revision", escaped: false, meaning: "The proxy revision that answered." },
  { name: "environment", escaped: false, meaning: "The Apigee environment that answered." },
  {
    name: "client_ip",
    escaped: false,
    meaning: "The caller's address as the environment's client IP resolution yields it (the key of the per-address spike arrest). Personal data.",
  },
  { name: "issuer", escaped: false, meaning: "The name of the issuer whose VerifyJWT verified the token; empty when no token was verified." },
  { name: "iss", escaped: true, meaning: "That issuer's canonical `iss` (its first spelling, whichever the token used); empty when no token was verified." },
  {
    name: "iss_unverified",
    escaped: true,
    meaning: "The `iss` the token claimed before verification: who a refused token said it came from. Empty without a decodable token, and on `POST /events`.",
  },
  { name: "sub", escaped: true, meaning: "The verified token's subject: the calling person or workload at its identity provider. Personal data." },
  { name: "client_id", escaped: true, meaning: "The verified client id (the issuer's client-id claim); empty when the token did not verify." },
  { name: "method", escaped: false, meaning: "The HTTP method." },
  { name: "path", escaped: true, meaning: "The request path below the gate's base path." },
  { name: "route", escaped: false, meaning: "The contract route the request matched: `triggerRun`, `readRun` or `statusEvents`; `none` when it matched none." },
  { name: "deployment", escaped: true, meaning: "The deployment route name of `POST /deployments/{name}/runs`." },
  { name: "deployment_id", escaped: false, meaning: "The Prefect deployment id that name resolved to; empty when the deployment does not exist." },
  { name: "product", escaped: false, meaning: "The API product that granted the caller the route." },
  {
    name: "status",
    escaped: false,
    meaning:
      "The HTTP status the gate answered: 201 a new run, 200 a run Prefect already had for the same Idempotency-Key (or a run read), 202 a status event taken (see `event_outcome`), 4xx a refusal (see `code`), 5xx a failure.",
  },
  { name: "code", escaped: false, meaning: "The stable code of a refusal or failure (the gate contract's `REFUSALS`, `upstream_failed`, `internal_error`); empty otherwise." },
  { name: "fault", escaped: false, meaning: "Apigee's name of the fault raised while answering, if any (e.g. `RaiseFault`, `InvalidToken`)." },
  {
    name: "flow_run_id",
    escaped: true,
    meaning:
      "The Prefect flow run: the one started or returned (`triggerRun`), read (`readRun`), or reported (`statusEvents`, from the event's body, set once the body passed the gate's checks). A run's trigger record and its status-event records join on it; a status event counts only when `event_outcome` is `accepted`.",
  },
  { name: "event_id", escaped: false, meaning: "The status event's Prefect id (a lowercase UUID), once its body passed the gate's checks." },
  { name: "state_type", escaped: true, meaning: "The status event's state type from its body (`COMPLETED`, `FAILED`, `CRASHED`, `CANCELLED`, ...)." },
  {
    name: "event_outcome",
    escaped: false,
    meaning:
      "`accepted` when the gate published the status event (202), `duplicate` when it had published an event with that id within the replay window (202, not published again); empty for a refused event and on other routes.",
  },
  {
    name: "idempotency_key",
    escaped: false,
    meaning: "The idempotency key the gate sent to Prefect: a SHA-256 of the issuer, subject, deployment and the caller's Idempotency-Key (a run request only).",
  },
] as const satisfies readonly AuditRecordField[];

/** The name of a field of the audit record. */
export type AuditFieldName = (typeof AUDIT_RECORD_FIELDS)[number]["name"];

/** The values `event_outcome` takes. */
export const EVENT_OUTCOMES = { accepted: "accepted", duplicate: "duplicate" } as const;
