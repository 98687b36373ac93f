// The main job under the cdktf CLI, as README and users run it: `npx cdktf synth` gives the bytes `npm run synth` gives
// (two processes, one output), leaves cdktf.json as committed, and prints the summary where the CLI shows it;
// `npm run synth:hcl` writes HCL Terraform accepts.
import { execFileSync, spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

const ROOT = path.join(__dirname, "..", "..");
const STACK_FILE = path.join("stacks", "orders-gate-prod", "cdk.tf.json");

let tmp: string;
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "cdktf-cli-"));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** Runs the compiled main job, or the cdktf CLI on this project's cdktf.json (whose app is the main job), into `outdir`. */
function synthInto(outdir: string, viaCli: boolean): { bytes: Buffer; stdout: string; stderr: string } {
  const env = { ...process.env, CHECKPOINT_DISABLE: "1", CDKTF_OUTDIR: outdir };
  const args = viaCli ? [path.join(path.dirname(require.resolve("cdktf-cli/package.json")), "bundle", "bin", "cdktf"), "synth", "--output", outdir] : ["scripts/synth.js"];
  const run = spawnSync(process.execPath, args, { cwd: ROOT, env, encoding: "utf8" });
  expect(run.status).toBe(0);
  return { bytes: fs.readFileSync(path.join(outdir, STACK_FILE)), stdout: run.stdout, stderr: run.stderr };
}

test("the compiled main job and the cdktf CLI synthesize the same bytes", () => {
  const direct = synthInto(path.join(tmp, "direct"), false);
  const cdktfJson = fs.readFileSync(path.join(ROOT, "cdktf.json"), "utf8");
  const cli = synthInto(path.join(tmp, "cli"), true);
  // The CLI writes a projectId into cdktf.json when there is none: the committed one keeps a checkout clean.
  expect(fs.readFileSync(path.join(ROOT, "cdktf.json"), "utf8")).toBe(cdktfJson);
  expect(cli.bytes.equals(direct.bytes)).toBe(true);
  // Under the cdktf CLI (which labels an app's stderr [ERROR]) the summary goes to stdout.
  expect(cli.stdout).toMatch(/synthesized .*orders-gate-prod: \d+ resources; gated-pipeline\//);
  expect(cli.stderr).not.toMatch(/synthesized/);
});

test("npm run synth:hcl writes valid-looking HCL, with the terraform attribute cdktf 0.21 mis-renders repaired", () => {
  execFileSync(process.execPath, ["scripts/synth-hcl.js"], { cwd: ROOT, env: { ...process.env, CDKTF_OUTDIR: tmp }, stdio: "pipe" });
  const hcl = fs.readFileSync(path.join(tmp, "stacks", "orders-gate-prod", "cdk.tf"), "utf8");
  expect(hcl).toMatch(/^ {2}required_version = ">= 1\.11"$/m);
  expect(hcl).not.toMatch(/^\s*\d+ = "/m);
  expect(hcl).toMatch(/^resource "google_apigee_environment_api_revision_deployment" /m);
  expect(fs.existsSync(path.join(tmp, "stacks", "orders-gate-prod", "cdk.tf.json"))).toBe(false);
});
