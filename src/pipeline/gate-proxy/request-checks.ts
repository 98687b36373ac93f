/**
 * The `DECISION_ORDER` entries of a run request, in flow `triggerRun`: Content-Type (415) → `Idempotency-Key` (400) →
 * the body's size, shape and rules (`gate-body.js`, JSONThreatProtection; 400) → the product quota (429), charged last
 * so a refused request costs the caller nothing → the idempotency key and the message tag.
 *
 * And `EVENT_DECISION_ORDER`, in flow `statusEvents`: the webhook secret header (403) → Content-Type if present (415)
 * → body, event id and replay window (400) → the secret compared with Secret Manager's (403; a mismatch re-reads the
 * secret, at most a few times a minute) → an event id seen within the window is not published again → PublishMessage.
 */
import {
  AssignMessage,
  Condition,
  FaultRuleProps,
  FlowValue,
  Javascript,
  JsonThreatProtection,
  LookupCache,
  PopulateCache,
  PublishMessage,
  Quota,
  QuotaTimeUnit,
  QuotaType,
  ResourceFile,
  SpikeArrest,
  Step,
  StepLike,
} from "../../apigee/bundle";
import { Duration } from "../../core/duration";
import { Rate } from "../../core/rate";
import { eventMemorySeconds, IDEMPOTENCY_HEADER, IDEMPOTENCY_KEY, JSON_CONTENT_TYPE, JSON_LIMITS, messageTag, RefusalCode, WEBHOOK_SECRET_HEADER } from "../../gate/contract";
import { BodyPhase, bodyScript } from "../gate-scripts/body-script";
import { retryAfterScript } from "../gate-scripts/retry-after-script";
import { webhookScript } from "../gate-scripts/webhook-script";
import { VERIFY_KEY } from "./authorization";
import { faultIs, GateContext } from "./context";
import { GATE_VARIABLES as V } from "./variables";

/** The Secret Manager re-read a wrong webhook secret forces: a few a minute for the whole proxy, however many try. */
const WEBHOOK_REFRESH = { policy: "SA-WebhookSecretRefresh", rate: Rate.perMinute(6) } as const;
const QUOTA = "Q-Product";
/** Quota windows aligned to their unit, as the simulator counts them; a fixed past instant keeps the bytes stable. */
const QUOTA_START = "2000-01-01 00:00:00";
/** Codes `gate-body.js` can set on a run request, in its order. */
const RUN_BODY_CODES: readonly RefusalCode[] = ["invalid_json", "forbidden_field", "unknown_field", "invalid_field", "tag_reserved", "parameter_not_allowed", "parameter_hydration"];
/** Codes `gate-body.js` can set on a status event, in its order. */
const EVENT_BODY_CODES: readonly RefusalCode[] = ["invalid_json", "invalid_field", "event_outside_window"];

/** The `gate-body.js` of each proxy being built: built once, run by several Javascript policies (one per `phase`). */
const bodyScripts = new WeakMap<GateContext, ResourceFile>();

/** The `gate-body.js` policy running `phase` (its checks, or `build`: the body sent to Prefect). */
export function bodyPolicy(ctx: GateContext, name: string, phase: BodyPhase): Javascript {
  let script = bodyScripts.get(ctx);
  if (script === undefined) {
    const s = ctx.spec;
    const allowed: Record<string, readonly string[]> = {};
    for (const d of [...s.deployments].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      if (d.allowedParameters !== undefined) allowed[d.name] = d.allowedParameters;
    }
    script = ResourceFile.javascript(
      "gate-body.js",
      bodyScript({ maxBodyBytes: s.maxBodyBytes, extraForbiddenFields: s.forbiddenBodyFields, allowedParameters: allowed, eventWindowSeconds: s.eventWindowSeconds }),
    );
    bodyScripts.set(ctx, script);
  }
  return new Javascript({ name, script, properties: { phase } });
}

export class RequestChecks {
  /** The size check and JSONThreatProtection, shared by both flows. */
  private readonly bodySize: Javascript;
  private readonly threatProtection: JsonThreatProtection;

  public constructor(private readonly ctx: GateContext) {
    this.bodySize = bodyPolicy(ctx, "JS-BodySize", "size");
    this.threatProtection = new JsonThreatProtection({ name: "JTP-Body", ...JSON_LIMITS, stringValueLength: ctx.spec.maxBodyBytes });
  }

  /** Flow `triggerRun`. */
  public triggerRun(): StepLike[] {
    const refuseWhen = this.ctx.refuseWhen.bind(this.ctx);
    const header = `request.header.${IDEMPOTENCY_HEADER}`;
    return [
      refuseWhen("unsupported_media_type", Condition.any(Condition.isNull("request.header.content-type"), notJson())),
      // GP014: the marker step the policy pack looks for.
      refuseWhen("idempotency_key_missing", Condition.isNull(header)),
      refuseWhen("idempotency_key_invalid", Condition.of(`!(${header} ~~ "${IDEMPOTENCY_KEY.source}")`)),
      ...this.bodyChecks(bodyPolicy(this.ctx, "JS-RunBody", "run"), RUN_BODY_CODES),
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

  /** Flow `statusEvents`. */
  public statusEvents(): StepLike[] {
    const s = this.ctx.spec;
    const refuseWhen = this.ctx.refuseWhen.bind(this.ctx);
    const compare = new Javascript({ name: "JS-Webhook", script: ResourceFile.javascript("gate-webhook.js", webhookScript()) });
    const mismatch = Condition.notEquals(V.webhookOk, "true");
    const refreshAllowed = Condition.all(mismatch, Condition.isTrue(`ratelimit.${WEBHOOK_REFRESH.policy}.failed`).not());
    const seenKey = { prefix: s.proxyName, fragments: ["event", FlowValue.ref(V.eventId)] };
    const fresh = Condition.isNull(V.eventSeen);
    return [
      refuseWhen("webhook_unauthorized", Condition.isNull(`request.header.${WEBHOOK_SECRET_HEADER}`)),
      // Prefect's webhook block sends only the headers it is configured with: no Content-Type is accepted, another
      // media type is not. The body is checked as JSON either way.
      refuseWhen("unsupported_media_type", Condition.all(Condition.isSet("request.header.content-type"), notJson())),
      ...this.bodyChecks(bodyPolicy(this.ctx, "JS-EventBody", "event"), EVENT_BODY_CODES),
      ...this.ctx.secrets.steps("WebhookSecret", s.webhookSecret, V.webhookSecret),
      compare,
      // A rotation writes the new secret to Prefect's block and to Secret Manager in one apply, while this proxy may
      // still hold the old one in its cache: on a mismatch, read Secret Manager once more, bypassing the cache. A
      // wrong secret costs a callout, so the re-reads are limited for the whole proxy (continueOnError: over the
      // limit, the request is refused with the cached secret).
      Step.of(new SpikeArrest({ name: WEBHOOK_REFRESH.policy, rate: WEBHOOK_REFRESH.rate, identifierRef: "apiproxy.name", continueOnError: true }), mismatch),
      ...this.ctx.secrets.steps("WebhookSecret", s.webhookSecret, V.webhookSecret, refreshAllowed),
      Step.of(compare, refreshAllowed),
      refuseWhen("webhook_unauthorized", mismatch),
      // De-duplication, not authentication (the secret authenticates): an event id published within the window is
      // answered 202 again and not published twice.
      new LookupCache({ name: "LC-EventSeen", cacheKey: seenKey, assignTo: V.eventSeen }),
      Step.of(new PublishMessage({ name: "PM-StatusEvent", topic: s.statusTopic, payload: "{request.content}" }), fresh),
      Step.of(new PopulateCache({ name: "PC-EventSeen", cacheKey: seenKey, ttl: Duration.seconds(eventMemorySeconds(s.eventWindowSeconds)), source: V.eventId }), fresh),
    ];
  }

  /** The quota's refusal (with the Retry-After its window leaves) and JSONThreatProtection's. */
  public faultRules(): FaultRuleProps[] {
    const rule = this.ctx.faultRule.bind(this.ctx);
    return [
      rule("quota_exceeded", "quota_exceeded", faultIs("QuotaViolation"), [
        new Javascript({ name: "JS-RetryAfter", script: ResourceFile.javascript("gate-retry-after.js", retryAfterScript(QUOTA)) }),
        this.ctx.errors.assignment("quota_exceeded"),
      ]),
      // JSONThreatProtection: a body beyond the structural limits or not parseable.
      rule("invalid_json", "invalid_json", faultIs("ExecutionFailed")),
    ];
  }

  /**
   * Size, then (for `application/json` only) JSONThreatProtection, then the script's own shape limits and rules, which
   * hold whatever the Content-Type.
   */
  private bodyChecks(phasePolicy: Javascript, codes: readonly RefusalCode[]): Step[] {
    const refuseWhen = this.ctx.refuseWhen.bind(this.ctx);
    return [
      Step.of(this.bodySize),
      refuseWhen("body_too_large", Condition.equals(V.refusal, "body_too_large")),
      Step.of(this.threatProtection, Condition.all(Condition.isTrue(V.hasBody), Condition.isSet("request.content"))),
      Step.of(phasePolicy),
      ...codes.map((c) => refuseWhen(c, Condition.equals(V.refusal, c))),
    ];
  }
}

/** `application/json`, parameters allowed (the contract's `JSON_CONTENT_TYPE`, matched case-insensitively). */
function notJson(): Condition {
  return Condition.of(`!(request.header.content-type ~~ "(?i)${JSON_CONTENT_TYPE}")`);
}
