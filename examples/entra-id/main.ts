// Microsoft Entra ID defines the gate's API application (an app role per product) and its callers in the same stack.
// Callers sign in keylessly with federated credentials: a GitHub Actions workflow and a Google service account.
// The gate's audience and client ids are references to the Entra objects. Every id is a placeholder.
import { App } from "cdktf";
import { GateAuditTrail, GatedPipelineAdminStack, GatedPipelineStack, PrefectDeployments, PrefectWorkspace, Quota } from "cdktf-gated-pipeline";
import { defineAzureadProvider, EntraGateApplication, FederatedCredential } from "cdktf-gated-pipeline/entra";

const TENANT_ID = "00000000-0000-4000-8000-0000000000e1";

const app = new App();
// The administrator's stack (applied once, before CI deploys): the audit trail CI cannot change. DeployerIdentity
// belongs here too.
const admin = new GatedPipelineAdminStack(app, "gate-admin-entra", { google: { project: "acme-data-prod", region: "europe-west1" } });
const auditTrail = new GateAuditTrail(admin, "AuditTrail", { project: "acme-data-prod", location: "eu" });
const stack = new GatedPipelineStack(app, "orders-gate-entra", {
  google: { project: "acme-data-prod", region: "europe-west1" },
  prefect: { accountId: "6f1c2a3b-0000-4000-8000-000000000001", workspace: PrefectWorkspace.fromHandle("data-prod") },
  auditTrail,
});
// Credentials come from the environment at apply time (ARM_CLIENT_ID + ARM_USE_OIDC in CI), never from code.
defineAzureadProvider(stack, { tenantId: TENANT_ID });

const entra = new EntraGateApplication(stack, "Entra", {
  tenantId: TENANT_ID,
  audience: "api://orders-gate",
  callers: [
    {
      name: "ci-deployer",
      products: ["nightly"],
      federatedCredentials: [FederatedCredential.githubActions({ repository: "acme-example/orders-pipelines", branch: "main" })],
    },
    {
      name: "scheduler",
      products: ["nightly", "backfill"],
      federatedCredentials: [FederatedCredential.googleServiceAccount({ uniqueId: "109876543210987654321" })],
    },
  ],
});

stack.addPipeline("orders", {
  apigee: { organization: "acme-data-prod", environment: "prod", hostnames: ["api.acme.example"], basePath: "/orders", instanceName: "acme-euw1" },
  issuers: [entra.issuer],
  callers: entra.callers,
  deployments: PrefectDeployments.of([
    { name: "nightly", flowName: "orders-etl", entrypoint: "flows/orders.py:orders_etl", workPool: "orders-k8s" },
    { name: "backfill", flowName: "orders-etl", entrypoint: "flows/orders.py:orders_etl", workPool: "orders-k8s" },
  ]),
  products: [
    { name: "nightly", deployments: ["orders-etl-nightly"], quota: Quota.perMinute(10) },
    { name: "backfill", deployments: ["orders-etl-backfill"], quota: Quota.perHour(4) },
  ],
});

app.synth();
