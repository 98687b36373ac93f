// The gate proxy as rendered XML: the order of its checks (verification before authorization before quota before any
// upstream call), its routes, its error responses, VerifyJWT per issuer, the message templates that derive the run
// tags and the idempotency key, the target, the audit record, determinism, and the spec's refusals.
import { createHash } from "crypto";
import { callerTag, createFlowRunPath, idempotencyKey, messageTag, readFlowRunPath, REFUSALS, RefusalCode } from "../../src/gate/contract";
import { buildGateProxy } from "../../src/pipeline/gate-proxy";
import { errorResponse, GATE_FAILURES } from "../../src/pipeline/gate-proxy/errors";
import { gateKvmKeys } from "../../src/pipeline/gate-proxy-spec";
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
  test("the PreFlow checks route, rate, token, issuer, signature, claims, then the client, as the simulator does", () => {
    expect(preFlow).toEqual([
      "JS-Route",
      "RF-route_not_found",
      "RF-method_not_allowed",
      "SA-Gate",
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
      "AM-Caller",
      "RF-claim_missing",
      "RF-claim_missing",
      "RF-claim_missing",
      "KVM-Deployment",
      "VA-Client",
    ]);
  });

  test("a run request is verified, then authorized, then charged, then its body checked, before any upstream call", () => {
    const order = [...preFlow, ...triggerRun, ...targetRequest];
    const at = (name: string) => {
      const i = order.indexOf(name);
      expect(i).toBeGreaterThanOrEqual(0);
      return i;
    };
    const verify = Math.max(...["VJWT-okta", "VJWT-entra", "VJWT-google", "VJWT-google__1"].map(at));
    expect(verify).toBeLessThan(at("VA-Client"));
    expect(at("VA-Client")).toBeLessThan(at("Q-Product"));
    expect(at("Q-Product")).toBeLessThan(at("JS-BodySize"));
    expect(at("JS-BodySize")).toBeLessThan(at("JTP-Body"));
    expect(at("JTP-Body")).toBeLessThan(at("JS-RunBody"));
    expect(at("JS-RunBody")).toBeLessThan(at("RF-idempotency_key_missing"));
    expect(at("RF-idempotency_key_missing")).toBeLessThan(at("RF-idempotency_key_invalid"));
    expect(at("RF-idempotency_key_invalid")).toBeLessThan(at("AM-RunKeys"));
    // The first upstream call of all: reading the Prefect key in the target, after every proxy check.
    expect(order.findIndex((n) => n.startsWith("SC-"))).toBe(at("SC-PrefectKey"));
    expect(at("AM-RunKeys")).toBeLessThan(at("SC-PrefectKey"));
    expect(at("SC-PrefectKey")).toBeLessThan(at("AM-CreateFlowRun"));
    // The deployment is looked up before VerifyAPIKey, so its faults can tell 404 from 403.
    expect(at("KVM-Deployment")).toBeLessThan(at("VA-Client"));
    // Nothing in the proxy endpoint calls out on the run route.
    expect([...preFlow, ...triggerRun].filter((n) => n.startsWith("SC-"))).toEqual([]);
  });

  test("the quota counts per client and product, in windows aligned to its unit, distributed", () => {
    const quota = file("policies/Q-Product.xml");
    expect(quota).toContain('<Quota continueOnError="false" enabled="true" name="Q-Product" type="calendar">');
    expect(quota).toContain('<Identifier ref="gate.quota_identifier"/>');
    expect(quota).toContain('<UseQuotaConfigInAPIProduct stepName="VA-Client">');
    expect(quota).toContain("<StartTime>2000-01-01 00:00:00</StartTime>");
    expect(quota).toContain("<Distributed>true</Distributed>");
    expect(file("policies/AM-QuotaIdentifier.xml")).toContain("<Template>{gate.client_id}|{apiproduct.name}</Template>");
    expect(file("policies/VA-Client.xml")).toContain('<APIKey ref="gate.client_id"/>');
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

  test("route and method refusals come from the route script's verdict", () => {
    const conditions = stepConditions(section(proxyXml, '<PreFlow name="PreFlow">', "</PreFlow>"));
    expect(conditions.slice(0, 3)).toEqual([
      ["JS-Route", undefined],
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

  test("POST /events: secret header, body, the secret from Secret Manager (re-read once on a mismatch), constant-time compare, publish, 202", () => {
    const events = flow("statusEvents");
    expect(stepConditions(section(events, "<Request>", "</Request>"))).toEqual([
      ["RF-webhook_unauthorized", "request.header.x-gate-webhook-secret = null"],
      ["JS-BodySize", undefined],
      ["RF-body_too_large", 'gate.refusal = "body_too_large"'],
      ["JTP-Body", "(gate.has_body = true) and (request.content != null)"],
      ["JS-EventBody", undefined],
      ["RF-invalid_json", 'gate.refusal = "invalid_json"'],
      ["LC-WebhookSecret", undefined],
      ["SC-WebhookSecret", "private.gate.webhook_secret = null"],
      ["EV-WebhookSecret", "(private.gate.webhook_secret = null) and (private.gate.webhook_secret_response.content != null)"],
      ["AM-WebhookSecret", "private.gate.webhook_secret = null"],
      ["PC-WebhookSecret", "private.gate.webhook_secret_b64 != null"],
      ["JS-Webhook", undefined],
      // On a mismatch, the same policies read Secret Manager again without the cache (a rotation may have just
      // replaced the secret the proxy cached), then compare once more.
      ["SC-WebhookSecret", 'gate.webhook_ok != "true"'],
      ["EV-WebhookSecret", '(gate.webhook_ok != "true") and (private.gate.webhook_secret_response.content != null)'],
      ["AM-WebhookSecret", 'gate.webhook_ok != "true"'],
      ["PC-WebhookSecret", '(gate.webhook_ok != "true") and (private.gate.webhook_secret_b64 != null)'],
      ["JS-Webhook", 'gate.webhook_ok != "true"'],
      ["RF-webhook_unauthorized", 'gate.webhook_ok != "true"'],
      ["PM-StatusEvent", undefined],
    ]);
    expect(stepNames(section(events, "<Response>", "</Response>"))).toEqual(["AM-EventAccepted"]);
    expect(file("policies/PM-StatusEvent.xml")).toContain("<Topic>projects/acme-data-prod/topics/orders-gate-status</Topic>");
    expect(file("policies/AM-EventAccepted.xml")).toContain("<StatusCode>202</StatusCode>");
    // Events are authenticated by the webhook secret, not by a JWT: every JWT step skips them.
    for (const [name, condition] of stepConditions(section(proxyXml, '<PreFlow name="PreFlow">', "</PreFlow>"))) {
      if (["JWT-Decode", "AM-Caller", "VA-Client", "KVM-Config"].includes(name)) expect(condition).toBe('gate.route != "statusEvents"');
    }
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

  test("spike arrest answers Retry-After of one rate interval; quota computes it from the window", () => {
    expect(file("policies/AM-spike_arrest.xml")).toContain('<Header name="Retry-After">1</Header>');
    expect(errorResponse("spike_arrest", { spikeArrestSeconds: 6 }).headers).toEqual({ "Retry-After": "6" });
    expect(buildGateProxy(gateSpec({ spikeArrestRate: "10pm" })).pack().files.find((f) => f.path.endsWith("AM-spike_arrest.xml"))!.content).toContain(
      '<Header name="Retry-After">6</Header>',
    );
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
/** Runs the AssignVariable templates of a policy in order. */
function assign(policyXml: string, vars: Record<string, string>): Record<string, string> {
  const out = { ...vars };
  for (const m of decode(policyXml).matchAll(/<AssignVariable>\s*<Name>([^<]+)<\/Name>\s*<Template>([^<]*)<\/Template>/g)) out[m[1]] = evaluate(m[2], out);
  return out;
}

describe("derived values, by the contract's own functions", () => {
  const sub = "0oa1ci-deployer";
  const caller = assign(file("policies/AM-Caller.xml"), {
    "jwt.VJWT-okta.decoded.claim.iss": OKTA_ISS,
    "jwt.VJWT-okta.decoded.claim.sub": sub,
    "jwt.VJWT-okta.decoded.claim.cid": "0oa1ci-deployer",
  });

  test("the caller's claims come from whichever VerifyJWT ran, and its tag is callerTag(iss, sub)", () => {
    expect(caller["gate.iss"]).toBe(OKTA_ISS);
    expect(caller["gate.client_id"]).toBe("0oa1ci-deployer");
    expect(caller["gate.caller_tag"]).toBe(callerTag(OKTA_ISS, sub));
    const entra = assign(file("policies/AM-Caller.xml"), { "jwt.VJWT-entra.decoded.claim.azp": "agent-app", "jwt.VJWT-entra.decoded.claim.sub": "x" });
    expect(entra["gate.client_id"]).toBe("agent-app");
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
    for (const header of ["Authorization", "Cookie", "Idempotency-Key", "x-gate-webhook-secret"]) expect(create).toContain(`<Header name="${header}"/>`);
    expect(create).toContain("<Name>target.copy.queryparams</Name>\n    <Value>false</Value>");
    const read = decode(file("policies/AM-ReadFlowRun.xml"));
    expect(read).toContain(`<Template>${readFlowRunPath("6f1c2a3b-0000-4000-8000-000000000001", "{gate.kvm.prefect__workspace_id}", "{gate.run_id}").slice(1)}</Template>`);
    expect(read).toContain("<Verb>GET</Verb>");
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

test("the policy pack's bundle rules pass on the gate (GP001-GP004, GP011, GP013, GP017)", () => {
  const input = {
    stackName: "orders-gate-prod",
    config: { resource: { google_apigee_api: { gate: { name: "orders-gate", config_bundle: "bundles/orders-gate.zip" } } } },
    bundles: new Map([["bundles/orders-gate.zip", files]]),
  };
  const results = RULES.filter((r) => ["GP001", "GP002", "GP003", "GP004", "GP011", "GP013", "GP017"].includes(r.id)).flatMap((r) => r.check(input).map((res) => ({ rule: r.id, ...res })));
  expect(new Set(results.map((r) => r.rule)).size).toBe(7);
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
      'gate proxy "orders-gate": issuers[0].name "Okta!" is not allowed (must match ^[a-z0-9][a-z0-9-]{0,62}$)',
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
      'gate proxy "orders-gate": issuers[0].clientIdClaim "client id" is not allowed (must match ^[A-Za-z_][A-Za-z0-9_-]{0,127}$)',
    );
    expect(fails({ issuers: [{ ...spec.issuers[0], requiredClaims: { "t.id": { literal: "x" } } }] })).toThrow(
      'gate proxy "orders-gate": issuers[0].requiredClaims name "t.id" is not allowed (must match ^[A-Za-z_][A-Za-z0-9_-]{0,127}$)',
    );
    expect(fails({ issuers: [{ ...spec.issuers[0], expectedType: "JWT; x" }] })).toThrow(
      'gate proxy "orders-gate": issuers[0].expectedType "JWT; x" is not allowed (must match ^[A-Za-z0-9][A-Za-z0-9.+/-]{0,63}$)',
    );
    expect(fails({ issuers: [{ ...spec.issuers[0], clockSkewSeconds: 1.5 }] })).toThrow(
      'gate proxy "orders-gate": issuers[0].clockSkewSeconds 1.5 is not allowed (must be a whole number from 1)',
    );
  });

  test("fails on a deployment name that is not a route slug, and on a duplicate", () => {
    expect(fails({ deployments: [{ name: "Orders ETL" }] })).toThrow('gate proxy "orders-gate": deployments[0].name "Orders ETL" is not allowed (must match ^[a-z0-9][a-z0-9._-]*$)');
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

  test("fails with every problem at once", () => {
    expect(fails({ maxBodyBytes: 0, secretCacheTtlSeconds: 0 })).toThrow(
      'gate proxy "orders-gate": maxBodyBytes 0 is not allowed (must be a whole number from 1)\ngate proxy "orders-gate": secretCacheTtlSeconds 0 is not allowed (must be a whole number from 1)',
    );
  });
});
