// What the simulator answers for requests the gate lets through, sequences (quota, spike arrest), the other routes,
// and when it cannot decide offline.
import { createHash } from "crypto";
import { parseGateRequest } from "../../src/simulate/gate-request";
import { parseGateManifest } from "../../src/simulate/parse-manifest";
import { QuotaState } from "../../src/simulate/quota-state";
import { GateSimulator, simulateGate } from "../../src/simulate/simulate-gate";
import { SimulationError } from "../../src/simulate/simulation-error";
import {
  AGENT_CLIENT_ID,
  AGENT_SET,
  ENTRA_ISS,
  entraToken,
  expectedIdempotencyKey,
  Keys,
  makeKeys,
  MANIFEST,
  NOW,
  OKTA_ISS,
  oktaToken,
  runRequest,
} from "./tokens";

let keys: Keys;
beforeAll(async () => {
  keys = await makeKeys();
});

const ACCOUNT = "6f1c2a3b-0000-4000-8000-000000000001";

/** A status event as Prefect's automation sends it: the webhook secret, JSON, an event id and a numeric occurred. */
function statusEvent(eventId: string, occurred: number) {
  return {
    method: "POST",
    path: "/orders/events",
    headers: { "x-gate-webhook-secret": "fake-webhook-secret", "content-type": "application/json" },
    body: { event: "prefect.flow-run.Completed", event_id: eventId, occurred, flow_run_id: "0f0e0d0c-0000-4000-8000-00000000c0de", state_type: "COMPLETED", state: "Completed" },
  };
}
const expectedCallerTag = (iss: string, sub: string) => `gw:sub:${createHash("sha256").update(`${iss}|${sub}`).digest("hex").slice(0, 16)}`;

describe("allowed requests", () => {
  test("a granted okta caller gets the exact Prefect request, apply-time ids as placeholders and the key redacted", async () => {
    const request = runRequest(await oktaToken(keys), "orders-etl-nightly", { parameters: { date: "2026-01-01" }, tags: ["nightly"] });
    const decision = await simulateGate(MANIFEST, request, { now: NOW, jwks: keys.jwks });
    expect(decision).toEqual({
      allow: true,
      status: 200,
      code: "allowed",
      reason: "the gate would start a run of orders-etl-nightly (product nightly)",
      deployment: "orders-etl-nightly",
      upstream: {
        method: "POST",
        path: `/api/accounts/${ACCOUNT}/workspaces/{workspace_id}/deployments/{deployment_id:orders-etl-nightly}/create_flow_run`,
        headers: { authorization: "Bearer <redacted>", accept: "application/json", "content-type": "application/json" },
        body: {
          parameters: { date: "2026-01-01" },
          tags: ["nightly", "gw:msg:{message_id}", expectedCallerTag(OKTA_ISS, "0oa1ci-deployer")],
          idempotency_key: expectedIdempotencyKey(OKTA_ISS, "0oa1ci-deployer", "orders-etl-nightly", "run-2026-01-01"),
        },
      },
    });
  });

  test("set resolves apply-time ids by Terraform expression or by placeholder name", async () => {
    const decision = await simulateGate(MANIFEST, runRequest(await oktaToken(keys)), {
      now: NOW,
      jwks: keys.jwks,
      set: { "data.prefect_workspace.this.id": "ws-uuid", "deployment_id:orders-etl-nightly": "dep-uuid" },
    });
    expect(decision.upstream?.path).toBe(`/api/accounts/${ACCOUNT}/workspaces/ws-uuid/deployments/dep-uuid/create_flow_run`);
  });

  test("a literal deployment id needs no set", async () => {
    const decision = await simulateGate(MANIFEST, runRequest(await oktaToken(keys), "orders-report", {}), { now: NOW, jwks: keys.jwks });
    expect(decision.upstream?.path).toBe(`/api/accounts/${ACCOUNT}/workspaces/{workspace_id}/deployments/0b7e3c1a-0000-4000-8000-0000000000aa/create_flow_run`);
    expect(decision.upstream?.body).toMatchObject({ parameters: {} });
  });

  test("the issuer's second algorithm (ES256) verifies with its key", async () => {
    const token = await oktaToken(keys, { key: keys.oktaEc, header: { alg: "ES256", kid: "okta-e1" } });
    expect(await simulateGate(MANIFEST, runRequest(token), { now: NOW, jwks: keys.jwks })).toMatchObject({ allow: true, code: "allowed" });
  });

  test("an Entra caller with an apply-time client id is decided once set supplies it; run name and tags are forwarded", async () => {
    const request = runRequest(await entraToken(keys), "orders-backfill", { parameters: { since: "2025-01-01" }, name: "backfill-2025", tags: ["agent"] });
    const decision = await simulateGate(MANIFEST, request, { now: NOW, jwks: keys.jwks, set: AGENT_SET });
    expect(decision.upstream?.body).toEqual({
      parameters: { since: "2025-01-01" },
      name: "backfill-2025",
      tags: ["agent", "gw:msg:{message_id}", expectedCallerTag(ENTRA_ISS, "agent-object-id")],
      idempotency_key: expectedIdempotencyKey(ENTRA_ISS, "agent-object-id", "orders-backfill", "run-2026-01-01"),
    });
    expect(decision.reason).toBe("the gate would start a run of orders-backfill (product backfill)");
  });

  test("the clock skew is honoured on both sides of expiry", async () => {
    const at = (exp: number) => oktaToken(keys, { claims: { iat: NOW - 600, exp } });
    expect((await simulateGate(MANIFEST, runRequest(await at(NOW - 30)), { now: NOW, jwks: keys.jwks })).code).toBe("allowed");
    expect((await simulateGate(MANIFEST, runRequest(await at(NOW - 60)), { now: NOW, jwks: keys.jwks })).code).toBe("token_expired");
  });

  test("a lifetime of exactly the maximum passes, one second more does not", async () => {
    const life = (seconds: number) => oktaToken(keys, { claims: { iat: NOW - 10, exp: NOW - 10 + seconds } });
    expect((await simulateGate(MANIFEST, runRequest(await life(3600)), { now: NOW, jwks: keys.jwks })).code).toBe("allowed");
    expect((await simulateGate(MANIFEST, runRequest(await life(3601)), { now: NOW, jwks: keys.jwks })).reason).toBe(
      "the token's lifetime exceeds the issuer's maximum: exp - iat = 3601 s, issuer okta allows at most 3600 s",
    );
  });

  test("an empty body is no body, as on the wire: the run starts with no parameters (the gate reads it as {})", async () => {
    const request = { ...runRequest(await oktaToken(keys)), body: "" };
    const decision = await simulateGate(MANIFEST, request, { now: NOW, jwks: keys.jwks });
    expect(decision).toMatchObject({ allow: true, code: "allowed" });
    expect(decision.upstream?.body).toMatchObject({ parameters: {} });
  });

  test("bodies beyond the gate's JSON threat limits are refused as invalid_json, just inside them pass", async () => {
    const nest = (levels: number): unknown => (levels <= 1 ? {} : { a: nest(levels - 1) });
    const decide = async (parameters: unknown) =>
      simulateGate(MANIFEST, runRequest(await oktaToken(keys), "orders-report", { parameters } as never), { now: NOW, jwks: keys.jwks });
    // the body object is level 1 and parameters level 2 (orders-report accepts any parameters)
    expect((await decide(nest(15))).code).toBe("allowed");
    expect(await decide(nest(16))).toMatchObject({ code: "invalid_json", reason: "the request body is not a JSON object: nested deeper than 16 levels" });
    expect((await decide({ list: new Array(1025).fill(1) })).reason).toBe("the request body is not a JSON object: an array has more than 1024 elements");
    expect((await decide(Object.fromEntries(Array.from({ length: 257 }, (_, i) => [`p${i}`, i])))).reason).toBe(
      "the request body is not a JSON object: an object has more than 256 entries",
    );
  });

  test("the idempotency key is stable for retries and differs per caller, deployment and caller key", async () => {
    const key = async (token: Promise<string>, deployment = "orders-etl-nightly", idem = "run-2026-01-01") => {
      const d = await simulateGate(MANIFEST, runRequest(await token, deployment, {}, { "Idempotency-Key": idem }), { now: NOW, jwks: keys.jwks, set: AGENT_SET });
      return (d.upstream?.body as { idempotency_key: string }).idempotency_key;
    };
    const first = await key(oktaToken(keys));
    expect(await key(oktaToken(keys, { claims: { iat: NOW - 5 } }))).toBe(first); // a retry with a fresh token
    expect(await key(oktaToken(keys), "orders-etl-nightly", "run-2026-01-02")).not.toBe(first);
    expect(await key(entraToken(keys))).not.toBe(first); // the agent also holds orders-etl-nightly (product backfill)
    expect(first).toBe(expectedIdempotencyKey(OKTA_ISS, "0oa1ci-deployer", "orders-etl-nightly", "run-2026-01-01"));
  });
});

describe("one issuer, two iss spellings (as Google's accounts.google.com and https://accounts.google.com)", () => {
  test("the caller tag and idempotency key come from the canonical spelling, whichever one the token carries", async () => {
    const bare = OKTA_ISS.replace(/^https:\/\//, "");
    const manifest = { ...MANIFEST, issuers: [{ ...MANIFEST.issuers[0], alternateIssuers: [bare] }, MANIFEST.issuers[1]] };
    const decide = async (iss: string) => (await simulateGate(manifest, runRequest(await oktaToken(keys, { claims: { iss } })), { now: NOW, jwks: keys.jwks })).upstream?.body;
    const canonical = await decide(OKTA_ISS);
    expect(await decide(bare)).toEqual(canonical);
    expect(canonical).toMatchObject({
      tags: expect.arrayContaining([expectedCallerTag(OKTA_ISS, "0oa1ci-deployer")]),
      idempotency_key: expectedIdempotencyKey(OKTA_ISS, "0oa1ci-deployer", "orders-etl-nightly", "run-2026-01-01"),
    });
  });
});

describe("sequences", () => {
  test("a list of requests gets a list of decisions; the product quota runs out and comes back in the next window", async () => {
    const token = await oktaToken(keys);
    const req = runRequest(token);
    const decisions = await simulateGate(MANIFEST, [req, req, req, req, { ...req, at: NOW + 60 }], { now: NOW, jwks: keys.jwks });
    expect(decisions.map((d) => d.code)).toEqual(["allowed", "allowed", "allowed", "quota_exceeded", "allowed"]);
    expect(decisions[3]).toEqual({
      allow: false,
      status: 429,
      code: "quota_exceeded",
      reason: "the caller's product quota is exhausted: product nightly allows 3 per minute",
      deployment: "orders-etl-nightly",
      upstream: null,
    });
  });

  test("quota is counted per client and product: another caller's requests do not use it", async () => {
    const okta = runRequest(await oktaToken(keys));
    const agent = runRequest(await entraToken(keys));
    const codes = (await simulateGate(MANIFEST, [okta, okta, okta, agent, agent, agent], { now: NOW, jwks: keys.jwks, set: AGENT_SET })).map((d) => d.code);
    // the agent's first product granting orders-etl-nightly is backfill: 2 per hour
    expect(codes).toEqual(["allowed", "allowed", "allowed", "allowed", "allowed", "quota_exceeded"]);
  });

  test("a request refused for its headers or body does not use the quota: only a request that passed every check is charged", async () => {
    const token = await oktaToken(keys);
    const bad = runRequest(token, undefined, { job_variables: {} });
    const noType = runRequest(token, undefined, undefined, { "Content-Type": "text/plain" });
    const good = runRequest(token);
    // one request a second: the per-caller spike arrest stays out of the way, the quota window (a minute) does not move
    const sequence = [bad, noType, bad, good, good, good, good].map((r, i) => ({ ...r, at: NOW + i }));
    const codes = (await simulateGate(MANIFEST, sequence, { now: NOW, jwks: keys.jwks })).map((d) => d.code);
    expect(codes).toEqual(["forbidden_field", "unsupported_media_type", "forbidden_field", "allowed", "allowed", "allowed", "quota_exceeded"]);
  });

  test("a QuotaState carries counters across calls", async () => {
    const quotaState = new QuotaState();
    const req = runRequest(await oktaToken(keys));
    for (let i = 0; i < 3; i++) await simulateGate(MANIFEST, req, { now: NOW, jwks: keys.jwks, quotaState });
    expect((await simulateGate(MANIFEST, req, { now: NOW, jwks: keys.jwks, quotaState })).code).toBe("quota_exceeded");
    expect((await simulateGate(MANIFEST, req, { now: NOW, jwks: keys.jwks })).code).toBe("allowed");
  });

  test("spike arrest per client IP refuses the 21st request of one address within a second; other addresses go on", async () => {
    const anonymous = { method: "POST", path: "/orders/deployments/orders-report/runs", clientIp: "198.51.100.7" };
    const burst = Array.from({ length: 21 }, () => anonymous);
    const decisions = await simulateGate(MANIFEST, [...burst, { ...anonymous, clientIp: "203.0.113.9" }], { now: NOW });
    expect(decisions.slice(0, 20).every((d) => d.code === "token_missing")).toBe(true);
    expect(decisions[20]).toMatchObject({ status: 429, code: "spike_arrest", reason: "too many requests in a short burst: more than 20ps from 198.51.100.7" });
    // Before the change, one bucket for the whole gate: 20 anonymous requests locked every caller out.
    expect(decisions[21]).toMatchObject({ status: 401, code: "token_missing" });
    expect((await simulateGate(MANIFEST, [...burst.slice(1), { ...anonymous, at: NOW + 1 }], { now: NOW })).at(-1)?.code).toBe("token_missing");
  });

  test("spike arrest per caller: the 6th request of one caller within a second is refused, another caller's go on", async () => {
    // orders-report has no quota (product reporting), so only the spike arrests count; each request from its own address.
    const okta = runRequest(await oktaToken(keys), "orders-report", {});
    const analyst = runRequest(await oktaToken(keys, { claims: { cid: "0oa1analyst", sub: "0oa1analyst" } }), "orders-report", {});
    const requests = [...Array.from({ length: 6 }, (_, i) => ({ ...okta, clientIp: `198.51.100.${i}` })), { ...analyst, clientIp: "198.51.100.99" }];
    const decisions = await simulateGate(MANIFEST, requests, { now: NOW, jwks: keys.jwks });
    expect(decisions.map((d) => d.code)).toEqual(["allowed", "allowed", "allowed", "allowed", "allowed", "spike_arrest", "allowed"]);
    expect(decisions[5].reason).toBe("too many requests in a short burst: more than 5ps from this caller");
  });
});

describe("other routes", () => {
  const RUN_ID = "0f0e0d0c-0000-4000-8000-00000000c0de";

  test("GET /runs/{id} is passed on for a registered caller, who must own the run", async () => {
    const request = { method: "GET", path: `/orders/runs/${RUN_ID}`, headers: { authorization: `Bearer ${await oktaToken(keys)}` } };
    expect(await simulateGate(MANIFEST, request, { now: NOW, jwks: keys.jwks })).toEqual({
      allow: true,
      status: 200,
      code: "allowed",
      reason: `the gate would read the run; it answers 403 run_not_owned unless the run carries the tag ${expectedCallerTag(OKTA_ISS, "0oa1ci-deployer")}`,
      deployment: null,
      upstream: {
        method: "GET",
        path: `/api/accounts/${ACCOUNT}/workspaces/{workspace_id}/flow_runs/${RUN_ID}`,
        headers: { authorization: "Bearer <redacted>", accept: "application/json" },
        body: null,
      },
    });
  });

  test("fails for a run id in another case or an unknown caller", async () => {
    const upper = { method: "GET", path: `/orders/runs/${RUN_ID.toUpperCase()}`, headers: { authorization: `Bearer ${await oktaToken(keys)}` } };
    expect(await simulateGate(MANIFEST, upper, { now: NOW, jwks: keys.jwks })).toMatchObject({ status: 404, code: "route_not_found" });
    const stranger = { method: "GET", path: `/orders/runs/${RUN_ID}`, headers: { authorization: `Bearer ${await oktaToken(keys, { claims: { cid: "0oa1x" } })}` } };
    expect(await simulateGate(MANIFEST, stranger, { now: NOW, jwks: keys.jwks })).toMatchObject({ status: 403, code: "client_unknown" });
  });

  test("POST /events is accepted with the webhook secret (202), and reported as unverifiable offline without it", async () => {
    const event = statusEvent("6f0c5a7e-0000-4000-8000-00000000e001", NOW - 2.5);
    expect(await simulateGate(MANIFEST, event, { now: NOW, set: { webhook_secret: "fake-webhook-secret" } })).toEqual({
      allow: true,
      status: 202,
      code: "allowed",
      reason: "the gate would publish the event to the status topic and answer 202; it calls no Prefect API",
      deployment: null,
      upstream: null,
    });
    expect(await simulateGate(MANIFEST, event, { now: NOW })).toMatchObject({ allow: true, code: "webhook_secret_unverified" });
  });

  test("a replayed event id is answered 202 and not published again, until the window (plus skew) has passed", async () => {
    const id = "6f0c5a7e-0000-4000-8000-00000000e002";
    const set = { webhook_secret: "fake-webhook-secret" };
    const quotaState = new QuotaState();
    const decide = (at: number, occurred = NOW) => simulateGate(MANIFEST, { ...statusEvent(id, occurred), at }, { now: NOW, set, quotaState });
    expect(await decide(NOW)).toMatchObject({ status: 202, code: "allowed" });
    expect(await decide(NOW + 30)).toMatchObject({ allow: true, status: 202, code: "event_duplicate", reason: `event ${id} was already accepted; the gate answers 202 and does not publish it again` });
    // 601 s later the event is outside the window anyway: refused, not published.
    expect(await decide(NOW + 601)).toMatchObject({ status: 400, code: "event_outside_window" });
    // A wrong secret never reaches the memory: it cannot make the gate drop the real event later.
    const forged = { ...statusEvent("6f0c5a7e-0000-4000-8000-00000000e003", NOW), headers: { "x-gate-webhook-secret": "guess", "content-type": "application/json" } };
    expect(await simulateGate(MANIFEST, forged, { now: NOW, set, quotaState })).toMatchObject({ code: "webhook_unauthorized" });
    expect(await simulateGate(MANIFEST, statusEvent("6f0c5a7e-0000-4000-8000-00000000e003", NOW), { now: NOW, set, quotaState })).toMatchObject({ code: "allowed" });
  });

  test("status events: the exact rendered body, window edges, Content-Type optional but JSON when given", async () => {
    const set = { webhook_secret: "fake-webhook-secret" };
    const decide = async (request: object) => (await simulateGate(MANIFEST, request as never, { now: NOW, set })).code;
    const id = "6f0c5a7e-0000-4000-8000-00000000e004";
    const rendered = `{"event": "prefect.flow-run.Completed", "event_id": "${id}", "occurred": ${NOW - 3}.974152, "flow_run_id": "0f0e0d0c-0000-4000-8000-00000000c0de", "state_type": "COMPLETED", "state": "Completed"}`;
    expect(await decide({ ...statusEvent(id, 0), body: rendered })).toBe("allowed");
    expect(await decide(statusEvent(id, NOW - 600))).toBe("allowed");
    expect(await decide(statusEvent(id, NOW - 600.5))).toBe("event_outside_window");
    expect(await decide(statusEvent(id, NOW + 60))).toBe("allowed");
    expect(await decide(statusEvent(id, NOW + 61))).toBe("event_outside_window");
    const noType = statusEvent(id, NOW);
    expect(await decide({ ...noType, headers: { "x-gate-webhook-secret": "fake-webhook-secret" } })).toBe("allowed");
    expect(await decide({ ...noType, headers: { "x-gate-webhook-secret": "fake-webhook-secret", "content-type": "text/plain" } })).toBe("unsupported_media_type");
    expect(await decide({ ...noType, headers: { "x-gate-webhook-secret": "fake-webhook-secret" }, body: "[".repeat(5000) })).toBe("invalid_json");
    // The ISO string Prefect renders for {{ event.occurred }} is not a number: Rhino's Date.parse cannot read it.
    expect(await decide({ ...noType, body: { event_id: id, occurred: "2026-01-01T00:00:00.974152+00:00" } })).toBe("invalid_field");
    expect(await decide({ ...noType, body: { event_id: id.toUpperCase(), occurred: NOW } })).toBe("invalid_field");
  });
});

describe("when the simulator cannot decide offline", () => {
  test("fails without a key set for the token's issuer, naming how to supply one", async () => {
    await expect(simulateGate(MANIFEST, runRequest(await entraToken(keys), "orders-backfill"), { now: NOW, set: AGENT_SET })).rejects.toThrow(
      new SimulationError(
        'issuer entra: no key set offline (its JWKS is discovered at apply time (lookup(jsondecode(data.http.entra_openid_configuration.response_body), \"jwks_uri\"))); pass --jwks <file> with {"keys": [...]} or {"entra": {"keys": [...]}}',
      ),
    );
  });

  test("refusals before JWT verification need no key set", async () => {
    expect(await simulateGate(MANIFEST, { method: "DELETE", path: "/orders/deployments/orders-report/runs" }, { now: NOW })).toMatchObject({ status: 401, code: "token_missing" });
  });

  test("fails when the client id is only known at apply time and not set", async () => {
    await expect(simulateGate(MANIFEST, runRequest(await entraToken(keys), "orders-backfill"), { now: NOW, jwks: keys.jwks })).rejects.toThrow(
      `a client id of issuer entra (the token's is "${AGENT_CLIENT_ID}") is only known at apply time; pass --set 'azuread_application.orders_agent.client_id=<value>' to decide offline`,
    );
  });

  test("fails when the token's audience can only match an apply-time audience, and decides once it is set", async () => {
    const token = await entraToken(keys, { claims: { aud: "api://someone-else" } });
    const request = runRequest(token, "orders-backfill");
    const expr = "azuread_application.orders_gate.client_id";
    await expect(simulateGate(MANIFEST, request, { now: NOW, jwks: keys.jwks, set: AGENT_SET })).rejects.toThrow(
      `issuer entra's audience is only known at apply time; pass --set '${expr}=<value>' to decide offline`,
    );
    const decided = await simulateGate(MANIFEST, request, { now: NOW, jwks: keys.jwks, set: { ...AGENT_SET, [expr]: "api://orders-gate-app" } });
    expect(decided).toMatchObject({ status: 401, code: "audience_mismatch" });
  });

  test("fails when the token's issuer can only match an apply-time issuer, and decides once it is set", async () => {
    const expr = "okta_auth_server.orders.issuer";
    const manifest = { ...MANIFEST, issuers: [{ ...MANIFEST.issuers[0], issuer: { tfRef: expr } }, MANIFEST.issuers[1]] };
    const request = runRequest(await oktaToken(keys));
    await expect(simulateGate(manifest, request, { now: NOW, jwks: keys.jwks })).rejects.toThrow(
      `issuer okta's iss (a token says "${OKTA_ISS}") is only known at apply time; pass --set '${expr}=<value>' to decide offline`,
    );
    expect(await simulateGate(manifest, request, { now: NOW, jwks: keys.jwks, set: { [expr]: OKTA_ISS } })).toMatchObject({ code: "allowed" });
    expect(await simulateGate(manifest, request, { now: NOW, jwks: keys.jwks, set: { [expr]: "https://other.example" } })).toMatchObject({ code: "issuer_unknown" });
  });

  test("fails when a key set holds a private key", async () => {
    const { exportJWK, generateKeyPair } = await import("jose");
    const { privateKey } = await generateKeyPair("RS256", { extractable: true });
    const jwks = { keys: [{ ...(await exportJWK(privateKey)), kid: "okta-r1" }] };
    await expect(simulateGate(MANIFEST, runRequest(await oktaToken(keys)), { now: NOW, jwks })).rejects.toThrow(
      "issuer okta: the key set holds a private key; give public keys only",
    );
  });

  test("fails for a now that is not unix seconds", async () => {
    await expect(simulateGate(MANIFEST, runRequest(undefined), { now: 1.5 })).rejects.toThrow("now 1.5 is not allowed (unix seconds, a non-negative integer)");
  });
});

describe("reading manifests and requests", () => {
  test("a GateSimulator checks its manifest once, when built, and decides as simulateGate does, counters carried by quotaState", async () => {
    expect(() => new GateSimulator({ ...MANIFEST, version: 2 } as unknown as typeof MANIFEST)).toThrow(SimulationError);
    await expect(simulateGate({ ...MANIFEST, version: 2 } as unknown as typeof MANIFEST, { method: "GET", path: "/" }, { now: NOW })).rejects.toThrow(
      "manifest: version 2 is not allowed (this simulator reads version 1)",
    );
    const simulator = new GateSimulator(MANIFEST);
    const anonymous = { method: "POST", path: "/orders/deployments/orders-report/runs", clientIp: "198.51.100.7" };
    const burst = Array.from({ length: 21 }, () => anonymous);
    expect(await simulator.simulate(burst, { now: NOW })).toEqual(await simulateGate(MANIFEST, burst, { now: NOW }));
    const quotaState = new QuotaState();
    for (let i = 0; i < 20; i++) await simulator.simulate(anonymous, { now: NOW, quotaState });
    expect((await simulator.simulate(anonymous, { now: NOW, quotaState })).code).toBe("spike_arrest");
    await expect(simulator.simulate(anonymous, { now: -1 })).rejects.toThrow("now -1 is not allowed (unix seconds, a non-negative integer)");
  });

  const withIssuer = (change: object) => ({ ...MANIFEST, issuers: [{ ...MANIFEST.issuers[0], ...change }] });

  test("fails for a symmetric algorithm on an issuer", () => {
    expect(() => parseGateManifest(withIssuer({ algorithms: ["RS256", "HS256"] }), "m.json")).toThrow(
      'm.json: issuers[0].algorithms "HS256" is not allowed (asymmetric only: RS256, RS384, RS512, PS256, PS384, PS512, ES256, ES384, ES512)',
    );
  });

  test("fails for an issuer without an audience", () => {
    expect(() => parseGateManifest(withIssuer({ audiences: [] }), "m.json")).toThrow(
      "m.json: issuers[0].audiences [] is not allowed (at least one audience: without one any token of the issuer would pass)",
    );
  });

  test("fails for a deployment name that is not a route slug, saying what a slug is", () => {
    const deployments = [{ ...MANIFEST.deployments[0], name: "Orders ETL" }];
    expect(() => parseGateManifest({ ...MANIFEST, deployments }, "m.json")).toThrow(
      `m.json: deployments[0].name "Orders ETL" is not allowed (a slug: lowercase letters, digits, '.', '_' and '-', starting with a letter or digit)`,
    );
  });

  test("fails for another manifest version and for a client naming an unknown product", () => {
    expect(() => parseGateManifest({ ...MANIFEST, version: 2 }, "m.json")).toThrow("m.json: version 2 is not allowed (this simulator reads version 1)");
    const clients = [{ clientId: "x", issuer: "okta", products: ["gold"] }];
    expect(() => parseGateManifest({ ...MANIFEST, clients }, "m.json")).toThrow(
      'm.json: clients[0].products "gold" is not allowed (a product of this manifest: nightly, backfill, reporting)',
    );
  });

  test("fails for a request with an unknown key or a header given twice", () => {
    expect(() => parseGateRequest({ method: "POST", path: "/", query: "x" }, "r.json")).toThrow(
      'r.json: unknown key "query" (allowed: method, path, headers, body, at, clientIp)',
    );
    expect(() => parseGateRequest({ method: "POST", path: "/", headers: { Authorization: [] } }, "r.json")).toThrow(
      'r.json: header "Authorization" must be a string or a non-empty list of strings (one per line), got an array',
    );
    expect(() => parseGateRequest({ method: "POST", path: "/", clientIp: "" }, "r.json")).toThrow('r.json: "clientIp" must be a non-empty string (the caller\'s address), got string ""');
    expect(() => parseGateRequest({ method: "POST", path: "/", headers: { Host: "a", host: "b" } }, "r.json")).toThrow(
      'r.json: header "host" is given twice (names are case-insensitive)',
    );
  });
});
