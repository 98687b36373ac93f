// The gate proxy as rendered XML: the order of its checks (verification before authorization before quota before any
// upstream call), its routes, its error responses, VerifyJWT per issuer, the message templates that derive the run
// tags and the idempotency key, the target, the audit record, determinism, and the spec's refusals.
import { createHash } from "crypto";
import {
  callerTag,
  consumerKey,
  createFlowRunPath,
  idempotencyKey,
  isJsonContentType,
  JSON_CONTENT_TYPE,
  messageTag,
  readFlowRunPath,
  REFUSALS,
  RefusalCode,
  SECURITY_HEADERS,
  UPSTREAM_HEADERS,
} from "../../src/gate/contract";
import { buildGateProxy } from "../../src/pipeline/gate-proxy";
import { errorResponse, GATE_FAILURES } from "../../src/pipeline/gate-proxy/errors";
import { Rate } from "../../src/core/rate";
import { GateProxySpec, gateKvmKeys } from "../../src/pipeline/gate-proxy-spec";
import { RULES } from "../../src/checks/rules";
import { gateSpec, OKTA_ISS } from "./gate-proxy-fixture";

const bundle = buildGateProxy(gateSpec());
const files = new Map(bundle.pack().files.map((f) => [f.path, f.content]));
const file = (path: string): string => {
  const content = files.get(`apiproxy/${path}`);
  if (content === undefined) throw new Error(`no apiproxy/${path}`);
  return content;
};
const proxyXml = file("proxies/default.xml");
const targetXml = file("targets/prefect.xml");

/** The text between `<tag ...>` and its `</tag>` (first occurrence after `from`). */
function section(xml: string, open: string, close: string, from = 0): string {
  const start = xml.indexOf(open, from);
  if (start < 0) throw new Error(`no ${open}`);
  return xml.slice(start, xml.indexOf(close, start) + close.length);
}
/** Step names of a `<Request>` section, in order. */
function stepNames(xml: string): string[] {
  return [...xml.matchAll(/<Name>([^<]+)<\/Name>/g)].map((m) => m[1]);
}
/** `{name: condition}` of the steps of a section (last one wins for repeated policies). */
function stepConditions(xml: string): Array<[string, string | undefined]> {
  return [...xml.matchAll(/<Step>\s*<Name>([^<]+)<\/Name>(?:\s*<Condition>([^<]*)<\/Condition>)?/g)].map((m) => [m[1], m[2] && decode(m[2])]);
}
const decode = (s: string) => s.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");

const preFlow = stepNames(section(section(proxyXml, '<PreFlow name="PreFlow">', "</PreFlow>"), "<Request>", "</Request>"));
const flow = (name: string) => section(proxyXml, `<Flow name="${name}">`, "</Flow>");
const triggerRun = stepNames(section(flow("triggerRun"), "<Request>", "</Request>"));
const targetRequest = stepNames(section(targetXml, "<Request>", "</Request>"));

describe("flow order", () => {
  test("the PreFlow: rate per address, repeated headers, token, issuer, signature, claims, rate per caller, route, then the client", () => {
    expect(preFlow).toEqual([
      "JS-Route",
      "SA-ClientIp",
      "RF-header_repeated",
      "RF-header_repeated",
      "RF-header_repeated",
      "RF-header_repeated",
      "RF-token_in_query",
      "RF-token_missing",
      "RF-token_malformed",
      "JWT-Decode",
      "AM-IssuerHash",
      "KVM-Issuer",
      "RF-issuer_unknown",
      "KVM-Config",
      "JS-TokenLifetime",
      "VJWT-okta",
      "VJWT-entra",
      "VJWT-google",
      "VJWT-google__1",
      "RF-type_mismatch",
      "RF-token_lifetime_exceeded",
      "RF-claim_missing",
      "AM-Issuer-okta",
      "AM-Issuer-entra",
      "AM-Issuer-google",
      "JS-Claims",
      "RF-token_malformed",
      "RF-claim_missing",
      "RF-claim_mismatch",
      "AM-Caller",
      "SA-Caller",
      "RF-route_not_found",
      "RF-method_not_allowed",
      "KVM-Deployment",
      "VA-Client",
    ]);
  });

  test("a run request: verified, rate-limited per caller, routed, authorized, its headers and body checked, then charged, before any upstream call", () => {
    const order = [...preFlow, ...triggerRun, ...targetRequest];
    const at = (name: string) => {
      const i = order.indexOf(name);
      expect(i).toBeGreaterThanOrEqual(0);
      return i;
    };
    const sequence = [
      "SA-ClientIp",
      "RF-token_missing",
      "VJWT-google__1",
      "JS-Claims",
      "AM-Caller",
      "SA-Caller",
      "RF-route_not_found",
      "KVM-Deployment", // looked up before VerifyAPIKey, so its faults can tell 404 from 403
      "VA-Client",
      "RF-unsupported_media_type",
      "RF-idempotency_key_missing",
      "RF-idempotency_key_invalid",
      "JS-BodySize",
      "JTP-Body",
      "JS-RunBody",
      "RF-parameter_hydration",
      "Q-Product", // charged last: a refused request costs the caller no quota
      "AM-RunKeys",
      "SC-PrefectKey", // the first upstream call of all, in the target
      "AM-CreateFlowRun",
    ];
    expect(sequence.map(at)).toEqual([...sequence.map(at)].sort((a, b) => a - b));
    expect(order.findIndex((n) => n.startsWith("SC-"))).toBe(at("SC-PrefectKey"));
    // Nothing in the proxy endpoint calls out on the run route.
    expect([...preFlow, ...triggerRun].filter((n) => n.startsWith("SC-"))).toEqual([]);
  });

  test("the quota counts per consumer key (so per issuer) and product, in windows aligned to its unit, distributed", () => {
    const quota = file("policies/Q-Product.xml");
    expect(quota).toContain('<Quota continueOnError="false" enabled="true" name="Q-Product" type="calendar">');
    expect(quota).toContain('<Identifier ref="gate.quota_identifier"/>');
    expect(quota).toContain('<UseQuotaConfigInAPIProduct stepName="VA-Client">');
    expect(quota).toContain("<StartTime>2000-01-01 00:00:00</StartTime>");
    expect(quota).toContain("<Distributed>true</Distributed>");
    expect(file("policies/AM-QuotaIdentifier.xml")).toContain("<Template>{gate.consumer_key}|{apiproduct.name}</Template>");
    expect(file("policies/VA-Client.xml")).toContain('<APIKey ref="gate.consumer_key"/>');
  });

  test("every SpikeArrest has an Identifier: the client address first, the caller's consumer key after verification", () => {
    expect(file("policies/SA-ClientIp.xml")).toContain('<Identifier ref="client.ip"/>\n  <Rate>20ps</Rate>');
    expect(file("policies/SA-Caller.xml")).toContain('<Identifier ref="gate.consumer_key"/>\n  <Rate>5ps</Rate>');
    expect(file("policies/SA-WebhookSecretRefresh.xml")).toContain('<Identifier ref="apiproxy.name"/>\n  <Rate>6pm</Rate>');
    const conditions = new Map(stepConditions(section(proxyXml, '<PreFlow name="PreFlow">', "</PreFlow>")));
    expect(conditions.get("SA-ClientIp")).toBeUndefined();
    expect(conditions.get("SA-Caller")).toBe('gate.route != "statusEvents"');
  });

  test("a security header with more than one value is refused before anything reads it", () => {
    const conditions = stepConditions(section(proxyXml, '<PreFlow name="PreFlow">', "</PreFlow>")).filter(([n]) => n === "RF-header_repeated");
    expect(conditions.map(([, c]) => c)).toEqual(SECURITY_HEADERS.map((h) => `request.header.${h}.values.count > 1`));
    expect(SECURITY_HEADERS).toEqual(["authorization", "idempotency-key", "content-type", "x-gate-webhook-secret"]);
  });
});

describe("routes", () => {
  test("one flow per contract route, each on the route the script matched and its method, then a catch-all 404", () => {
    const flows = [...proxyXml.matchAll(/<Flow name="([^"]+)">[\s\S]*?<\/Flow>/g)].map((m) => [m[1], decode(/<Condition>([^<]*)<\/Condition>\s*<\/Flow>/.exec(m[0])?.[1] ?? "")]);
    expect(flows).toEqual([
      ["triggerRun", '(gate.route = "triggerRun") and (request.verb = "POST")'],
      ["readRun", '(gate.route = "readRun") and (request.verb = "GET")'],
      ["statusEvents", '(gate.route = "statusEvents") and (request.verb = "POST")'],
      ["notFound", ""],
    ]);
    expect(stepNames(flow("notFound"))).toEqual(["RF-route_not_found"]);
  });

  test("route and method refusals come from the route script's verdict, answered only after the token is verified", () => {
    const conditions = stepConditions(section(proxyXml, '<PreFlow name="PreFlow">', "</PreFlow>"));
    expect(conditions[0]).toEqual(["JS-Route", undefined]);
    const at = conditions.findIndex(([n]) => n === "RF-route_not_found");
    expect(conditions.slice(at - 1, at + 2)).toEqual([
      ["SA-Caller", 'gate.route != "statusEvents"'],
      ["RF-route_not_found", 'gate.route_refusal = "route_not_found"'],
      ["RF-method_not_allowed", 'gate.route_refusal = "method_not_allowed"'],
    ]);
    expect(file("policies/JS-Route.xml")).toContain("<ResourceURL>jsc://gate-route.js</ResourceURL>");
    expect(file("resources/jsc/gate-route.js")).toContain('var BASE = ["orders"];');
  });

  test("runs and reads go to Prefect; everything else gets a null route", () => {
    const rules = [...proxyXml.matchAll(/<RouteRule name="([^"]+)"(?:\/>|>([\s\S]*?)<\/RouteRule>)/g)].map((m) => [m[1], decode((m[2] ?? "").replace(/\s+/g, " ").trim())]);
    expect(rules).toEqual([
      ["prefect", '<Condition>(gate.route = "triggerRun") or (gate.route = "readRun")</Condition> <TargetEndpoint>prefect</TargetEndpoint>'],
      ["noTarget", ""],
    ]);
  });

  test("POST /events: secret header, media type, body and window, the secret (re-read on a mismatch, rate-limited), de-duplication, publish, 202", () => {
    const events = flow("statusEvents");
    const retry = '(gate.webhook_ok != "true") and (!(ratelimit.SA-WebhookSecretRefresh.failed = true))';
    expect(stepConditions(section(events, "<Request>", "</Request>"))).toEqual([
      ["RF-webhook_unauthorized", "request.header.x-gate-webhook-secret = null"],
      // Prefect's webhook block sends only the headers it is given: no Content-Type passes, another one does not.
      ["RF-unsupported_media_type", `(request.header.content-type != null) and (!(request.header.content-type ~~ "(?i)${JSON_CONTENT_TYPE}"))`],
      ["JS-BodySize", undefined],
      ["RF-body_too_large", 'gate.refusal = "body_too_large"'],
      ["JTP-Body", "(gate.has_body = true) and (request.content != null)"],
      ["JS-EventBody", undefined],
      ["RF-invalid_json", 'gate.refusal = "invalid_json"'],
      ["RF-invalid_field", 'gate.refusal = "invalid_field"'],
      ["RF-event_outside_window", 'gate.refusal = "event_outside_window"'],
      ["LC-WebhookSecret", undefined],
      ["SC-WebhookSecret", "private.gate.webhook_secret = null"],
      ["EV-WebhookSecret", "(private.gate.webhook_secret = null) and (private.gate.webhook_secret_response.content != null)"],
      ["AM-WebhookSecret", "private.gate.webhook_secret = null"],
      ["PC-WebhookSecret", "private.gate.webhook_secret_b64 != null"],
      ["JS-Webhook", undefined],
      // On a mismatch the same policies read Secret Manager again without the cache (a rotation may have just replaced
      // the secret the proxy cached), at most 6 times a minute for the whole proxy: a wrong secret costs a callout.
      ["SA-WebhookSecretRefresh", 'gate.webhook_ok != "true"'],
      ["SC-WebhookSecret", retry],
      ["EV-WebhookSecret", `(${retry}) and (private.gate.webhook_secret_response.content != null)`],
      ["AM-WebhookSecret", retry],
      ["PC-WebhookSecret", `(${retry}) and (private.gate.webhook_secret_b64 != null)`],
      ["JS-Webhook", retry],
      ["RF-webhook_unauthorized", 'gate.webhook_ok != "true"'],
      // After the secret, so a forged event can never mark a real one as seen.
      ["LC-EventSeen", undefined],
      ["PM-StatusEvent", "gate.event_seen = null"],
      ["PC-EventSeen", "gate.event_seen = null"],
    ]);
    expect(file("policies/SA-WebhookSecretRefresh.xml")).toContain('continueOnError="true"');
    expect(stepConditions(section(events, "<Response>", "</Response>"))).toEqual([
      ["AM-EventAccepted", "gate.event_seen = null"],
      ["AM-EventDuplicate", "gate.event_seen != null"],
    ]);
    expect(file("policies/PM-StatusEvent.xml")).toContain("<Topic>projects/acme-data-prod/topics/orders-gate-status</Topic>");
    expect(file("policies/AM-EventAccepted.xml")).toContain("<StatusCode>202</StatusCode>");
    expect(decode(file("policies/AM-EventDuplicate.xml"))).toContain('{"status":"duplicate","messageid":"{messageid}"}');
    // The event id is remembered for the window plus the clock skew (600 + 60 s), under the same key it is looked up by.
    const populate = file("policies/PC-EventSeen.xml");
    expect(populate).toContain("<TimeoutInSeconds>660</TimeoutInSeconds>");
    expect(populate).toContain("<Source>gate.event_id</Source>");
    const key = (xml: string) => section(xml, "<CacheKey>", "</CacheKey>");
    expect(key(populate)).toBe(key(file("policies/LC-EventSeen.xml")));
    expect(key(populate)).toContain('<KeyFragment ref="gate.event_id"/>');
    // Events are authenticated by the webhook secret, not by a JWT: every JWT step skips them.
    for (const [name, condition] of stepConditions(section(proxyXml, '<PreFlow name="PreFlow">', "</PreFlow>"))) {
      if (["JWT-Decode", "AM-Caller", "VA-Client", "KVM-Config", "JS-Claims", "SA-Caller"].includes(name)) expect(condition).toBe('gate.route != "statusEvents"');
    }
  });

  test("run requests must declare JSON; the condition's pattern decides like the contract", () => {
    const conditions = new Map(stepConditions(section(flow("triggerRun"), "<Request>", "</Request>")));
    const condition = conditions.get("RF-unsupported_media_type")!;
    expect(condition).toBe(`(request.header.content-type = null) or (!(request.header.content-type ~~ "(?i)${JSON_CONTENT_TYPE}"))`);
    // Apigee's ~~ is a Java regex; (?i) is its case-insensitive flag. The pattern has no backslash, so JS reads it alike.
    const pattern = new RegExp(/~~ "\(\?i\)([^"]+)"/.exec(condition)![1], "i");
    for (const value of ["application/json", "Application/JSON; charset=utf-8", "application/json;charset=UTF-8", "text/plain", "application/jsonp", "application/json-patch+json", " application/json", "application/x-www-form-urlencoded"]) {
      expect(pattern.test(value)).toBe(isJsonContentType(value));
    }
    expect(isJsonContentType("application/json; charset=utf-8")).toBe(true);
    expect(isJsonContentType("text/plain")).toBe(false);
  });
});

describe("error responses", () => {
  const json = (payload: string) => JSON.parse(payload.replace("{messageid}", "m-1"));
  const policyCodes = [...files.keys()].map((p) => /^apiproxy\/policies\/(RF|AM)-([a-z_]+)\.xml$/.exec(p)).filter((m) => m !== null);

  test.each(policyCodes.map((m) => [m![1], m![2]]))("%s-%s answers the contract's status and a JSON body with the code", (kind, code) => {
    const xml = decode(file(`policies/${kind}-${code}.xml`));
    const known = (REFUSALS as Record<string, { status: number; reason: string }>)[code] ?? (GATE_FAILURES as Record<string, { status: number; reason: string }>)[code];
    expect(known).toBeDefined();
    expect(xml).toContain(`<StatusCode>${known.status}</StatusCode>`);
    const payload = /<Payload contentType="application\/json">([^<]*)<\/Payload>/.exec(xml)![1];
    expect(json(payload)).toEqual({ code, message: known.reason, messageid: "m-1" });
    expect(xml).toMatch(new RegExp(`<Name>gate\\.error_code</Name>\\s*<Value>${code}</Value>`));
    if (known.status === 401) expect(xml).toContain(`<Header name="WWW-Authenticate">${code === "token_missing" ? "Bearer" : 'Bearer error="invalid_token"'}</Header>`);
    if (known.status === 429) expect(xml).toMatch(/<Header name="Retry-After">(\d+|\{gate\.retry_after\})<\/Header>/);
    if (known.status !== 401 && known.status !== 429) expect(xml).not.toContain("<Headers>");
  });

  test("every refusal the simulator can give has a response in the bundle", () => {
    const present = new Set(policyCodes.map((m) => m![2]));
    const missing = (Object.keys(REFUSALS) as RefusalCode[]).filter((c) => !present.has(c));
    expect(missing).toEqual([]);
  });

  test("spike arrest answers Retry-After of one interval of the slower rate; quota computes it from the window", () => {
    expect(file("policies/AM-spike_arrest.xml")).toContain('<Header name="Retry-After">1</Header>');
    expect(errorResponse("spike_arrest", { spikeArrestSeconds: 6 }).headers).toEqual({ "Retry-After": "6" });
    const retryAfter = (spec: Partial<GateProxySpec>) =>
      /<Header name="Retry-After">(\d+)<\/Header>/.exec(buildGateProxy(gateSpec(spec)).pack().files.find((f) => f.path.endsWith("AM-spike_arrest.xml"))!.content)![1];
    expect(retryAfter({ spikeArrestRate: Rate.perMinute(10) })).toBe("6");
    expect(retryAfter({ callerSpikeArrestRate: Rate.perMinute(4) })).toBe("15");
    const quota = section(proxyXml, '<FaultRule name="quota_exceeded">', "</FaultRule>");
    expect(stepNames(quota)).toEqual(["JS-RetryAfter", "AM-quota_exceeded"]);
  });

  test.each([
    ["TokenExpired", "token_expired"],
    ["TokenNotYetValid", "token_not_yet_valid"],
    ["InvalidToken", "signature_invalid"],
    ["JwtAudienceMismatch", "audience_mismatch"],
    ["JwtIssuerMismatch", "issuer_unknown"],
    ["NoMatchingPublicKey", "key_not_found"],
    ["KeyIdMissing", "key_not_found"],
    ["AlgorithmMismatch", "algorithm_not_allowed"],
    ["FailedToDecode", "token_malformed"],
    ["UnhandledCriticalHeader", "critical_header_unsupported"],
    ["InvalidApiKey", "client_unknown"],
    ["SpikeArrestViolation", "spike_arrest"],
    ["QuotaViolation", "quota_exceeded"],
    ["ExecutionFailed", "invalid_json"],
  ])("fault %s is answered as %s", (fault, code) => {
    const rules = [...proxyXml.matchAll(/<FaultRule name="[^"]+">([\s\S]*?)<\/FaultRule>/g)].map((m) => m[1]).filter((r) => decode(r).includes(`fault.name = "${fault}"`));
    expect(rules).toHaveLength(1);
    expect(stepNames(rules[0])).toContain(`AM-${code}`);
  });

  test("a key without a product for the path is 404 when the deployment is unknown, else 403; a missing required claim is claim_missing", () => {
    const condition = (name: string) => decode(/<Condition>([^<]*)<\/Condition>/.exec(section(proxyXml, `<FaultRule name="${name}">`, "</FaultRule>"))![1]);
    expect(condition("deployment_not_found")).toBe('(fault.name = "InvalidApiKeyForGivenResource") and ((gate.route = "triggerRun") and (gate.deployment_id = null))');
    expect(condition("client_not_authorized")).toBe('(fault.name = "InvalidApiKeyForGivenResource") and (!((gate.route = "triggerRun") and (gate.deployment_id = null)))');
    expect(condition("claim_missing.InvalidClaim")).toBe('(fault.name = "InvalidClaim") and ((jwt.JWT-Decode.decoded.claim.tid = null))');
    expect(condition("claim_mismatch.InvalidClaim")).toBe('(fault.name = "InvalidClaim") and (!((jwt.JWT-Decode.decoded.claim.tid = null)))');
  });

  test("unnamed JWT faults are the token's, other unexpected faults the gate's, and a raised refusal is never overridden", () => {
    const rule = section(proxyXml, "<DefaultFaultRule", "</DefaultFaultRule>");
    expect(stepConditions(rule)).toEqual([
      ["AM-token_lifetime_exceeded", "(JWT.failed = true) and (gate.token_lifetime_exceeded = true)"],
      ["AM-token_malformed", "(JWT.failed = true) and (gate.error_code = null)"],
      ["AM-internal_error", '(fault.name != "RaiseFault") and (gate.error_code = null)'],
    ]);
    expect(rule).toContain("<AlwaysEnforce>false</AlwaysEnforce>");
    expect(decode(section(targetXml, "<DefaultFaultRule", "</DefaultFaultRule>"))).toContain("<Name>AM-upstream_failed</Name>");
  });
});

describe("VerifyJWT per issuer", () => {
  test("a literal issuer: exact issuer, audience, JWKS uri, allowlist, skew, lifetime, fail closed", () => {
    expect(file("policies/VJWT-okta.xml")).toBe(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<VerifyJWT continueOnError="false" enabled="true" name="VJWT-okta">
  <Algorithm>RS256,ES256</Algorithm>
  <IgnoreUnresolvedVariables>false</IgnoreUnresolvedVariables>
  <PublicKey>
    <JWKS uri="https://acme.okta.com/oauth2/aus1abc/v1/keys"/>
  </PublicKey>
  <Issuer>https://acme.okta.com/oauth2/aus1abc</Issuer>
  <Audience>api://orders-gate</Audience>
  <TimeAllowance>1m</TimeAllowance>
  <MaxLifespan>1h</MaxLifespan>
  <IgnoreCriticalHeaders>false</IgnoreCriticalHeaders>
</VerifyJWT>
`);
  });

  test("an issuer known only after apply: issuer, audience and JWKS read from the KVM, required claims, typ checked", () => {
    const xml = file("policies/VJWT-entra.xml");
    expect(xml).toContain('<JWKS uriRef="gate.kvm.issuer__entra__jwks_uri"/>');
    expect(xml).toContain('<Issuer ref="gate.kvm.issuer__entra__iss"/>');
    expect(xml).toContain('<Audience ref="gate.kvm.issuer__entra__audience"/>');
    expect(xml).toContain('<Claim name="tid" type="string">00000000-0000-4000-8000-00000000e17a</Claim>');
    expect(xml).toContain("<TimeAllowance>30s</TimeAllowance>");
    expect(xml).toContain("<MaxLifespan>90m</MaxLifespan>");
    expect(xml).toContain('continueOnError="false"');
    const config = file("policies/KVM-Config.xml");
    expect(config).toContain('mapIdentifier="orders-gate-config"');
    for (const key of ["issuer__entra__audience", "issuer__entra__iss", "issuer__entra__jwks_uri", "prefect__workspace_id"]) {
      expect(config).toContain(`<Get assignTo="gate.kvm.${key}">\n    <Key>\n      <Parameter>${key}</Parameter>`);
    }
    const typ = stepConditions(section(proxyXml, '<PreFlow name="PreFlow">', "</PreFlow>")).find(([n]) => n === "RF-type_mismatch");
    expect(typ).toEqual(["RF-type_mismatch", '(gate.issuer_policy = "entra") and (!(jwt.VJWT-entra.decoded.header.typ ~~ "(?i)(application/)?jwt"))']);
  });

  test("one VerifyJWT per iss spelling, each run only when the KVM names it, and every other value refused", () => {
    expect(file("policies/VJWT-google.xml")).toContain("<Issuer>https://accounts.google.com</Issuer>");
    expect(file("policies/VJWT-google__1.xml")).toContain("<Issuer>accounts.google.com</Issuer>");
    const conditions = new Map(stepConditions(section(proxyXml, '<PreFlow name="PreFlow">', "</PreFlow>")));
    expect(conditions.get("VJWT-google__1")).toBe('gate.issuer_policy = "google__1"');
    expect(conditions.get("RF-issuer_unknown")).toBe(
      '(gate.route != "statusEvents") and ((gate.issuer_policy = null) or ((gate.issuer_policy != "okta") and (gate.issuer_policy != "entra") and (gate.issuer_policy != "google") and (gate.issuer_policy != "google__1")))',
    );
  });

  test("the issuer is chosen by the KVM entry gateKvmKeys.issuerByIss(sha256Hex(iss))", () => {
    expect(file("policies/AM-IssuerHash.xml")).toContain("<Template>{sha256Hex(jwt.JWT-Decode.decoded.claim.iss)}</Template>");
    const kvm = file("policies/KVM-Issuer.xml");
    const parts = [...kvm.matchAll(/<Parameter( ref="([^"]+)")?>([^<]*)<\/Parameter>|<Parameter ref="([^"]+)"\/>/g)].map((m) => m[3] || `{${m[4]}}`);
    expect(parts).toEqual(["iss", "{gate.iss_hash}"]);
    const hash = createHash("sha256").update(OKTA_ISS).digest("hex");
    // Apigee joins composite key parameters with "__".
    expect(parts.join("__").replace("{gate.iss_hash}", hash)).toBe(gateKvmKeys.issuerByIss(hash));
    const deployment = [...file("policies/KVM-Deployment.xml").matchAll(/<Parameter(?: ref="([^"]+)"\/>|>([^<]*)<\/Parameter>)/g)].map((m) => m[2] ?? `{${m[1]}}`);
    expect(deployment.join("__").replace("{gate.deployment}", "orders-etl-nightly")).toBe(gateKvmKeys.deployment("orders-etl-nightly"));
  });
});

/** Evaluates the message-template functions the gate uses, over `vars`, as Apigee would. */
function evaluate(template: string, vars: Record<string, string>): string {
  return template.replace(/\{([^{}]+)\}/g, (_, expr: string) => {
    const call = /^(\w+)\(([^)]*)\)$/.exec(expr);
    if (!call) return vars[expr] ?? "";
    const args = call[2].split(",").map((a) => a.trim());
    switch (call[1]) {
      case "sha256Hex":
        return createHash("sha256").update(vars[args[0]] ?? "").digest("hex");
      case "substring":
        return (vars[args[0]] ?? "").substring(Number(args[1]), Number(args[2]));
      case "firstnonnull":
        return args.map((a) => vars[a]).find((v) => v !== undefined) ?? "";
      default:
        throw new Error(`template function ${call[1]} not modelled`);
    }
  });
}
/** Runs the AssignVariables of a policy in order (a Template, a Value or a Ref). */
function assign(policyXml: string, vars: Record<string, string>): Record<string, string> {
  const out = { ...vars };
  for (const m of decode(policyXml).matchAll(/<AssignVariable>\s*<Name>([^<]+)<\/Name>\s*<(Template|Value|Ref)>([^<]*)<\/\2>/g)) {
    out[m[1]] = m[2] === "Template" ? evaluate(m[3], out) : m[2] === "Value" ? m[3] : (out[m[3]] ?? "");
  }
  return out;
}

/** The caller variables the PreFlow derives once `spelling`'s VerifyJWT passed with `claims`. */
function verifiedCaller(spelling: string, issuer: string, claims: Record<string, string>, kvm: Record<string, string> = {}): Record<string, string> {
  const decoded = Object.fromEntries(Object.entries(claims).map(([k, v]) => [`jwt.VJWT-${spelling}.decoded.claim.${k}`, v]));
  return assign(file("policies/AM-Caller.xml"), assign(file(`policies/AM-Issuer-${issuer}.xml`), { ...decoded, ...kvm }));
}

describe("derived values, by the contract's own functions", () => {
  const sub = "0oa1ci-deployer";
  const caller = verifiedCaller("okta", "okta", { iss: OKTA_ISS, sub, cid: "0oa1ci-deployer" });

  test("the caller's claims come from whichever VerifyJWT ran, and its tag is callerTag(iss, sub)", () => {
    expect(caller["gate.iss"]).toBe(OKTA_ISS);
    expect(caller["gate.issuer_name"]).toBe("okta");
    expect(caller["gate.client_id"]).toBe("0oa1ci-deployer");
    expect(caller["gate.caller_tag"]).toBe(callerTag(OKTA_ISS, sub));
    const entra = verifiedCaller("entra", "entra", { azp: "agent-app", sub: "x" }, { "gate.kvm.issuer__entra__iss": "https://login.example/tenant/v2.0" });
    expect(entra["gate.client_id"]).toBe("agent-app");
    // An issuer known only after apply: its canonical iss is read from the KVM.
    expect(entra["gate.iss"]).toBe("https://login.example/tenant/v2.0");
  });

  test("the consumer key VerifyAPIKey looks up is consumerKey(pipeline, issuer, client id): one client id of two issuers is two callers", () => {
    expect(caller["gate.consumer_key"]).toBe(consumerKey("orders", "okta", "0oa1ci-deployer"));
    // An Okta token whose cid is the Entra caller's client id (which Okta lets anyone register) is not the Entra caller.
    const agent = "11111111-0000-4000-8000-00000000a9e7";
    const forged = verifiedCaller("okta", "okta", { iss: OKTA_ISS, sub: "attacker", cid: agent });
    const real = verifiedCaller("entra", "entra", { sub: "agent", azp: agent });
    expect(forged["gate.consumer_key"]).toBe(consumerKey("orders", "okta", agent));
    expect(real["gate.consumer_key"]).toBe(consumerKey("orders", "entra", agent));
    expect(forged["gate.consumer_key"]).not.toBe(real["gate.consumer_key"]);
    // Within Apigee's key alphabet (letters, digits, _ and -), and another gate's caller has another key.
    expect(real["gate.consumer_key"]).toMatch(/^[0-9a-f]{64}$/);
    expect(consumerKey("billing", "entra", agent)).not.toBe(real["gate.consumer_key"]);
  });

  test("both spellings of Google's issuer are one caller: tag, idempotency key and consumer key come from the canonical iss", () => {
    const claims = (iss: string) => ({ iss, sub: "1234567890", azp: "robot@acme.iam.gserviceaccount.com" });
    const canonical = verifiedCaller("google", "google", claims("https://accounts.google.com"));
    const bare = verifiedCaller("google__1", "google", claims("accounts.google.com"));
    for (const v of ["gate.iss", "gate.issuer_name", "gate.caller_tag", "gate.consumer_key"]) expect(bare[v]).toBe(canonical[v]);
    expect(bare["gate.caller_tag"]).toBe(callerTag("https://accounts.google.com", "1234567890"));
    const keys = (vars: Record<string, string>) => assign(file("policies/AM-RunKeys.xml"), { ...vars, "gate.deployment": "orders-backfill", "request.header.idempotency-key": "k-12345678" });
    expect(keys(bare)["gate.idempotency_key"]).toBe(keys(canonical)["gate.idempotency_key"]);
    expect(keys(bare)["gate.idempotency_key"]).toBe(idempotencyKey("https://accounts.google.com", "1234567890", "orders-backfill", "k-12345678"));
  });

  test("the idempotency key is idempotencyKey(iss, sub, deployment, key) and the message tag is messageTag(messageid)", () => {
    const vars = assign(file("policies/AM-RunKeys.xml"), { ...caller, "gate.deployment": "orders-etl-nightly", "request.header.idempotency-key": "run-2026-01-01", messageid: "rrt-1" });
    expect(vars["gate.idempotency_key"]).toBe(idempotencyKey(OKTA_ISS, sub, "orders-etl-nightly", "run-2026-01-01"));
    expect(vars["gate.message_tag"]).toBe(messageTag("rrt-1"));
  });

  test("the Idempotency-Key is required (GP014's marker) and must match the contract's shape", () => {
    const conditions = new Map(stepConditions(section(flow("triggerRun"), "<Request>", "</Request>")));
    expect(conditions.get("RF-idempotency_key_missing")).toBe("request.header.idempotency-key = null");
    expect(conditions.get("RF-idempotency_key_invalid")).toBe('!(request.header.idempotency-key ~~ "^[A-Za-z0-9._:-]{8,128}$")');
  });
});

describe("target", () => {
  test("Prefect through the target server, TLS configured there, explicit timeouts, no retries, every status to the response script", () => {
    expect(section(targetXml, "<HTTPTargetConnection>", "</HTTPTargetConnection>")).toBe(`<HTTPTargetConnection>
    <Properties>
      <Property name="connect.timeout.millis">3000</Property>
      <Property name="io.timeout.millis">10000</Property>
      <Property name="success.codes">1xx,2xx,3xx,4xx,5xx</Property>
    </Properties>
    <LoadBalancer>
      <Server name="prefect-api"/>
      <RetryEnabled>false</RetryEnabled>
    </LoadBalancer>
    <Path>/{gate.upstream_path}</Path>
  </HTTPTargetConnection>`);
    expect(stepNames(section(targetXml, "<Response>", "</Response>"))).toEqual(["JS-Response", "RF-upstream_rate_limited", "RF-run_not_owned", "RF-invalid_field", "RF-upstream_failed"]);
  });

  test("the Prefect key: cache, else Secret Manager latest with a Google access token, decoded into a private variable, cached for the TTL", () => {
    expect(targetRequest.slice(0, 5)).toEqual(["LC-PrefectKey", "SC-PrefectKey", "EV-PrefectKey", "AM-PrefectKey", "PC-PrefectKey"]);
    const callout = file("policies/SC-PrefectKey.xml");
    expect(callout).toContain("<URL>https://secretmanager.googleapis.com/v1/projects/acme-data-prod/secrets/orders-gate-prefect-key/versions/latest:access</URL>");
    expect(callout).toContain("<Scope>https://www.googleapis.com/auth/cloud-platform</Scope>");
    expect(callout).toContain("<Response>private.gate.prefect_key_response</Response>");
    expect(file("policies/AM-PrefectKey.xml")).toContain("<Name>private.gate.prefect_key</Name>\n    <Template>{decodeBase64(private.gate.prefect_key_b64)}</Template>");
    expect(file("policies/PC-PrefectKey.xml")).toContain("<TimeoutInSeconds>300</TimeoutInSeconds>");
    expect(file("policies/PC-PrefectKey.xml")).toContain("<Source>private.gate.prefect_key</Source>");
  });

  test("create_flow_run and the run read: the contract's paths, the Prefect key, never the caller's credentials or query", () => {
    const create = decode(file("policies/AM-CreateFlowRun.xml"));
    const path = createFlowRunPath("6f1c2a3b-0000-4000-8000-000000000001", "{gate.kvm.prefect__workspace_id}", "{gate.deployment_id}").slice(1);
    expect(create).toContain(`<Name>gate.upstream_path</Name>\n    <Template>${path}</Template>`);
    expect(create).toContain('<Header name="Authorization">Bearer {private.gate.prefect_key}</Header>');
    expect(create).toContain('<Payload contentType="application/json">{gate.upstream_body}</Payload>');
    expect(create).toContain("<Verb>POST</Verb>");
    // Every header of the caller's request is removed; only the ones the gate chooses are set.
    expect(create).toContain("<Remove>\n    <Headers/>\n  </Remove>");
    const sent = (xml: string) => [
      ...[...section(xml, "<Set>", "</Set>").matchAll(/<Header name="([^"]+)">/g)].map((m) => m[1].toLowerCase()),
      ...(xml.includes("<Payload contentType=") ? ["content-type"] : []),
    ];
    // Exactly the contract's UPSTREAM_HEADERS, which the simulator reports as its upstream headers.
    expect(sent(create).sort()).toEqual(Object.values(UPSTREAM_HEADERS).sort());
    expect(create).toContain("<Name>target.copy.queryparams</Name>\n    <Value>false</Value>");
    const read = decode(file("policies/AM-ReadFlowRun.xml"));
    expect(read).toContain(`<Template>${readFlowRunPath("6f1c2a3b-0000-4000-8000-000000000001", "{gate.kvm.prefect__workspace_id}", "{gate.run_id}").slice(1)}</Template>`);
    expect(read).toContain("<Verb>GET</Verb>");
    expect(read).toContain("<Remove>\n    <Headers/>\n  </Remove>");
    expect(sent(read).sort()).toEqual([UPSTREAM_HEADERS.accept, UPSTREAM_HEADERS.authorization]);
  });
});

describe("audit", () => {
  const ml = decode(file("policies/ML-Audit.xml"));
  const message = /<Message contentType="application\/json">([^<]*)<\/Message>/.exec(ml)![1];

  test("MessageLogging to Cloud Logging in the PostClientFlow, unconditional", () => {
    expect(section(proxyXml, '<PostClientFlow name="PostClientFlow">', "</PostClientFlow>").replace(/\s+/g, "")).toBe(
      '<PostClientFlowname="PostClientFlow"><Response><Step><Name>ML-Audit</Name></Step></Response></PostClientFlow>',
    );
    expect(ml).toContain("<LogName>projects/acme-data-prod/logs/orders-gate-audit</LogName>");
  });

  test("who, what, when, result and correlation; valid JSON once filled in", () => {
    const filled = JSON.parse(message.replace(/\{(?:escapeJSON\()?([^{}()]+)\)?\}/g, "x"));
    expect(Object.keys(filled)).toEqual(
      expect.arrayContaining(["messageid", "time_ms", "iss", "sub", "client_id", "method", "path", "route", "deployment", "deployment_id", "status", "code", "flow_run_id", "idempotency_key"]),
    );
  });

  test("never the Authorization header, the token or a private variable", () => {
    expect(message).not.toMatch(/authorization|private\.|\.token\b|request\.header/i);
  });
});

describe("determinism", () => {
  test("two builds of the same spec give identical zip bytes", () => {
    expect(buildGateProxy(gateSpec()).pack().zip.equals(bundle.pack().zip)).toBe(true);
  });

  test("changing one deployment's parameters changes only the body script", () => {
    const changed = buildGateProxy(gateSpec({ deployments: [{ name: "orders-etl-nightly", allowedParameters: ["date"] }, { name: "orders-backfill" }] }));
    const diff = changed.pack().files.filter((f) => files.get(f.path) !== f.content).map((f) => f.path);
    expect(diff).toEqual(["apiproxy/resources/jsc/gate-body.js"]);
  });
});

test("the policy pack's bundle rules pass on the gate (GP001-GP004, GP011-GP014, GP017-GP019)", () => {
  const input = {
    stackName: "orders-gate-prod",
    config: { resource: { google_apigee_api: { gate: { name: "orders-gate", config_bundle: "bundles/orders-gate.zip" } } } },
    bundles: new Map([["bundles/orders-gate.zip", files]]),
  };
  const ids = ["GP001", "GP002", "GP003", "GP004", "GP011", "GP012", "GP013", "GP014", "GP017", "GP018", "GP019"];
  const results = RULES.filter((r) => ids.includes(r.id)).flatMap((r) => r.check(input).map((res) => ({ rule: r.id, ...res })));
  expect(new Set(results.map((r) => r.rule)).size).toBe(ids.length);
  expect(results.filter((r) => !r.pass)).toEqual([]);
});

describe("spec validation", () => {
  const spec = gateSpec();
  const fails = (overrides: Partial<typeof spec>) => () => buildGateProxy(gateSpec(overrides));

  test("fails without an issuer", () => {
    expect(fails({ issuers: [] })).toThrow('gate proxy "orders-gate": issuers is empty (the gate must trust at least one issuer)');
  });

  test("fails on an issuer name that cannot name a policy, and on a duplicate", () => {
    expect(fails({ issuers: [{ ...spec.issuers[0], name: "Okta!" }] })).toThrow(
      `gate proxy "orders-gate": issuers[0].name "Okta!" is not allowed (1-32 characters: lowercase letters, digits and '-', starting with a letter)`,
    );
    expect(fails({ issuers: [spec.issuers[0], spec.issuers[0]] })).toThrow('gate proxy "orders-gate": issuers[1].name "okta" is used by another issuer');
  });

  test("fails on an issuer without iss spellings, a bad KVM key, an empty literal and a bad claim name", () => {
    expect(fails({ issuers: [{ ...spec.issuers[0], issuers: [] }] })).toThrow(`gate proxy "orders-gate": issuers[0].issuers is empty (give the exact iss the issuer's tokens carry)`);
    expect(fails({ issuers: [{ ...spec.issuers[0], audience: { kvmKey: "aud ience" } }] })).toThrow(
      'gate proxy "orders-gate": issuers[0].audience.kvmKey "aud ience" is not allowed (must match ^[A-Za-z0-9_][A-Za-z0-9_.-]{0,254}$)',
    );
    expect(fails({ issuers: [{ ...spec.issuers[0], audience: { literal: " " } }] })).toThrow('gate proxy "orders-gate": issuers[0].audience.literal is empty');
    expect(fails({ issuers: [{ ...spec.issuers[0], clientIdClaim: "client id" }] })).toThrow(
      `gate proxy "orders-gate": issuers[0].clientIdClaim "client id" is not allowed (1-128 characters: letters, digits, '_' and '-', not starting with a digit or '-')`,
    );
    expect(fails({ issuers: [{ ...spec.issuers[0], requiredClaims: { "t.id": { literal: "x" } } }] })).toThrow(
      `gate proxy "orders-gate": issuers[0].requiredClaims name "t.id" is not allowed (1-128 characters: letters, digits, '_' and '-', not starting with a digit or '-')`,
    );
    expect(fails({ issuers: [{ ...spec.issuers[0], expectedType: "JWT; x" }] })).toThrow(
      'gate proxy "orders-gate": issuers[0].expectedType "JWT; x" is not allowed (must match ^[A-Za-z0-9][A-Za-z0-9.+/-]{0,63}$)',
    );
    expect(fails({ issuers: [{ ...spec.issuers[0], clockSkewSeconds: 1.5 }] })).toThrow(
      'gate proxy "orders-gate": issuers[0].clockSkewSeconds 1.5 is not allowed (must be a whole number from 1)',
    );
  });

  test("fails on a deployment name that is not a route slug, and on a duplicate", () => {
    expect(fails({ deployments: [{ name: "Orders ETL" }] })).toThrow(
      `gate proxy "orders-gate": deployments[0].name "Orders ETL" is not allowed (a slug: lowercase letters, digits, '.', '_' and '-', starting with a letter or digit)`,
    );
    expect(fails({ deployments: [{ name: "a" }, { name: "a" }] })).toThrow('gate proxy "orders-gate": deployments[1].name "a" is used by another deployment');
    expect(fails({ deployments: [{ name: "a", allowedParameters: [""] }] })).toThrow('gate proxy "orders-gate": deployments[0].allowedParameters has an empty name');
  });

  test("fails on secrets that are not Secret Manager names and on limits out of range", () => {
    expect(fails({ prefectKeySecret: "orders-gate-prefect-key" })).toThrow(
      'gate proxy "orders-gate": prefectKeySecret "orders-gate-prefect-key" is not allowed (must be projects/<project>/secrets/<secret>)',
    );
    expect(fails({ webhookSecret: "projects/p/secrets/s/versions/1" })).toThrow(
      'gate proxy "orders-gate": webhookSecret "projects/p/secrets/s/versions/1" is not allowed (must be projects/<project>/secrets/<secret>)',
    );
    expect(fails({ maxBodyBytes: 0 })).toThrow('gate proxy "orders-gate": maxBodyBytes 0 is not allowed (must be a whole number from 1)');
    expect(fails({ secretCacheTtlSeconds: -1 })).toThrow('gate proxy "orders-gate": secretCacheTtlSeconds -1 is not allowed (must be a whole number from 1)');
    expect(fails({ ioTimeoutMillis: 60000 })).toThrow('gate proxy "orders-gate": ioTimeoutMillis 60000 is not allowed (must be a whole number from 1 to 55000)');
    expect(fails({ connectTimeoutMillis: 0 })).toThrow('gate proxy "orders-gate": connectTimeoutMillis 0 is not allowed (must be a whole number from 1 to 55000)');
    expect(fails({ prefect: { ...spec.prefect, workspaceId: { kvmKey: "" } } })).toThrow(
      'gate proxy "orders-gate": prefect.workspaceId.kvmKey "" is not allowed (must match ^[A-Za-z0-9_][A-Za-z0-9_.-]{0,254}$)',
    );
  });

  test("fails on a pipeline id that cannot sit in the consumer-key template, and on a replay window out of range", () => {
    expect(fails({ pipeline: "orders|admin" })).toThrow(
      `gate proxy "orders-gate": pipeline "orders|admin" is not allowed (2-21 characters: lowercase letters, digits and '-', starting with a letter, not ending with '-'; it names the proxy, secrets and service accounts)`,
    );
    expect(fails({ eventWindowSeconds: 0 })).toThrow('gate proxy "orders-gate": eventWindowSeconds 0 is not allowed (must be a whole number from 1 to 86400)');
  });

  test("fails with every problem at once", () => {
    expect(fails({ maxBodyBytes: 0, secretCacheTtlSeconds: 0 })).toThrow(
      'gate proxy "orders-gate": maxBodyBytes 0 is not allowed (must be a whole number from 1)\ngate proxy "orders-gate": secretCacheTtlSeconds 0 is not allowed (must be a whole number from 1)',
    );
  });
});
