// Google service-account callers: Cloud Scheduler and a Cloud Run job call the gate with Google-signed ID tokens
// (no keys anywhere). The Prefect workspace is defined in the same stack. Every id is a placeholder.
import { App } from "cdktf";
import {
  Caller,
  GateAuditTrail,
  GatedPipelineAdminStack,
  GatedPipelineStack,
  Issuer,
  PrefectDeployments,
  PrefectWorkspace,
  Principal,
  Quota,
  Schedule,
} from "cdktf-gated-pipeline";

const app = new App();
// The administrator's stack (applied once, before CI deploys): the audit trail CI cannot change. DeployerIdentity
// belongs here too.
const admin = new GatedPipelineAdminStack(app, "gate-admin-analytics", { google: { project: "acme-analytics", region: "us-central1" } });
const auditTrail = new GateAuditTrail(admin, "AuditTrail", { project: "acme-analytics", location: "us-central1" });
const stack = new GatedPipelineStack(app, "reports-gate", {
  google: { project: "acme-analytics", region: "us-central1" },
  prefect: { accountId: "6f1c2a3b-0000-4000-8000-000000000011" },
  auditTrail,
});
const workspace = new PrefectWorkspace(stack, "Workspace", { handle: "analytics", name: "Analytics" });

stack.addPipeline("reports", {
  apigee: {
    organization: "acme-analytics",
    environment: "prod",
    hostnames: ["gate.acme-analytics.example"],
    basePath: "/reports",
    // The runtime instance that serves the environment (an environment without one serves no traffic).
    instanceName: "analytics-usc1",
  },
  prefect: { workspace: PrefectWorkspace.ref(workspace) },
  issuers: [Issuer.google({ audience: "https://gate.acme-analytics.example/reports" })],
  callers: [
    // Defined here: the gate trusts the account's unique id (known after apply), and only the scheduler may mint tokens.
    Caller.googleServiceAccount({
      accountId: "reports-scheduler",
      tokenCreators: [Principal.serviceAccount("service-123456789012@gcp-sa-cloudscheduler.iam.gserviceaccount.com")],
      products: ["daily"],
      description: "Cloud Scheduler",
    }),
    // An existing account: its unique id (the `azp` of its ID tokens) is the client id.
    Caller.client("109876543210987654321", { issuer: "google", products: ["daily", "adhoc"], description: "Cloud Run job" }),
  ],
  deployments: PrefectDeployments.of([
    {
      name: "daily",
      flowName: "kpi-report",
      entrypoint: "flows/kpi.py:kpi_report",
      workPool: "analytics-cloud-run",
      schedules: [Schedule.cron("0 6 * * *", { timezone: "America/Chicago" })],
      parameterOpenapiSchema: { type: "object", properties: { day: { type: "string" } } },
    },
    { name: "adhoc", flowName: "kpi-report", entrypoint: "flows/kpi.py:kpi_report", workPool: "analytics-cloud-run" },
  ]),
  products: [
    { name: "daily", deployments: ["kpi-report-daily"], quota: Quota.perHour(6) },
    { name: "adhoc", deployments: ["kpi-report-adhoc"], quota: Quota.perDay(20) },
  ],
});

app.synth();
