// The main job: `npm run synth` (compiled JS) and `npx cdktf synth` give the same cdk.tf.json, byte for byte.
import { execFileSync, spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

const ROOT = path.join(__dirname, "..", "..");
const STACK_FILE = path.join("stacks", "orders-gate-prod", "cdk.tf.json");

function synthInto(outdir: string, viaCli: boolean): { bytes: Buffer; stdout: string; stderr: string } {
  const env = { ...process.env, CHECKPOINT_DISABLE: "1", CDKTF_OUTDIR: outdir };
  const args = viaCli ? [path.join(path.dirname(require.resolve("cdktf-cli/package.json")), "bundle", "bin", "cdktf"), "synth", "--output", outdir] : ["scripts/synth.js"];
  const run = spawnSync(process.execPath, args, { cwd: ROOT, env, encoding: "utf8" });
  expect(run.status).toBe(0);
  return { bytes: fs.readFileSync(path.join(outdir, STACK_FILE)), stdout: run.stdout, stderr: run.stderr };
}

test("the compiled main job and the cdktf CLI synthesize the same bytes", () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "main-job-"));
  try {
    const direct = synthInto(path.join(tmp, "direct"), false);
    const again = synthInto(path.join(tmp, "again"), false);
    const cdktfJson = fs.readFileSync(path.join(ROOT, "cdktf.json"), "utf8");
    const cli = synthInto(path.join(tmp, "cli"), true);
    // The CLI writes a projectId into cdktf.json when there is none: the committed one keeps a checkout clean.
    expect(fs.readFileSync(path.join(ROOT, "cdktf.json"), "utf8")).toBe(cdktfJson);
    expect(direct.bytes.equals(again.bytes)).toBe(true);
    expect(cli.bytes.equals(direct.bytes)).toBe(true);
    // The summary: stderr when run directly (stdout stays free); stdout under the cdktf CLI, which labels stderr [ERROR].
    expect(direct.stderr).toMatch(/^synthesized .*orders-gate-prod: \d+ resources; gated-pipeline\/: /m);
    expect(direct.stdout).toBe("");
    expect(cli.stdout).toMatch(/synthesized .*orders-gate-prod: \d+ resources; gated-pipeline\//);
    expect(cli.stderr).not.toMatch(/synthesized/);
    const json = JSON.parse(direct.bytes.toString("utf8"));
    expect(json.terraform.backend.local.path).toBe("../../../terraform.orders-gate-prod.tfstate");
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}, 120_000);

test("npm run synth:hcl writes valid-looking HCL, with the terraform attribute cdktf 0.21 mis-renders repaired", () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "synth-hcl-"));
  try {
    execFileSync(process.execPath, ["scripts/synth-hcl.js"], { cwd: ROOT, env: { ...process.env, CDKTF_OUTDIR: tmp }, stdio: "pipe" });
    const hcl = fs.readFileSync(path.join(tmp, "stacks", "orders-gate-prod", "cdk.tf"), "utf8");
    expect(hcl).toMatch(/^ {2}required_version = ">= 1\.11"$/m);
    expect(hcl).not.toMatch(/^\s*\d+ = "/m);
    expect(hcl).toMatch(/^resource "google_apigee_environment_api_revision_deployment" /m);
    expect(fs.existsSync(path.join(tmp, "stacks", "orders-gate-prod", "cdk.tf.json"))).toBe(false);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}, 120_000);
