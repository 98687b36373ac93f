// The reference app: `npm run synth` and cdktf.json run its compiled form (lib/stacks/main.js). No credentials needed.
import { App } from "cdktf";
import { ApigeeEnvgroup } from "@cdktf/provider-google/lib/apigee-envgroup";
import { ApigeeEnvgroupAttachment } from "@cdktf/provider-google/lib/apigee-envgroup-attachment";
import { ApigeeEnvironment } from "@cdktf/provider-google/lib/apigee-environment";
import { Workspace } from "../src/gen/providers/prefect/workspace";
import { ServiceAccount } from "../src/gen/providers/prefect/service-account";
import { GatedPipelineStack } from "../src";

const app = new App();
const stack = new GatedPipelineStack(app, "orders-gate-prod", {
  google: { project: "acme-data-prod", region: "europe-west1" },
  prefect: { accountId: "6f1c2a3b-0000-4000-8000-000000000001" },
});

const env = new ApigeeEnvironment(stack, "environment", {
  orgId: "organizations/acme-data-prod",
  name: "prod",
  deploymentType: "PROXY",
});
const group = new ApigeeEnvgroup(stack, "envgroup", {
  orgId: "organizations/acme-data-prod",
  name: "prod-group",
  hostnames: ["api.acme.example"],
});
new ApigeeEnvgroupAttachment(stack, "envgroup-attachment", { envgroupId: group.id, environment: env.name });
const workspace = new Workspace(stack, "workspace", { handle: "data-prod", name: "Data (prod)" });
new ServiceAccount(stack, "gate-service-account", {
  name: "orders-gate",
  accountRoleName: "Member",
  accountId: "6f1c2a3b-0000-4000-8000-000000000001",
  dependsOn: [workspace],
});

app.synth();
