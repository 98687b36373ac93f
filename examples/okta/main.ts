// Okta defines the gate's audience and its callers in the same stack: a custom authorization server, a scope per
// product, one client-credentials service app per caller authenticating with private_key_jwt (no shared secret).
// The gate's issuer and client ids are references to those Okta objects, never copies. Every id is a placeholder.
import { App } from "cdktf";
import { GateAuditTrail, GatedPipelineAdminStack, GatedPipelineStack, PrefectDeployments, PrefectWorkspace, Quota } from "cdktf-gated-pipeline";
import { ClientPublicKey, defineOktaProvider, OktaGateAuthorization } from "cdktf-gated-pipeline/okta";

const app = new App();
// The administrator's stack (applied once, before CI deploys): the audit trail CI cannot change. DeployerIdentity
// belongs here too.
const admin = new GatedPipelineAdminStack(app, "gate-admin-okta", { google: { project: "acme-data-prod", region: "europe-west1" } });
const auditTrail = new GateAuditTrail(admin, "AuditTrail", { project: "acme-data-prod", location: "europe-west1" });
const stack = new GatedPipelineStack(app, "orders-gate-okta", {
  google: { project: "acme-data-prod", region: "europe-west1" },
  prefect: { accountId: "6f1c2a3b-0000-4000-8000-000000000001", workspace: PrefectWorkspace.fromHandle("data-prod") },
  auditTrail,
});
// Credentials come from OKTA_API_TOKEN (or OKTA_API_CLIENT_ID + private key) at apply time, never from code.
defineOktaProvider(stack, { orgName: "acme" });

const okta = new OktaGateAuthorization(stack, "Okta", {
  audience: "api://orders-gate",
  callers: [
    {
      name: "ci-deployer",
      products: ["nightly"],
      description: "GitHub Actions deploy job",
      // Public keys only (these are throwaway examples); the private keys never leave the callers.
      publicKeys: [ClientPublicKey.rsa({ kid: "ci-2026-11", e: "AQAB", n: "wee43R1K_1Gwl37FUSnRY47VdfO8t7MC4N9oiNKvFd_VjZ0blbEYebBHO33ao0FJpr0FESUhkpVrOcZAJ7-iP5PMl1kP9cGryrlt4l1SniOjg1Ma7jtXf0L_GWo7QTx3POLJs2GHMFnlllu5rdPQ2hhh_HSL-GKRM2itF5300822kaaeqOYppkDXoD9IuMZUTPd8M_rXOu6llAKHmQy3aEHBqVMNWsPqGgsAcj6nDwvBuXNNEjAito-wqUR_XevtilzO9tINMazlBfIC-l8sy2fefhEBIBLKK1I8kqxk-cIIF6iGC4vfQ0glKFd7njVLu0xeUyu2hh5bM6jEleQegw" })],
    },
    {
      name: "ops-console",
      products: ["nightly", "backfill"],
      description: "Operators' console backend",
      publicKeys: [ClientPublicKey.ec({ kid: "ops-2026-11", crv: "P-256", x: "ZJ8Swd-x2xUVCmPAP3RdOJedbXuymbRK1uM7btRqtHE", y: "3OLvikx12zpu0FSLDv6qSpGyvRVe6GjBp_vhJ1Sk33k" })],
    },
  ],
});

stack.addPipeline("orders", {
  apigee: { organization: "acme-data-prod", environment: "prod", hostnames: ["api.acme.example"], basePath: "/orders", instanceName: "acme-euw1" },
  issuers: [okta.issuer],
  callers: okta.callers,
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
