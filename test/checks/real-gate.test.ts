// The pack over what the library's own constructs synthesize: the generator's gate proxy (buildGateProxy) and a shared
// flow uploaded by ApiProxy/SharedFlow, and the Prefect gate service account with its rotated key in a write-only
// secret.
import { Aspects, Testing } from "cdktf";
import * as fs from "fs";
import * as path from "path";
import { ApiProxy } from "../../src/apigee/api-proxy";
import { GateRuntimeServiceAccount } from "../../src/apigee/gate-runtime-service-account";
import { ApigeeInstance } from "../../src/apigee/instance";
import { SharedFlow } from "../../src/apigee/shared-flow";
import { AuditTrailVerification } from "../../src/audit/audit-trail-verification";
import { GateAuditTrail } from "../../src/audit/gate-audit-trail";
import { Duration } from "../../src/core/duration";
import { BUNDLE_SOURCE, BundleSource } from "../../src/checks/bundle-source";
import { GatedPipelineChecks } from "../../src/checks/gated-pipeline-checks";
import { checkCommand } from "../../src/cli/check-command";
import { GateServiceAccount } from "../../src/prefect/gate-service-account";
import { PrefectWorkspace } from "../../src/prefect/workspace";
import { Secret } from "../../src/secrets/secret";
import { apigeeStack } from "../apigee/fixtures";
import { buildGateProxy } from "../../src/pipeline/gate-proxy";
import { commonSharedFlow } from "../bundle/shared-flow-fixture";
import { gateSpec } from "../pipeline/gate-proxy-fixture";
import { runCliCommand } from "../support/cli";

const gateProxy = () => buildGateProxy(gateSpec());

/** Replaces the bundle files the pack sees (ApiProxy and SharedFlow hand theirs over under the well-known symbol). */
function carryBundle(construct: ApiProxy | SharedFlow, files: BundleSource["files"]): void {
  (construct as unknown as Record<symbol, BundleSource>)[BUNDLE_SOURCE] = { configBundlePath: construct.configBundle, files };
}

function realGateStack(proxyBundle = gateProxy()) {
  const { stack, org, env } = apigeeStack("orders-gate-prod");
  env.attachToInstance(ApigeeInstance.fromInstanceName(stack, "Euw1", org, "euw1"));
  Aspects.of(stack).add(new GatedPipelineChecks());
  const runtime = new GateRuntimeServiceAccount(stack, "Runtime", { organization: org, accountId: "orders-gate" });
  const sharedFlow = new SharedFlow(stack, "Common", { bundle: commonSharedFlow(), environment: env });
  new ApiProxy(stack, "Gate", { bundle: proxyBundle, environment: env, runtimeServiceAccount: runtime, sharedFlows: [sharedFlow] });
  const secret = new Secret(stack, "PrefectKey", { secretId: "orders-gate-prefect-key" });
  new GateServiceAccount(stack, "Prefect", { name: "orders-gate", workspace: PrefectWorkspace.fromHandle(stack, "Workspace", "data-prod"), secret });
  // The administrator's trail, which this stack (applied by CI) only verifies at plan time.
  const trail = GateAuditTrail.fromTrailAttributes(stack, "AuditTrail", { project: "acme-data-prod", location: "global", bucketId: "gate-audit", retention: Duration.days(400), locked: true });
  new AuditTrailVerification(stack, "AuditTrailCheck", { trail, logName: "projects/acme-data-prod/logs/orders-gate-audit" });
  return stack;
}

test("the library's gate passes every error-level rule, and the CLI agrees with synthesis", async () => {
  const stack = realGateStack();
  const outdir = Testing.fullSynth(stack);
  const report = JSON.parse(fs.readFileSync(path.join(outdir, "stacks/orders-gate-prod/gated-pipeline/checks.json"), "utf8"));
  expect(report.findings.filter((f: { result: string }) => f.result !== "pass")).toEqual([]);
  expect(new Set(report.findings.map((f: { rule: string }) => f.rule))).toEqual(
    new Set(["GP001", "GP002", "GP003", "GP004", "GP005", "GP006", "GP007", "GP008", "GP009", "GP011", "GP012", "GP013", "GP014", "GP015", "GP016", "GP017", "GP018", "GP019", "GP020", "GP021", "GP022", "GP023", "GP024"]),
  );
  const res = await runCliCommand(checkCommand, ["--synth-dir", outdir, "--json"]);
  expect(res).toMatchObject({ code: 0, stderr: "" });
  expect(JSON.parse(res.stdout)).toEqual([report]);
});

test("fails synthesis when the gate lets unknown issuers through (no fault for them)", () => {
  const bundle = gateProxy();
  const files = bundle.pack().files.map((f) =>
    f.path === "apiproxy/proxies/default.xml" ? { ...f, content: f.content.replace(/<Step>\s*<Name>RF-issuer_unknown<\/Name>\s*<Condition>[^<]*<\/Condition>\s*<\/Step>/, "") } : f,
  );
  expect(files.find((f) => f.path === "apiproxy/proxies/default.xml")!.content).not.toContain("<Name>RF-issuer_unknown</Name>");
  const stack = realGateStack(bundle);
  carryBundle(stack.node.findChild("Gate") as ApiProxy, () => files);
  const open = "VerifyJWT steps VJWT-okta, VJWT-entra, VJWT-google, VJWT-google__1 are conditional and no RaiseFault before the upstream call refuses requests none of them verified";
  expect(() => Testing.fullSynth(stack)).toThrow(
    `[orders-gate-prod/Gate/Resource] [GP001] bundles/orders-gate.zip:apiproxy/proxies/default.xml: PreFlow > Flow triggerRun > PostFlow: ${open}; ` +
      `PreFlow > Flow readRun > PostFlow: ${open}; PreFlow > Flow statusEvents > PostFlow: ${open}`,
  );
});
