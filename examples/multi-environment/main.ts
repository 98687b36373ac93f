// Dev and prod from one definition: the same gate, deployments and products, with per-environment hosts, issuers,
// quotas and state backends. Every id is a placeholder.
import { App } from "cdktf";
import {
  Backend,
  Caller,
  Duration,
  GateAuditTrail,
  GatedPipelineAdminStack,
  GatedPipelineStack,
  Issuer,
  PrefectDeployments,
  PrefectWorkspace,
  Quota,
} from "cdktf-gated-pipeline";

interface Environment {
  readonly name: "dev" | "prod";
  readonly project: string;
  readonly workspace: string;
  readonly host: string;
  readonly callsPerMinute: number;
  readonly backend: Backend;
}

const ENVIRONMENTS: readonly Environment[] = [
  { name: "dev", project: "acme-data-dev", workspace: "data-dev", host: "api.dev.acme.example", callsPerMinute: 60, backend: Backend.local() },
  {
    name: "prod",
    project: "acme-data-prod",
    workspace: "data-prod",
    host: "api.acme.example",
    callsPerMinute: 10,
    backend: Backend.gcs({ bucket: "acme-tfstate", prefix: "gates/orders-prod" }),
  },
];

const deployments = PrefectDeployments.of([
  { name: "nightly", flowName: "orders-etl", entrypoint: "flows/orders.py:orders_etl", workPool: "orders-k8s" },
  { name: "backfill", flowName: "orders-etl", entrypoint: "flows/orders.py:orders_etl", workPool: "orders-k8s" },
]);

const app = new App();
for (const env of ENVIRONMENTS) {
  // Per environment, the administrator's stack holds the audit trail (and DeployerIdentity); prod keeps records longer.
  const admin = new GatedPipelineAdminStack(app, `gate-admin-${env.name}`, { google: { project: env.project, region: "europe-west1" } });
  const auditTrail = new GateAuditTrail(admin, "AuditTrail", {
    project: env.project,
    location: "europe-west1",
    retention: Duration.days(env.name === "prod" ? 400 : 90),
  });
  new GatedPipelineStack(app, `orders-gate-${env.name}`, {
    google: { project: env.project, region: "europe-west1" },
    prefect: { accountId: "6f1c2a3b-0000-4000-8000-000000000001", workspace: PrefectWorkspace.fromHandle(env.workspace) },
    backend: env.backend,
    auditTrail,
    pipelines: [
      {
        id: "orders",
        apigee: { organization: env.project, environment: env.name, hostnames: [env.host], basePath: "/orders", instanceName: `acme-${env.name}-euw1` },
        issuers: [Issuer.okta({ domain: "acme.okta.com", authorizationServerId: `aus${env.name}orders1`, audience: `api://orders-gate-${env.name}` })],
        callers: [Caller.client(`0oa${env.name}deployer`, { issuer: "okta", products: ["operators"] })],
        deployments,
        products: [
          { name: "operators", deployments: ["orders-etl-nightly", "orders-etl-backfill"], quota: Quota.perMinute(env.callsPerMinute) },
        ],
        // Dev rotates weekly so the rotation path is exercised long before prod relies on it.
        rotation: { every: env.name === "dev" ? Duration.days(7) : Duration.days(30) },
      },
    ],
  });
}

app.synth();
