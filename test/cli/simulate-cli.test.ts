// `gated-pipeline simulate` (DESIGN §4): JSON on stdout and exit 0 whenever it could evaluate, a message on stderr and
// exit 2 for bad usage or unreadable input; and the CLI never loads cdktf or constructs.
import * as fs from "fs";
import * as path from "path";
import { runCli, TempFiles } from "../support/cli";
import { AGENT_SET, entraToken, Keys, makeKeys, MANIFEST_FILE, NOW, oktaToken, runRequest } from "../simulate/tokens";

const run = (...argv: string[]) => runCli(argv);

let keys: Keys;
let files: TempFiles;
let jwksFile: string;
const file = (name: string, content: unknown) => files.write(name, content);

beforeAll(async () => {
  keys = await makeKeys();
  files = new TempFiles("gp-simulate-");
  jwksFile = file("jwks.json", keys.jwks);
});
afterAll(() => files.remove());

describe("gated-pipeline simulate", () => {
  test("prints one decision for one request and exits 0", async () => {
    const request = file("one.json", runRequest(await oktaToken(keys)));
    const res = await run("simulate", "--manifest", MANIFEST_FILE, "--request", request, "--jwks", jwksFile, "--now", String(NOW));
    expect(res).toMatchObject({ code: 0, stderr: "" });
    const decision = JSON.parse(res.stdout);
    expect(Object.keys(decision)).toEqual(["allow", "status", "code", "reason", "deployment", "upstream"]);
    expect(decision).toMatchObject({ allow: true, status: 200, code: "allowed", deployment: "orders-etl-nightly" });
    expect(decision.upstream.path).toContain("/deployments/{deployment_id:orders-etl-nightly}/create_flow_run");
  });

  test("prints a list of decisions for a list of requests, a refusal still exits 0", async () => {
    const req = runRequest(await oktaToken(keys));
    const request = file("seq.json", [req, req, req, req]);
    const res = await run("simulate", "--manifest", MANIFEST_FILE, "--request", request, "--jwks", jwksFile, "--now", String(NOW));
    expect(res.code).toBe(0);
    expect(JSON.parse(res.stdout).map((d: { status: number }) => d.status)).toEqual([200, 200, 200, 429]);
  });

  test("--set supplies apply-time values by expression and by name (also as --set=...)", async () => {
    const request = file("agent.json", runRequest(await entraToken(keys), "orders-backfill"));
    const [[expr, value]] = Object.entries(AGENT_SET);
    const res = await run("simulate", "--manifest", MANIFEST_FILE, "--request", request, "--jwks", jwksFile, "--now", String(NOW),
      "--set", `${expr}=${value}`, "--set=deployment_id:orders-backfill=dep-uuid");
    expect(res.code).toBe(0);
    expect(JSON.parse(res.stdout).upstream.path).toBe("/api/accounts/6f1c2a3b-0000-4000-8000-000000000001/workspaces/{workspace_id}/deployments/dep-uuid/create_flow_run");
  });

  test("simulate --help prints its usage", async () => {
    const res = await run("simulate", "--help");
    expect(res.code).toBe(0);
    expect(res.stdout).toContain("usage: gated-pipeline simulate --manifest <file> --request <file> [--jwks <file>] [--now <unix s>] [--set <name>=<value> ...]");
  });

  test.each([
    [["--request", "r.json"], "--manifest <file> is required"],
    [["--manifest", "m.json"], "--request <file> is required"],
    [["--manifest", "m.json", "--request", "r.json", "--now", "yesterday"], '--now "yesterday" is not unix seconds'],
    [["--manifest", "m.json", "--request", "r.json", "--set", "novalue"], '--set "novalue" is not <name>=<value>'],
    [["--manifest", "m.json", "--request", "r.json", "--verbose"], 'unknown option "--verbose"'],
    [["--manifest"], "--manifest needs a value"],
    [["--manifest", "--request", "r.json"], "--manifest needs a value"],
    [["--manifest", "m.json", "--manifest=n.json", "--request", "r.json"], "--manifest is given twice"],
    [["--manifest=m.json", "--request=r.json", "extra"], 'unexpected argument "extra"'],
    [[], "--manifest <file> is required"],
  ])("fails with exit 2 for bad usage: %j", async (args, message) => {
    const res = await run("simulate", ...args);
    expect(res.code).toBe(2);
    expect(res.stdout).toBe("");
    expect(res.stderr.split("\n")[0]).toBe(`gated-pipeline simulate: ${message}`);
  });

  test("refuses a --set name the manifest does not know, listing the known ones", async () => {
    const request = file("typo.json", runRequest(await oktaToken(keys)));
    const res = await run("simulate", "--manifest", MANIFEST_FILE, "--request", request, "--jwks", jwksFile, "--now", String(NOW), "--set", "deployment-id:orders-etl-nightly=x");
    expect(res.code).toBe(2);
    const first = res.stderr.split("\n")[0];
    expect(first).toMatch(/^gated-pipeline simulate: --set "deployment-id:orders-etl-nightly": no such value in .*orders-gate\.json \(known: account_id, workspace_id, deployment_id:orders-etl-nightly, /);
    expect(first).toContain("webhook_secret");
    for (const expression of Object.keys(AGENT_SET)) expect(first).toContain(expression);
  });

  test("fails with exit 2 for an unreadable or non-JSON file", async () => {
    const missing = path.join(files.dir, "missing.json");
    const res = await run("simulate", "--manifest", MANIFEST_FILE, "--request", missing);
    expect(res.code).toBe(2);
    expect(res.stderr.split("\n")[0]).toBe(`gated-pipeline simulate: cannot read the request file ${JSON.stringify(missing)}: ENOENT`);
    const broken = file("broken.json", "{");
    const res2 = await run("simulate", "--manifest", broken, "--request", broken);
    expect(res2.code).toBe(2);
    expect(res2.stderr.split("\n")[0]).toMatch(/^gated-pipeline simulate: the manifest file ".*broken\.json" is not JSON: /);
  });

  test("fails with exit 2 for an invalid manifest, naming the file and the field", async () => {
    const manifest = JSON.parse(fs.readFileSync(MANIFEST_FILE, "utf8"));
    manifest.issuers[0].algorithms = ["none"];
    const bad = file("bad-manifest.json", manifest);
    const res = await run("simulate", "--manifest", bad, "--request", file("r.json", runRequest(undefined)), "--now", String(NOW));
    expect(res.code).toBe(2);
    expect(res.stderr).toBe(`gated-pipeline simulate: ${bad}: issuers[0].algorithms "none" is not allowed (asymmetric only: RS256, RS384, RS512, PS256, PS384, PS512, ES256, ES384, ES512)\n`);
  });

  test("fails with exit 2 when a token needs keys and --jwks is missing", async () => {
    const request = file("nokeys.json", runRequest(await oktaToken(keys)));
    const res = await run("simulate", "--manifest", MANIFEST_FILE, "--request", request, "--now", String(NOW));
    expect(res.code).toBe(2);
    expect(res.stderr).toBe(
      'gated-pipeline simulate: issuer okta: no key set offline (its JWKS is https://acme.okta.com/oauth2/aus1abc/v1/keys); pass --jwks <file> with {"keys": [...]} or {"okta": {"keys": [...]}}\n',
    );
  });
});
