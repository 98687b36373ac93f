// The gate's generated Javascript, run in Node with a fake Apigee `context`: it refuses exactly what the simulator
// refuses, with the same codes, and builds the same upstream body (parity by test, not by review).
import * as vm from "vm";
import { callerTag, idempotencyKey, messageTag, RefusalCode } from "../../src/gate/contract";
import { bodyScript } from "../../src/pipeline/gate-scripts/body-script";
import { responseScript } from "../../src/pipeline/gate-scripts/response-script";
import { lifetimeScript } from "../../src/pipeline/gate-scripts/lifetime-script";
import { retryAfterScript } from "../../src/pipeline/gate-scripts/retry-after-script";
import { routeScript } from "../../src/pipeline/gate-scripts/route-script";
import { webhookScript } from "../../src/pipeline/gate-scripts/webhook-script";
import { matchRoute } from "../../src/simulate/route";
import { MESSAGE_ID_PLACEHOLDER, simulateGate } from "../../src/simulate/simulate-gate";
import { Keys, makeKeys, MANIFEST, NOW, OKTA_ISS, oktaToken, runRequest } from "../simulate/tokens";

/** Runs `source` as Apigee would: globals `context` and `properties`; returns the variables afterwards. */
function run(source: string, variables: Record<string, unknown>, properties: Record<string, string> = {}): Record<string, unknown> {
  const vars: Record<string, unknown> = { ...variables };
  const context = {
    getVariable: (name: string) => (name in vars ? vars[name] : null),
    setVariable: (name: string, value: unknown) => {
      vars[name] = value;
    },
  };
  vm.runInNewContext(source, { context, properties }, { timeout: 1000 });
  return vars;
}

const body = bodyScript({
  maxBodyBytes: MANIFEST.gate.maxBodyBytes,
  extraForbiddenFields: MANIFEST.gate.forbiddenBodyFields,
  allowedParameters: Object.fromEntries(MANIFEST.deployments.filter((d) => d.allowedParameters).map((d) => [d.name, d.allowedParameters!])),
});

/** The flow's body steps in order: size, then (JSONThreatProtection, not modelled here) the run rules. */
function gateBodyRefusal(content: string, deployment: string): string | null {
  let vars = run(body, { "request.content": content, "gate.deployment": deployment }, { phase: "size" });
  if (vars["gate.refusal"]) return vars["gate.refusal"] as string;
  vars = run(body, vars, { phase: "run" });
  return (vars["gate.refusal"] as string | undefined) ?? null;
}

let keys: Keys;
let token: string;
beforeAll(async () => {
  keys = await makeKeys();
  token = await oktaToken(keys);
});

async function simulated(content: string, deployment = "orders-etl-nightly") {
  return simulateGate(MANIFEST, { ...runRequest(token, deployment), body: content }, { now: NOW, jwks: keys.jwks });
}

// Bodies as raw strings (what Apigee's request.content holds), each with the code the contract expects.
const BODIES: ReadonlyArray<readonly [string, string, RefusalCode | "allowed"]> = [
  ["a plain run", '{"parameters":{"date":"2026-01-01"}}', "allowed"],
  ["every allowed field", '{"parameters":{"date":"2026-01-01","full_refresh":true},"name":"nightly-rerun","tags":["team:orders"]}', "allowed"],
  ["an empty object", "{}", "allowed"],
  ["unicode within the limit", `{"parameters":{"date":"${"é".repeat(8000)}"}}`, "allowed"],
  ["a body over the byte limit", `{"parameters":{"date":"${"x".repeat(16400)}"}}`, "body_too_large"],
  ["multi-byte characters over the byte limit", `{"parameters":{"date":"${"é".repeat(8200)}"}}`, "body_too_large"],
  ["not JSON", "date=2026-01-01", "invalid_json"],
  ["a JSON array", '[{"parameters":{}}]', "invalid_json"],
  ["a JSON string", '"run"', "invalid_json"],
  ["JSON null", "null", "invalid_json"],
  ["job_variables", '{"parameters":{},"job_variables":{"image":"evil"}}', "forbidden_field"],
  ["work_queue_name", '{"work_queue_name":"fast"}', "forbidden_field"],
  ["a caller idempotency_key", '{"idempotency_key":"mine"}', "forbidden_field"],
  ["state", '{"state":{"type":"COMPLETED"}}', "forbidden_field"],
  ["a forbidden and an unknown field", '{"labels":{},"extra":1}', "forbidden_field"],
  ["an unknown field", '{"parameters":{},"priority":1}', "unknown_field"],
  ["parameters as an array", '{"parameters":[1]}', "invalid_field"],
  ["parameters null", '{"parameters":null}', "invalid_field"],
  ["name as a number", '{"name":5}', "invalid_field"],
  ["tags as a string", '{"tags":"a"}', "invalid_field"],
  ["a non-string tag", '{"tags":["a",1]}', "invalid_field"],
  ["a reserved tag", '{"tags":["gw:msg:forged"]}', "tag_reserved"],
  ["a reserved tag in capitals", '{"tags":["GW:sub:0000"]}', "tag_reserved"],
  ["a parameter the deployment does not accept", '{"parameters":{"date":"2026-01-01","drop_tables":true}}', "parameter_not_allowed"],
];

describe("gate-body.js refuses exactly what the simulator refuses", () => {
  test.each(BODIES)("%s", async (_, content, expected) => {
    const decision = await simulated(content);
    expect(decision.code).toBe(expected);
    expect(gateBodyRefusal(content, "orders-etl-nightly") ?? "allowed").toBe(decision.code);
  });

  test("a deployment without a parameter list accepts any parameter, in both", async () => {
    const content = '{"parameters":{"anything":1}}';
    // orders-backfill is not granted to the okta caller, so compare the body rule alone against the manifest.
    expect(MANIFEST.deployments.find((d) => d.name === "orders-backfill")!.allowedParameters).toBeUndefined();
    expect(gateBodyRefusal(content, "orders-backfill")).toBeNull();
    expect(gateBodyRefusal(content, "orders-etl-nightly")).toBe("parameter_not_allowed");
  });

  test("an absent body is an empty run request, and is not measured", () => {
    expect(run(body, { "request.content": null }, { phase: "size" })["gate.has_body"]).toBeUndefined();
    expect(gateBodyRefusal("", "orders-etl-nightly")).toBeNull();
  });

  test("the event phase only requires a JSON object", () => {
    expect(run(body, { "request.content": '{"job_variables":1}' }, { phase: "event" })["gate.refusal"]).toBeUndefined();
    expect(run(body, { "request.content": "[1]" }, { phase: "event" })["gate.refusal"]).toBe("invalid_json");
  });
});

test("gate-body.js builds the upstream body the simulator predicts, tags and idempotency key included", async () => {
  const content = '{"parameters":{"date":"2026-01-01"},"name":"rerun","tags":["team:orders"]}';
  const decision = await simulated(content);
  expect(decision.allow).toBe(true);
  const sub = "0oa1ci-deployer";
  const vars = run(
    body,
    {
      "request.content": content,
      "gate.message_tag": messageTag(MESSAGE_ID_PLACEHOLDER),
      "gate.caller_tag": callerTag(OKTA_ISS, sub),
      "gate.idempotency_key": idempotencyKey(OKTA_ISS, sub, "orders-etl-nightly", "run-2026-01-01"),
    },
    { phase: "build" },
  );
  expect(JSON.parse(vars["gate.upstream_body"] as string)).toEqual(decision.upstream!.body);
});

describe("gate-route.js matches routes exactly as the simulator does", () => {
  const route = routeScript("/orders");
  const RUN = "0f8e2a4c-1b3d-4e5f-8a9b-0c1d2e3f4a5b";
  const CASES: ReadonlyArray<readonly [string, string]> = [
    ["POST", "/orders/deployments/orders-etl-nightly/runs"],
    ["POST", "/orders/deployments/orders-etl-nightly/runs?x=1"],
    ["GET", "/orders/deployments/orders-etl-nightly/runs"],
    ["POST", "/orders/deployments/Orders/runs"],
    ["POST", "/orders/deployments/unknown-but-a-slug/runs"],
    ["POST", "/orders/deployments/orders-etl-nightly/runs/"],
    ["POST", "/orders//deployments/orders-etl-nightly/runs"],
    ["POST", "/orders/deployments/../deployments/x/runs"],
    ["POST", "/orders/deployments/a%2Fb/runs"],
    ["POST", "/orders/deployments/%61bc/runs"],
    ["POST", "/orders/deployments/a%252Fb/runs"],
    ["POST", "/orders/deployments/%E0%A4%A/runs"],
    ["POST", "/orders/deployments/a;b/runs"],
    ["POST", "/Orders/deployments/orders-etl-nightly/runs"],
    ["POST", "/other/deployments/orders-etl-nightly/runs"],
    ["GET", `/orders/runs/${RUN}`],
    ["GET", `/orders/runs/${RUN.toUpperCase()}`],
    ["DELETE", `/orders/runs/${RUN}`],
    ["POST", "/orders/events"],
    ["GET", "/orders/events"],
    ["POST", "/orders/events#frag"],
    ["POST", "/orders"],
    ["GET", "/orders/deployments"],
  ];
  test.each(CASES)("%s %s", (method, uri) => {
    const expected = matchRoute("/orders", method, uri);
    const vars = run(route, { "request.verb": method, "request.uri": uri, "request.header.authorization": "Bearer a.b.c" });
    if (expected.kind === "refuse") {
      expect(vars["gate.route_refusal"]).toBe(expected.code);
      expect(vars["gate.route"]).toBeUndefined();
      expect(vars["gate.deployment"] ?? null).toBe(expected.deployment);
    } else {
      expect(vars["gate.route_refusal"]).toBeUndefined();
      expect(vars["gate.route"]).toBe(expected.route);
      expect(vars["gate.deployment"] ?? null).toBe(expected.deployment);
      expect(vars["gate.run_id"] ?? null).toBe(expected.runId);
    }
  });

  test.each([
    ["?access_token=abc", true],
    ["?Token=abc", true],
    ["?id%5Ftoken=abc", true],
    ["?q=eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln", true],
    ["?date=2026-01-01&dry=1", false],
    ["", false],
  ])("a token in the query %j is %s", async (query, refused) => {
    const vars = run(route, { "request.verb": "POST", "request.uri": `/orders/deployments/orders-etl-nightly/runs${query}` });
    expect(vars["gate.token_in_query"]).toBe(refused);
    const decision = await simulateGate(MANIFEST, { ...runRequest(token), path: `/orders/deployments/orders-etl-nightly/runs${query}` }, { now: NOW, jwks: keys.jwks });
    expect(decision.code === "token_in_query").toBe(refused);
  });

  test.each([
    [undefined, "token_missing"],
    ["Basic dXNlcjpwYXNz", "token_missing"],
    ["Bearer", "token_missing"],
    ["Bearer not-a-jws", "token_malformed"],
    ["Bearer a.b", "token_malformed"],
  ])("Authorization %j is %s, as in the simulator", async (header, code) => {
    const vars = run(route, { "request.verb": "POST", "request.uri": "/orders/deployments/orders-etl-nightly/runs", "request.header.authorization": header ?? null });
    expect(vars["gate.token_problem"]).toBe(code);
    const request = runRequest(undefined);
    const decision = await simulateGate(MANIFEST, { ...request, headers: { ...request.headers, ...(header ? { Authorization: header } : {}) } }, { now: NOW, jwks: keys.jwks });
    expect(decision.code).toBe(code);
  });

  test("a well-formed bearer token and the events route leave no token problem", () => {
    expect(run(route, { "request.verb": "POST", "request.uri": "/orders/deployments/x/runs", "request.header.authorization": `Bearer ${token}` })["gate.token_problem"]).toBeUndefined();
    expect(run(route, { "request.verb": "POST", "request.uri": "/orders/events" })["gate.token_problem"]).toBeUndefined();
  });
});

describe("gate-response.js", () => {
  const response = responseScript();
  const tag = callerTag(OKTA_ISS, "0oa1ci-deployer");
  const flowRun = (tags: string[]) => JSON.stringify({ id: "0f8e2a4c-1b3d-4e5f-8a9b-0c1d2e3f4a5b", state: { type: "SCHEDULED", name: "Scheduled" }, tags, job_variables: { secret: "x" }, parameters: { date: "2026-01-01" } });

  test.each([
    [201, false],
    [200, true],
  ])("a trigger answered %i becomes a filtered body (idempotent_replay %s), never the whole FlowRun", (status, replay) => {
    const vars = run(response, { "gate.route": "triggerRun", "response.status.code": status, "response.content": flowRun([tag]), messageid: "m-1" });
    expect(JSON.parse(vars["response.content"] as string)).toEqual({ flow_run_id: "0f8e2a4c-1b3d-4e5f-8a9b-0c1d2e3f4a5b", state: "SCHEDULED", idempotent_replay: replay, messageid: "m-1" });
    expect(vars["gate.flow_run_id"]).toBe("0f8e2a4c-1b3d-4e5f-8a9b-0c1d2e3f4a5b");
    expect(vars["gate.refusal"]).toBeUndefined();
  });

  test("a run read answers only the caller that started it", () => {
    const mine = run(response, { "gate.route": "readRun", "gate.caller_tag": tag, "response.status.code": 200, "response.content": flowRun(["team:x", tag]) });
    expect(JSON.parse(mine["response.content"] as string)).toMatchObject({ flow_run_id: "0f8e2a4c-1b3d-4e5f-8a9b-0c1d2e3f4a5b", state: "SCHEDULED", state_name: "Scheduled" });
    const theirs = run(response, { "gate.route": "readRun", "gate.caller_tag": tag, "response.status.code": 200, "response.content": flowRun([callerTag(OKTA_ISS, "someone-else")]) });
    expect(theirs["gate.refusal"]).toBe("run_not_owned");
    expect(theirs["response.content"]).toBe(flowRun([callerTag(OKTA_ISS, "someone-else")])); // untouched: the RaiseFault replaces it
    expect(run(response, { "gate.route": "readRun", "gate.caller_tag": tag, "response.status.code": 404, "response.content": "{}" })["gate.refusal"]).toBe("run_not_owned");
  });

  test.each([
    [429, { "response.header.retry-after": "17" }, "upstream_rate_limited", "17"],
    [429, { "response.header.retry-after": "Wed, 21 Oct 2026 07:28:00 GMT" }, "upstream_rate_limited", "60"],
    [500, {}, "upstream_failed", undefined],
    [503, {}, "upstream_failed", undefined],
    [401, {}, "upstream_failed", undefined],
    [422, {}, "invalid_field", undefined],
  ])("Prefect %i with headers %j is refused as %s", (status, extra, code, retry) => {
    const vars = run(response, { "gate.route": "triggerRun", "response.status.code": status, "response.content": '{"detail":"internal"}', ...extra });
    expect(vars["gate.refusal"]).toBe(code);
    expect(vars["gate.retry_after"]).toBe(retry);
  });

  test("a 2xx that is not a FlowRun is a failure, not a success", () => {
    expect(run(response, { "gate.route": "triggerRun", "response.status.code": 201, "response.content": "<html>" })["gate.refusal"]).toBe("upstream_failed");
  });
});

test.each([
  ["s3cret-value", "s3cret-value", true],
  ["s3cret-valuE", "s3cret-value", false],
  ["s3cret", "s3cret-value", false],
  ["s3cret-value-and-more", "s3cret-value", false],
  [null, "s3cret-value", false],
  ["", "", false],
])("gate-webhook.js: header %j against the secret %j is %s", (sent, expected, ok) => {
  expect(run(webhookScript(), { "request.header.x-gate-webhook-secret": sent, "private.gate.webhook_secret": expected })["gate.webhook_ok"]).toBe(ok);
});

test("gate-retry-after.js: whole seconds until the quota window ends, at least 1", () => {
  const script = retryAfterScript("Q-Product");
  expect(run(script, { "ratelimit.Q-Product.expiry.time": "1767225660000", "system.timestamp": "1767225600001" })["gate.retry_after"]).toBe("60");
  expect(run(script, { "ratelimit.Q-Product.expiry.time": "1767225600000", "system.timestamp": "1767225600500" })["gate.retry_after"]).toBe("1");
});

test.each([
  ["a token within the issuer's lifetime", 540, "allowed", false],
  ["a token living longer than the issuer allows", 4000, "token_lifetime_exceeded", true],
])("gate-lifetime.js flags %s, as the simulator refuses it", async (_, expiresIn, code, flagged) => {
  const claims = { iat: NOW - 60, exp: NOW + expiresIn };
  const decision = await simulateGate(MANIFEST, runRequest(await oktaToken(keys, { claims })), { now: NOW, jwks: keys.jwks });
  expect(decision.code).toBe(code);
  const script = lifetimeScript("JWT-Decode", { okta: MANIFEST.issuers[0].maxTokenLifetimeSeconds, entra: 5400 });
  const vars = run(script, { "gate.issuer_policy": "okta", "jwt.JWT-Decode.decoded.claim.exp": String(claims.exp), "jwt.JWT-Decode.decoded.claim.iat": String(claims.iat) });
  expect(vars["gate.token_lifetime_exceeded"]).toBe(flagged);
});

test("gate-lifetime.js raises no flag without exp, iat or a selected issuer (other steps refuse those)", () => {
  const script = lifetimeScript("JWT-Decode", { okta: 3600 });
  expect(run(script, { "gate.issuer_policy": "okta", "jwt.JWT-Decode.decoded.claim.exp": "99999" })["gate.token_lifetime_exceeded"]).toBe(false);
  expect(run(script, { "jwt.JWT-Decode.decoded.claim.exp": "99999", "jwt.JWT-Decode.decoded.claim.iat": "0" })["gate.token_lifetime_exceeded"]).toBe(false);
});
