// The deployment constructs with the real bundle compiler (src/apigee/bundle), not the test fake.
import { createHash } from "crypto";
import * as fs from "fs";
import * as path from "path";
import { ApiProxy } from "../../src/apigee/api-proxy";
import { GateRuntimeServiceAccount } from "../../src/apigee/gate-runtime-service-account";
import { SharedFlow } from "../../src/apigee/shared-flow";
import { AssignMessage, FlowCallout, ProxyBundle, RaiseFault, SharedFlowBundle } from "../../src/apigee/bundle";
import { fullSynthDir, synthJson } from "../helpers";
import { apigeeStack, only } from "./fixtures";

function realGate() {
  const ctx = apigeeStack("real");
  const common = new SharedFlowBundle({
    name: "gate-common",
    sharedFlows: [{ steps: [new AssignMessage({ name: "AM-Correlation", assignVariables: [{ name: "gate.correlation_id", ref: "messageid" }] })] }],
  });
  const proxyBundle = new ProxyBundle({
    name: "orders-gate",
    basePath: "/orders",
    proxyEndpoint: {
      preFlow: { request: [new FlowCallout({ name: "FC-Common", sharedFlowBundle: "gate-common" })] },
      flows: [{ name: "notFound", request: [new RaiseFault({ name: "RF-NotFound", statusCode: 404, reasonPhrase: "Not Found" })] }],
    },
  });
  const runtime = new GateRuntimeServiceAccount(ctx.stack, "Runtime", { organization: ctx.org, accountId: "orders-gate" });
  const sharedFlow = new SharedFlow(ctx.stack, "Common", { bundle: common, environment: ctx.env });
  const proxy = new ApiProxy(ctx.stack, "Gate", { bundle: proxyBundle, environment: ctx.env, runtimeServiceAccount: runtime, sharedFlows: [sharedFlow] });
  return { ...ctx, proxyBundle, common, proxy };
}

test("a real ProxyBundle's base path is read from its ProxyEndpoint", () => {
  const { proxy } = realGate();
  expect(proxy.basePaths).toEqual(["/orders"]);
  expect(proxy.proxyName).toBe("orders-gate");
});

test("a real ProxyBundle and SharedFlowBundle are written where cdk.tf.json points, byte for byte, MD5 matching", () => {
  const { stack, proxyBundle, common } = realGate();
  const dir = fullSynthDir(stack);
  const tf = JSON.parse(fs.readFileSync(path.join(dir, "cdk.tf.json"), "utf8"));
  for (const [type, bundle] of [
    ["google_apigee_api", proxyBundle],
    ["google_apigee_sharedflow", common],
  ] as const) {
    const upload = only(tf, type);
    expect(upload.config_bundle).toBe(`bundles/${bundle.name}.zip`);
    const zip = fs.readFileSync(path.join(dir, upload.config_bundle));
    expect(zip.equals(bundle.pack().zip)).toBe(true);
    expect(createHash("md5").update(zip).digest("base64")).toBe(upload.detect_md5hash);
  }
});

test("the same program synthesizes the same cdk.tf.json, detect_md5hash included", () => {
  const first = synthJson(realGate().stack);
  const second = synthJson(realGate().stack);
  expect(second).toEqual(first);
});
