// Apply-time values as Terraform outputs: every {"tfRef"} the simulator may need (all but the derived consumer keys)
// has an output, the manifest names which output holds which expression, no output exposes a credential (GP010), and
// `terraform output -json` of those outputs gives the simulator every value. DeployerIdentity's outputs are CI's
// auth inputs.
import { Testing } from "cdktf";
import { CiProvider, DeployerIdentity, GatedPipelineAdminStack, Issuer, JwtAlgorithm } from "../../src";
import { outputPrefix } from "../../src/identity/deployer-outputs";
import { GateManifest, isTfRef } from "../../src/gate/manifest";
import { setFromTerraformOutputs } from "../../src/probe/terraform-outputs";
import { fullSynthDir, readJson } from "../helpers";
import { ordersPipeline, ordersStack } from "./fixtures";

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** Every tfRef expression of a manifest, with where it is, consumer keys left out (derived from client ids). */
function tfRefs(value: unknown, where = ""): Array<[string, string]> {
  if (isTfRef(value)) return [[where, value.tfRef]];
  if (Array.isArray(value)) return value.flatMap((v, i) => tfRefs(v, `${where}[${i}]`));
  if (typeof value === "object" && value !== null) {
    return Object.entries(value).flatMap(([k, v]) => (k === "consumerKey" || k === "outputs" ? [] : tfRefs(v, where ? `${where}.${k}` : k)));
  }
  return [];
}

let manifest: GateManifest;
let config: Json;
let checks: Json;
beforeAll(() => {
  const app = Testing.app();
  const pipeline = ordersPipeline();
  const stack = ordersStack(app, [
    {
      ...pipeline,
      issuers: [
        ...pipeline.issuers,
        Issuer.oidc({ name: "acme-idp", issuerUrl: "https://idp.acme.example", audiences: ["orders"], discoverJwksUri: true, clientIdClaim: "client_id", algorithms: [JwtAlgorithm.ES256] }),
      ],
    },
  ]);
  const dir = fullSynthDir(stack);
  manifest = readJson(dir, "gated-pipeline/orders.json");
  config = readJson(dir, "cdk.tf.json");
  checks = readJson(dir, "gated-pipeline/checks.json");
});

test("every apply-time value of the manifest has a Terraform output, and the manifest says which", () => {
  const refs = tfRefs(manifest);
  expect(refs.map(([where]) => where).sort()).toEqual([
    "clients[1].clientId",
    "deployments[0].deploymentId",
    "deployments[1].deploymentId",
    "issuers[2].jwksUri",
    "prefect.workspaceId",
  ]);
  const byExpression = new Map(Object.entries(manifest.outputs ?? {}).map(([name, expression]) => [expression, name]));
  for (const [, expression] of refs) {
    const name = byExpression.get(expression);
    expect(name).toBeDefined();
    expect(config.output[name!].value).toBe(`\${${expression}}`);
  }
  expect(Object.keys(manifest.outputs ?? {}).sort()).toEqual([
    expect.stringMatching(/^orders_client_id_google_[0-9a-f]{12}$/),
    "orders_deployment_id_orders-etl-backfill",
    "orders_deployment_id_orders-etl-nightly",
    "orders_jwks_uri_acme-idp",
    "orders_prefect_workspace_id",
  ]);
  // The output names the caller's app by the same digest.
  const clientOutput = Object.keys(manifest.outputs!).find((n) => n.startsWith("orders_client_id_google_"))!;
  expect(Object.keys(config.resource.google_apigee_developer_app).some((id) => id.includes(`App-google-ref-${clientOutput.slice(-12)}`))).toBe(true);
});

test("no output exposes a credential (GP010 passes for each)", () => {
  const gp010 = checks.findings.filter((f: Json) => f.rule === "GP010");
  expect(gp010.map((f: Json) => f.resource).sort()).toEqual(Object.keys(config.output).map((n) => `output.${n}`).sort());
  expect(gp010.every((f: Json) => f.result === "pass")).toBe(true);
});

test("`terraform output -json` of those outputs gives the simulator every tfRef value", () => {
  const applied = Object.fromEntries(Object.keys(config.output).map((name, i) => [name, { sensitive: false, type: "string", value: `applied-${i}` }]));
  const set = setFromTerraformOutputs(manifest, applied, "outputs.json");
  expect(Object.keys(set).sort()).toEqual([...new Set(tfRefs(manifest).map(([, e]) => e))].sort());
});

test("DeployerIdentity exports CI's auth inputs, named after its construct id", () => {
  const app = Testing.app();
  const admin = new GatedPipelineAdminStack(app, "admin", { google: { project: "acme-data-prod", region: "europe-west1" } });
  new DeployerIdentity(admin, "CiDeployer", { ci: CiProvider.githubActions({ repository: "acme/data-gates" }), project: "acme-data-prod" });
  const out = JSON.parse(Testing.synth(admin)).output;
  expect(Object.keys(out).sort()).toEqual(["ci_deployer_service_account_email", "ci_deployer_service_account_unique_id", "ci_deployer_workload_identity_provider"]);
  expect(out.ci_deployer_workload_identity_provider.value).toMatch(/^\$\{google_iam_workload_identity_pool_provider\.[^.]+\.name\}$/);
  expect(out.ci_deployer_service_account_email.value).toMatch(/^\$\{google_service_account\.[^.]+\.email\}$/);
  expect(outputPrefix("Deployer")).toBe("deployer");
  expect(outputPrefix("9lives")).toBe("_9lives");
});
