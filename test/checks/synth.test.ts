// The pack inside synthesis: annotations that block synth, checks.json, suppressions written into cdk.tf.json, and
// the same findings from `gated-pipeline check` over the synthesized folder.
import * as fs from "fs";
import * as path from "path";
import { Construct } from "constructs";
import { zipSync, strToU8 } from "fflate";
import { Aspects, Fn, Testing } from "cdktf";
import { ApigeeApi } from "@cdktf/provider-google/lib/apigee-api";
import { ProjectIamMember } from "@cdktf/provider-google/lib/project-iam-member";
import { ServiceAccount } from "../../src/gen/providers/prefect/service-account";
import { BUNDLE_SOURCE, BundleSource } from "../../src/checks/bundle-source";
import { CheckSuppressions } from "../../src/checks/check-suppressions";
import { GatedPipelineChecks } from "../../src/checks/gated-pipeline-checks";
import { CheckReport } from "../../src/checks/model";
import { checkCommand } from "../../src/cli/check-command";
import { Principal } from "../../src/identity/principal";
import { writeAtSynthesis } from "../../src/internal/synthesis";
import { RotationSchedule } from "../../src/secrets/rotation-schedule";
import { Secret } from "../../src/secrets/secret";
import { Duration, GateAuditTrail, GatedPipelineStack } from "../../src";
import { AuditTrailVerification } from "../../src/audit/audit-trail-verification";
import { newStack, synthJson } from "../helpers";
import { BUNDLE, edit, gateBundle } from "./fixtures";
import { runCliCommand } from "../support/cli";

/** Stands in for the Apigee constructs: uploads a bundle and carries it under the well-known symbol. */
class TestProxy extends Construct {
  public readonly [BUNDLE_SOURCE]: BundleSource;
  public constructor(scope: Construct, id: string, files: Map<string, string>) {
    super(scope, id);
    const entries = [...files].map(([p, content]) => ({ path: p, content }));
    this[BUNDLE_SOURCE] = { configBundlePath: BUNDLE, files: () => entries };
    writeAtSynthesis(this, "Zip", () => [{ path: BUNDLE, content: zipSync(Object.fromEntries(entries.map((e) => [e.path, strToU8(e.content)]))) }]);
    new ApigeeApi(this, "Resource", { orgId: "acme-data-prod", name: "orders-gate", configBundle: BUNDLE });
  }
}

/** A gate stack built from the library's constructs, compliant with every rule; the pack is on. */
function gateStack(files = gateBundle()): { stack: GatedPipelineStack; secret: Secret } {
  const { stack } = newStack("orders-gate-prod");
  Aspects.of(stack).add(new GatedPipelineChecks());
  const rotation = new RotationSchedule(stack, "Rotation");
  const prefect = new ServiceAccount(stack, "PrefectGateAccount", {
    name: "orders-gate",
    accountRoleName: "Member",
    apiKeyExpiration: Fn.timeadd(rotation.dueAtRfc3339, "168h"),
    oldKeyExpiresInSeconds: 3600,
  });
  const secret = new Secret(stack, "PrefectKey", { secretId: "orders-gate-prefect-key" });
  secret.addVersion("Current", { value: prefect.apiKey, rotation });
  secret.grantRead(Principal.serviceAccount("gate@acme-data-prod.iam.gserviceaccount.com"));
  new TestProxy(stack, "Proxy", files);
  // The administrator's trail, which this stack (applied by CI) only verifies at plan time.
  const trail = GateAuditTrail.fromTrailAttributes(stack, "AuditTrail", { project: "acme-data-prod", location: "global", bucketId: "gate-audit", retention: Duration.days(400), locked: true });
  new AuditTrailVerification(stack, "AuditTrailCheck", { trail, logName: "projects/acme-data-prod/logs/orders-gate-audit" });
  return { stack, secret };
}

function synthDir(stack: GatedPipelineStack): { outdir: string; stackDir: string } {
  const outdir = Testing.fullSynth(stack);
  return { outdir, stackDir: path.join(outdir, "stacks", stack.node.id) };
}

function readReport(stackDir: string): CheckReport {
  return JSON.parse(fs.readFileSync(path.join(stackDir, "gated-pipeline/checks.json"), "utf8"));
}

async function cli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const { code, stdout, stderr } = await runCliCommand(checkCommand, args);
  return { code, out: stdout, err: stderr };
}

describe("in synthesis", () => {
  test("a compliant stack synthesizes and writes checks.json with every finding passing", async () => {
    const { stack } = gateStack();
    const { stackDir } = synthDir(stack);
    const report = readReport(stackDir);
    expect(report.version).toBe(1);
    expect(report.stack).toBe("orders-gate-prod");
    expect(report.findings.filter((f) => f.result !== "pass")).toEqual([]);
    // Everything the library's constructs defined was examined: bundle, secret version, IAM, Prefect account.
    expect([...new Set(report.findings.map((f) => f.rule))]).toEqual([
      "GP001", "GP002", "GP003", "GP004", "GP005", "GP006", "GP008", "GP009", "GP011", "GP012", "GP013", "GP014", "GP015", "GP016", "GP017", "GP018", "GP019",
      "GP020", "GP021", "GP022", "GP023", "GP024",
    ]);
  });

  test("fails synthesis on an error, annotated on the construct that defined the resource", async () => {
    const { stack } = gateStack();
    new ProjectIamMember(stack, "Deployer", { project: "acme-data-prod", role: "roles/editor", member: "serviceAccount:d@acme-data-prod.iam.gserviceaccount.com" });
    expect(() => Testing.fullSynth(stack)).toThrow(
      "[orders-gate-prod/Deployer] [GP006] google_project_iam_member.Deployer: google_project_iam_member.Deployer grants primitive role roles/editor " +
        "(fix: grant the narrowest predefined role on the one resource that needs it (e.g. roles/secretmanager.secretAccessor on the secret))",
    );
  });

  test("a warning does not block synthesis; it is annotated and reported", async () => {
    const { stack } = gateStack(edit(gateBundle(), "apiproxy/policies/Q-Product.xml", "<Distributed>true</Distributed>", ""));
    const { outdir, stackDir } = synthDir(stack);
    const manifest = JSON.parse(fs.readFileSync(path.join(outdir, "manifest.json"), "utf8"));
    // The pack's annotations (the local backend adds its own warning about secrets in state).
    expect(manifest.stacks["orders-gate-prod"].annotations.filter((a: { message: string }) => a.message.startsWith("[GP"))).toEqual([
      expect.objectContaining({
        constructPath: "orders-gate-prod/Proxy/Resource",
        level: "@cdktf/warn",
        message: expect.stringMatching(/^\[GP017\] bundles\/orders-gate.zip:apiproxy\/policies\/Q-Product.xml: Quota Q-Product is not distributed/),
      }),
    ]);
    expect(readReport(stackDir).findings.filter((f) => f.result === "fail").map((f) => f.rule)).toEqual(["GP017"]);
  });

  test("the report is byte-identical across two synths of the same program", async () => {
    const a = fs.readFileSync(path.join(synthDir(gateStack().stack).stackDir, "gated-pipeline/checks.json"));
    const b = fs.readFileSync(path.join(synthDir(gateStack().stack).stackDir, "gated-pipeline/checks.json"));
    expect(a.equals(b)).toBe(true);
  });
});

describe("suppressions", () => {
  const REASON = "legacy deployer, removal tracked in OPS-1234";

  test("a suppressed error lets synthesis pass and is reported with its reason", async () => {
    const { stack } = gateStack();
    const deployer = new ProjectIamMember(stack, "Deployer", { project: "acme-data-prod", role: "roles/editor", member: "serviceAccount:d@acme-data-prod.iam.gserviceaccount.com" });
    CheckSuppressions.add(deployer, [{ id: "GP006", reason: REASON }]);
    const { stackDir } = synthDir(stack);
    expect(readReport(stackDir).findings.filter((f) => f.result !== "pass")).toEqual([
      {
        rule: "GP006",
        level: "error",
        resource: "google_project_iam_member.Deployer",
        result: "suppressed",
        message: "google_project_iam_member.Deployer grants primitive role roles/editor",
        suppressionReason: REASON,
      },
      expect.objectContaining({ rule: "GP020", level: "warning", resource: "google_project_iam_member.Deployer", result: "fail" }),
    ]);
  });

  test("are written into the resource's \"//\" metadata of cdk.tf.json, inherited from an enclosing construct", () => {
    const { stack, secret } = gateStack();
    CheckSuppressions.add(secret, [{ id: "GP009", reason: "value is rotated by the owning team's job" }]);
    const { stackDir } = synthDir(stack);
    const config = JSON.parse(fs.readFileSync(path.join(stackDir, "cdk.tf.json"), "utf8"));
    const versions = Object.values(config.resource.google_secret_manager_secret_version) as { "//": unknown }[];
    expect(versions.map((v) => v["//"])).toEqual([
      expect.objectContaining({ gated_pipeline: { suppressions: [{ id: "GP009", reason: "value is rotated by the owning team's job" }] } }),
    ]);
  });

  test("on a stack go to the top-level \"//\" metadata and cover bundle findings too", () => {
    const { stack } = gateStack(edit(gateBundle(), "apiproxy/policies/Q-Product.xml", "<Distributed>true</Distributed>", ""));
    CheckSuppressions.add(stack, [{ id: "GP017", reason: "single-region org, one message processor pool" }]);
    const { stackDir } = synthDir(stack);
    const json = JSON.parse(fs.readFileSync(path.join(stackDir, "cdk.tf.json"), "utf8"));
    expect(json["//"].gated_pipeline.suppressions).toEqual([{ id: "GP017", reason: "single-region org, one message processor pool" }]);
    expect(readReport(stackDir).findings.filter((f) => f.result !== "pass").map((f) => [f.rule, f.result, f.suppressionReason])).toEqual([
      ["GP017", "suppressed", "single-region org, one message processor pool"],
    ]);
    expect(synthJson(stack)["//"]).toBeUndefined(); // Testing.synth strips metadata; the full synth keeps it
  });

  test("fails on the app, whose aspects cdktf never applies to stacks", async () => {
    const { app } = newStack();
    expect(() => CheckSuppressions.add(app, [{ id: "GP017", reason: "organization-wide exception OPS-42" }])).toThrow(
      "<app>: suppressions go on a stack or a construct inside one, not above a stack",
    );
  });

  test("fails without a reason of at least 10 characters", async () => {
    const { stack } = newStack();
    expect(() => CheckSuppressions.add(stack, [{ id: "GP006", reason: "legacy" }])).toThrow(
      'test-stack: cannot suppress "GP006": rule GP006 suppression reason "legacy" is too short (at least 10 characters saying why)',
    );
    expect(() => CheckSuppressions.add(stack, [{ id: "GP006" } as never])).toThrow(
      'test-stack: cannot suppress "GP006": rule GP006 suppression reason null is too short (at least 10 characters saying why)',
    );
  });

  test("fails on a core rule", async () => {
    const { stack } = newStack();
    expect(() => CheckSuppressions.add(stack, [{ id: "GP005", reason: "we really need this key for the legacy job" }])).toThrow(
      'test-stack: cannot suppress "GP005": rule GP005 is a core rule and cannot be suppressed (no user-managed service account keys (google_service_account_key))',
    );
  });

  test("fails on an unknown rule", async () => {
    const { stack } = newStack();
    expect(() => CheckSuppressions.add(stack, [{ id: "GP999", reason: "a long enough reason" }])).toThrow(
      'test-stack: cannot suppress "GP999": rule "GP999" does not exist (known: GP001, GP002, GP003, GP004, GP005, GP006, GP007, GP008, GP009, GP010, GP011, GP012, GP013, GP014, GP015, GP016, GP017, GP018, GP019, GP020, GP021, GP022, GP023, GP024)',
    );
  });
});

describe("gated-pipeline check on the synthesized folder", () => {
  test("gives the same findings as the pack inside synthesis (passes, a suppression and a warning)", async () => {
    const { stack } = gateStack(edit(gateBundle(), "apiproxy/policies/Q-Product.xml", "<Distributed>true</Distributed>", ""));
    const deployer = new ProjectIamMember(stack, "Deployer", { project: "acme-data-prod", role: "roles/editor", member: "serviceAccount:d@acme-data-prod.iam.gserviceaccount.com" });
    CheckSuppressions.add(deployer, [{ id: "GP006", reason: "legacy deployer, removal tracked in OPS-1234" }]);
    const { outdir, stackDir } = synthDir(stack);
    const inSynth = readReport(stackDir);
    expect(inSynth.findings.map((f) => f.result)).toEqual(expect.arrayContaining(["pass", "suppressed", "fail"]));
    const { code, out } = await cli(["--synth-dir", outdir, "--json"]);
    expect(code).toBe(0);
    expect(JSON.parse(out)).toEqual([inSynth]);
  });
});
