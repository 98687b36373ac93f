// The attack corpus: hostile requests the deployed gate must refuse, each with the status and stable code a client
// sees. Keys are generated at runtime; the manifest is test/fixtures/simulate/orders-gate.json.
import { exportSPKI, generateKeyPair, importJWK } from "jose";
import { Decision } from "../../src/simulate/decision";
import { simulateGate } from "../../src/simulate/simulate-gate";
import { AGENT_SET, entraToken, Keys, makeKeys, MANIFEST, NOW, oktaToken, runRequest, tamper, unsecuredToken } from "./tokens";

let keys: Keys;
beforeAll(async () => {
  keys = await makeKeys();
});

async function decide(request: object): Promise<Decision> {
  return simulateGate(MANIFEST, request as never, { now: NOW, jwks: keys.jwks, set: AGENT_SET });
}

type Case = [name: string, build: () => Promise<object>, status: number, code: string];

const withToken = (make: () => Promise<string>, deployment?: string, body?: unknown, headers?: Record<string, string | string[]>) => async () =>
  runRequest(await make(), deployment, body, headers);
const ok = () => oktaToken(keys);

const WEBHOOK_SECRET = "fake-webhook-secret-for-tests";
const EVENT = "6f0c5a7e-0000-4000-8000-00000000e001";
/** A status event as Prefect's automation sends it, changed by `change`. */
const event = (change: { headers?: Record<string, string>; body?: unknown }) => ({
  method: "POST",
  path: "/orders/events",
  headers: change.headers ?? { "X-Gate-Webhook-Secret": WEBHOOK_SECRET },
  body: change.body ?? { event: "prefect.flow-run.Completed", event_id: EVENT, occurred: NOW - 2.5, state_type: "COMPLETED", state: "Completed" },
});

const CASES: Case[] = [
  // token problems: 401
  ["alg none", withToken(async () => unsecuredToken({ iss: "https://acme.okta.com/oauth2/aus1abc", aud: "api://orders-gate", sub: "x", cid: "0oa1ci-deployer", iat: NOW, exp: NOW + 60 })), 401, "algorithm_not_allowed"],
  ["HS256 signed with the issuer's RSA public key (alg confusion)", withToken(async () => {
    const publicKey = (await importJWK(keys.oktaRsaPublicJwk, "RS256", { extractable: true })) as Parameters<typeof exportSPKI>[0];
    return oktaToken(keys, { key: new TextEncoder().encode(await exportSPKI(publicKey)), header: { alg: "HS256" } });
  }), 401, "algorithm_not_allowed"],
  ["PS256, an asymmetric algorithm not on the issuer's allowlist", withToken(async () => {
    const { privateKey } = await generateKeyPair("PS256");
    return oktaToken(keys, { key: privateKey, header: { alg: "PS256" } });
  }), 401, "algorithm_not_allowed"],
  ["expired beyond the clock skew", withToken(() => oktaToken(keys, { claims: { iat: NOW - 700, exp: NOW - 61 } })), 401, "token_expired"],
  ["not yet valid (nbf in 10 min)", withToken(() => oktaToken(keys, { claims: { nbf: NOW + 600 } })), 401, "token_not_yet_valid"],
  ["issued in the future (iat in 10 min)", withToken(() => oktaToken(keys, { claims: { iat: NOW + 600, exp: NOW + 900 } })), 401, "token_not_yet_valid"],
  ["wrong issuer", withToken(() => oktaToken(keys, { claims: { iss: "https://evil.example/oauth2/aus1abc" } })), 401, "issuer_unknown"],
  ["issuer with a trailing slash", withToken(() => oktaToken(keys, { claims: { iss: "https://acme.okta.com/oauth2/aus1abc/" } })), 401, "issuer_unknown"],
  ["wrong audience", withToken(() => oktaToken(keys, { claims: { aud: "api://other-gate" } })), 401, "audience_mismatch"],
  ["no audience", withToken(() => oktaToken(keys, { omit: ["aud"] })), 401, "claim_missing"],
  ["tampered payload (caller swapped)", withToken(async () => tamper(await ok(), { cid: "0oa1analyst", sub: "0oa1analyst" })), 401, "signature_invalid"],
  ["forged with an attacker key under the issuer's kid", withToken(() => oktaToken(keys, { key: keys.attackerRsa })), 401, "signature_invalid"],
  ["unknown kid", withToken(() => oktaToken(keys, { header: { kid: "rotated-away" } })), 401, "key_not_found"],
  ["no kid", withToken(() => oktaToken(keys, { header: { kid: undefined } })), 401, "key_not_found"],
  ["another issuer's key (entra key, okta iss)", withToken(() => oktaToken(keys, { key: keys.entraRsa, header: { kid: "entra-r1" } })), 401, "key_not_found"],
  ["missing exp", withToken(() => oktaToken(keys, { omit: ["exp"] })), 401, "claim_missing"],
  ["missing iat", withToken(() => oktaToken(keys, { omit: ["iat"] })), 401, "claim_missing"],
  ["lifetime above the maximum (exp - iat = 2 h)", withToken(() => oktaToken(keys, { claims: { iat: NOW - 60, exp: NOW + 7140 } })), 401, "token_lifetime_exceeded"],
  ["issued too long ago (iat 2 h old)", withToken(() => oktaToken(keys, { claims: { iat: NOW - 7200, exp: NOW + 60 } })), 401, "token_lifetime_exceeded"],
  ["unknown critical header", withToken(() => oktaToken(keys, { header: { crit: ["x-acme"], "x-acme": 1 } })), 401, "critical_header_unsupported"],
  ["ID-token typ where the issuer sends JWT", withToken(() => entraToken(keys, { header: { typ: "at+jwt" } })), 401, "type_mismatch"],
  ["another Entra tenant", withToken(() => entraToken(keys, { claims: { tid: "99999999-0000-4000-8000-000000000000" } }), "orders-backfill"), 401, "claim_mismatch"],
  ["no client id claim", withToken(() => oktaToken(keys, { omit: ["cid"] })), 401, "claim_missing"],
  ["a JWE (five parts)", withToken(async () => "eyJhbGciOiJSU0EtT0FFUCJ9.a.b.c.d"), 401, "token_malformed"],
  ["garbage token", withToken(async () => "not-a-token"), 401, "token_malformed"],
  ["no Authorization header", async () => runRequest(undefined), 401, "token_missing"],
  ["Basic credentials", async () => ({ ...runRequest(undefined), headers: { Authorization: "Basic dXNlcjpwYXNz", "Idempotency-Key": "run-2026-01-01" } }), 401, "token_missing"],
  ["token in the query string", async () => ({ ...runRequest(undefined), path: `/orders/deployments/orders-etl-nightly/runs?access_token=${await ok()}` }), 401, "token_in_query"],
  ["token-shaped query value under another name", async () => ({ ...runRequest(await ok()), path: `/orders/deployments/orders-etl-nightly/runs?x=${await ok()}` }), 401, "token_in_query"],
  // caller known but not granted: 403
  ["unknown client of a trusted issuer", withToken(() => oktaToken(keys, { claims: { cid: "0oa1stranger" } })), 403, "client_unknown"],
  ["client of the other issuer (okta token naming the entra app)", withToken(() => oktaToken(keys, { claims: { cid: "11111111-0000-4000-8000-00000000a9e7" } })), 403, "client_unknown"],
  ["deployment not granted to the caller", withToken(() => oktaToken(keys, { claims: { cid: "0oa1analyst", sub: "0oa1analyst" } })), 403, "client_not_authorized"],
  // routes: 404 / 405
  ["unknown deployment", withToken(ok, "orders-drop-tables"), 404, "deployment_not_found"],
  ["'..' segment", withToken(ok, "orders-report/runs/../../orders-etl-nightly"), 404, "route_not_found"],
  ["encoded '..' (%2e%2e)", withToken(ok, "%2e%2e/orders-etl-nightly"), 404, "route_not_found"],
  ["encoded slash (%2F)", withToken(ok, "orders-report%2F..%2Forders-etl-nightly"), 404, "route_not_found"],
  ["double encoding (%252F)", withToken(ok, "orders-etl-nightly%252F"), 404, "route_not_found"],
  ["double slash", async () => ({ ...runRequest(await ok()), path: "/orders//deployments/orders-etl-nightly/runs" }), 404, "route_not_found"],
  ["trailing slash", async () => ({ ...runRequest(await ok()), path: "/orders/deployments/orders-etl-nightly/runs/" }), 404, "route_not_found"],
  ["trailing junk", async () => ({ ...runRequest(await ok()), path: "/orders/deployments/orders-etl-nightly/runs.json" }), 404, "route_not_found"],
  ["matrix parameter", async () => ({ ...runRequest(await ok()), path: "/orders/deployments/orders-etl-nightly/runs;x=1" }), 404, "route_not_found"],
  ["base path in another case", async () => ({ ...runRequest(await ok()), path: "/Orders/deployments/orders-etl-nightly/runs" }), 404, "route_not_found"],
  ["deployment name in another case", withToken(ok, "Orders-ETL-Nightly"), 404, "route_not_found"],
  ["backslash", async () => ({ ...runRequest(await ok()), path: "/orders/deployments\\orders-etl-nightly/runs" }), 404, "route_not_found"],
  ["another host", async () => runRequest(await ok(), undefined, undefined, { Host: "evil.example" }), 404, "route_not_found"],
  ["GET on the run route", async () => ({ ...runRequest(await ok()), method: "GET" }), 405, "method_not_allowed"],
  ["lower-case method", async () => ({ ...runRequest(await ok()), method: "post" }), 405, "method_not_allowed"],
  // body and headers: 400
  ["job_variables (changes the infrastructure)", withToken(ok, undefined, { parameters: {}, job_variables: { image: "evil:latest" } }), 400, "forbidden_field"],
  ["work_queue_name", withToken(ok, undefined, { work_queue_name: "gpu" }), 400, "forbidden_field"],
  ["caller-chosen idempotency_key", withToken(ok, undefined, { idempotency_key: "collide" }), 400, "forbidden_field"],
  ["state (start as Completed)", withToken(ok, undefined, { state: { type: "COMPLETED" } }), 400, "forbidden_field"],
  ["unknown field", withToken(ok, undefined, { parameters: {}, priority: 1 }), 400, "unknown_field"],
  ["forged gate tag", withToken(ok, undefined, { tags: ["gw:sub:0123456789abcdef"] }), 400, "tag_reserved"],
  ["parameters not an object", withToken(ok, undefined, { parameters: ["date"] }), 400, "invalid_field"],
  ["parameter outside the deployment's list", withToken(ok, undefined, { parameters: { date: "2026-01-01", sql: "drop" } }), 400, "parameter_not_allowed"],
  ["body is not JSON", withToken(ok, undefined, "{parameters:"), 400, "invalid_json"],
  ["body is a JSON array", withToken(ok, undefined, [{ parameters: {} }]), 400, "invalid_json"],
  ["body over the size limit", withToken(ok, undefined, { parameters: { date: "x".repeat(17_000) } }), 400, "body_too_large"],
  ["no Idempotency-Key", async () => {
    const r = runRequest(await ok());
    return { ...r, headers: { Authorization: r.headers.Authorization, "Content-Type": "application/json" } };
  }, 400, "idempotency_key_missing"],
  ["Idempotency-Key with a newline", withToken(ok, undefined, undefined, { "Idempotency-Key": "abc\ndefgh" }), 400, "idempotency_key_invalid"],
  // Prefect would hydrate these on the server (workspace variables, templates): 400
  ["a workspace variable to hydrate into a parameter", withToken(ok, undefined, { parameters: { date: { __prefect_kind: "workspace_variable", variable_name: "db_password" } } }), 400, "parameter_hydration"],
  ["a Jinja template deep in a parameter of a deployment accepting any", withToken(ok, "orders-report", { parameters: { a: [{ b: { __prefect_kind: "jinja", template: "{{ 7 * 7 }}" } }] } }), 400, "parameter_hydration"],
  // bodies whatever their Content-Type: the gate measures the raw text before parsing it
  ["nesting 16,000 levels deep declared text/plain", withToken(ok, undefined, "[".repeat(16000), { "Content-Type": "text/plain" }), 415, "unsupported_media_type"],
  ["a JSON body without a Content-Type", async () => {
    const r = runRequest(await ok());
    return { ...r, headers: { Authorization: r.headers.Authorization, "Idempotency-Key": "run-2026-01-01" } };
  }, 415, "unsupported_media_type"],
  ["nesting 16,000 levels deep declared JSON", withToken(ok, undefined, "[".repeat(16000)), 400, "invalid_json"],
  // security headers read twice: Apigee's request.header.X yields only the first value
  ["two Authorization lines, the first one valid", async () => runRequest(undefined, undefined, undefined, { Authorization: [`Bearer ${await ok()}`, "Bearer junk"] }), 400, "header_repeated"],
  ["a valid bearer token and junk in one Authorization line", async () => runRequest(undefined, undefined, undefined, { Authorization: `Bearer ${await ok()}, Bearer junk` }), 400, "header_repeated"],
  ["two Idempotency-Keys in one line", withToken(ok, undefined, undefined, { "Idempotency-Key": "run-2026-01-01,run-2026-01-02" }), 400, "header_repeated"],
  ["two Content-Type lines", withToken(ok, undefined, undefined, { "Content-Type": ["application/json", "text/plain"] }), 400, "header_repeated"],
  // claim types
  ["a numeric sub", withToken(() => oktaToken(keys, { claims: { sub: 12345 } })), 401, "claim_missing"],
  ["a numeric client id", withToken(() => oktaToken(keys, { claims: { cid: 42 } })), 401, "claim_mismatch"],
  // routes stay hidden from requests without a valid token
  ["an unknown route without a token", async () => ({ method: "GET", path: "/orders/admin" }), 401, "token_missing"],
  // events
  ["status event without the webhook secret", async () => event({ headers: {} }), 403, "webhook_unauthorized"],
  ["status event with a wrong webhook secret", async () => event({ headers: { "X-Gate-Webhook-Secret": "guess" } }), 403, "webhook_unauthorized"],
  ["the webhook secret twice, comma-joined", async () => event({ headers: { "X-Gate-Webhook-Secret": `guess,${WEBHOOK_SECRET}` } }), 400, "header_repeated"],
  ["status event declared text/plain", async () => event({ headers: { "X-Gate-Webhook-Secret": WEBHOOK_SECRET, "Content-Type": "text/plain" } }), 415, "unsupported_media_type"],
  ["status event nested 16,000 levels deep, before its secret is checked", async () => event({ headers: { "X-Gate-Webhook-Secret": "guess" }, body: "[".repeat(16000) }), 400, "invalid_json"],
  ["a status event replayed 11 minutes later", async () => event({ body: { event_id: EVENT, occurred: NOW - 660.25 } }), 400, "event_outside_window"],
  ["a status event with Prefect's ISO time instead of a number", async () => event({ body: { event_id: EVENT, occurred: "2026-01-01T00:00:00.974152+00:00" } }), 400, "invalid_field"],
  ["a status event without an event id", async () => event({ body: { occurred: NOW } }), 400, "invalid_field"],
];

describe("attack corpus", () => {
  test("holds at least 20 hostile requests", () => {
    expect(CASES.length).toBeGreaterThanOrEqual(20);
  });

  test.each(CASES)("fails closed: %s", async (_name, build, status, code) => {
    const request = await build();
    const decision = await simulateGate(MANIFEST, request as never, {
      now: NOW,
      jwks: keys.jwks,
      set: { ...AGENT_SET, webhook_secret: WEBHOOK_SECRET },
    });
    expect({ status: decision.status, code: decision.code }).toEqual({ status, code });
    expect(decision.allow).toBe(false);
    expect(decision.upstream).toBeNull();
  });

  test("the valid twins of the corpus's requests are allowed (the corpus fails for the stated reason only)", async () => {
    expect(await decide(runRequest(await ok()))).toMatchObject({ allow: true, status: 200, code: "allowed" });
    const accepted = await simulateGate(MANIFEST, event({}) as never, { now: NOW, set: { webhook_secret: WEBHOOK_SECRET } });
    expect(accepted).toMatchObject({ allow: true, status: 202, code: "allowed" });
  });

  test("a refusal never echoes the token", async () => {
    const token = await oktaToken(keys, { claims: { aud: "api://other-gate" } });
    const decision = await decide(runRequest(token));
    expect(JSON.stringify(decision)).not.toContain(token.split(".")[2]);
    expect(decision.reason).toBe("the token's audience is not this gate: unexpected \"aud\" claim value");
  });
});
