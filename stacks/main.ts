// The reference app (DESIGN §5): `npm run synth` and cdktf.json run its compiled form, lib/stacks/main.js, from the
// project root. No credentials and no network: apply-time values stay Terraform references. Every id is a placeholder.
import { App } from "cdktf";
import {
  Caller,
  CiProvider,
  DeployerIdentity,
  Duration,
  GateAuditTrail,
  GatedPipelineAdminStack,
  GatedPipelineStack,
  Issuer,
  PrefectDeployments,
  PrefectWorkspace,
  Principal,
  Quota,
  StatusEventsSubscription,
} from "../src";

const app = new App();

// What an administrator applies once for the environment, before CI deploys any gate there: the keyless CI deployer
// and the audit trail (a dedicated log bucket and the route of the gates' logs into it), which the deployer cannot
// change. `cdktf deploy gate-admin-prod` with an administrator's credentials.
const admin = new GatedPipelineAdminStack(app, "gate-admin-prod", { google: { project: "acme-data-prod", region: "europe-west1" } });
new DeployerIdentity(admin, "Deployer", { ci: CiProvider.githubActions({ repository: "acme/data-gates", branch: "main" }), project: "acme-data-prod" });
const auditTrail = new GateAuditTrail(admin, "AuditTrail", {
  project: "acme-data-prod",
  location: "europe-west1",
  retention: Duration.days(400),
  linkedDataset: true,
  // locked: true freezes the retention for good; set it once the retention is final.
});

// Read at app level (never in a constructor): the deployments the data team already declares for `prefect deploy`.
// `prefect deploy` reads each flow's name and parameter schema from its Python code; Terraform cannot run Python, so the
// app states them. Prefect then validates run parameters against the schema, and the gate refuses parameters it does
// not name.
const deployments = PrefectDeployments.fromPrefectYaml("flows/prefect.yaml", {
  // The @flow name prefect deploy would read from the code, confirming the file's flow_name.
  flowNames: { "flows/orders.py:orders_etl": "orders-etl" },
  parameterSchemas: {
    "flows/orders.py:orders_etl": {
      title: "Parameters",
      type: "object",
      properties: {
        source: { title: "source", type: "string", default: "orders" },
        full_refresh: { title: "full_refresh", type: "boolean", default: false },
        since: { title: "since", type: "string", format: "date" },
      },
    },
  },
});

new GatedPipelineStack(app, "orders-gate-prod", {
  google: { project: "acme-data-prod", region: "europe-west1" },
  prefect: { accountId: "6f1c2a3b-0000-4000-8000-000000000001", workspace: PrefectWorkspace.fromHandle("data-prod") },
  // State holds the Prefect key. This app keeps the default local backend so that `npm run synth` needs no cloud
  // (synthesis warns about it); a deployed stack keeps its state in an encrypted, access-restricted bucket:
  //   backend: Backend.gcs({ bucket: "acme-tfstate", prefix: "gates/orders-prod" }),
  // The gate's records go to the administrator's trail; every plan checks that its sink routes them.
  auditTrail,
  pipelines: [
    {
      id: "orders",
      apigee: {
        organization: "acme-data-prod",
        environment: "prod",
        hostnames: ["api.acme.example"],
        basePath: "/orders",
        instanceName: "acme-euw1",
      },
      issuers: [
        Issuer.okta({ domain: "acme.okta.com", authorizationServerId: "aus1abcdefgh", audience: "api://orders-gate" }),
        Issuer.google({ audience: "https://api.acme.example/orders" }),
      ],
      callers: [
        Caller.client("0oa1cideployer", { issuer: "okta", products: ["nightly"], description: "CI deployer (Okta service app)" }),
        Caller.googleServiceAccount({
          accountId: "orders-backfiller",
          displayName: "Orders backfill scheduler",
          tokenCreators: [Principal.serviceAccount("scheduler@acme-data-prod.iam.gserviceaccount.com")],
          products: ["backfill"],
          description: "Cloud Scheduler backfill job",
        }),
        // The probe caller: CI's own identity, the deployer service account, whose Google ID tokens carry its unique id
        // as azp (`terraform output deployer_service_account_unique_id` of gate-admin-prod). Its product names the
        // deployment `gated-pipeline probe` aims refusable requests at; the probe starts no run unless --allow-runs.
        Caller.client("112233445566778899001", { issuer: "google", products: ["probe"], description: "CI probe (the deployer's ID tokens)" }),
      ],
      deployments,
      products: [
        { name: "nightly", deployments: ["orders-etl-nightly"], quota: Quota.perMinute(10), description: "Nightly load, re-runs" },
        { name: "backfill", deployments: ["orders-etl-backfill"], quota: Quota.perHour(4), description: "Range reloads" },
        { name: "probe", deployments: ["orders-etl-nightly"], quota: Quota.perDay(2), description: "gated-pipeline probe from CI" },
      ],
      rotation: { every: Duration.days(30) },
      // Flow-run states reported by Prefect, read by the team's own worker.
      statusEvents: { subscription: StatusEventsSubscription.pull() },
    },
  ],
});

app.synth();
