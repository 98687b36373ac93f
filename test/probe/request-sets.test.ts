// The probe's request sets and rules, without a network: the built-in set covers every refusal of the gate contract
// that a request without a valid token can provoke (the rest are listed with reasons), the forgeries are what they
// claim, the error body the probe reads is the one the proxy generator renders, and the comparison and pacing rules.
import { createHmac, createPublicKey } from "crypto";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { readTokenFile } from "../../src/cli/probe-command";
import { JWS_LIKE, REFUSALS, RefusalCode } from "../../src/gate/contract";
import { errorResponse } from "../../src/pipeline/gate-proxy/errors";
import { compareAnswer } from "../../src/probe/compare";
import { decodeToken, hmacWithPublicKey, queryStringForgery, tamperedSignature } from "../../src/probe/forged-tokens";
import { hostileRequests, NOT_PROVOKED_WITHOUT_TOKEN } from "../../src/probe/hostile-requests";
import { keySetsFromJwks } from "../../src/probe/key-sets";
import { readErrorBody } from "../../src/probe/live-answer";
import { MAX_REQUESTS, pacingIntervalMillis } from "../../src/probe/pacing";
import { ProbeContext } from "../../src/probe/probe-context";
import { toGateRequest } from "../../src/probe/probe-request";
import { runProbe } from "../../src/probe/run-probe";
import { setFromTerraformOutputs } from "../../src/probe/terraform-outputs";
import { allowed, Decision, refusal } from "../../src/simulate/decision";
import { References } from "../../src/simulate/references";
import { simulateGate } from "../../src/simulate/simulate-gate";
import { CORP_CLIENT, CORP_CLIENT_EXPRESSION, CORP_JWKS_EXPRESSION, Keys, makeKeys, manifest, NIGHTLY_ID_EXPRESSION, NOW, probeToken, terraformOutputs } from "./fixtures";

let keys: Keys;
beforeAll(async () => {
  keys = await makeKeys();
});

const SET = { [CORP_CLIENT_EXPRESSION]: CORP_CLIENT, [NIGHTLY_ID_EXPRESSION]: "x", [CORP_JWKS_EXPRESSION]: "https://idp.corp.example/keys", webhook_secret: "test-secret" };

function context(): ProbeContext {
  let n = 0;
  const m = manifest();
  return {
    manifest: m,
    refs: new References(SET),
    now: NOW,
    keySets: keySetsFromJwks(m, keys.jwks, "jwks"),
    deployment: "orders-etl-nightly",
    randomId: () => `00000000-0000-4000-8000-${String(++n).padStart(12, "0")}`,
  };
}

describe("the built-in hostile set", () => {
  test("provokes every refusal a request without a valid token can reach; the others are listed with a reason", async () => {
    const ctx = context();
    const { requests, notes } = hostileRequests(ctx);
    expect(notes).toEqual([]);
    const codes = new Set<string>();
    for (const r of requests) {
      const d = await simulateGate(ctx.manifest, toGateRequest(r, NOW), { now: NOW, set: SET, jwks: keys.jwks });
      expect(d.allow).toBe(false);
      codes.add(d.code);
    }
    const excluded = Object.keys(NOT_PROVOKED_WITHOUT_TOKEN);
    for (const code of excluded) expect(Object.keys(REFUSALS)).toContain(code);
    expect([...codes].sort()).toEqual(Object.keys(REFUSALS).filter((c) => !excluded.includes(c)).sort());
    // Rate limits are never provoked: the probe does not flood a gate.
    for (const code of ["spike_arrest", "quota_exceeded", "upstream_rate_limited"]) expect(NOT_PROVOKED_WITHOUT_TOKEN[code as RefusalCode]).toMatch(/rate limit/);
    for (const reason of Object.values(NOT_PROVOKED_WITHOUT_TOKEN)) expect(reason.length).toBeGreaterThan(20);
  });

  test("needs no value it cannot have: without keys or apply-time values it still builds, and says what it left out", () => {
    const ctx = { ...context(), refs: new References({}), keySets: new Map() };
    const { requests, notes } = hostileRequests(ctx);
    expect(requests.map((r) => r.name)).toEqual(expect.arrayContaining(["no-authorization", "alg-none-okta", "event-stale"]));
    expect(requests.map((r) => r.name)).not.toContain("forged-signature-okta");
    expect(requests.map((r) => r.name)).not.toContain("event-wrong-secret");
    expect(notes).toEqual(["okta", "corp"].map((i) => `issuer ${i}: no key set (pass --jwks, or let the probe fetch it), so no unknown-key or forged-signature token`));
  });

  test("a host the manifest does not name is noted (Apigee routes by host)", async () => {
    const report = await runProbe({ manifest: manifest(), url: new URL("https://other.example"), now: NOW, sleep: async () => {}, send: async () => ({ status: 401, code: "token_missing", messageid: null }) });
    expect(report.notes).toContain("the gate serves api.acme.example, not other.example: Apigee routes by host, so the requests may not reach this gate");
  });

  test("the whole set, with a token and an allowed run, stays within the probe's bound", async () => {
    const sent: string[] = [];
    const report = await runProbe({
      manifest: manifest(), url: new URL("http://127.0.0.1:9"), now: NOW, set: SET, keySets: context().keySets, token: await probeToken(keys), allowRun: "orders-etl-nightly",
      sleep: async () => {}, send: async (_url, r) => (sent.push(r.name), { status: 400, code: "x", messageid: null }),
    });
    expect(sent.length).toBe(report.compared);
    expect(report.notes).toEqual([]);
    expect(sent.length).toBeLessThanOrEqual(MAX_REQUESTS);
    expect(sent.filter((n) => n.startsWith("allowed-run-"))).toEqual(["allowed-run-orders-etl-nightly"]);
  });

  test("withholds a request the simulator would allow, and decides the rest as the sequence actually sent", async () => {
    // This gate accepts the parameter the probe uses for "a parameter the deployment does not take".
    const m = manifest();
    const lenient = { ...m, deployments: m.deployments.map((d) => (d.name === "orders-etl-nightly" ? { ...d, allowedParameters: ["gated_pipeline_probe"] } : d)) };
    const sent: string[] = [];
    const report = await runProbe({
      manifest: lenient, url: new URL("http://127.0.0.1:9"), now: NOW, set: SET, keySets: context().keySets, token: await probeToken(keys),
      sleep: async () => {}, send: async (_url, r) => (sent.push(r.name), { status: 400, code: "x", messageid: null }),
    });
    expect(report.withheld.map((w) => w.name)).toEqual(["token-parameter-not-allowed"]);
    expect(report.notes).toEqual([]);
    expect(sent).not.toContain("token-parameter-not-allowed");
  });
});

describe("forgeries", () => {
  test("a tampered signature changes the signature's bytes and nothing else", async () => {
    const token = await probeToken(keys);
    const tampered = tamperedSignature(token);
    const [h, p, s] = token.split(".");
    const [h2, p2, s2] = tampered.split(".");
    expect([h2, p2]).toEqual([h, p]);
    expect(Buffer.from(s2, "base64url").equals(Buffer.from(s, "base64url"))).toBe(false);
  });

  test("HS256 keyed with the issuer's public key (PEM), over the token's own payload", async () => {
    const token = await probeToken(keys);
    const jwk = keys.jwks.okta.keys[0];
    const forged = hmacWithPublicKey(decodeToken(token)!.header, token.split(".")[1], jwk as never);
    const [h, p, s] = forged.split(".");
    expect(decodeToken(forged)!.header).toMatchObject({ alg: "HS256", kid: "okta-r1" });
    expect(p).toBe(token.split(".")[1]);
    const pem = createPublicKey({ key: jwk as never, format: "jwk" }).export({ type: "spki", format: "pem" }).toString();
    expect(s).toBe(createHmac("sha256", pem).update(`${h}.${p}`).digest("base64url"));
  });

  test("the query-string forgery is token-shaped, unsigned, and holds nothing of a caller", () => {
    const forgery = queryStringForgery();
    expect(JWS_LIKE.test(forgery)).toBe(true);
    expect(decodeToken(forgery)).toEqual({ header: { typ: "JWT", alg: "none" }, claims: { sub: "gated-pipeline-probe" } });
  });

  test("a token file's trailing newline is ignored (LF or CRLF)", async () => {
    const token = await probeToken(keys);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gp-token-"));
    try {
      for (const ending of ["", "\n", "\r\n"]) {
        const file = path.join(dir, `t${ending.length}`);
        fs.writeFileSync(file, `${token}${ending}`);
        expect(readTokenFile(file)).toBe(token);
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("what the probe reads and compares", () => {
  test("reads the code of every refusal body the proxy generator renders", () => {
    for (const code of Object.keys(REFUSALS) as RefusalCode[]) {
      const body = errorResponse(code, { spikeArrestSeconds: 1 }).payload.replace("{messageid}", "rrt-1");
      expect(readErrorBody(body)).toEqual({ code, messageid: "rrt-1" });
    }
    expect(readErrorBody('{"status":"accepted","messageid":"m"}')).toEqual({ code: null, messageid: "m" });
    expect(readErrorBody("<html>Not Found</html>")).toEqual({ code: null, messageid: null });
  });

  test.each<[string, Decision, Parameters<typeof compareAnswer>[1], string]>([
    ["an allowed decision matches any 2xx", allowed("ok", "d", null), { status: 201, code: null, messageid: null }, "match"],
    ["an accepted event matches 202", allowed("ok", null, null, "allowed", 202), { status: 202, code: null, messageid: null }, "match"],
    ["an allowed decision and a refusal", allowed("ok", "d", null), { status: 403, code: "client_not_authorized", messageid: null }, "mismatch"],
    ["the same status and code", refusal("token_missing", null), { status: 401, code: "token_missing", messageid: null }, "match"],
    ["the same status, another code", refusal("token_missing", null), { status: 401, code: "token_malformed", messageid: null }, "mismatch"],
    ["a status without the gate's error body", refusal("route_not_found", null), { status: 404, code: null, messageid: null }, "mismatch"],
    ["an unexpected 429 is rate limiting", refusal("token_missing", null), { status: 429, code: "spike_arrest", messageid: null }, "inconclusive"],
    ["a 429 where an allowed run was expected", allowed("ok", "d", null), { status: 429, code: "quota_exceeded", messageid: null }, "inconclusive"],
    ["an expected 429 matches", refusal("spike_arrest", null), { status: 429, code: "spike_arrest", messageid: null }, "match"],
    ["no answer", refusal("token_missing", null), { error: "ECONNRESET" }, "mismatch"],
  ])("%s", (_name, expected, got, outcome) => {
    expect(compareAnswer(expected, got)).toBe(outcome);
  });

  test("paces at most 5 requests a second and at half the gate's smallest spike-arrest rate", () => {
    const m = manifest();
    const pace = (spikeArrestRate: string, callerSpikeArrestRate?: string) => pacingIntervalMillis({ ...m, gate: { ...m.gate, spikeArrestRate, callerSpikeArrestRate } });
    expect(pace("20ps", "5ps")).toBe(400);
    expect(pace("100ps", "50ps")).toBe(200);
    expect(pace("100ps")).toBe(200);
    expect(pace("60pm", "600pm")).toBe(2000);
  });

  test("maps `terraform output -json` onto the manifest's tfRefs by the manifest's output names; sensitive outputs are not read", () => {
    const outputs = { ...terraformOutputs(), orders_jwks_uri_corp: { sensitive: true, type: "string", value: "https://x" } };
    expect(setFromTerraformOutputs(manifest(), outputs, "outputs.json")).toEqual({
      [CORP_CLIENT_EXPRESSION]: CORP_CLIENT,
      [NIGHTLY_ID_EXPRESSION]: "00000000-0000-4000-8000-00000000000a",
    });
    expect(() => setFromTerraformOutputs(manifest(), { orders_jwks_uri_corp: { value: 3 } }, "o.json")).toThrow('o.json: output "orders_jwks_uri_corp" is not a string');
  });
});
