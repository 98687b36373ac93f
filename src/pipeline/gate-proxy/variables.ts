/** The flow variables the gate's policies and scripts set and read, by meaning. */
import { BODY_VARIABLES } from "../gate-scripts/body-script";
import { CLAIMS_VARIABLES } from "../gate-scripts/claims-script";
import { LIFETIME_VARIABLE } from "../gate-scripts/lifetime-script";
import { RESPONSE_VARIABLES } from "../gate-scripts/response-script";
import { ROUTE_VARIABLES } from "../gate-scripts/route-script";
import { WEBHOOK_VARIABLES } from "../gate-scripts/webhook-script";
import { ERROR_CODE_VARIABLE } from "./errors";

/** Flow variables the gate sets, for tests and for anyone reading a Debug session. */
export const GATE_VARIABLES = {
  route: ROUTE_VARIABLES.route,
  /** `route_not_found` or `method_not_allowed`, set by `gate-route.js`. */
  routeRefusal: ROUTE_VARIABLES.refusal,
  deployment: ROUTE_VARIABLES.deployment,
  runId: ROUTE_VARIABLES.runId,
  tokenInQuery: ROUTE_VARIABLES.tokenInQuery,
  tokenProblem: ROUTE_VARIABLES.tokenProblem,
  /** The refusal code set by `gate-body.js` or `gate-response.js`. */
  refusal: BODY_VARIABLES.refusal,
  hasBody: BODY_VARIABLES.hasBody,
  /** Lowercase hex sha256 of the token's unverified `iss`. */
  issHash: "gate.iss_hash",
  /** The KVM's answer for that hash: which VerifyJWT runs (`<issuer>` or `<issuer>__<spelling>`). */
  issuerPolicy: CLAIMS_VARIABLES.issuerPolicy,
  /** `true` when `exp - iat` exceeds the selected issuer's maximum. */
  tokenLifetimeExceeded: LIFETIME_VARIABLE,
  /** The JSON-type problem of the caller's claims found by `gate-claims.js`. */
  claimProblem: CLAIMS_VARIABLES.problem,
  /** The name of the issuer whose VerifyJWT passed (every spelling of one issuer shares it). */
  issuerName: "gate.issuer_name",
  /** The issuer's canonical `iss` (its first spelling), whichever spelling the token carries. */
  iss: "gate.iss",
  /** Verified claims. */
  sub: "gate.sub",
  clientId: "gate.client_id",
  /** `<pipeline>|<issuer name>|<client id>`, and its lowercase hex sha256: the caller's Apigee consumer key. */
  consumerKeyInput: "gate.consumer_key_input",
  consumerKey: "gate.consumer_key",
  callerTagInput: "gate.caller_tag_input",
  callerTagHash: "gate.caller_tag_hash",
  callerTag: BODY_VARIABLES.callerTag,
  deploymentId: "gate.deployment_id",
  quotaIdentifier: "gate.quota_identifier",
  messageTag: BODY_VARIABLES.messageTag,
  idempotencyInput: "gate.idempotency_input",
  idempotencyKey: BODY_VARIABLES.idempotencyKey,
  upstreamBody: BODY_VARIABLES.upstreamBody,
  upstreamPath: "gate.upstream_path",
  flowRunId: RESPONSE_VARIABLES.flowRunId,
  webhookOk: WEBHOOK_VARIABLES.ok,
  eventId: BODY_VARIABLES.eventId,
  stateType: BODY_VARIABLES.stateType,
  /** Set when the status event's id is in the cache (published within the window): answered 202, not published. */
  eventSeen: "gate.event_seen",
  /** `accepted` or `duplicate` (the contract's `EVENT_OUTCOMES`), set with a status event's 202. */
  eventOutcome: "gate.event_outcome",
  errorCode: ERROR_CODE_VARIABLE,
  /** Secrets: `private.` so Debug masks them and the audit record cannot reference them. */
  prefectKey: "private.gate.prefect_key",
  webhookSecret: WEBHOOK_VARIABLES.secret,
} as const;

/** The KVM key read into a flow variable, for values known only after apply. */
export function kvmVariable(key: string): string {
  return `gate.kvm.${key}`;
}
