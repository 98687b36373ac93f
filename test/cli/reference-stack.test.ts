// The README's example, run for real: the main job (`npm run synth`, compiled JS) synthesizes the reference stack, then
// `gated-pipeline check`, `report` and `simulate` run over its output. Keys are generated here; none is committed.
// (`npx cdktf synth` and `npm run synth:hcl` on the same app: test/integration/cdktf-cli.test.ts.)
import { execFileSync, spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { exportJWK, generateKeyPair, SignJWT } from "jose";

const ROOT = path.join(__dirname, "..", "..");
const BIN = path.join(ROOT, "bin", "gated-pipeline.js");
const NOW = 1_767_225_600; // 2026-01-01T00:00:00Z
const DEPLOYMENT_ID = "00000000-0000-4000-8000-00000000000a";

let tmp: string;
let manifest: string;
/** What the main job printed. */
let synth: { stdout: string; stderr: string };

beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "reference-stack-"));
  const run = spawnSync(process.execPath, ["scripts/synth.js"], { cwd: ROOT, env: { ...process.env, CHECKPOINT_DISABLE: "1", CDKTF_OUTDIR: path.join(tmp, "out") }, encoding: "utf8" });
  expect(run.status).toBe(0);
  synth = { stdout: run.stdout, stderr: run.stderr };
  manifest = path.join(tmp, "out", "stacks", "orders-gate-prod", "gated-pipeline", "orders.json");
}, 120_000);

afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

test("the main job prints its summary on stderr (stdout stays free for tools) and keeps state outside cdktf.out", () => {
  expect(synth.stderr).toMatch(/^synthesized .*orders-gate-prod: \d+ resources; gated-pipeline\/: /m);
  expect(synth.stdout).toBe("");
  const json = JSON.parse(fs.readFileSync(path.join(tmp, "out", "stacks", "orders-gate-prod", "cdk.tf.json"), "utf8"));
  expect(json.terraform.backend.local.path).toBe("../../../terraform.orders-gate-prod.tfstate");
});

test("the output names no path of the machine that synthesized it (no stack traces in manifest.json), so it is the same on every checkout", () => {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else files.push(p);
    }
  };
  walk(path.join(tmp, "out"));
  expect(files.length).toBeGreaterThan(5);
  for (const file of files) {
    const text = fs.readFileSync(file).toString("latin1");
    expect([file, text.includes(ROOT), text.includes(tmp)]).toEqual([file, false, false]);
  }
  // The warnings are there, without a trace.
  const annotations = Object.values(JSON.parse(fs.readFileSync(path.join(tmp, "out", "manifest.json"), "utf8")).stacks as Record<string, { annotations?: object[] }>).flatMap((s) => s.annotations ?? []);
  expect(annotations.length).toBeGreaterThan(0);
  for (const a of annotations) expect(a).not.toHaveProperty("stacktrace");
});

test("gated-pipeline check passes the synthesized reference stack", () => {
  const res = spawnSync(process.execPath, [BIN, "check", "--synth-dir", path.join(tmp, "out")], { encoding: "utf8" });
  expect(res.stderr).toBe("");
  expect(res.status).toBe(0);
  expect(res.stdout).toMatch(/^stack orders-gate-prod: 0 error\(s\), 0 warning\(s\), 0 suppressed, \d+ passed$/m);
});

test("gated-pipeline simulate answers for the reference gate: granted, then not granted", async () => {
  const { privateKey, publicKey } = await generateKeyPair("RS256");
  fs.writeFileSync(path.join(tmp, "jwks.json"), JSON.stringify({ keys: [{ ...(await exportJWK(publicKey)), kid: "k1", alg: "RS256", use: "sig" }] }));
  const token = await new SignJWT({ cid: "0oa1cideployer" })
    .setProtectedHeader({ alg: "RS256", kid: "k1" })
    .setIssuer("https://acme.okta.com/oauth2/aus1abcdefgh")
    .setAudience("api://orders-gate")
    .setSubject("0oa1cideployer")
    .setIssuedAt(NOW - 60)
    .setExpirationTime(NOW + 600)
    .sign(privateKey);
  const request = (deployment: string) => ({
    method: "POST",
    path: `/orders/deployments/${deployment}/runs`,
    headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json", "Idempotency-Key": "nightly-2026-01-01" },
    body: { parameters: { full_refresh: true } },
  });
  fs.writeFileSync(path.join(tmp, "requests.json"), JSON.stringify([request("orders-etl-nightly"), request("orders-etl-backfill")]));
  const out = execFileSync(
    process.execPath,
    [BIN, "simulate", "--manifest", manifest, "--request", path.join(tmp, "requests.json"), "--jwks", path.join(tmp, "jwks.json"),
      "--now", String(NOW), "--set", `deployment_id:orders-etl-nightly=${DEPLOYMENT_ID}`],
    { encoding: "utf8" },
  );
  const [granted, refused] = JSON.parse(out);
  expect(granted).toMatchObject({ allow: true, status: 200, code: "allowed", deployment: "orders-etl-nightly" });
  expect(granted.upstream.path).toBe(
    `/api/accounts/6f1c2a3b-0000-4000-8000-000000000001/workspaces/{workspace_id}/deployments/${DEPLOYMENT_ID}/create_flow_run`,
  );
  expect(granted.upstream.headers.authorization).toBe("Bearer <redacted>");
  expect(refused).toMatchObject({ allow: false, status: 403, code: "client_not_authorized", upstream: null });
}, 30_000);

/**
 * Runs the gated-pipeline command as the bin does, and exits 9 instead of its own status if it loaded cdktf,
 * constructs or a prebuilt provider: the commands that read synthesized output must not.
 */
function runWithoutCdktf(...args: string[]) {
  const hook = `process.argv.splice(1, 0, ${JSON.stringify(BIN)}); require(${JSON.stringify(BIN)}); process.on("exit", () => { if (Object.keys(require.cache).some((k) => /node_modules\\/(cdktf|constructs|@cdktf)\\//.test(k))) process.exitCode = 9; })`;
  return spawnSync(process.execPath, ["-e", hook, ...args], { encoding: "utf8" });
}

test("gated-pipeline report prints the stack's access matrix, the same as synthesis wrote, loading no cdktf", () => {
  const dir = path.join(tmp, "out", "stacks", "orders-gate-prod", "gated-pipeline");
  const md = runWithoutCdktf("report", "--synth-dir", path.join(tmp, "out"));
  expect(md.status).toBe(0);
  expect(md.stdout).toBe(fs.readFileSync(path.join(dir, "access-matrix.md"), "utf8"));
  const json = spawnSync(process.execPath, [BIN, "report", "--synth-dir", path.join(tmp, "out"), "--json"], { encoding: "utf8" });
  expect(JSON.parse(json.stdout)).toEqual([JSON.parse(fs.readFileSync(path.join(dir, "access-matrix.json"), "utf8"))]);
});

test("gated-pipeline report --evidence describes the reference gate and its administrator-applied trail, loading no cdktf", () => {
  const res = runWithoutCdktf("report", "--evidence", "--synth-dir", path.join(tmp, "out"));
  expect(res.stderr).toBe("");
  expect(res.status).toBe(0);
  expect(res.stdout).toMatch(/^## Stack gate-admin-prod\n\nApplied by: an administrator/m);
  expect(res.stdout).toContain("- Routed by the sink `gate-audit` to the bucket `projects/acme-data-prod/locations/europe-west1/buckets/gate-audit`");
  expect(res.stdout).toContain("- The trail is defined in stack `gate-admin-prod`, which an administrator applies.");
  // The CI deployer's role (derived from the permission table) reads the sink and changes no logging configuration:
  // the reference output grants no identity the power to divert the audit trail.
  expect(res.stdout).toContain("  - In this synthesized output, no stack grants them.");
});

test("gated-pipeline report fails clearly without a synthesized output", () => {
  const res = spawnSync(process.execPath, [BIN, "report", "--synth-dir", path.join(tmp, "nowhere")], { encoding: "utf8" });
  expect(res.status).toBe(2);
  expect(res.stderr).toBe(`gated-pipeline report: cannot read ${path.join(tmp, "nowhere", "manifest.json")} (ENOENT); run npm run synth first or pass --synth-dir\n`);
  const unknown = spawnSync(process.execPath, [BIN, "report", "--synth-dir", path.join(tmp, "out"), "--stack", "orders-gate-dev"], { encoding: "utf8" });
  expect(unknown.status).toBe(2);
  expect(unknown.stderr).toBe(`gated-pipeline report: no stack "orders-gate-dev" in ${path.join(tmp, "out", "manifest.json")} (stacks: gate-admin-prod, orders-gate-prod)\n`);
});
