// `gated-pipeline check` over a synthesized folder written here (the generator's gate bundle, zipped): exit codes,
// table, JSON, and suppressions read from cdk.tf.json metadata (core rules stay unsuppressible even when someone edits
// the file).
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { strToU8, zipSync } from "fflate";
import { checkCommand } from "../../src/cli/check-command";
import { BUNDLE, edit, gateBundle, gateConfig } from "./fixtures";
import { runCliCommand } from "../support/cli";

/** Writes `cdktf.out` with one stack `orders-gate-prod`: manifest, cdk.tf.json and the bundle zip. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function synthDir(config: any = gateConfig(), bundle: Map<string, string> | null = gateBundle()): string {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), "checks-cli-"));
  const stackDir = path.join(outdir, "stacks", "orders-gate-prod");
  fs.mkdirSync(path.join(stackDir, "bundles"), { recursive: true });
  fs.writeFileSync(
    path.join(outdir, "manifest.json"),
    JSON.stringify({
      version: "0.21.0",
      stacks: { "orders-gate-prod": { name: "orders-gate-prod", workingDirectory: "stacks/orders-gate-prod", synthesizedStackPath: "stacks/orders-gate-prod/cdk.tf.json" } },
    }),
  );
  fs.writeFileSync(path.join(stackDir, "cdk.tf.json"), JSON.stringify(config));
  if (bundle) fs.writeFileSync(path.join(stackDir, BUNDLE), zipSync(Object.fromEntries([...bundle].map(([p, c]) => [p, strToU8(c)]))));
  return outdir;
}

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const { code, stdout, stderr } = await runCliCommand(checkCommand, args);
  return { code, out: stdout, err: stderr };
}

test("exits 0 on a compliant output and prints a summary per stack", async () => {
  const { code, out, err } = await run(["--synth-dir", synthDir()]);
  expect({ code, out, err }).toEqual({ code: 0, out: "stack orders-gate-prod: 0 error(s), 0 warning(s), 0 suppressed, 45 passed\n", err: "" });
});

test("exits 1 on an error-level failure and lists it with the resource", async () => {
  const config = gateConfig();
  config.resource.google_service_account_key = { ci: { service_account_id: "ci" } };
  const { code, out } = await run([`--synth-dir=${synthDir(config)}`]);
  expect(code).toBe(1);
  expect(out).toBe(
    "stack orders-gate-prod: 1 error(s), 1 warning(s), 0 suppressed, 44 passed\n" +
      "  ERROR      GP005  google_service_account_key.ci\n" +
      "             google_service_account_key.ci defines a user-managed service account key, a long-lived credential\n" +
      "  WARNING    GP020  google_service_account_key.ci\n" +
      "             the deployer role has no permissions for google_service_account_key, which this stack adds: list what Terraform needs to create, " +
      "read, update and delete it in DeployerIdentity's additionalPermissions and have an administrator re-apply DeployerIdentity before CI deploys\n",
  );
});

test("exits 0 when only warnings fail", async () => {
  const bundle = edit(gateBundle(), "apiproxy/policies/Q-Product.xml", "<Distributed>true</Distributed>", "");
  const { code, out } = await run(["--synth-dir", synthDir(gateConfig(), bundle)]);
  expect(code).toBe(0);
  expect(out).toContain("  WARNING    GP017  bundles/orders-gate.zip:apiproxy/policies/Q-Product.xml\n");
});

test("fails closed when a proxy's zip is missing from the output", async () => {
  const { code, out } = await run(["--synth-dir", synthDir(gateConfig(), null), "--json"]);
  expect(code).toBe(1);
  const [report] = JSON.parse(out);
  expect(report.findings.filter((f: { result: string }) => f.result === "fail").map((f: { rule: string }) => f.rule)).toEqual([
    "GP001", "GP011", "GP012", "GP014", "GP018", "GP019",
  ]);
});

test("honours a suppression written in cdk.tf.json metadata, and prints its reason", async () => {
  const config = gateConfig();
  config.resource.google_project_iam_member.log.role = "roles/logging.admin";
  config.resource.google_project_iam_member.log["//"] = { gated_pipeline: { suppressions: [{ id: "GP006", reason: "log bucket admin during migration" }] } };
  const { code, out } = await run(["--synth-dir", synthDir(config)]);
  expect(code).toBe(0);
  expect(out).toContain(
    "  SUPPRESSED GP006  google_project_iam_member.log\n" +
      "             google_project_iam_member.log grants predefined admin role roles/logging.admin [reason: log bucket admin during migration]\n",
  );
});

test("ignores a hand-written suppression of a core rule or one without a real reason", async () => {
  const config = gateConfig();
  config.resource.google_service_account_key = {
    ci: { service_account_id: "ci", "//": { gated_pipeline: { suppressions: [{ id: "GP005", reason: "needed by the legacy CI job" }] } } },
  };
  config.resource.google_project_iam_member.log.role = "roles/owner";
  config.resource.google_project_iam_member.log["//"] = { gated_pipeline: { suppressions: [{ id: "GP006", reason: "ok" }] } };
  const { code, out } = await run(["--synth-dir", synthDir(config), "--json"]);
  expect(code).toBe(1);
  const failing = JSON.parse(out)[0]
    .findings.filter((f: { result: string; level: string }) => f.result === "fail" && f.level === "error")
    .map((f: { message: string }) => f.message);
  expect(failing).toEqual([
    "google_service_account_key.ci defines a user-managed service account key, a long-lived credential (suppression ignored: rule GP005 is a core rule and cannot be suppressed (no user-managed service account keys (google_service_account_key)))",
    'google_project_iam_member.log grants primitive role roles/owner (suppression ignored: rule GP006 suppression reason "ok" is too short (at least 10 characters saying why))',
  ]);
});

test("exits 2 with a clear message on bad usage or an unreadable output", async () => {
  const unknown = await run(["--synthdir", "x"]);
  expect(unknown.code).toBe(2);
  expect(unknown.err).toMatch(/^gated-pipeline check: unknown option "--synthdir"\n\nusage: gated-pipeline check/);
  const missing = await run(["--synth-dir", path.join(os.tmpdir(), "no-such-cdktf-out")]);
  expect(missing.code).toBe(2);
  expect(missing.err).toMatch(/^gated-pipeline check: cannot read .*no-such-cdktf-out\/manifest.json \(ENOENT\); run npm run synth first or pass --synth-dir\n/);
  expect((await run(["--synth-dir"])).err).toMatch(/^gated-pipeline check: --synth-dir needs a value\n\nusage: /);
  expect((await run(["--json=yes"])).err).toMatch(/^gated-pipeline check: --json takes no value\n/);
  expect((await run(["stray"])).err).toMatch(/^gated-pipeline check: unexpected argument "stray"\n/);
});

test("--help prints the usage and exits 0", async () => {
  const { code, out } = await run(["--help"]);
  expect(code).toBe(0);
  expect(out).toMatch(/^usage: gated-pipeline check \[--synth-dir <dir>\] \[--json\]/);
});

test("the command and the rules import neither cdktf, constructs nor the facade", async () => {
  const dir = path.join(__dirname, "../../src/checks");
  const files = [
    ...["runner", "suppressions", "terraform-model", "bundle-model", "xml", "model", "bundle-source"].map((f) => path.join(dir, `${f}.ts`)),
    ...fs.readdirSync(path.join(dir, "rules")).map((f) => path.join(dir, "rules", f)),
  ];
  for (const file of files) expect(fs.readFileSync(file, "utf8")).not.toMatch(/from "(cdktf|constructs|@cdktf\/.*|\.\.?\/.*internal\/.*|\.\/(check-suppressions|gated-pipeline-checks))"/);
});
