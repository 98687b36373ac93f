/**
 * The gate: `buildGateProxy` turns a `GateProxySpec` into the Apigee proxy bundle that decides like the simulator
 * (`src/simulate/simulate-gate.ts`), in the contract's order (`DECISION_ORDER`), with the same codes:
 *
 * PreFlow (every route): `gate-route.js` classifies the route (refusals are answered later) → spike arrest keyed by
 * `client.ip` (429) → security headers with more than one value (400 `header_repeated`) → token in the query (401)
 * → then, except on `POST /events`: bearer token present and well formed (401) → DecodeJWT → `sha256Hex(iss)` → KVM
 * `iss__<hash>` names the VerifyJWT to run (unknown: 401 `issuer_unknown`) → one fail-closed VerifyJWT per issuer
 * spelling → `typ`, lifetime and required-claim checks (401) → the issuer's name and canonical `iss` →
 * `gate-claims.js`: the JSON types of `sub` and the client id (401) → the consumer key
 * `sha256Hex("<pipeline>|<issuer>|<client id>")` → spike arrest keyed by it (429) → route and method (404/405) →
 * deployment id from the KVM → VerifyAPIKey on the consumer key: unknown key 403 `client_unknown`; key known but no
 * product for the path: 404 `deployment_not_found` when the deployment does not exist, else 403
 * `client_not_authorized` (FaultRules; no upstream call).
 *
 * Flow `triggerRun`: Content-Type (415) → `Idempotency-Key` (400) → body size, shape and rules (`gate-body.js`; 400)
 * → product quota (429) → idempotency key, message and caller tags (message templates). Target `prefect`: the Prefect
 * key from Secret Manager (cached) → the `create_flow_run` request, built from no caller header at all → a filtered
 * answer (`gate-response.js`).
 *
 * Flow `readRun`: the target reads `flow_runs/{id}`; the answer is the run only if it carries the caller's tag.
 * Flow `statusEvents`: the webhook secret header (403) → Content-Type if present (415) → body, event id and replay
 * window (400) → compare with Secret Manager's secret (403; a mismatch re-reads the secret, at most a few times a
 * minute) → an event id seen within the window is answered 202 and not published again → PublishMessage → 202, with
 * no target. PostClientFlow: the audit record (MessageLogging to Cloud Logging).
 *
 * Pure: no cdktf, no constructs; the same spec gives the same bytes.
 */
import {
  AssignMessage,
  Condition,
  DecodeJwt,
  ExtractVariables,
  FaultRuleProps,
  FlowValue,
  GoogleAuthentication,
  Javascript,
  JsonThreatProtection,
  JwtAlgorithm,
  JwtClaim,
  JwtKeySource,
  KeyValueMapOperations,
  LookupCache,
  MessageLogging,
  PopulateCache,
  ProxyBundle,
  PublishMessage,
  Quota,
  QuotaTimeUnit,
  QuotaType,
  ResourceFile,
  RouteRule,
  ServiceCallout,
  SpikeArrest,
  Step,
  StepLike,
  TargetConnection,
  VerifyApiKey,
  VerifyJwt,
} from "../apigee/bundle";
import { XmlElement, text } from "../apigee/bundle/xml";
import { Duration } from "../core/duration";
import {
  callerTag,
  consumerKeyInput,
  createFlowRunPath,
  eventMemorySeconds,
  IDEMPOTENCY_HEADER,
  IDEMPOTENCY_KEY,
  JSON_CONTENT_TYPE,
  JSON_LIMITS,
  messageTag,
  readFlowRunPath,
  RefusalCode,
  ROUTES,
  SECURITY_HEADERS,
  WEBHOOK_SECRET_HEADER,
} from "../gate/contract";
import { Rate } from "../core/rate";
import { ERROR_CODE_VARIABLE, ErrorPolicies, GateErrorCode } from "./gate-proxy/errors";
import { validateGateProxySpec } from "./gate-proxy/validate-spec";
import { GateIssuerSpec, GateProxySpec, GateValue, gateKvmKeys } from "./gate-proxy-spec";
import { BODY_VARIABLES, bodyScript } from "./gate-scripts/body-script";
import { responseScript, RESPONSE_VARIABLES } from "./gate-scripts/response-script";
import { retryAfterScript } from "./gate-scripts/retry-after-script";
import { CLAIMS_VARIABLES, claimsScript } from "./gate-scripts/claims-script";
import { ROUTE_VARIABLES, routeScript } from "./gate-scripts/route-script";
import { webhookScript, WEBHOOK_VARIABLES } from "./gate-scripts/webhook-script";
import { LIFETIME_VARIABLE, lifetimeScript } from "./gate-scripts/lifetime-script";

type RouteName = keyof typeof ROUTES;

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
  issuerPolicy: "gate.issuer_policy",
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
  /** Set when the status event's id is in the cache (published within the window): answered 202, not published. */
  eventSeen: "gate.event_seen",
  errorCode: ERROR_CODE_VARIABLE,
  /** Secrets: `private.` so Debug masks them and the audit record cannot reference them. */
  prefectKey: "private.gate.prefect_key",
  webhookSecret: WEBHOOK_VARIABLES.secret,
} as const;

const V = GATE_VARIABLES;
const DECODE = "JWT-Decode";
/** The Secret Manager re-read a wrong webhook secret forces: a few a minute for the whole proxy, however many try. */
const WEBHOOK_REFRESH = { policy: "SA-WebhookSecretRefresh", rate: Rate.perMinute(6) } as const;
const QUOTA = "Q-Product";
const VERIFY_KEY = "VA-Client";
const TARGET = "prefect";
const SECRET_MANAGER = "https://secretmanager.googleapis.com/v1";
const CLOUD_PLATFORM = "https://www.googleapis.com/auth/cloud-platform";
/** Quota windows aligned to their unit, as the simulator counts them; a fixed past instant keeps the bytes stable. */
const QUOTA_START = "2000-01-01 00:00:00";

/** VerifyJWT fault names (`fault.name`) by the contract code they mean (security.md §1.2). */
const JWT_FAULTS: ReadonlyArray<readonly [RefusalCode, readonly string[]]> = [
  ["token_malformed", ["FailedToDecode", "InvalidJsonFormat"]],
  ["algorithm_not_allowed", ["AlgorithmMismatch", "AlgorithmInTokenNotPresentInConfiguration", "NoAlgorithmFoundInHeader", "WrongKeyType"]],
  ["key_not_found", ["KeyIdMissing", "NoMatchingPublicKey"]],
  ["signature_invalid", ["InvalidToken"]],
  ["token_expired", ["TokenExpired"]],
  ["token_not_yet_valid", ["TokenNotYetValid"]],
  ["issuer_unknown", ["JwtIssuerMismatch"]],
  ["audience_mismatch", ["JwtAudienceMismatch"]],
  ["claim_mismatch", ["JwtSubjectMismatch"]],
  ["critical_header_unsupported", ["UnhandledCriticalHeader"]],
];
/** VerifyAPIKey faults meaning the client id is not a usable app key. */
const UNKNOWN_KEY_FAULTS = ["InvalidApiKey", "FailedToResolveAPIKey", "ApiKeyNotApproved", "invalid_client-app_not_approved", "consumer_key_expired", "DeveloperStatusNotActive", "CompanyStatusNotActive"];
/** VerifyAPIKey's fault when the key is valid but none of its products has an operation for this path and verb. */
const NO_PRODUCT_FAULT = "InvalidApiKeyForGivenResource";
/** Codes `gate-body.js` can set, in its order. */
const RUN_BODY_CODES: readonly RefusalCode[] = ["invalid_json", "forbidden_field", "unknown_field", "invalid_field", "tag_reserved", "parameter_not_allowed", "parameter_hydration"];
/** Codes `gate-response.js` can set. */
const RESPONSE_CODES: readonly GateErrorCode[] = ["upstream_rate_limited", "run_not_owned", "invalid_field", "upstream_failed"];

/** Builds the gate proxy bundle for `spec` (validated first; errors name the field, the value and what is allowed). */
export function buildGateProxy(spec: GateProxySpec): ProxyBundle {
  validateGateProxySpec(spec);
  return new GateProxyBuilder(spec).build();
}

/** The KVM key read into a flow variable, for values known only after apply. */
function kvmVariable(key: string): string {
  return `gate.kvm.${key}`;
}

function flowValue(v: GateValue): FlowValue {
  return "literal" in v ? FlowValue.literal(v.literal) : FlowValue.ref(kvmVariable(v.kvmKey));
}

/** A message-template piece: the literal, or `{variable}`. */
function templatePart(v: GateValue): string {
  return "literal" in v ? v.literal : `{${kvmVariable(v.kvmKey)}}`;
}

/** `(?i)(application/)?` + the type with regex metacharacters in classes: no backslashes inside Apigee's quotes. */
function typRegex(expected: string): string {
  const bare = expected.toLowerCase().replace(/^application\//, "");
  return `(?i)(application/)?${bare.replace(/[.+*?^$()[\]{}|/-]/g, (c) => `[${c}]`)}`;
}

/** One VerifyJWT per accepted `iss` spelling: the value the issuer KVM yields and the policy that verifies it. */
interface IssuerSpelling {
  readonly issuer: GateIssuerSpec;
  readonly value: string;
  readonly iss: GateValue;
  readonly policy: VerifyJwt;
}

class GateProxyBuilder {
  private readonly errors: ErrorPolicies;
  private readonly spellings: readonly IssuerSpelling[];

  public constructor(private readonly spec: GateProxySpec) {
    // One Retry-After for both spike arrests: the longer interval, so a refused client never retries too early.
    this.errors = new ErrorPolicies({ spikeArrestSeconds: Math.max(spec.spikeArrestRate.retryAfterSeconds(), spec.callerSpikeArrestRate.retryAfterSeconds()) });
    this.spellings = spec.issuers.flatMap((issuer) =>
      issuer.issuers.map((iss, j) => {
        const value = j === 0 ? issuer.name : `${issuer.name}__${j}`;
        return { issuer, value, iss, policy: this.verifyJwt(issuer, iss, value) };
      }),
    );
  }

  public build(): ProxyBundle {
    const s = this.spec;
    return new ProxyBundle({
      name: s.proxyName,
      description: s.description,
      basePath: s.basePath,
      proxyEndpoint: {
        preFlow: { request: this.preFlow() },
        flows: [
          { name: "triggerRun", condition: this.routeIs("triggerRun"), request: this.triggerRunFlow() },
          { name: "readRun", condition: this.routeIs("readRun") },
          { name: "statusEvents", condition: this.routeIs("statusEvents"), request: this.statusEventsFlow(), response: this.eventAnswers() },
          { name: "notFound", request: [this.errors.fault("route_not_found")] },
        ],
        faultRules: this.proxyFaultRules(),
        defaultFaultRule: {
          alwaysEnforce: false,
          // Faults no FaultRule names: a JWT failure is the token's (an overlong one if so, as the simulator says,
          // else malformed); a RaiseFault has already answered; anything else is the gate's own failure.
          steps: [
            Step.of(this.errors.assignment("token_lifetime_exceeded"), Condition.all(Condition.isTrue("JWT.failed"), Condition.isTrue(V.tokenLifetimeExceeded))),
            Step.of(this.errors.assignment("token_malformed"), Condition.all(Condition.isTrue("JWT.failed"), Condition.isNull(V.errorCode))),
            Step.of(this.errors.assignment("internal_error"), Condition.all(Condition.notEquals("fault.name", "RaiseFault"), Condition.isNull(V.errorCode))),
          ],
        },
        postClientFlow: { response: [this.audit()] },
        routeRules: [
          RouteRule.toTarget(TARGET, TARGET, Condition.any(Condition.equals(V.route, "triggerRun"), Condition.equals(V.route, "readRun"))),
          RouteRule.noRoute("noTarget"),
        ],
      },
      targetEndpoints: [this.target()],
    });
  }

  /** The route's flow condition: the route the script matched, and its method (explicit for readers and checks). */
  private routeIs(route: RouteName): Condition {
    return Condition.all(Condition.equals(V.route, route), Condition.verbIs(ROUTES[route].method));
  }

  private refuseWhen(code: GateErrorCode, condition: Condition): Step {
    return Step.of(this.errors.fault(code), condition);
  }

  // ---- PreFlow -------------------------------------------------------------------------------------------------

  private preFlow(): StepLike[] {
    const s = this.spec;
    const notEvents = Condition.notEquals(V.route, "statusEvents");
    const decodedClaim = (claim: string) => `jwt.${DECODE}.decoded.claim.${claim}`;
    const values = this.spellings.map((x) => x.value);
    const config = this.configKvm();
    return [
      new Javascript({ name: "JS-Route", script: ResourceFile.javascript("gate-route.js", routeScript(s.basePath)) }),
      // GP019: before anything is read, a spike arrest per client address (client.ip is the caller's address once the
      // environment's client IP resolution is configured; never the leftmost X-Forwarded-For entry).
      new SpikeArrest({ name: "SA-ClientIp", rate: s.spikeArrestRate, identifierRef: "client.ip" }),
      // request.header.X yields only the first value: a repeated security header is refused before anything reads it.
      ...SECURITY_HEADERS.map((h) => this.refuseWhen("header_repeated", Condition.of(`request.header.${h}.values.count > 1`))),
      this.refuseWhen("token_in_query", Condition.isTrue(V.tokenInQuery)),
      this.refuseWhen("token_missing", Condition.equals(V.tokenProblem, "token_missing")),
      this.refuseWhen("token_malformed", Condition.equals(V.tokenProblem, "token_malformed")),
      Step.of(new DecodeJwt({ name: DECODE }), notEvents),
      Step.of(
        new AssignMessage({ name: "AM-IssuerHash", assignVariables: [{ name: V.issHash, template: `{sha256Hex(${decodedClaim("iss")})}` }] }),
        Condition.all(notEvents, Condition.isSet(decodedClaim("iss"))),
      ),
      Step.of(
        new KeyValueMapOperations({
          name: "KVM-Issuer",
          mapIdentifier: s.kvmName,
          expiry: Duration.minutes(5),
          // gateKvmKeys.issuerByIss: Apigee joins the parameters with "__".
          gets: [{ assignTo: V.issuerPolicy, key: [gateKvmKeys.issuerByIss("").replace(/__$/, ""), FlowValue.ref(V.issHash)] }],
        }),
        Condition.isSet(V.issHash),
      ),
      // GP001: each VerifyJWT runs under `gate.issuer_policy = "<value>"`; this refuses every other value.
      this.refuseWhen(
        "issuer_unknown",
        Condition.all(notEvents, Condition.any(Condition.isNull(V.issuerPolicy), Condition.all(...values.map((v) => Condition.notEquals(V.issuerPolicy, v))))),
      ),
      ...(config ? [Step.of(config, notEvents)] : []),
      Step.of(
        new Javascript({
          name: "JS-TokenLifetime",
          script: ResourceFile.javascript("gate-lifetime.js", lifetimeScript(DECODE, Object.fromEntries(this.spellings.map((x) => [x.value, x.issuer.maxTokenLifetimeSeconds])))),
        }),
        notEvents,
      ),
      ...this.spellings.map((x) => Step.of(x.policy, Condition.equals(V.issuerPolicy, x.value))),
      ...this.spellings
        .filter((x) => x.issuer.expectedType !== undefined)
        .map((x) =>
          this.refuseWhen(
            "type_mismatch",
            Condition.all(Condition.equals(V.issuerPolicy, x.value), Condition.of(`!(jwt.${x.policy.name}.decoded.header.typ ~~ "${typRegex(x.issuer.expectedType!)}")`)),
          ),
        ),
      this.refuseWhen("token_lifetime_exceeded", Condition.isTrue(V.tokenLifetimeExceeded)),
      // VerifyJWT checks exp and nbf only when present; the gate also requires exp and iat.
      this.refuseWhen("claim_missing", Condition.all(notEvents, Condition.any(Condition.isNull(decodedClaim("exp")), Condition.isNull(decodedClaim("iat"))))),
      ...s.issuers.map((issuer) => Step.of(this.issuerIdentity(issuer), Condition.any(...this.spellings.filter((x) => x.issuer === issuer).map((x) => Condition.equals(V.issuerPolicy, x.value))))),
      // Flow variables show claims as text: the script reads their JSON types (a number is not a subject).
      Step.of(
        new Javascript({
          name: "JS-Claims",
          script: ResourceFile.javascript("gate-claims.js", claimsScript(DECODE, Object.fromEntries(this.spellings.map((x) => [x.value, x.issuer.clientIdClaim])))),
        }),
        notEvents,
      ),
      ...(["token_malformed", "claim_missing", "claim_mismatch"] as const).map((code) => this.refuseWhen(code, Condition.equals(V.claimProblem, code))),
      Step.of(this.callerClaims(), notEvents),
      // GP019: right after verification, a spike arrest per caller, so one caller cannot crowd out the others.
      Step.of(new SpikeArrest({ name: "SA-Caller", rate: s.callerSpikeArrestRate, identifierRef: V.consumerKey }), notEvents),
      // Only callers with a valid token learn which routes exist.
      this.refuseWhen("route_not_found", Condition.equals(V.routeRefusal, "route_not_found")),
      this.refuseWhen("method_not_allowed", Condition.equals(V.routeRefusal, "method_not_allowed")),
      Step.of(
        new KeyValueMapOperations({
          name: "KVM-Deployment",
          mapIdentifier: s.kvmName,
          expiry: Duration.minutes(5),
          // gateKvmKeys.deployment: stored as deployment__<slug>.
          gets: [{ assignTo: V.deploymentId, key: [gateKvmKeys.deployment("").replace(/__$/, ""), FlowValue.ref(V.deployment)] }],
        }),
        Condition.equals(V.route, "triggerRun"),
      ),
      // GP018: the key VerifyAPIKey looks up is bound to this gate, the verifying issuer and the verified client id.
      Step.of(new VerifyApiKey({ name: VERIFY_KEY, apiKeyRef: V.consumerKey }), notEvents),
    ];
  }

  /** The name and canonical `iss` of the issuer whose VerifyJWT passed, whichever of its spellings the token used. */
  private issuerIdentity(issuer: GateIssuerSpec): AssignMessage {
    const canonical = issuer.issuers[0];
    return new AssignMessage({
      name: `AM-Issuer-${issuer.name}`,
      assignVariables: [
        { name: V.issuerName, value: issuer.name },
        "literal" in canonical ? { name: V.iss, value: canonical.literal } : { name: V.iss, ref: kvmVariable(canonical.kvmKey) },
      ],
    });
  }

  private verifyJwt(issuer: GateIssuerSpec, iss: GateValue, value: string): VerifyJwt {
    const key = "literal" in issuer.jwksUri ? JwtKeySource.jwksUri(issuer.jwksUri.literal) : JwtKeySource.jwksUriRef(kvmVariable(issuer.jwksUri.kvmKey));
    const claims: JwtClaim[] = Object.entries(issuer.requiredClaims).map(([name, v]) => ({ name, value: flowValue(v) }));
    return new VerifyJwt({
      name: `VJWT-${value}`,
      algorithms: issuer.algorithms.map((a) => JwtAlgorithm.of(a)),
      key,
      issuer: flowValue(iss),
      audience: flowValue(issuer.audience),
      additionalClaims: claims,
      timeAllowance: Duration.seconds(issuer.clockSkewSeconds),
      maxLifespan: Duration.seconds(issuer.maxTokenLifetimeSeconds),
    });
  }

  /** Values only known after apply, read once from the KVM (issuer settings and Prefect ids). */
  private configKvm(): KeyValueMapOperations | undefined {
    const s = this.spec;
    const values: GateValue[] = [
      ...s.issuers.flatMap((i) => [...i.issuers, i.audience, i.jwksUri, ...Object.values(i.requiredClaims)]),
      s.prefect.accountId,
      s.prefect.workspaceId,
    ];
    const keys = [...new Set(values.flatMap((v) => ("kvmKey" in v ? [v.kvmKey] : [])))].sort();
    if (keys.length === 0) return undefined;
    return new KeyValueMapOperations({
      name: "KVM-Config",
      mapIdentifier: s.kvmName,
      expiry: Duration.minutes(5),
      gets: keys.map((k) => ({ assignTo: kvmVariable(k), key: [k] })),
    });
  }

  /**
   * The verified caller: sub and client id from the one VerifyJWT that ran, its run tag (from the canonical `iss`) and
   * its consumer key.
   */
  private callerClaims(): AssignMessage {
    const claim = (name: (x: IssuerSpelling) => string) => {
      const refs = this.spellings.map((x) => `jwt.${x.policy.name}.decoded.claim.${name(x)}`);
      return refs.length === 1 ? `{${refs[0]}}` : `{firstnonnull(${refs.join(",")})}`;
    };
    const tagPrefix = callerTag("", "").slice(0, -16);
    return new AssignMessage({
      name: "AM-Caller",
      assignVariables: [
        { name: V.sub, template: claim(() => "sub") },
        { name: V.clientId, template: claim((x) => x.issuer.clientIdClaim) },
        // callerTag(iss, sub): "gw:sub:" + the first 16 hex digits of sha256(iss|sub) (parity test in gate-proxy.test).
        { name: V.callerTagInput, template: `{${V.iss}}|{${V.sub}}` },
        { name: V.callerTagHash, template: `{sha256Hex(${V.callerTagInput})}` },
        { name: V.callerTag, template: `${tagPrefix}{substring(${V.callerTagHash},0,16)}` },
        // consumerKey(pipeline, issuer, client id) = sha256 hex of consumerKeyInput(...) (parity test).
        { name: V.consumerKeyInput, template: consumerKeyInput(this.spec.pipeline, `{${V.issuerName}}`, `{${V.clientId}}`) },
        { name: V.consumerKey, template: `{sha256Hex(${V.consumerKeyInput})}` },
      ],
      // gate-claims.js has refused missing claims already.
      ignoreUnresolvedVariables: true,
    });
  }

  // ---- Flows ---------------------------------------------------------------------------------------------------

  private bodyPolicy(name: string, phase: string): Javascript {
    const s = this.spec;
    const allowed: Record<string, readonly string[]> = {};
    for (const d of [...s.deployments].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      if (d.allowedParameters !== undefined) allowed[d.name] = d.allowedParameters;
    }
    const script = ResourceFile.javascript(
      "gate-body.js",
      bodyScript({ maxBodyBytes: s.maxBodyBytes, extraForbiddenFields: s.forbiddenBodyFields, allowedParameters: allowed, eventWindowSeconds: s.eventWindowSeconds }),
    );
    return new Javascript({ name, script, properties: { phase } });
  }

  private readonly bodySize = (): Javascript => (this.cachedBodySize ??= this.bodyPolicy("JS-BodySize", "size"));
  private cachedBodySize?: Javascript;
  private readonly threatProtection = (): JsonThreatProtection =>
    (this.cachedJtp ??= new JsonThreatProtection({
      name: "JTP-Body",
      ...JSON_LIMITS,
      stringValueLength: this.spec.maxBodyBytes,
    }));
  private cachedJtp?: JsonThreatProtection;

  /**
   * Size, then (for `application/json` only) JSONThreatProtection, then the script's own shape limits and rules, which
   * hold whatever the Content-Type.
   */
  private bodyChecks(phasePolicy: Javascript, codes: readonly RefusalCode[]): Step[] {
    return [
      Step.of(this.bodySize()),
      this.refuseWhen("body_too_large", Condition.equals(V.refusal, "body_too_large")),
      Step.of(this.threatProtection(), Condition.all(Condition.isTrue(V.hasBody), Condition.isSet("request.content"))),
      Step.of(phasePolicy),
      ...codes.map((c) => this.refuseWhen(c, Condition.equals(V.refusal, c))),
    ];
  }

  /** `application/json`, parameters allowed (the contract's `JSON_CONTENT_TYPE`, matched case-insensitively). */
  private notJson(): Condition {
    return Condition.of(`!(request.header.content-type ~~ "(?i)${JSON_CONTENT_TYPE}")`);
  }

  private triggerRunFlow(): StepLike[] {
    const header = `request.header.${IDEMPOTENCY_HEADER}`;
    return [
      this.refuseWhen("unsupported_media_type", Condition.any(Condition.isNull("request.header.content-type"), this.notJson())),
      // GP014: the marker step the policy pack looks for.
      this.refuseWhen("idempotency_key_missing", Condition.isNull(header)),
      this.refuseWhen("idempotency_key_invalid", Condition.of(`!(${header} ~~ "${IDEMPOTENCY_KEY.source}")`)),
      ...this.bodyChecks(this.bodyPolicy("JS-RunBody", "run"), RUN_BODY_CODES),
      // Charged last: a request refused above has cost the caller nothing. Counted per consumer key (so per issuer) and
      // product.
      new AssignMessage({ name: "AM-QuotaIdentifier", assignVariables: [{ name: V.quotaIdentifier, template: `{${V.consumerKey}}|{apiproduct.name}` }] }),
      new Quota({
        name: QUOTA,
        type: QuotaType.CALENDAR,
        startTime: QUOTA_START,
        identifierRef: V.quotaIdentifier,
        // A product without a quota is unlimited in the simulator; the default only applies to such products.
        useQuotaConfigInApiProduct: { stepName: VERIFY_KEY, defaultConfig: { allow: 1_000_000_000, timeUnit: QuotaTimeUnit.MINUTE } },
      }),
      new AssignMessage({
        name: "AM-RunKeys",
        assignVariables: [
          { name: V.messageTag, template: messageTag("{messageid}") },
          // idempotencyKey(iss, sub, deployment, key) = sha256 hex of "iss|sub|deployment|key", iss canonical (parity test).
          { name: V.idempotencyInput, template: `{${V.iss}}|{${V.sub}}|{${V.deployment}}|{${header}}` },
          { name: V.idempotencyKey, template: `{sha256Hex(${V.idempotencyInput})}` },
        ],
      }),
    ];
  }

  private statusEventsFlow(): StepLike[] {
    const s = this.spec;
    const compare = new Javascript({ name: "JS-Webhook", script: ResourceFile.javascript("gate-webhook.js", webhookScript()) });
    const mismatch = Condition.notEquals(V.webhookOk, "true");
    const refreshAllowed = Condition.all(mismatch, Condition.isTrue(`ratelimit.${WEBHOOK_REFRESH.policy}.failed`).not());
    const seenKey = { prefix: s.proxyName, fragments: ["event", FlowValue.ref(V.eventId)] };
    const fresh = Condition.isNull(V.eventSeen);
    return [
      this.refuseWhen("webhook_unauthorized", Condition.isNull(`request.header.${WEBHOOK_SECRET_HEADER}`)),
      // Prefect's webhook block sends only the headers it is configured with: no Content-Type is accepted, another
      // media type is not. The body is checked as JSON either way.
      this.refuseWhen("unsupported_media_type", Condition.all(Condition.isSet("request.header.content-type"), this.notJson())),
      ...this.bodyChecks(this.bodyPolicy("JS-EventBody", "event"), ["invalid_json", "invalid_field", "event_outside_window"]),
      ...this.secretSteps("WebhookSecret", s.webhookSecret, V.webhookSecret),
      compare,
      // A rotation writes the new secret to Prefect's block and to Secret Manager in one apply, while this proxy may
      // still hold the old one in its cache: on a mismatch, read Secret Manager once more, bypassing the cache. A
      // wrong secret costs a callout, so the re-reads are limited for the whole proxy (continueOnError: over the
      // limit, the request is refused with the cached secret).
      Step.of(
        new SpikeArrest({ name: WEBHOOK_REFRESH.policy, rate: WEBHOOK_REFRESH.rate, identifierRef: "apiproxy.name", continueOnError: true }),
        mismatch,
      ),
      ...this.secretSteps("WebhookSecret", s.webhookSecret, V.webhookSecret, refreshAllowed),
      Step.of(compare, refreshAllowed),
      this.refuseWhen("webhook_unauthorized", mismatch),
      // De-duplication, not authentication (the secret authenticates): an event id published within the window is
      // answered 202 again and not published twice.
      new LookupCache({ name: "LC-EventSeen", cacheKey: seenKey, assignTo: V.eventSeen }),
      Step.of(new PublishMessage({ name: "PM-StatusEvent", topic: s.statusTopic, payload: "{request.content}" }), fresh),
      Step.of(new PopulateCache({ name: "PC-EventSeen", cacheKey: seenKey, ttl: Duration.seconds(eventMemorySeconds(s.eventWindowSeconds)), source: V.eventId }), fresh),
    ];
  }

  /** 202 either way: `accepted` when published now, `duplicate` when the id was published within the window. */
  private eventAnswers(): Step[] {
    const answer = (name: string, status: string) =>
      new AssignMessage({
        name,
        set: { payload: { contentType: "application/json", content: `{"status":"${status}","messageid":"{messageid}"}` }, statusCode: 202, reasonPhrase: "Accepted" },
      });
    return [Step.of(answer("AM-EventAccepted", "accepted"), Condition.isNull(V.eventSeen)), Step.of(answer("AM-EventDuplicate", "duplicate"), Condition.isSet(V.eventSeen))];
  }

  /**
   * A Secret Manager secret into `variable`: the cache first, else `versions/latest:access` with the proxy's service
   * account, base64-decoded, cached for `secretCacheTtlSeconds` (below the Prefect key's overlap).
   */
  /**
   * Reads a secret into `variable` through the cache. With `refresh`, the same policies run again whenever that
   * condition holds, straight from Secret Manager (no cache lookup), and re-cache the value.
   */
  private secretSteps(label: string, secret: string, variable: string, refresh?: Condition): Step[] {
    const s = this.spec;
    const snake = label.replace(/([a-z])([A-Z])/g, "$1_$2").toLowerCase();
    const cacheKey = { prefix: s.proxyName, fragments: [snake] };
    const response = `private.gate.${snake}_response`;
    const encoded = `private.gate.${snake}_b64`;
    const policies = (this.secretPolicyCache[label] ??= {
      lookup: new LookupCache({ name: `LC-${label}`, cacheKey, assignTo: variable }),
      callout: new ServiceCallout({
        name: `SC-${label}`,
        request: { variable: `gate.${snake}_request`, verb: "GET" },
        response,
        timeout: Duration.millis(s.ioTimeoutMillis),
        connection: TargetConnection.url(`${SECRET_MANAGER}/${secret}/versions/latest:access`, { authentication: GoogleAuthentication.accessToken([CLOUD_PLATFORM]) }),
      }),
      extract: new ExtractVariables({ name: `EV-${label}`, source: response, variablePrefix: "private.gate", jsonPayload: [{ name: `${snake}_b64`, jsonPath: "$.payload.data" }] }),
      decode: new AssignMessage({ name: `AM-${label}`, assignVariables: [{ name: variable, template: `{decodeBase64(${encoded})}` }] }),
      populate: new PopulateCache({ name: `PC-${label}`, cacheKey, ttl: Duration.seconds(s.secretCacheTtlSeconds), source: variable }),
    });
    const fetch = refresh ?? Condition.isNull(variable);
    return [
      ...(refresh ? [] : [Step.of(policies.lookup)]),
      Step.of(policies.callout, fetch),
      Step.of(policies.extract, Condition.all(fetch, Condition.isSet(`${response}.content`))),
      Step.of(policies.decode, fetch),
      Step.of(policies.populate, refresh ? Condition.all(refresh, Condition.isSet(encoded)) : Condition.isSet(encoded)),
    ];
  }

  private readonly secretPolicyCache: Record<
    string,
    { lookup: LookupCache; callout: ServiceCallout; extract: ExtractVariables; decode: AssignMessage; populate: PopulateCache }
  > = {};

  // ---- Target --------------------------------------------------------------------------------------------------

  private target() {
    const s = this.spec;
    const account = templatePart(s.prefect.accountId);
    const workspace = templatePart(s.prefect.workspaceId);
    // Only the headers the gate chooses reach Prefect (the contract's UPSTREAM_HEADERS): every header of the caller's request is
    // removed, then the Prefect key and Accept are set (Content-Type comes with the payload).
    const common = {
      remove: { allHeaders: true },
      headers: { Authorization: `Bearer {${V.prefectKey}}`, Accept: "application/json" },
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
    const onRoute = (route: RouteName) => Condition.equals(V.route, route);
    return {
      name: TARGET,
      connection: withoutRetries(TargetConnection.targetServer(s.prefect.targetServerName, { path: `/{${V.upstreamPath}}` })),
      connectTimeout: Duration.millis(s.connectTimeoutMillis),
      ioTimeout: Duration.millis(s.ioTimeoutMillis),
      // Every Prefect status reaches gate-response.js, which decides what the caller sees.
      properties: { "success.codes": "1xx,2xx,3xx,4xx,5xx" },
      preFlow: {
        request: [
          ...this.secretSteps("PrefectKey", s.prefectKeySecret, V.prefectKey),
          Step.of(this.bodyPolicy("JS-BuildRunBody", "build"), onRoute("triggerRun")),
          Step.of(create, onRoute("triggerRun")),
          Step.of(read, onRoute("readRun")),
        ],
        response: [
          new Javascript({ name: "JS-Response", script: ResourceFile.javascript("gate-response.js", responseScript()) }),
          ...RESPONSE_CODES.map((c) => this.refuseWhen(c, Condition.equals(V.refusal, c))),
        ],
      },
      defaultFaultRule: { alwaysEnforce: false, steps: [Step.of(this.errors.assignment("upstream_failed"), Condition.notEquals("fault.name", "RaiseFault"))] },
    };
  }

  // ---- Faults and audit ----------------------------------------------------------------------------------------

  /** One rule per fault name, so every condition stays short and no two rules match the same fault. */
  private proxyFaultRules(): FaultRuleProps[] {
    const e = this.errors;
    const rule = (name: string, code: GateErrorCode, condition: Condition, steps: StepLike[] = [e.assignment(code)]): FaultRuleProps => ({ name, condition, steps });
    const faultIs = (name: string) => Condition.equals("fault.name", name);
    const rules: FaultRuleProps[] = JWT_FAULTS.flatMap(([code, names]) => names.map((n) => rule(`${code}.${n}`, code, faultIs(n))));
    const claimNames = [...new Set(this.spec.issuers.flatMap((i) => Object.keys(i.requiredClaims)))].sort();
    if (claimNames.length > 0) {
      const missing = Condition.any(...claimNames.map((c) => Condition.isNull(`jwt.${DECODE}.decoded.claim.${c}`)));
      rules.push(
        rule("claim_missing.InvalidClaim", "claim_missing", Condition.all(faultIs("InvalidClaim"), missing)),
        rule("claim_mismatch.InvalidClaim", "claim_mismatch", Condition.all(faultIs("InvalidClaim"), missing.not())),
      );
    }
    rules.push(...UNKNOWN_KEY_FAULTS.map((n) => rule(`client_unknown.${n}`, "client_unknown", faultIs(n))));
    // The simulator's order: a registered caller learns that a deployment does not exist (404) before it learns it
    // may not call it (403); both before any upstream call.
    const unknownDeployment = Condition.all(Condition.equals(V.route, "triggerRun"), Condition.isNull(V.deploymentId));
    rules.push(
      rule("deployment_not_found", "deployment_not_found", Condition.all(faultIs(NO_PRODUCT_FAULT), unknownDeployment)),
      rule("client_not_authorized", "client_not_authorized", Condition.all(faultIs(NO_PRODUCT_FAULT), unknownDeployment.not())),
      rule("spike_arrest", "spike_arrest", faultIs("SpikeArrestViolation")),
      rule("quota_exceeded", "quota_exceeded", faultIs("QuotaViolation"), [
        new Javascript({ name: "JS-RetryAfter", script: ResourceFile.javascript("gate-retry-after.js", retryAfterScript(QUOTA)) }),
        e.assignment("quota_exceeded"),
      ]),
      // JSONThreatProtection: a body beyond the structural limits or not parseable.
      rule("invalid_json", "invalid_json", faultIs("ExecutionFailed")),
    );
    return rules;
  }

  /** DESIGN decision 9: who, what, when, result, correlation; never a credential or a `private.` variable. */
  private audit(): MessageLogging {
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
      logName: this.spec.auditLogName,
      message: `{${fields.map(([k, v]) => `"${k}":"${v}"`).join(",")}}`,
      labels: { proxy: "{apiproxy.name}", environment: "{environment.name}" },
    });
  }
}

/** Apigee retries a failed request on the LoadBalancer by default; a `create_flow_run` POST must never be sent twice. */
function withoutRetries(connection: TargetConnection): TargetConnection {
  const render = connection.toXmlElement.bind(connection);
  const patch = (e: XmlElement): XmlElement =>
    e.name === "LoadBalancer" ? { ...e, children: [...e.children, text("RetryEnabled", false)] } : { ...e, children: e.children.map(patch) };
  return Object.assign(connection, { toXmlElement: (properties?: Readonly<Record<string, string>>) => patch(render(properties)) });
}
