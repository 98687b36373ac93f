// An existing prefect.yaml behind the gate, with callers from any OIDC issuer (here Keycloak, its JWKS URI discovered
// at plan time). Every id is a placeholder.
import * as path from "path";
import { App } from "cdktf";
import {
  Caller,
  Duration,
  GateAuditTrail,
  GatedPipelineAdminStack,
  GatedPipelineStack,
  Issuer,
  JwtAlgorithm,
  PrefectDeployments,
  PrefectWorkspace,
  Quota,
} from "cdktf-gated-pipeline";

// Read at app level, relative to this file; constructors never read files.
const deployments = PrefectDeployments.fromPrefectYaml(path.join(__dirname, "prefect.yaml"));

const app = new App();
// The administrator's stack (applied once, before CI deploys): the audit trail CI cannot change, here kept 180 days
// and queryable from BigQuery. DeployerIdentity belongs here too.
const admin = new GatedPipelineAdminStack(app, "gate-admin-ml", { google: { project: "acme-ml-prod", region: "europe-west4" } });
const auditTrail = new GateAuditTrail(admin, "AuditTrail", {
  project: "acme-ml-prod",
  location: "europe-west4",
  retention: Duration.days(180),
  linkedDataset: true,
});
new GatedPipelineStack(app, "ml-gate", {
  google: { project: "acme-ml-prod", region: "europe-west4" },
  prefect: { accountId: "6f1c2a3b-0000-4000-8000-000000000021", workspace: PrefectWorkspace.fromHandle("ml") },
  auditTrail,
  pipelines: [
    {
      id: "ml",
      apigee: { organization: "acme-ml-prod", environment: "prod", hostnames: ["ml-gate.acme.example"], basePath: "/ml", instanceName: "ml-euw4" },
      issuers: [
        // Any OIDC issuer: its JWKS URI is read from the discovery document at plan time (a `data.http` source with
        // postconditions), written to the gate's KVM, and recorded in the manifest as a Terraform reference.
        Issuer.oidc({
          name: "keycloak",
          issuerUrl: "https://sso.acme.example/realms/platform",
          audiences: ["ml-gate"],
          discoverJwksUri: true,
          clientIdClaim: "azp",
          algorithms: [JwtAlgorithm.RS256],
        }),
      ],
      callers: [
        Caller.client("airflow-ml", { issuer: "keycloak", products: ["training"], description: "Airflow DAGs" }),
        Caller.client("feature-store", { issuer: "keycloak", products: ["scoring"], description: "Feature store refresh" }),
      ],
      deployments,
      products: [
        { name: "training", deployments: ["churn-model-retrain"], quota: Quota.perDay(4) },
        { name: "scoring", deployments: ["churn-model-score"], quota: Quota.perMinute(30) },
      ],
    },
  ],
});

app.synth();
