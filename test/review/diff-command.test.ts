// `gated-pipeline diff` on pairs of synthesized outputs: a base app and heads that widen or narrow access, loosen or
// tighten limits, and change the audit trail; Markdown by default, JSON, and --fail-on-widening.
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { App } from "cdktf";
import { Caller, Duration, GateAuditTrail, GatedPipelineAdminStack, GatedPipelineStack, Issuer, JwtAlgorithm, PrefectWorkspace, Principal, Quota } from "../../src";
import { ACCOUNT_ID, ordersPipeline } from "../pipeline/fixtures";
import { runCli } from "../support/cli";

const diff = (...argv: string[]) => runCli(["diff", ...argv]);

interface Variant {
  retentionDays: number;
  pipeline: Parameters<typeof ordersPipeline>[0];
  every?: number;
}

/** Synthesizes the test app (an administrator's trail and the orders gate) into its own folder. */
function synth(variant: Variant): string {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), "gp-diff-"));
  const app = new App({ outdir, stackTraces: false });
  const admin = new GatedPipelineAdminStack(app, "gate-admin-prod", { google: { project: "acme-data-prod", region: "europe-west1" } });
  const auditTrail = new GateAuditTrail(admin, "AuditTrail", { project: "acme-data-prod", location: "europe-west1", retention: Duration.days(variant.retentionDays) });
  new GatedPipelineStack(app, "orders-gate-prod", {
    google: { project: "acme-data-prod", region: "europe-west1" },
    prefect: { accountId: ACCOUNT_ID, workspace: PrefectWorkspace.fromHandle("data-prod") },
    auditTrail,
    pipelines: [{ ...ordersPipeline(variant.pipeline), rotation: { every: Duration.days(variant.every ?? 30) } }],
  });
  app.synth();
  return outdir;
}

const dirs: string[] = [];
let base: string;
let widened: string;
beforeAll(() => {
  base = synth({ retentionDays: 400, pipeline: {} });
  widened = synth({
    retentionDays: 60,
    every: 60,
    pipeline: {
      issuers: [
        Issuer.okta({ domain: "acme.okta.com", authorizationServerId: "aus1abcdefgh", audience: "api://orders-gate", algorithms: [JwtAlgorithm.RS256, JwtAlgorithm.ES256], maxTokenLifetime: Duration.hours(2) }),
        Issuer.google({ audience: "https://api.acme.example/orders" }),
      ],
      callers: [
        Caller.client("0oa1cideployer", { issuer: "okta", products: ["nightly", "backfill"], description: "CI deployer" }),
        Caller.googleServiceAccount({ accountId: "orders-backfiller", tokenCreators: [Principal.serviceAccount("scheduler@acme-data-prod.iam.gserviceaccount.com")], products: ["backfill", "nightly"] }),
      ],
      products: [
        { name: "nightly", deployments: ["orders-etl-nightly"], quota: Quota.perMinute(20) },
        { name: "backfill", deployments: ["orders-etl-backfill"], quota: Quota.perHour(4) },
      ],
    },
  });
  dirs.push(base, widened);
});
afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

test("the same output twice: no change, exit 0 even with --fail-on-widening", async () => {
  const res = await diff(base, base, "--fail-on-widening");
  expect(res).toMatchObject({ code: 0, stderr: "" });
  expect(res.stdout).toBe(`## Gate changes: \`${base}\` → \`${base}\`\n\nNo change to access or to the gates.\n`);
});

test("a widening change, in Markdown: the verdict first, then each change said plainly", async () => {
  const res = await diff(base, widened);
  expect(res).toMatchObject({ code: 0, stderr: "" });
  const md = res.stdout;
  expect(md.split("\n").slice(0, 3)).toEqual([`## Gate changes: \`${base}\` → \`${widened}\``, "", "**This change widens access or loosens a limit** (6 of 9 changes, marked in bold below)."]);
  const section = (title: string) => md.slice(md.indexOf(`#### ${title}\n`)).split("\n\n")[1].split("\n").filter((l) => l !== "");
  expect(md).toContain("### Stack `orders-gate-prod`, gate `orders`\n");
  expect(section("Who can trigger what")).toEqual([
    "- **widens access**: caller `0oa1cideployer` of issuer okta (CI deployer) can now trigger `orders-etl-backfill` through product `backfill` (4 per hour).",
  ]);
  expect(section("Callers, deployments, products and quotas")).toEqual([
    "- caller `0oa1cideployer` of issuer okta (CI deployer) now holds products nightly, backfill (was nightly).",
    "- **loosens**: Product `nightly`'s quota: 10 per minute → 20 per minute per caller.",
  ]);
  expect(section("Token verification")).toEqual([
    "- **loosens**: Issuer `okta`: algorithms `RS256` → `RS256`, `ES256` (tokens refused before may now pass).",
    "- **loosens**: Issuer `okta`: maximum token lifetime 1 hour → 2 hours.",
  ]);
  expect(section("Key rotation")).toEqual(["- **loosens**: Rotation period: 30 days → 60 days."]);
  expect(section("Audit trail")).toEqual(["- **loosens**: Retention: 400 days → 60 days (records are deleted sooner)."]);
  expect(md).toContain("### Stack `orders-gate-prod`: proxies and policy pack\n\n#### Proxy revisions\n\n- Proxy `orders-gate` gets a new revision: its bundle `bundles/orders-gate.zip` changed.\n");
  expect(section("Policy pack")).toEqual([expect.stringMatching(/^- New: GP023 \(warning\) `bundles\/orders-gate\.zip:apiproxy\/policies\/ML-Audit\.xml`: .*keeps it 60 days \(under 90\)$/)]);
});

test("--fail-on-widening exits 1 on a widening change; --json lists each change with its effect", async () => {
  const res = await diff(base, widened, "--json", "--fail-on-widening");
  expect(res.code).toBe(1);
  const report = JSON.parse(res.stdout);
  expect(report).toMatchObject({ version: 1, widening: true });
  expect(report.changes.map((c: { area: string; effect: string }) => `${c.area}: ${c.effect}`)).toEqual([
    "access: widens",
    "callers, deployments and products: changes",
    "callers, deployments and products: loosens",
    "token verification: loosens",
    "token verification: loosens",
    "rotation: loosens",
    "audit trail: loosens",
    "proxies: changes",
    "policy pack: changes",
  ]);
  expect(report.changes[1]).toMatchObject({ stack: "orders-gate-prod", gate: "orders", before: ["nightly"], after: ["nightly", "backfill"] });
  expect(report.changes[2]).toMatchObject({ before: { limit: 10, interval: 1, timeUnit: "minute" }, after: { limit: 20, interval: 1, timeUnit: "minute" } });
});

test("the reverse change narrows access and tightens limits, said plainly; --fail-on-widening exits 0", async () => {
  const res = await diff(widened, base, "--fail-on-widening");
  expect(res.code).toBe(0);
  expect(res.stdout).toContain("No caller gains access and no limit loosens (9 changes below).");
  expect(res.stdout).toContain("- narrows access: caller `0oa1cideployer` of issuer okta (CI deployer) can no longer trigger `orders-etl-backfill` (was product `backfill` (4 per hour)).");
  expect(res.stdout).toContain("- tightens: Product `nightly`'s quota: 20 per minute → 10 per minute per caller.");
  expect(res.stdout).toContain("- tightens: Issuer `okta`: algorithms `RS256`, `ES256` → `RS256`.");
  expect(res.stdout).toContain("- tightens: Retention: 60 days → 400 days.");
  expect(res.stdout).toMatch(/^- Resolved: GP023 \(warning\) /m);
});

test("a stack on one side only is compared with nothing", async () => {
  const empty = fs.mkdtempSync(path.join(os.tmpdir(), "gp-diff-empty-"));
  dirs.push(empty);
  fs.writeFileSync(path.join(empty, "manifest.json"), JSON.stringify({ version: "0.21.0", stacks: {} }));
  const res = await diff(empty, base, "--json");
  const report = JSON.parse(res.stdout);
  expect(report.changes.slice(0, 2).map((c: { summary: string }) => c.summary)).toEqual(["Stack `gate-admin-prod` is added.", "Stack `orders-gate-prod` is added."]);
  expect(report.changes.filter((c: { effect: string }) => c.effect === "widens")).toHaveLength(3);
  expect(report.changes.find((c: { summary: string }) => c.summary.startsWith("Gate `orders`"))?.summary).toBe("Gate `orders` (`/orders` on api.acme.example) is added.");
});

describe("usage", () => {
  test("is listed by gated-pipeline --help, and diff --help prints its usage", async () => {
    const help = await runCli(["--help"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^ {2}diff +what a change does to access and to the gates/m);
    const res = await diff("--help");
    expect(res.stdout).toMatch(/^usage: gated-pipeline diff <base cdktf\.out> <head cdktf\.out> \[--json\] \[--fail-on-widening\]\n/);
  });

  test.each([
    [[], "expected 2 argument(s), got 0"],
    [["a"], "expected 2 argument(s), got 1"],
    [["a", "b", "c"], 'unexpected argument "c"'],
    [["a", "b", "--markdown"], 'unknown option "--markdown"'],
    [["a", "b", "--json=yes"], "--json takes no value"],
  ])("exit 2 for bad usage: %j", async (args, message) => {
    const res = await diff(...args);
    expect(res.code).toBe(2);
    expect(res.stdout).toBe("");
    expect(res.stderr.split("\n")[0]).toBe(`gated-pipeline diff: ${message}`);
  });

  test("exit 2 for an output that cannot be read, naming the file", async () => {
    const missing = path.join(os.tmpdir(), "gp-diff-no-such-output");
    const res = await diff(missing, base);
    expect(res.code).toBe(2);
    expect(res.stderr).toBe(`gated-pipeline diff: cannot read ${path.join(missing, "manifest.json")} (ENOENT); synthesize both outputs first\n`);
  });
});
