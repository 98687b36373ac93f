/**
 * What the deployed gate does, stated once: the routes, the order of its checks, the status and stable `code` of every
 * refusal, the fields and headers it refuses and how it derives consumer keys, the Prefect idempotency key and run
 * tags, and (in `audit-record.ts`) the fields of the audit record it writes. The proxy generator renders this into Apigee
 * XML and scripts and the simulator decides with it, so the two cannot drift apart. Pure: no cdktf, no constructs.
 */
import { createHash } from "crypto";
import { DEPLOYMENT_SLUG as DEPLOYMENT_SLUG_RULE, UUID } from "../core/rules";

/** The gate's public routes, relative to its base path. */
export const ROUTES = {
  /** Trigger a run of deployment `{name}`. */
  triggerRun: { method: "POST", pattern: "/deployments/{name}/runs" },
  /** Read a run the caller started. */
  readRun: { method: "GET", pattern: "/runs/{id}" },
  /** Prefect's status webhook (authenticated by its shared secret, not a JWT). */
  statusEvents: { method: "POST", pattern: "/events" },
} as const;

/**
 * A deployment route slug: callers trigger `POST {basePath}/deployments/{slug}/runs`. Lowercase letters, digits, `.`, `_`
 * and `-`, starting with a letter or digit; by default the flow and deployment names joined with `-`.
 */
export const DEPLOYMENT_SLUG = DEPLOYMENT_SLUG_RULE.pattern;

/** A Prefect flow run id in `GET /runs/{id}`: a lowercase UUID, so no case or encoding variant reaches Prefect. */
export const FLOW_RUN_ID = UUID.pattern;

/**
 * What each `{parameter}` of a route pattern must match, once percent-decoded: a path whose segments fit a route's
 * pattern but whose parameter does not is an unknown route (`route_not_found`), not another route.
 */
export const ROUTE_PARAMETERS = {
  /** `/deployments/{name}/runs`: the deployment's route slug. */
  name: DEPLOYMENT_SLUG,
  /** `/runs/{id}`: the Prefect flow run id. */
  id: FLOW_RUN_ID,
} as const;

/** A `{parameter}` of a route pattern. */
export type RouteParameter = keyof typeof ROUTE_PARAMETERS;

/**
 * The Authorization header of a caller route, trimmed: the `Bearer` scheme (any case, RFC 6750 §2.1) and one credential
 * (group 1). Any other value, or none, is `token_missing`.
 */
export const BEARER_CREDENTIAL = /^bearer +(\S+)$/i;

/** A compact JWS: three base64url parts, the signature possibly empty. A bearer credential of another shape is `token_malformed`. */
export const COMPACT_JWS = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/;

/** Run tags starting with this prefix are the gate's own (`messageTag`, `callerTag`); callers may not send them. */
export const RESERVED_TAG_PREFIX = "gw:";
/** The message tag is this prefix and the Apigee message id (`messageTag`). */
export const MESSAGE_TAG_PREFIX = `${RESERVED_TAG_PREFIX}msg:`;
/** The caller tag is this prefix and the first `CALLER_TAG_HASH_LENGTH` hex digits of a SHA-256 (`callerTag`). */
export const CALLER_TAG_PREFIX = `${RESERVED_TAG_PREFIX}sub:`;
/** How many lowercase hex digits of `sha256(iss|sub)` the caller tag keeps. */
export const CALLER_TAG_HASH_LENGTH = 16;

/**
 * Apigee joins the `<Parameter>`s of a composite KVM key with this separator: a key read as `["deployment", ref]` is
 * stored as `deployment__<value of ref>`.
 */
export const KVM_KEY_SEPARATOR = "__";
/** The first parameter of each KVM key the proxy composes at runtime from a request value. */
export const KVM_KEY_PREFIXES = {
  /** `deployment__<route slug>`: the Prefect deployment id of a route. */
  deployment: "deployment",
  /** `iss__<lowercase hex sha256 of the exact iss>`: which issuer policy verifies a token of that `iss`. */
  issuerByIss: "iss",
} as const;

/** Header carrying the shared secret on `POST /events` (Prefect's call-webhook action sets it). */
export const WEBHOOK_SECRET_HEADER = "x-gate-webhook-secret";

/**
 * Headers the gate reads a decision from. Apigee's `request.header.X` yields only the first of several values (lines,
 * or comma-separated parts of one line), so a request carrying any of these more than once is refused
 * (`header_repeated`) before anything reads them: the proxy and the simulator cannot then read different values.
 */
export const SECURITY_HEADERS: readonly string[] = ["authorization", "idempotency-key", "content-type", WEBHOOK_SECRET_HEADER];

/**
 * The media type of every body the gate accepts: `application/json`, with parameters such as `charset` allowed.
 * A pattern matched against the whole Content-Type value, case-insensitively; it has no backslash, so Apigee's
 * condition (`~~ "(?i)..."`) and the simulator read the same text.
 */
export const JSON_CONTENT_TYPE = "^application/json *(;.*)?$";

const JSON_CONTENT_TYPE_PATTERN = new RegExp(JSON_CONTENT_TYPE, "i");

/** Whether a Content-Type value declares JSON (`JSON_CONTENT_TYPE`). */
export function isJsonContentType(value: string): boolean {
  return JSON_CONTENT_TYPE_PATTERN.test(value);
}

/**
 * Prefect hydrates run parameters on the server: any object holding this key (`workspace_variable`, `jinja`, `json`,
 * ...) is replaced before the run starts (Prefect `utilities/schema_tools/hydration.py`), which would let a caller read
 * workspace variables or render templates into a run. The gate refuses it at any depth of `parameters`.
 */
export const PREFECT_HYDRATION_KEY = "__prefect_kind";

/** The headers the gate sends to Prefect, and only these: every other header of the caller's request is dropped. */
export const UPSTREAM_HEADERS = {
  /** `Bearer <the gate's Prefect key>`. */
  authorization: "authorization",
  accept: "accept",
  /** On `create_flow_run` only (the run read has no body). */
  contentType: "content-type",
} as const;

/** Body fields of a run request that change how or where a run executes; refused with 400 `forbidden_field`. */
export const FORBIDDEN_BODY_FIELDS: readonly string[] = [
  "job_variables",
  "work_queue_name",
  "work_pool_name",
  "state",
  "parent_task_run_id",
  "infrastructure_document_id",
  "context",
  "empirical_policy",
  "enforce_parameter_schema",
  "idempotency_key",
  "labels",
];

/** Body fields a caller may send with a run request. */
export const ALLOWED_BODY_FIELDS: readonly string[] = ["parameters", "name", "tags"];

/** Query parameters that carry tokens in other APIs; the gate reads tokens from the Authorization header only. */
export const TOKEN_QUERY_PARAMETERS: readonly string[] = ["access_token", "token", "id_token", "jwt", "bearer", "authorization"];
/** A query value shaped like a compact JWS is refused as a token in the query string, whatever its name. */
export const JWS_LIKE = /^eyJ[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*$/;

/**
 * Shape limits of a JSON body (the gate's JSONThreatProtection); a body beyond any of them is refused as
 * `invalid_json`. String values are bounded by the body size limit itself.
 */
export const JSON_LIMITS = {
  containerDepth: 16,
  objectEntryCount: 256,
  arrayElementCount: 1024,
  objectEntryNameLength: 256,
} as const;

/** Header carrying the caller's idempotency key; required on run requests. */
export const IDEMPOTENCY_HEADER = "idempotency-key";
/** Allowed shape of an Idempotency-Key value. */
export const IDEMPOTENCY_KEY = /^[A-Za-z0-9._:-]{8,128}$/;

/** Every refusal the gate makes, with its status. Codes are stable: clients and tests match on them. */
export const REFUSALS = {
  // 400: bad request body or headers
  header_repeated: { status: 400, reason: "the Authorization, Idempotency-Key, Content-Type or webhook secret header has more than one value" },
  invalid_json: { status: 400, reason: "the request body is not a JSON object" },
  body_too_large: { status: 400, reason: "the request body exceeds the gate's size limit" },
  forbidden_field: { status: 400, reason: "the request body sets a field that changes how the run executes" },
  unknown_field: { status: 400, reason: "the request body has a field the gate does not forward" },
  idempotency_key_missing: { status: 400, reason: "the Idempotency-Key header is required" },
  idempotency_key_invalid: { status: 400, reason: "the Idempotency-Key header must be 8-128 characters of [A-Za-z0-9._:-]" },
  parameter_not_allowed: { status: 400, reason: "a parameter is not accepted for this deployment" },
  invalid_field: { status: 400, reason: "a field of the request body has the wrong type" },
  tag_reserved: { status: 400, reason: "run tags starting with gw: are set by the gate, not by callers" },
  parameter_hydration: { status: 400, reason: "parameters may not hold a __prefect_kind key (Prefect would hydrate it on the server)" },
  event_outside_window: { status: 400, reason: "the status event's occurrence time is outside the gate's replay window" },
  // 401: token problems
  token_missing: { status: 401, reason: "no bearer token in the Authorization header" },
  token_in_query: { status: 401, reason: "tokens are only accepted in the Authorization header" },
  token_malformed: { status: 401, reason: "the token is not a well-formed JWS" },
  algorithm_not_allowed: { status: 401, reason: "the token's algorithm is not on the issuer's allowlist" },
  issuer_unknown: { status: 401, reason: "the token's issuer is not trusted by this gate" },
  audience_mismatch: { status: 401, reason: "the token's audience is not this gate" },
  key_not_found: { status: 401, reason: "no key of the issuer matches the token's key id" },
  signature_invalid: { status: 401, reason: "the token's signature does not verify" },
  token_expired: { status: 401, reason: "the token has expired" },
  token_not_yet_valid: { status: 401, reason: "the token is not valid yet" },
  token_lifetime_exceeded: { status: 401, reason: "the token's lifetime exceeds the issuer's maximum" },
  claim_missing: { status: 401, reason: "the token lacks a required claim" },
  claim_mismatch: { status: 401, reason: "a required claim of the token has the wrong value" },
  type_mismatch: { status: 401, reason: "the token's typ header is not the one this issuer sends" },
  critical_header_unsupported: { status: 401, reason: "the token has a critical header the gate does not understand" },
  // 403: caller known but not granted
  client_unknown: { status: 403, reason: "the token's client is not a registered caller" },
  client_not_authorized: { status: 403, reason: "the caller is not granted this deployment" },
  run_not_owned: { status: 403, reason: "the run was not started by this caller" },
  webhook_unauthorized: { status: 403, reason: "the status event is not signed with the gate's webhook secret" },
  // 404, 405
  route_not_found: { status: 404, reason: "no such route" },
  deployment_not_found: { status: 404, reason: "no such deployment behind this gate" },
  method_not_allowed: { status: 405, reason: "the route does not accept this method" },
  // 415
  unsupported_media_type: { status: 415, reason: "the request body must be declared Content-Type: application/json" },
  // 429
  spike_arrest: { status: 429, reason: "too many requests in a short burst" },
  quota_exceeded: { status: 429, reason: "the caller's product quota is exhausted" },
  upstream_rate_limited: { status: 429, reason: "Prefect is rate limiting; retry after the Retry-After delay" },
} as const;

/** The stable `code` of a refusal by the gate (a key of {@link REFUSALS}). */
export type RefusalCode = keyof typeof REFUSALS;

/**
 * The order in which the gate decides a request to a caller route (`POST .../runs`, `GET /runs/{id}`): the first check
 * that fails answers, so a request refused early spends nothing later (a malformed request never counts against the
 * caller's product quota). The proxy's steps and the simulator follow it; `codes` are what each step can answer.
 */
export const DECISION_ORDER: ReadonlyArray<{ readonly check: string; readonly codes: readonly RefusalCode[] }> = [
  { check: "spike arrest per client IP (before anything else is read)", codes: ["spike_arrest"] },
  { check: "security headers carry one value each", codes: ["header_repeated"] },
  {
    check: "token: in the Authorization header only, a compact JWS, verified by the issuer its iss names, required claims",
    codes: [
      "token_in_query",
      "token_missing",
      "token_malformed",
      "issuer_unknown",
      "critical_header_unsupported",
      "algorithm_not_allowed",
      "key_not_found",
      "signature_invalid",
      "token_expired",
      "token_not_yet_valid",
      "audience_mismatch",
      "type_mismatch",
      "token_lifetime_exceeded",
      "claim_missing",
      "claim_mismatch",
    ],
  },
  { check: "spike arrest per caller (its consumer key)", codes: ["spike_arrest"] },
  { check: "route and method", codes: ["route_not_found", "method_not_allowed"] },
  { check: "the caller is registered, the deployment exists, a product of the caller grants it", codes: ["client_unknown", "deployment_not_found", "client_not_authorized"] },
  { check: "run requests: Content-Type application/json", codes: ["unsupported_media_type"] },
  { check: "run requests: Idempotency-Key present and well formed", codes: ["idempotency_key_missing", "idempotency_key_invalid"] },
  {
    check: "run requests: the body (size, shape, JSON object, fields, tags, parameters)",
    codes: ["body_too_large", "invalid_json", "forbidden_field", "unknown_field", "invalid_field", "tag_reserved", "parameter_not_allowed", "parameter_hydration"],
  },
  { check: "run requests: the product quota", codes: ["quota_exceeded"] },
];

/**
 * The order in which the gate decides `POST /events` (Prefect's status webhook, authenticated by its shared secret, not
 * by a token). An event is published once: an event id already seen within the replay window is answered 202 and not
 * published again. This is de-duplication, not authentication: the secret authenticates.
 */
export const EVENT_DECISION_ORDER: ReadonlyArray<{ readonly check: string; readonly codes: readonly RefusalCode[] }> = [
  { check: "spike arrest per client IP", codes: ["spike_arrest"] },
  { check: "security headers carry one value each", codes: ["header_repeated"] },
  { check: "no token in the query string", codes: ["token_in_query"] },
  { check: "the webhook secret header is present", codes: ["webhook_unauthorized"] },
  { check: "a Content-Type, when present, is application/json (Prefect's webhook block sends only the headers it is given)", codes: ["unsupported_media_type"] },
  { check: "the body: size, shape, a JSON object with event_id and occurred", codes: ["body_too_large", "invalid_json", "invalid_field"] },
  { check: "occurred lies within the replay window", codes: ["event_outside_window"] },
  { check: "the webhook secret matches", codes: ["webhook_unauthorized"] },
];

/** How old a status event may be, by default: older ones are refused (`event_outside_window`). */
export const DEFAULT_EVENT_WINDOW_SECONDS = 600;
/** How far in the future an event's `occurred` may lie (clocks of Prefect and Apigee differ a little). */
export const EVENT_CLOCK_SKEW_SECONDS = 60;
/** A Prefect event id as `{{ event.id }}` renders it: a lowercase UUID. */
export const EVENT_ID = UUID.pattern;

/**
 * Whether a status event that occurred at `occurred` (unix seconds) is accepted at `now`: within `windowSeconds` in
 * the past and `EVENT_CLOCK_SKEW_SECONDS` in the future. The gate remembers accepted event ids for
 * `eventMemorySeconds(windowSeconds)`, so an event cannot be replayed while it is still inside the window.
 */
export function eventWithinWindow(occurred: number, now: number, windowSeconds: number): boolean {
  return occurred >= now - windowSeconds && occurred <= now + EVENT_CLOCK_SKEW_SECONDS;
}

/** How long the gate remembers an event id: the window plus the allowed skew. */
export function eventMemorySeconds(windowSeconds: number): number {
  return windowSeconds + EVENT_CLOCK_SKEW_SECONDS;
}

/**
 * Prefect's `idempotency_key` for a run request, `hex(sha256(issuer|subject|deployment|Idempotency-Key))`: retries of
 * one request never start a second run, and two callers can never collide, because the caller's issuer and subject are
 * part of the key. `issuer` is the issuer's canonical `iss` (its first spelling), not the token's spelling, so
 * `accounts.google.com` and `https://accounts.google.com` are one caller.
 */
export function idempotencyKey(issuer: string, subject: string, deploymentName: string, callerKey: string): string {
  return createHash("sha256").update(`${issuer}|${subject}|${deploymentName}|${callerKey}`).digest("hex");
}

/**
 * The Apigee consumer key of a caller's developer app. Apigee's VerifyAPIKey looks a key up among all apps of the
 * organization, so a bare IdP client id would let a token of one issuer (or of another gate in the same organization)
 * act as a caller of another: the key binds the client id to its gate and issuer. Lowercase hex SHA-256 of
 * `<pipeline>|<issuer name>|<client id>`: 64 characters within Apigee's key alphabet (letters, digits, `_`, `-`).
 * Terraform computes the same digest with `sha256()` where the client id is known only at apply, and the proxy
 * computes it from the verified token before VerifyAPIKey.
 */
export function consumerKey(pipeline: string, issuerName: string, clientId: string): string {
  return createHash("sha256").update(consumerKeyInput(pipeline, issuerName, clientId)).digest("hex");
}

/** The text whose SHA-256 is the consumer key (Terraform's `sha256()` and the proxy hash the same string). */
export function consumerKeyInput(pipeline: string, issuerName: string, clientId: string): string {
  return `${pipeline}|${issuerName}|${clientId}`;
}

/**
 * Fields of the JSON body Prefect's status automation sends to `POST /events` (rendered by the automation's template,
 * read by the gate). `occurred` is a number: the event's occurrence time in unix seconds with a fraction
 * (`{{ event.occurred.timestamp() }}`, e.g. `1764537696.974152`), because Rhino's `Date.parse` cannot read Prefect's
 * microsecond ISO strings. The gate requires `event_id` (a lowercase UUID string) and `occurred` (a finite number);
 * anything else is `invalid_field`.
 */
export const STATUS_EVENT_FIELDS = {
  /** Prefect's event id (`{{ event.id }}`, a lowercase UUID); the gate de-duplicates on it. */
  eventId: "event_id",
  /** Unix seconds (a JSON number, with a fraction); the gate refuses events outside its replay window. */
  occurred: "occurred",
  flowRunId: "flow_run_id",
  /** `COMPLETED`, `FAILED`, `CRASHED`, `CANCELLED`, ... (the `prefect.state-type` label). */
  stateType: "state_type",
  stateName: "state",
} as const;

/** Tag that ties a run to the Apigee message that started it (audit correlation). */
export function messageTag(messageId: string): string {
  return `${MESSAGE_TAG_PREFIX}${messageId}`;
}

/**
 * Tag that records which caller started a run; `GET /runs/{id}` only answers callers whose tag the run carries.
 * `issuer` is the issuer's canonical `iss`, as for `idempotencyKey`.
 */
export function callerTag(issuer: string, subject: string): string {
  return `${CALLER_TAG_PREFIX}${createHash("sha256").update(callerTagInput(issuer, subject)).digest("hex").slice(0, CALLER_TAG_HASH_LENGTH)}`;
}

/** The text whose SHA-256 the caller tag abbreviates (the proxy hashes the same string). */
export function callerTagInput(issuer: string, subject: string): string {
  return `${issuer}|${subject}`;
}

/** The Prefect API path the gate calls to start a run. */
export function createFlowRunPath(accountId: string, workspaceId: string, deploymentId: string): string {
  return `/api/accounts/${accountId}/workspaces/${workspaceId}/deployments/${deploymentId}/create_flow_run`;
}

/** The Prefect API path the gate calls to read a run. */
export function readFlowRunPath(accountId: string, workspaceId: string, flowRunId: string): string {
  return `/api/accounts/${accountId}/workspaces/${workspaceId}/flow_runs/${flowRunId}`;
}

export { AUDIT_RECORD_FIELDS, AUDIT_RECORD_VERSION, EVENT_OUTCOMES } from "./audit-record";
export type { AuditFieldName, AuditRecordField } from "./audit-record";

/**
 * The keys of the gate's KVM: the pipeline writes them, the proxy reads them (routing, issuer selection and every value
 * known only at apply time). Apigee joins the `<Parameter>`s of a composite key with `KVM_KEY_SEPARATOR`, so a key read
 * as `[KVM_KEY_PREFIXES.deployment, ref]` is stored as `deployment__<slug>`.
 */
export const GATE_KVM_KEYS = {
  /** Prefect deployment id of a route slug. */
  deployment: (slug: string): string => `${KVM_KEY_PREFIXES.deployment}${KVM_KEY_SEPARATOR}${slug}`,
  /**
   * Issuer selection: the proxy hashes the token's (unverified) `iss` with `sha256Hex` and reads which issuer policy
   * verifies it; the value is `issuerSelector(<issuer name>, <spelling index>)`. `issHashHex` is lowercase hex sha256
   * of the exact `iss`.
   */
  issuerByIss: (issHashHex: string): string => `${KVM_KEY_PREFIXES.issuerByIss}${KVM_KEY_SEPARATOR}${issHashHex}`,
  prefectAccountId: "prefect__account_id",
  prefectWorkspaceId: "prefect__workspace_id",
  /**
   * An issuer's exact `iss` when known only at apply time (an IdP object defined in the same stack): spelling 0 is the
   * issuer's own, others are alternate spellings (Google has two).
   */
  issuerUrl: (issuerName: string, spelling: number): string => (spelling === 0 ? `issuer.${issuerName}.issuer` : `issuer.${issuerName}.issuer.${spelling}`),
  /** The one audience an issuer's tokens must carry, when known only at apply time. */
  issuerAudience: (issuerName: string): string => `issuer.${issuerName}.audience.0`,
  /** An issuer's JWKS URI, when known only at apply time (e.g. discovered at plan time). */
  issuerJwksUri: (issuerName: string): string => `issuer.${issuerName}.jwks_uri`,
  /** The value a required claim must equal, when known only at apply time. */
  issuerClaim: (issuerName: string, claim: string): string => `issuer.${issuerName}.claim.${claim}`,
} as const;

/**
 * What the issuer KVM entry of one `iss` spelling holds, naming the VerifyJWT that verifies it: the issuer's name for
 * its first spelling, `<name>__<index>` for the others.
 */
export function issuerSelector(issuerName: string, spellingIndex: number): string {
  return spellingIndex === 0 ? issuerName : `${issuerName}${KVM_KEY_SEPARATOR}${spellingIndex}`;
}
