// What the synthesized output says about the audit trail, read the way CI and reviewers read it: GP023 over the
// output (a passing fixture, and failing ones made by mutating it) and `gated-pipeline report --evidence`. One app,
// synthesized once: an administrator's stack (deployer identity and trail), a gate routed to the trail, and a gate
// whose records stay in _Default with GP023 suppressed. Every id is a placeholder.
import * as fs from "fs";
import * as path from "path";
import { Testing } from "cdktf";
import { CheckSuppressions } from "../../src/checks/check-suppressions";
import { BundleFiles, CheckInput } from "../../src/checks/model";
import { runChecks } from "../../src/checks/runner";
import { auditQueries } from "../../src/audit/audit-queries";
import { readBundle } from "../../src/review/synth-output";
import { GP023 } from "../../src/checks/rules/gp023-audit-log-retention";
import { reportCommand } from "../../src/cli/report-command";
import { CiProvider, DeployerIdentity, Duration, GateAuditTrail, GatedPipelineAdminStack, GatedPipelineStack, PrefectWorkspace } from "../../src";
import { ordersPipeline, ordersStack } from "../pipeline/fixtures";
import { runCliCommand } from "../support/cli";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

const PROJECT = "acme-data-prod";
const ORDERS_LOG = "projects/acme-data-prod/logs/orders-gate-audit";
const BUCKET = "projects/acme-data-prod/locations/europe-west1/buckets/gate-audit";

const app = Testing.app();
const admin = new GatedPipelineAdminStack(app, "gate-admin-prod", { google: { project: PROJECT, region: "europe-west1" } });
// The deployer's own role holds no logging write permission; this app widens it with one, which the report must name.
new DeployerIdentity(admin, "Deployer", {
  ci: CiProvider.githubActions({ repository: "acme/data-gates", branch: "main" }),
  project: PROJECT,
  additionalPermissions: ["logging.sinks.update"],
});
const trail = new GateAuditTrail(admin, "AuditTrail", { project: PROJECT, location: "europe-west1", retention: Duration.days(365), locked: true, linkedDataset: true });
ordersStack(app, [ordersPipeline({ audit: { trail } })]);
const billing = new GatedPipelineStack(app, "billing-gate-dev", {
  google: { project: PROJECT, region: "europe-west1" },
  prefect: { accountId: "6f1c2a3b-0000-4000-8000-000000000001", workspace: PrefectWorkspace.fromHandle("data-dev") },
  pipelines: [ordersPipeline({ id: "billing", apigee: { ...ordersPipeline().apigee, environment: "dev", basePath: "/billing" } })],
});
CheckSuppressions.add(billing, [{ id: "GP023", reason: "dev gate: its records may stay in _Default for 30 days" }]);
app.synth();
const OUT = app.outdir;

function stackDir(stack: string): string {
  return path.join(OUT, "stacks", stack);
}

function config(stack: string): Json {
  return JSON.parse(fs.readFileSync(path.join(stackDir(stack), "cdk.tf.json"), "utf8"));
}

/** The orders gate's output as `gated-pipeline check` reads it, with `mutate` applied to its cdk.tf.json. */
function ordersInput(mutate: (config: Json) => void = () => undefined): CheckInput {
  const c = config("orders-gate-prod");
  mutate(c);
  const bundles = new Map<string, BundleFiles>();
  for (const api of Object.values(c.resource.google_apigee_api) as Json[]) bundles.set(api.config_bundle, readBundle(path.join(stackDir("orders-gate-prod"), api.config_bundle))!);
  return { stackName: "orders-gate-prod", config: c, bundles };
}

function gp023(input: CheckInput) {
  return runChecks(input, [GP023]).findings;
}

/** The trail's resources as they would be in the gate's own stack, and the plan-time check removed. */
function trailInGateStack(c: Json): void {
  const a = config("gate-admin-prod");
  for (const type of ["google_logging_project_bucket_config", "google_logging_project_sink", "google_logging_project_exclusion"]) c.resource[type] = a.resource[type];
  delete c.data.google_logging_sink;
  delete c["//"].gated_pipeline;
}

function managedSink(c: Json): Json {
  return Object.values(c.resource.google_logging_project_sink)[0];
}

function managedBucket(c: Json): Json {
  return Object.values(c.resource.google_logging_project_bucket_config)[0];
}

function recordedTrail(c: Json): Json {
  return Object.values(c["//"].gated_pipeline.audit_trails)[0];
}

describe("GP023", () => {
  const RESOURCE = "bundles/orders-gate.zip:apiproxy/policies/ML-Audit.xml";

  test("passes the synthesized gate: its log is verified at plan time to reach the administrator's bucket, kept 365 days", () => {
    const findings = gp023(ordersInput());
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: "GP023", level: "warning", resource: RESOURCE, result: "pass" });
    expect(findings[0].message).toMatch(new RegExp(`writes to ${ORDERS_LOG}, routed by data\\.google_logging_sink\\.\\S+ to ${BUCKET}, kept 365 days$`));
  });

  test("passes a trail in the gate's own stack: a sink of whole logs into a bucket of the stack", () => {
    const [finding] = gp023(ordersInput(trailInGateStack));
    expect(finding.result).toBe("pass");
    expect(finding.message).toMatch(/routed by google_logging_project_sink\.\S+ to google_logging_project_bucket_config\.\S+, kept 365 days$/);
  });

  test.each<[string, (c: Json) => void, string | RegExp]>([
    [
      "no trail: the records stay in _Default",
      (c) => {
        delete c.data.google_logging_sink;
        delete c["//"].gated_pipeline;
      },
      `MessageLogging ML-Audit writes to ${ORDERS_LOG}, which no sink of this stack routes to a dedicated log bucket and no data.google_logging_sink verifies: the records stay in the _Default bucket (30 days, mixed with every other log)`,
    ],
    ["a verified trail kept 30 days", (c) => (recordedTrail(c).retention_days = 30), /routes it to projects\/acme-data-prod\/locations\/europe-west1\/buckets\/gate-audit, which keeps it 30 days \(under 90\)$/],
    ["a verified trail whose retention is not stated", (c) => (recordedTrail(c).retention_days = null), /whose retention is not known in this stack$/],
    [
      "a recorded trail the plan does not check",
      (c) => {
        for (const d of Object.values(c.data.google_logging_sink) as Json[]) d.lifecycle.postcondition = d.lifecycle.postcondition.filter((p: Json) => !p.condition.includes("strcontains"));
      },
      /does not verify at plan time that the sink routes the log$/,
    ],
    [
      "a sink into a bucket kept 60 days",
      (c) => {
        trailInGateStack(c);
        managedBucket(c).retention_days = 60;
      },
      /which keeps it 60 days \(under 90\)$/,
    ],
    [
      "a sink into a bucket with the provider's default retention",
      (c) => {
        trailInGateStack(c);
        delete managedBucket(c).retention_days;
      },
      /which keeps it 30 days \(under 90\)$/,
    ],
    [
      "a sink that routes only part of the log",
      (c) => {
        trailInGateStack(c);
        managedSink(c).filter = `logName="${ORDERS_LOG}" AND severity>=ERROR`;
      },
      /which no sink of this stack routes to a dedicated log bucket/,
    ],
    [
      "a disabled sink",
      (c) => {
        trailInGateStack(c);
        managedSink(c).disabled = true;
      },
      /: the sink is disabled$/,
    ],
    [
      "a sink into _Default",
      (c) => {
        trailInGateStack(c);
        managedSink(c).destination = "logging.googleapis.com/projects/acme-data-prod/locations/global/buckets/_Default";
      },
      /its destination is the _Default bucket/,
    ],
  ])("warns about %s", (_name, mutate, message) => {
    const [finding] = gp023(ordersInput(mutate));
    expect(finding).toMatchObject({ rule: "GP023", level: "warning", resource: RESOURCE, result: "fail" });
    expect(finding.message).toMatch(message);
  });

  test("a suppression with its reason is honoured, in synthesis as in the CLI", () => {
    const report = JSON.parse(fs.readFileSync(path.join(stackDir("billing-gate-dev"), "gated-pipeline", "checks.json"), "utf8"));
    expect(report.findings.filter((f: Json) => f.rule === "GP023")).toEqual([
      expect.objectContaining({ result: "suppressed", resource: "bundles/billing-gate.zip:apiproxy/policies/ML-Audit.xml", suppressionReason: "dev gate: its records may stay in _Default for 30 days" }),
    ]);
  });
});

describe("gated-pipeline report --evidence", () => {
  async function report(...args: string[]): Promise<{ code: number; out: string; err: string }> {
    const { code, stdout, stderr } = await runCliCommand(reportCommand, ["--synth-dir", OUT, "--evidence", ...args]);
    return { code, out: stdout, err: stderr };
  }

  test("Markdown: plain statements per gate, read from the output", async () => {
    const { code, out, err } = await report();
    expect([code, err]).toEqual([0, ""]);
    const orders = out.slice(out.indexOf("### Gate orders")); // the last stack, in name order
    expect(out).toMatch(/^## Stack gate-admin-prod\n\nApplied by: an administrator/m);
    expect(out).toMatch(/^## Stack orders-gate-prod\n\nApplied by: CI \(the deployer\)\./m);
    // Who can trigger what.
    expect(orders).toContain("| 0oa1cideployer (CI deployer) | okta | orders-etl-nightly | nightly | 10 per minute |");
    // Token verification.
    expect(orders).toMatch(/^\| okta \| `https:\/\/acme\.okta\.com\/oauth2\/aus1abcdefgh` \| `api:\/\/orders-gate` \| RS256 \| 1 hour \| \d+ seconds? \| `cid` \| /m);
    // Rotation and limits.
    expect(orders).toContain("The Prefect key and the webhook secret rotate every 30 days. A key stays valid 7 days after its rotation is due (grace); the previous key keeps working 1 day after a rotation (overlap), longer than the gate caches secrets (5 minutes).");
    expect(orders).toContain("- Product backfill (orders-etl-backfill): 4 per hour per caller.");
    expect(orders).toMatch(/^- Spike arrest: \S+/m);
    // The audit trail, and who could divert it: the deployer role the administrator's stack defines.
    expect(orders).toContain(`by MessageLogging ML-Audit to \`${ORDERS_LOG}\`, with the fields \`record_version\`, \`messageid\``);
    expect(orders).toContain(`- Routed by the sink \`gate-audit\` to the bucket \`${BUCKET}\`, and kept out of \`_Default\` by the exclusion \`gate-audit\`.`);
    expect(orders).toContain("- Kept 365 days; the bucket is locked (its retention cannot be changed and it cannot be deleted before every record has aged out); Log Analytics on; Google-managed encryption (or not stated); linked BigQuery dataset `acme-data-prod.gate_audit`.");
    expect(orders).toContain("- The trail is defined in stack `gate-admin-prod`, which an administrator applies.");
    expect(orders).toContain("- Every plan of stack `orders-gate-prod` reads the sink and fails unless it writes this gate's log to that bucket");
    expect(orders).toContain("- Query it in `acme-data-prod.europe-west1.gate-audit._AllLogs` and `acme-data-prod.gate_audit._AllLogs`");
    for (const q of auditQueries({ table: "acme-data-prod.europe-west1.gate-audit._AllLogs", logName: ORDERS_LOG })) {
      expect(orders).toContain(`  ${q.question}\n\n  \`\`\`sql\n${q.sql.split("\n").map((l) => `  ${l}`).join("\n")}\n  \`\`\``);
    }
    expect(orders).toMatch(
      /^ {2}- In this synthesized output: google_project_iam_custom_role\.\S+ \(role id gatedPipelineDeployer\) in stack `gate-admin-prod` \(logging\.sinks\.update\), held by `serviceAccount:gate-deployer@acme-data-prod\.iam\.gserviceaccount\.com`\.$/m,
    );
    // The gate without a trail, and the policy pack with the suppression's reason.
    const billingSection = out.slice(out.indexOf("## Stack billing-gate-dev"), out.indexOf("## Stack gate-admin-prod"));
    expect(billingSection).toContain("- No dedicated bucket: the records stay in the project's `_Default` bucket (30 days unless changed there), mixed with every other log.");
    expect(billingSection).toMatch(/^0 error\(s\), 0 warning\(s\), 1 suppressed, \d+ passed/m);
    expect(billingSection).toContain("| GP023 | warning | suppressed | bundles/billing-gate.zip:apiproxy/policies/ML-Audit.xml |");
    expect(billingSection).toContain("| dev gate: its records may stay in _Default for 30 days |");
    expect(out).not.toMatch(/complian/i);
  });

  test("JSON: the same facts as data, the record's fields read from the bundle", async () => {
    const { code, out } = await report("--json");
    expect(code).toBe(0);
    const evidence = JSON.parse(out);
    expect(evidence.version).toBe(1);
    expect(evidence.stacks.map((s: Json) => [s.stack, s.appliedBy, s.gates.length])).toEqual([
      ["billing-gate-dev", "ci", 1],
      ["gate-admin-prod", "administrator", 0],
      ["orders-gate-prod", "ci", 1],
    ]);
    const gate = evidence.stacks[2].gates[0];
    const manifest = JSON.parse(fs.readFileSync(path.join(stackDir("orders-gate-prod"), "gated-pipeline", "orders.json"), "utf8"));
    expect(gate.rotation).toEqual(manifest.rotation);
    expect(gate.audit.trail).toEqual(manifest.audit.trail);
    // The README's questions, over this gate's table and log, ready to run.
    expect(gate.audit.queries).toEqual(auditQueries({ table: "acme-data-prod.europe-west1.gate-audit._AllLogs", logName: ORDERS_LOG }));
    expect(gate.audit.record.policy).toBe("ML-Audit");
    expect(gate.audit.record.fields).toEqual(expect.arrayContaining(["messageid", "status", "flow_run_id"]));
    expect(gate.tokenVerification.map((i: Json) => i.name)).toEqual(["okta", "google"]);
    expect(gate.access.length).toBeGreaterThan(0);
    expect(evidence.stacks[1].trailEditors).toEqual([
      expect.objectContaining({ role: expect.stringMatching(/role id gatedPipelineDeployer/), members: ["serviceAccount:gate-deployer@acme-data-prod.iam.gserviceaccount.com"] }),
    ]);
    expect(evidence.stacks[0].policyPack.findings).toEqual([expect.objectContaining({ rule: "GP023", result: "suppressed" })]);
    const only = JSON.parse((await report("--json", "--stack", "orders-gate-prod")).out);
    expect(only.stacks.map((s: Json) => s.stack)).toEqual(["orders-gate-prod"]);
  });
});
