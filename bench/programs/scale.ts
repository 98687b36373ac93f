// Synthesizes N gated pipelines of 5 deployments each, in one stack or one stack per pipeline.
// Usage: node lib/bench/programs/scale.js <pipelines> <one-stack|split> (outdir from CDKTF_OUTDIR)
import { App } from "cdktf";
import { Caller, GatedPipelineProps, GatedPipelineStack, Issuer, PrefectDeployments, PrefectWorkspace, Quota } from "../../src";

const [count = "1", mode = "one-stack"] = process.argv.slice(2);
const pipelines = Number(count);
if (!Number.isInteger(pipelines) || pipelines < 1 || !["one-stack", "split"].includes(mode)) {
  process.stderr.write("usage: scale.js <pipelines> <one-stack|split>\n");
  process.exit(2);
}

const ACCOUNT_ID = "6f1c2a3b-0000-4000-8000-000000000001";
const okta = Issuer.okta({ domain: "acme.okta.com", authorizationServerId: "aus1abcdefgh", audience: "api://gates" });

function pipeline(i: number): GatedPipelineProps {
  const id = `p${String(i).padStart(3, "0")}`;
  const flows = ["extract", "transform", "load", "report", "audit"];
  return {
    apigee: { organization: "acme-data-prod", environment: "prod", hostnames: ["api.acme.example"], basePath: `/${id}` },
    issuers: [okta],
    callers: [
      Caller.client(`0oa${id}ci`, { issuer: "okta", products: ["runner"] }),
      Caller.client(`0oa${id}ops`, { issuer: "okta", products: ["runner", "reports"] }),
    ],
    deployments: PrefectDeployments.of(flows.map((f) => ({ name: "default", flowName: `${id}-${f}`, entrypoint: `flows/${f}.py:main`, workPool: "k8s" }))),
    products: [
      { name: "runner", deployments: flows.slice(0, 3).map((f) => `${id}-${f}-default`), quota: Quota.perMinute(10) },
      { name: "reports", deployments: flows.slice(3).map((f) => `${id}-${f}-default`), quota: Quota.perHour(30) },
    ],
  };
}

const app = new App();
// Split stacks each define the same environment name: fine here, each stack is its own Terraform configuration.
const stackProps = {
  google: { project: "acme-data-prod", region: "europe-west1" },
  prefect: { accountId: ACCOUNT_ID, workspace: PrefectWorkspace.fromHandle("data-prod") },
};
if (mode === "one-stack") {
  const stack = new GatedPipelineStack(app, "scale", stackProps);
  for (let i = 1; i <= pipelines; i++) stack.addPipeline(`p${String(i).padStart(3, "0")}`, pipeline(i));
} else {
  for (let i = 1; i <= pipelines; i++) {
    const stack = new GatedPipelineStack(app, `scale-${i}`, stackProps);
    stack.addPipeline(`p${String(i).padStart(3, "0")}`, pipeline(i));
  }
}
app.synth();
