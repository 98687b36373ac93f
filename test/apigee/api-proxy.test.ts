import { createHash } from "crypto";
import * as fs from "fs";
import * as path from "path";
import { ApiProxy } from "../../src/apigee/api-proxy";
import { ApigeeEnvironment } from "../../src/apigee/environment";
import { ApigeeEnvironmentGroup } from "../../src/apigee/environment-group";
import { FlowHookPoint } from "../../src/apigee/flow-hook-point";
import { GateRuntimeServiceAccount } from "../../src/apigee/gate-runtime-service-account";
import { KeyValueMap } from "../../src/apigee/key-value-map";
import { SharedFlow } from "../../src/apigee/shared-flow";
import { TargetServer } from "../../src/apigee/target-server";
import { Secret } from "../../src/secrets/secret";
import { fullSynthDir, synthJson } from "../helpers";
import { apigeeStack, fakeBundle, only, onlyName } from "./fixtures";

function gate() {
  const ctx = apigeeStack();
  const { stack, org, env } = ctx;
  const secret = new Secret(stack, "PrefectKey", { secretId: "orders-gate-prefect-key" });
  const runtime = new GateRuntimeServiceAccount(stack, "Runtime", { organization: org, accountId: "orders-gate", readableSecret: secret });
  const common = new SharedFlow(stack, "Common", { bundle: fakeBundle("sf-common", "sharedflowbundle"), environment: env });
  const config = new KeyValueMap(stack, "Config", { environment: env, mapName: "gate-config", entries: [{ key: "jwks-uri", value: "https://idp.example/keys" }] });
  const prefect = new TargetServer(stack, "Prefect", { environment: env, targetServerName: "prefect-cloud" });
  const bundle = fakeBundle("orders-gate", "apiproxy", "/orders");
  const proxy = new ApiProxy(stack, "Gate", {
    bundle,
    environment: env,
    runtimeServiceAccount: runtime,
    sharedFlows: [common],
    keyValueMaps: [config],
    targetServers: [prefect],
  });
  return { ...ctx, runtime, common, config, prefect, proxy, bundle };
}

describe("ApiProxy", () => {
  test("uploads the bundle from its relative path with detect_md5hash from the zip's bytes", () => {
    const { stack, bundle } = gate();
    expect(only(synthJson(stack), "google_apigee_api")).toEqual({
      org_id: "acme-data-prod",
      name: "orders-gate",
      config_bundle: "bundles/orders-gate.zip",
      detect_md5hash: bundle.pack().md5Base64,
      timeouts: { create: "20m", update: "20m", delete: "20m" },
    });
  });

  test("deploys the latest revision with override, the runtime service account and create_before_destroy", () => {
    const { stack } = gate();
    const json = synthJson(stack);
    const api = onlyName(json, "google_apigee_api");
    const deployment = only(json, "google_apigee_environment_api_revision_deployment");
    expect(deployment).toMatchObject({
      org_id: "acme-data-prod",
      environment: `\${google_apigee_environment.${onlyName(json, "google_apigee_environment")}.name}`,
      api: `\${google_apigee_api.${api}.name}`,
      revision: `\${google_apigee_api.${api}.latest_revision_id}`,
      override: true,
      sequenced_rollout: false,
      service_account: `\${google_service_account.${onlyName(json, "google_service_account")}.email}`,
      lifecycle: { create_before_destroy: true },
      timeouts: { create: "30m", delete: "30m" },
    });
  });

  test("orders the deployment after the shared flow deployment, the target server and the runtime grants, never after a KVM", () => {
    const { stack } = gate();
    const json = synthJson(stack);
    const dependsOn: string[] = only(json, "google_apigee_environment_api_revision_deployment").depends_on;
    const names = (type: string) => Object.keys(json.resource[type]).map((n) => `${type}.${n}`);
    for (const expected of [
      ...names("google_apigee_environment"),
      ...names("google_apigee_sharedflow_deployment"),
      ...names("google_apigee_target_server"),
      ...names("google_service_account"),
      ...names("google_project_iam_member"),
      ...names("google_secret_manager_secret_iam_member"),
    ]) {
      expect(dependsOn).toContain(expected);
    }
    expect(new Set(dependsOn).size).toBe(dependsOn.length);
    // The deployment is create-before-destroy, which Terraform forces onto its dependencies: a KVM entry (immutable,
    // fixed name) in that set could never change its value (409 on the same-named successor).
    expect(dependsOn.filter((d) => d.startsWith("google_apigee_environment_keyvaluemaps"))).toEqual([]);
  });

  test("full synthesis writes the zip at the relative path; its MD5 matches detect_md5hash", () => {
    const { stack, bundle } = gate();
    const dir = fullSynthDir(stack);
    const tf = JSON.parse(fs.readFileSync(path.join(dir, "cdk.tf.json"), "utf8"));
    const api = only(tf, "google_apigee_api");
    const zip = fs.readFileSync(path.join(dir, api.config_bundle));
    expect(createHash("md5").update(zip).digest("base64")).toBe(api.detect_md5hash);
    expect(zip.equals(bundle.pack().zip)).toBe(true);
    const sf = only(tf, "google_apigee_sharedflow");
    expect(fs.existsSync(path.join(dir, sf.config_bundle))).toBe(true);
  });

  test("fails on two proxies with the same base path in one environment, naming both", () => {
    const { stack, env, runtime } = gate();
    expect(
      () => new ApiProxy(stack, "Copy", { bundle: fakeBundle("orders-copy", "apiproxy", "/orders"), environment: env, runtimeServiceAccount: runtime }),
    ).toThrow(
      'apigee/Copy: basePath "/orders" is already used by apigee/Gate in environment "prod" (base paths must be unique per environment group and environment)',
    );
  });

  test("fails on the same base path in two environments of one environment group", () => {
    const { stack, org, env, runtime } = gate();
    const group = new ApigeeEnvironmentGroup(stack, "Public", { organization: org, environmentGroupName: "public", hostnames: ["api.acme.example"] });
    env.addToEnvironmentGroup(group);
    const canary = new ApigeeEnvironment(stack, "Canary", { organization: org, environmentName: "canary", environmentGroups: [group] });
    expect(
      () => new ApiProxy(stack, "CanaryGate", { bundle: fakeBundle("orders-canary", "apiproxy", "/orders/"), environment: canary, runtimeServiceAccount: runtime }),
    ).toThrow(
      'apigee/CanaryGate: basePath "/orders" is already used by apigee/Gate in environment group "public" (base paths must be unique per environment group and environment)',
    );
  });

  test("fails when an environment joins a group where its proxy's base path is already served", () => {
    const { stack, org, env, runtime } = gate();
    const group = new ApigeeEnvironmentGroup(stack, "Public", { organization: org, environmentGroupName: "public", hostnames: ["api.acme.example"] });
    env.addToEnvironmentGroup(group);
    const canary = new ApigeeEnvironment(stack, "Canary", { organization: org, environmentName: "canary" });
    new ApiProxy(stack, "CanaryGate", { bundle: fakeBundle("orders-canary", "apiproxy", "/orders"), environment: canary, runtimeServiceAccount: runtime });
    expect(() => canary.addToEnvironmentGroup(group)).toThrow(
      'apigee/CanaryGate: basePath "/orders" is already used by apigee/Gate in environment group "public"',
    );
  });

  test("allows the same base path in environments that share no group", () => {
    const { stack, org, runtime } = gate();
    const canary = new ApigeeEnvironment(stack, "Canary", { organization: org, environmentName: "canary" });
    expect(
      () => new ApiProxy(stack, "CanaryGate", { bundle: fakeBundle("orders-canary", "apiproxy", "/orders"), environment: canary, runtimeServiceAccount: runtime }),
    ).not.toThrow();
  });

  test("fails on a shared flow bundle, a bundle without a base path, and a duplicate bundle file", () => {
    const { stack, env, runtime } = gate();
    expect(() => new ApiProxy(stack, "A", { bundle: fakeBundle("sf-x", "sharedflowbundle"), environment: env, runtimeServiceAccount: runtime })).toThrow(
      'apigee/A: bundle "sf-x" has kind "sharedflowbundle" (expected a proxy bundle (kind apiproxy))',
    );
    const noBasePath = { ...fakeBundle("no-base", "apiproxy"), pack: () => ({ ...fakeBundle("no-base", "apiproxy").pack(), files: [] }) };
    expect(() => new ApiProxy(stack, "B", { bundle: noBasePath, environment: env, runtimeServiceAccount: runtime })).toThrow(
      'apigee/B: bundle "no-base" has no <BasePath> in apiproxy/proxies/*.xml (a deployed proxy needs one)',
    );
    expect(() => new ApiProxy(stack, "C", { bundle: fakeBundle("orders-gate", "apiproxy", "/other"), environment: env, runtimeServiceAccount: runtime })).toThrow(
      'apigee/C: bundle file "bundles/orders-gate.zip" is already written by apigee/Gate (proxy and shared flow names must be unique within a stack)',
    );
  });

  test("fails on a bad proxy name", () => {
    const { stack, env, runtime } = gate();
    expect(() => new ApiProxy(stack, "A", { bundle: fakeBundle("orders gate", "apiproxy"), environment: env, runtimeServiceAccount: runtime })).toThrow(
      "apigee/A: bundle name \"orders gate\" is not allowed (1-255 characters: letters, digits, '.', '_' and '-')",
    );
  });

  test("fails on a shared flow, KVM or target server of another environment", () => {
    const { stack, org, runtime, common, config } = gate();
    const canary = new ApigeeEnvironment(stack, "Canary", { organization: org, environmentName: "canary" });
    const bundle = () => fakeBundle("orders-canary", "apiproxy", "/canary");
    expect(() => new ApiProxy(stack, "A", { bundle: bundle(), environment: canary, runtimeServiceAccount: runtime, sharedFlows: [common] })).toThrow(
      'apigee/A: shared flow apigee/Common is deployed to environment "prod", not to the proxy\'s environment "canary"',
    );
    expect(() => new ApiProxy(stack, "B", { bundle: bundle(), environment: canary, runtimeServiceAccount: runtime, keyValueMaps: [config] })).toThrow(
      'apigee/B: apigee/Config belongs to environment "prod", not to the proxy\'s environment "canary"',
    );
  });

  test("importing a proxy defines nothing", () => {
    const { stack, org } = apigeeStack();
    const p = ApiProxy.fromProxyName(stack, "Old", org, "orders-gate");
    expect(p.proxyName).toBe("orders-gate");
    expect(synthJson(stack).resource).toMatchObject({ google_apigee_environment: expect.anything() });
    expect(synthJson(stack).resource.google_apigee_api).toBeUndefined();
  });
});

describe("SharedFlow", () => {
  test("uploads and deploys the latest revision (bare org id), with an optional fail-closed flow hook", () => {
    const { stack, env, runtime } = gate();
    new SharedFlow(stack, "Audit", {
      bundle: fakeBundle("sf-audit", "sharedflowbundle"),
      environment: env,
      runtimeServiceAccount: runtime,
      flowHook: FlowHookPoint.POST_PROXY,
    });
    const json = synthJson(stack);
    const uploads = json.resource.google_apigee_sharedflow;
    const auditUpload = Object.keys(uploads).find((k) => uploads[k].name === "sf-audit") as string;
    expect(uploads[auditUpload]).toEqual({
      org_id: "acme-data-prod",
      name: "sf-audit",
      config_bundle: "bundles/sf-audit.zip",
      detect_md5hash: fakeBundle("sf-audit", "sharedflowbundle").pack().md5Base64,
    });
    const deployments = json.resource.google_apigee_sharedflow_deployment;
    const auditDeployment = Object.keys(deployments).find((k) => deployments[k].sharedflow_id.includes(auditUpload)) as string;
    expect(deployments[auditDeployment]).toMatchObject({
      org_id: "acme-data-prod",
      environment: `\${google_apigee_environment.${onlyName(json, "google_apigee_environment")}.name}`,
      sharedflow_id: `\${google_apigee_sharedflow.${auditUpload}.name}`,
      revision: `\${google_apigee_sharedflow.${auditUpload}.latest_revision_id}`,
      service_account: `\${google_service_account.${onlyName(json, "google_service_account")}.email}`,
      timeouts: { create: "30m", update: "30m", delete: "30m" },
    });
    // The environment is ordered by the reference above; depends_on adds the runtime identity and its grants, which no
    // argument references, so the flow runs only once its account holds them.
    expect(deployments[auditDeployment].depends_on).toEqual([
      `google_service_account.${onlyName(json, "google_service_account")}`,
      expect.stringMatching(/^google_project_iam_member\.Runtime_LogWriter_/),
      expect.stringMatching(/^google_secret_manager_secret_iam_member\.PrefectKey_Read-/),
    ]);
    expect(only(json, "google_apigee_flowhook")).toEqual({
      org_id: "acme-data-prod",
      environment: `\${google_apigee_environment.${onlyName(json, "google_apigee_environment")}.name}`,
      flow_hook_point: "PostProxyFlowHook",
      sharedflow: `\${google_apigee_sharedflow.${auditUpload}.name}`,
      continue_on_error: false,
      description: "sf-audit at PostProxyFlowHook",
      depends_on: [`google_apigee_sharedflow_deployment.${auditDeployment}`],
    });
  });

  test("fails on a proxy bundle", () => {
    const { stack, env } = apigeeStack();
    expect(() => new SharedFlow(stack, "S", { bundle: fakeBundle("orders", "apiproxy"), environment: env })).toThrow(
      'apigee/S: bundle "orders" has kind "apiproxy" (expected a shared flow bundle (kind sharedflowbundle))',
    );
  });

  test("importing a shared flow defines nothing", () => {
    const { stack, org } = apigeeStack();
    SharedFlow.fromSharedFlowName(stack, "Old", org, "sf-common");
    expect(synthJson(stack).resource.google_apigee_sharedflow).toBeUndefined();
  });
});
