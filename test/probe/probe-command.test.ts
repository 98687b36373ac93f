// `gated-pipeline probe` against gates on 127.0.0.1: one that decides as the simulator does (exit 0), and broken ones
// the probe must catch (exit 1). Every server is started and closed by its test; the probe's waits are skipped (the
// pace still spaces the simulated requests in time), and nothing is fetched from anywhere but 127.0.0.1.
import * as fs from "fs";
import type { JSONWebKeySet } from "jose";
import * as path from "path";
import { createProbeCommand } from "../../src/cli/probe-command";
import { simulateGate } from "../../src/simulate/simulate-gate";
import { runCli, runCliCommand, TempFiles } from "../support/cli";
import { CORP_CLIENT, CORP_CLIENT_EXPRESSION, CORP_JWKS_EXPRESSION, Keys, makeKeys, manifest, NIGHTLY_ID_EXPRESSION, NOW, probeToken, terraformOutputs } from "./fixtures";
import { answers200, forwardsJobVariables, ignoresSignatures, LoopbackGate, rateLimitedEveryThird, simulatedGate, startDocuments, startGate } from "./loopback-gate";

const waits: number[] = [];
/** Fetching a key set from anywhere but 127.0.0.1 fails the test. */
const loopbackOnlyFetch = async (uri: string) => {
  if (!uri.startsWith("http://127.0.0.1:")) throw new Error(`the test fetched ${uri}`);
  const res = await fetch(uri);
  return (await res.json()) as JSONWebKeySet;
};
const command = createProbeCommand({ sleep: async (ms) => void waits.push(ms), fetchKeySet: loopbackOnlyFetch });

const probe = (...argv: string[]) => runCliCommand(command, argv);

let keys: Keys;
let files: TempFiles;
let manifestFile: string;
let jwksFile: string;
let tokenFile: string;
let outputsFile: string;
const write = (name: string, content: unknown) => files.write(name, content);
/** What the simulator needs of the apply-time values (the test gate knows them as the deployed one does). */
const SET = { [CORP_CLIENT_EXPRESSION]: CORP_CLIENT, [NIGHTLY_ID_EXPRESSION]: "00000000-0000-4000-8000-00000000000a", [CORP_JWKS_EXPRESSION]: "https://idp.corp.example/keys" };

beforeAll(async () => {
  keys = await makeKeys();
  files = new TempFiles("gp-probe-");
  manifestFile = write("orders.json", manifest());
  jwksFile = write("jwks.json", keys.jwks);
  tokenFile = write("token", `${await probeToken(keys)}\n`);
  outputsFile = write("outputs.json", terraformOutputs());
});
afterAll(() => files.remove());

/** Runs `body` with a gate on 127.0.0.1 and always closes it. */
async function withGate<T>(behaviour: Parameters<typeof startGate>[0], body: (gate: LoopbackGate) => Promise<T>): Promise<T> {
  const gate = await startGate(behaviour);
  try {
    return await body(gate);
  } finally {
    await gate.close();
  }
}

const goodGate = () => simulatedGate(manifest(), { now: NOW, jwks: keys.jwks, set: SET });
const base = () => ["--manifest", manifestFile, "--jwks", jwksFile, "--outputs", outputsFile, "--now", String(NOW)];

describe("gated-pipeline probe against a gate that decides as the simulator does", () => {
  test("without a token: every answer matches, exit 0, and a readable table", async () => {
    await withGate(goodGate(), async (gate) => {
      const res = await probe(...base(), "--url", gate.url);
      expect(res.stderr).toBe("");
      expect(res.code).toBe(0);
      expect(res.stdout).toMatch(/^Probe of http:\/\/127\.0\.0\.1:\d+\/orders \(gate orders\): \d+ request\(s\) compared with the simulator, 400 ms apart\n/);
      expect(res.stdout).toMatch(/^RESULT +EXPECTED +GOT +REQUEST$/m);
      expect(res.stdout).toMatch(/^match +401 token_missing +401 token_missing +no-authorization: POST \/orders\/deployments\/orders-etl-nightly\/runs$/m);
      expect(res.stdout).toMatch(/\d+ compared: \d+ match, 0 mismatch\(es\), 0 inconclusive \(rate limited\); 0 withheld, 0 skipped\.\n$/);
      expect(gate.received.length).toBeGreaterThan(20);
      // Paced: one wait between two requests, at the pace (5ps per caller → 400 ms).
      expect(waits.slice(-(gate.received.length - 1))).toEqual(Array(gate.received.length - 1).fill(400));
    });
  });

  test("with a token (--json): the derived requests match too; nothing the simulator allows is sent; the token stays in Authorization", async () => {
    const token = fs.readFileSync(tokenFile, "utf8").trim();
    await withGate(goodGate(), async (gate) => {
      const res = await probe(...base(), "--url", gate.url, "--token", tokenFile, "--json");
      expect(res.code).toBe(0);
      const report = JSON.parse(res.stdout);
      expect(Object.keys(report).slice(0, 3)).toEqual(["compared", "mismatches", "results"]);
      expect(report.mismatches).toEqual([]);
      expect(report.compared).toBe(gate.received.length);
      const codes = new Set(report.results.map((r: { expected: { code: string } }) => r.expected.code));
      for (const code of ["signature_invalid", "forbidden_field", "parameter_hydration", "idempotency_key_missing", "client_not_authorized", "deployment_not_found", "method_not_allowed", "route_not_found"]) {
        expect(codes).toContain(code);
      }
      // The simulator allows none of what was sent.
      for (const { request } of gate.received) {
        const d = await simulateGate(manifest(), request, { now: NOW + 60, jwks: keys.jwks, set: SET });
        expect(d.allow).toBe(false);
      }
      // The real token travels only in Authorization, never in a path or a body, and is never printed.
      for (const { request } of gate.received) {
        expect(request.path).not.toContain(token);
        expect(String(request.body ?? "")).not.toContain(token);
      }
      expect(res.stdout).not.toContain(token.split(".")[2]);
    });
  });

  test("--allow-runs sends exactly one allowed run, with a fresh Idempotency-Key each time", async () => {
    const keysSent: string[] = [];
    for (let i = 0; i < 2; i++) {
      await withGate(goodGate(), async (gate) => {
        const res = await probe(...base(), "--url", gate.url, "--token", tokenFile, "--allow-runs", "orders-etl-nightly", "--json");
        expect(res.code).toBe(0);
        const allowed = [];
        for (const { request } of gate.received) if ((await simulateGate(manifest(), request, { now: NOW, jwks: keys.jwks, set: SET })).allow) allowed.push(request);
        expect(allowed).toHaveLength(1);
        expect(allowed[0].path).toBe("/orders/deployments/orders-etl-nightly/runs");
        keysSent.push(String((allowed[0].headers as Record<string, string[]>)["idempotency-key"][0]));
        const run = JSON.parse(res.stdout).results.find((r: { expected: { allow: boolean } }) => r.expected.allow);
        expect(run).toMatchObject({ request: { name: "allowed-run-orders-etl-nightly" }, got: { status: 201 }, outcome: "match" });
      });
    }
    expect(keysSent[0]).not.toBe(keysSent[1]);
  });

  test("sends repeated headers as separate lines", async () => {
    await withGate(goodGate(), async (gate) => {
      await probe(...base(), "--url", gate.url);
      const twice = gate.received.find((r) => Array.isArray(r.request.headers?.authorization) && (r.request.headers!.authorization as string[]).length === 2);
      expect(twice?.rawHeaders.filter((h) => h.toLowerCase() === "authorization")).toHaveLength(2);
    });
  });

  test("a 429 the simulator did not expect is inconclusive (rate limited), not a mismatch", async () => {
    await withGate(rateLimitedEveryThird(goodGate()), async (gate) => {
      const res = await probe(...base(), "--url", gate.url, "--json");
      expect(res.code).toBe(0);
      const report = JSON.parse(res.stdout);
      expect(report.inconclusive).toBe(Math.floor(gate.received.length / 3));
      expect(report.mismatches).toEqual([]);
      const table = await probe(...base(), "--url", gate.url);
      expect(table.stdout).toMatch(/^inconclusive +401 token_missing +429 spike_arrest \(rate limited\) +/m);
    });
  });

  test("without --jwks, fetches each issuer's key set from its JWKS URI (the manifest's, or the one --outputs names)", async () => {
    const jwks = await startDocuments({ "/okta/keys": keys.jwks.okta, "/corp/keys": keys.jwks.corp });
    try {
      const m = write("orders-local-jwks.json", manifest({ oktaJwksUri: `${jwks.url}/okta/keys` }));
      const outputs = write("outputs-local-jwks.json", terraformOutputs(`${jwks.url}/corp/keys`));
      await withGate(simulatedGate(manifest(), { now: NOW, jwks: keys.jwks, set: SET }), async (gate) => {
        const res = await probe("--manifest", m, "--outputs", outputs, "--now", String(NOW), "--url", gate.url, "--token", tokenFile, "--json");
        expect(res.code).toBe(0);
        const names = JSON.parse(res.stdout).results.map((r: { request: { name: string } }) => r.request.name);
        expect(names).toEqual(expect.arrayContaining(["forged-signature-okta", "forged-signature-corp", "unknown-key-id-corp", "token-hs256-public-key"]));
      });
      expect(jwks.received.map((r) => r.request.path).sort()).toEqual(["/corp/keys", "/okta/keys"]);
    } finally {
      await jwks.close();
    }
  });

  test("--set-file webhook_secret decides forged events against the real secret (trailing newline ignored); --set warns", async () => {
    const secretFile = write("webhook-secret", "s3cr3t-for-tests\n");
    const gateSet = { ...SET, webhook_secret: "s3cr3t-for-tests" };
    await withGate(simulatedGate(manifest(), { now: NOW, jwks: keys.jwks, set: gateSet }), async (gate) => {
      const res = await probe(...base(), "--url", gate.url, "--set-file", `webhook_secret=${secretFile}`, "--json");
      expect(res).toMatchObject({ code: 0, stderr: "" });
      const wrong = JSON.parse(res.stdout).results.find((r: { request: { name: string } }) => r.request.name === "event-wrong-secret");
      expect(wrong).toMatchObject({ expected: { status: 403, code: "webhook_unauthorized" }, outcome: "match" });
      expect(res.stdout).not.toContain("s3cr3t-for-tests");
      const onCommandLine = await probe(...base(), "--url", gate.url, "--set", "webhook_secret=s3cr3t-for-tests", "--json");
      expect(onCommandLine.code).toBe(0);
      expect(onCommandLine.stderr).toBe(
        "gated-pipeline probe: warning: --set webhook_secret=... puts a secret on the command line (other processes and shell history see it); prefer --set-file webhook_secret=<path>\n",
      );
    });
  });
});

describe("gated-pipeline probe catches broken gates (exit 1, each mismatch listed)", () => {
  test("a gate that ignores signatures", async () => {
    await withGate(ignoresSignatures(keys, goodGate()), async (gate) => {
      const res = await probe(...base(), "--url", gate.url, "--token", tokenFile, "--json");
      expect(res.code).toBe(1);
      const names = JSON.parse(res.stdout).mismatches.map((r: { request: { name: string } }) => r.request.name);
      expect(names).toEqual(expect.arrayContaining(["forged-signature-okta", "token-tampered-signature"]));
    });
  });

  test("a gate that forwards job_variables", async () => {
    await withGate(forwardsJobVariables(goodGate()), async (gate) => {
      const res = await probe(...base(), "--url", gate.url, "--token", tokenFile);
      expect(res.code).toBe(1);
      expect(res.stdout).toMatch(/^MISMATCH +400 forbidden_field +201 \(no gate error body\) +token-forbidden-field: POST \/orders\/deployments\/orders-etl-nightly\/runs$/m);
      expect(res.stdout).toContain("Mismatches (the live gate did not answer as the simulator decided):\n- token-forbidden-field: POST /orders/deployments/orders-etl-nightly/runs: job_variables in the body");
      expect(res.stdout).toMatch(/1 mismatch\(es\)/);
    });
  });

  test("a gate that answers 200 to anything", async () => {
    await withGate(answers200, async (gate) => {
      const res = await probe(...base(), "--url", gate.url, "--json");
      expect(res.code).toBe(1);
      const report = JSON.parse(res.stdout);
      expect(report.mismatches).toHaveLength(report.compared);
      expect(report.mismatches[0]).toMatchObject({ got: { status: 200, code: null }, outcome: "mismatch" });
    });
  });

  test("a gate that does not answer: listed as mismatches, and the probe stops after three in a row", async () => {
    const gate = await startGate(answers200);
    const url = gate.url;
    await gate.close();
    const res = await probe(...base(), "--url", url, "--json");
    expect(res.code).toBe(1);
    const report = JSON.parse(res.stdout);
    expect(report.compared).toBe(3);
    expect(report.mismatches[0].got).toEqual({ error: "ECONNREFUSED" });
    expect(report.notes.join("\n")).toMatch(/did not answer 3 requests in a row; the probe stopped/);
  });
});

describe("gated-pipeline probe: usage", () => {
  test("is listed by gated-pipeline --help, and probe --help prints its usage", async () => {
    const help = await runCli(["--help"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^ {2}probe +hold a deployed gate to the simulator's decisions/m);
    const res = await probe("--help");
    expect(res.code).toBe(0);
    expect(res.stdout).toMatch(/^usage: gated-pipeline probe --manifest <file> --url <https:\/\/gate-host>/);
  });

  test.each([
    [[], "--manifest <file> is required"],
    [["--manifest", "m.json"], "--url <https://gate-host> is required"],
    [["--manifest", "m.json", "--url", "http://api.acme.example"], '--url "http://api.acme.example": http:// is only allowed for loopback hosts (127.0.0.1, ::1, localhost); use https://'],
    [["--manifest", "m.json", "--url", "ftp://127.0.0.1"], '--url "ftp://127.0.0.1": only https:// (or http:// to a loopback host) is allowed'],
    [["--manifest", "m.json", "--url", "https://api.acme.example/orders"], '--url "https://api.acme.example/orders": give the gate host only (scheme://host[:port]); the paths come from the manifest'],
    [["--manifest", "m.json", "--url", "api.acme.example"], '--url "api.acme.example" is not a URL (e.g. https://api.acme.example)'],
    [["--manifest", "m.json", "--url", "https://a.example", "--allow-runs", "orders-etl-nightly"], "--allow-runs needs --token (the run is started as that caller)"],
    [["--manifest", "m.json", "--url", "https://a.example", "--set-file", "novalue"], '--set-file "novalue" is not <name>=<value>'],
    [["--manifest", "m.json", "--url", "https://a.example", "--now", "soon"], '--now "soon" is not unix seconds'],
    [["--manifest", "m.json", "--url", "https://a.example", "--rate", "9"], 'unknown option "--rate"'],
  ])("exit 2 for bad usage: %j", async (args, message) => {
    const res = await probe(...args);
    expect(res.code).toBe(2);
    expect(res.stdout).toBe("");
    expect(res.stderr.split("\n")[0]).toBe(`gated-pipeline probe: ${message}`);
  });

  test("exit 2 for names and deployments the manifest does not have", async () => {
    const unknownSet = await probe("--manifest", manifestFile, "--url", "https://a.example", "--set", "deployment_id:nope=x");
    expect(unknownSet.code).toBe(2);
    expect(unknownSet.stderr).toMatch(/^gated-pipeline probe: --set "deployment_id:nope": no such value in .*orders\.json \(known: account_id, /);
    const run = await probe("--manifest", manifestFile, "--url", "https://a.example", "--token", tokenFile, "--allow-runs", "nope");
    expect(run.stderr.split("\n")[0]).toMatch(/^gated-pipeline probe: --allow-runs "nope" is not a deployment of .*orders\.json \(orders-etl-nightly, orders-etl-backfill\)$/);
  });

  test("exit 2 for unreadable or malformed input, naming the file", async () => {
    const missing = path.join(files.dir, "missing");
    const cases: Array<[string[], RegExp]> = [
      [["--token", missing], /^cannot read the token file ".*missing": ENOENT$/],
      [["--token", write("not-a-token", "hello\n")], /^the token file ".*not-a-token" does not hold a compact JWS \(header\.payload\.signature\)$/],
      [["--outputs", write("outputs-array.json", [])], /^.*outputs-array\.json: not the JSON of `terraform output -json` \(an object of outputs\)$/],
      [["--outputs", write("outputs-bad.json", { orders_jwks_uri_corp: "x" })], /^.*outputs-bad\.json: output "orders_jwks_uri_corp" has no "value"/],
      [["--jwks", write("private.json", { keys: [{ kty: "RSA", kid: "k", n: "x", e: "AQAB", d: "secret" }] })], /^.*private\.json: key "k" holds private member "d"; give public keys only$/],
      [["--jwks", write("jwks-unknown.json", { nope: { keys: [] } })], /^.*jwks-unknown\.json: "nope" is not an issuer of the manifest \(okta, corp\)$/],
      [["--set-file", `deployment_id:orders-etl-nightly=${missing}`], /^cannot read the --set-file deployment_id:orders-etl-nightly file ".*missing": ENOENT$/],
    ];
    for (const [args, message] of cases) {
      const res = await probe("--manifest", manifestFile, "--url", "https://api.acme.example", ...args);
      expect(res.code).toBe(2);
      expect(res.stderr.replace(/^gated-pipeline probe: /, "").trimEnd()).toMatch(message);
    }
    const badManifest = await probe("--manifest", write("bad.json", { version: 2 }), "--url", "https://api.acme.example");
    expect(badManifest.stderr).toMatch(/^gated-pipeline probe: .*bad\.json: version 2 is not allowed/);
  });
});
