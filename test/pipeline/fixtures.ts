// A pipeline like the reference app's, built in tests without reading files. Every id is a fake placeholder.
import { App, Testing } from "cdktf";
import {
  Caller,
  GatedPipelineStack,
  GatedPipelineStackPipeline,
  Issuer,
  PrefectDeploymentOptions,
  PrefectDeployments,
  PrefectWorkspace,
  Principal,
  Quota,
} from "../../src";

export const ACCOUNT_ID = "6f1c2a3b-0000-4000-8000-000000000001";

export const DEPLOYMENTS: readonly PrefectDeploymentOptions[] = [
  { name: "nightly", flowName: "orders-etl", entrypoint: "flows/orders.py:orders_etl", workPool: "orders-k8s", parameters: { source: "orders" } },
  {
    name: "backfill",
    flowName: "orders-etl",
    entrypoint: "flows/orders.py:orders_etl",
    workPool: "orders-k8s",
    parameterOpenapiSchema: { type: "object", properties: { start: { type: "string" }, end: { type: "string" } } },
  },
];

export function ordersPipeline(overrides: Partial<GatedPipelineStackPipeline> = {}): GatedPipelineStackPipeline {
  return {
    id: "orders",
    apigee: { organization: "acme-data-prod", environment: "prod", hostnames: ["api.acme.example"], basePath: "/orders", instanceName: "acme-euw1" },
    issuers: [
      Issuer.okta({ domain: "acme.okta.com", authorizationServerId: "aus1abcdefgh", audience: "api://orders-gate" }),
      Issuer.google({ audience: "https://api.acme.example/orders" }),
    ],
    callers: [
      Caller.client("0oa1cideployer", { issuer: "okta", products: ["nightly"], description: "CI deployer" }),
      Caller.googleServiceAccount({
        accountId: "orders-backfiller",
        tokenCreators: [Principal.serviceAccount("scheduler@acme-data-prod.iam.gserviceaccount.com")],
        products: ["backfill", "nightly"],
      }),
    ],
    deployments: PrefectDeployments.of(DEPLOYMENTS),
    products: [
      { name: "nightly", deployments: ["orders-etl-nightly"], quota: Quota.perMinute(10) },
      { name: "backfill", deployments: ["orders-etl-backfill"], quota: Quota.perHour(4) },
    ],
    ...overrides,
  };
}

export function ordersStack(app: App = Testing.app(), pipelines: readonly GatedPipelineStackPipeline[] = [ordersPipeline()]): GatedPipelineStack {
  return new GatedPipelineStack(app, "orders-gate-prod", {
    google: { project: "acme-data-prod", region: "europe-west1" },
    prefect: { accountId: ACCOUNT_ID, workspace: PrefectWorkspace.fromHandle("data-prod") },
    pipelines,
  });
}
