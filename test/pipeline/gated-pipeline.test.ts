import { createHash } from "crypto";
import * as fs from "fs";
import * as path from "path";
import { TerraformVariable, Testing } from "cdktf";
import {
  ApigeeEnvironment,
  ApigeeOrganization,
  Caller,
  ClientIpResolution,
  Duration,
  GatedPipeline,
  GateManifest,
  Issuer,
  JwtAlgorithm,
  PrefectDeployments,
  Quota,
  Rate,
} from "../../src";
import { fullSynthDir, readJson } from "../helpers";
import { ordersPipeline, ordersStack, DEPLOYMENTS } from "./fixtures";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

/** Resources of one type as [logical id, body] pairs. */
function resources(json: Json, type: string): [string, Json][] {
  return Object.entries(json.resource?.[type] ?? {});
}

describe("GatedPipeline resources", () => {
  const stack = ordersStack();
  const json: Json = JSON.parse(Testing.synth(stack));
  const pipeline = stack.pipelines[0];

  test("exposes every resource it defines as a property", () => {
    expect(GatedPipeline.isGatedPipeline(pipeline)).toBe(true);
    expect(pipeline.proxy.proxyName).toBe("orders-gate");
    expect(pipeline.keyValueMap.mapName).toBe("orders-gate");
    expect(pipeline.products.map((p) => p.productName)).toEqual(["orders-nightly", "orders-backfill"]);
    expect(pipeline.apps).toHaveLength(2);
    expect(pipeline.deployments.map((d) => d.routeName)).toEqual(["orders-etl-nightly", "orders-etl-backfill"]);
  });

  test("uploads the gate bundle and deploys it with the runtime service account, override and create_before_destroy", () => {
    const [[, api]] = resources(json, "google_apigee_api");
    expect(api).toMatchObject({ name: "orders-gate", org_id: "acme-data-prod", config_bundle: "bundles/orders-gate.zip" });
    expect(api.detect_md5hash).toBe(pipeline.bundle.pack().md5Base64);
    const [[, deployment]] = resources(json, "google_apigee_environment_api_revision_deployment");
    expect(deployment).toMatchObject({ api: "${google_apigee_api." + resources(json, "google_apigee_api")[0][0] + ".name}", override: true, lifecycle: { create_before_destroy: true } });
    expect(deployment.service_account).toMatch(/google_service_account\..*\.email|orders-gate-rt@acme-data-prod\.iam\.gserviceaccount\.com/);
  });

  test("maps every route slug to its Prefect deployment id through the KVM, by reference", () => {
    const entries = resources(json, "google_apigee_environment_keyvaluemaps_entries").map(([, e]) => e);
    for (const slug of ["orders-etl-nightly", "orders-etl-backfill"]) {
      const entry = entries.find((e) => e.name === `deployment__${slug}`);
      expect(entry?.value).toMatch(/^\$\{prefect_deployment\.[^.]+\.id\}$/);
    }
    // The workspace is looked up by handle, so its id is an apply-time value read from the KVM too.
    expect(entries.find((e) => e.name === "prefect__workspace_id")?.value).toMatch(/^\$\{data\.prefect_workspace\.[^.]+\.id\}$/);
    // Issuer selection entries: sha256 of each exact iss spelling → the VerifyJWT policy suffix.
    expect(entries.filter((e) => String(e.name).startsWith("iss__")).map((e) => e.value).sort()).toEqual(["google", "google__1", "okta"]);
    // The issuers' own values (iss, audience, JWKS URI) are literals: they stay in the bundle, with no KVM entry.
    expect(entries.filter((e) => String(e.name).startsWith("issuer."))).toEqual([]);
    // Nothing secret in the KVM (its values are plain text in state).
    expect(JSON.stringify(entries)).not.toMatch(/api_key|random_password|secret_data/);
  });

  test("one product per entry, with the deployment operations, the run-read operation and the quota", () => {
    const products = resources(json, "google_apigee_api_product").map(([, p]) => p);
    const nightly = products.find((p) => p.name === "orders-nightly");
    expect(nightly).toMatchObject({ quota: "10", quota_interval: "1", quota_time_unit: "minute", approval_type: "auto" });
    const ops = nightly.operation_group.operation_configs.flatMap((c: Json) => c.operations);
    expect(ops).toEqual([
      { resource: "/deployments/orders-etl-nightly/runs", methods: ["POST"] },
      { resource: "/runs/*", methods: ["GET"] },
    ]);
  });

  test("one developer app per caller, consumer key = sha256 of pipeline, issuer and client id, granted its products", () => {
    const apps = resources(json, "google_apigee_developer_app").map(([, a]) => a);
    // Lowercase hex SHA-256 of "<pipeline>|<issuer name>|<client id>": Apigee's key alphabet, bound to gate and issuer.
    const ci = apps.find((a) => a.consumer_key === createHash("sha256").update("orders|okta|0oa1cideployer").digest("hex"));
    expect(ci.name).toBe("orders-okta-0oa1cideployer");
    const nightly = resources(json, "google_apigee_api_product").find(([, p]) => p.name === "orders-nightly")![0];
    expect(ci.api_products).toEqual([`\${google_apigee_api_product.${nightly}.name}`]);
    // The service-account caller's client id is its unique id, known after apply: Terraform computes the same digest.
    const sa = resources(json, "google_service_account").find(([, a]) => a.account_id === "orders-backfiller")![0];
    const digest = `sha256(join("|", ["orders", "google", google_service_account.${sa}.unique_id]))`;
    const backfiller = apps.find((a) => a.consumer_key === `\${${digest}}`);
    expect(backfiller.name).toBe(`orders-google-\${substr(${digest}, 0, 16)}`);
  });

  test("the Prefect key reaches only the secret, as a write-only version bound to the pipeline's rotation", () => {
    const versions = resources(json, "google_secret_manager_secret_version").map(([, v]) => v);
    expect(versions).toHaveLength(2);
    for (const v of versions) {
      expect(v.secret_data).toBeUndefined();
      expect(v.secret_data_wo_version).toMatch(/^\$\{time_rotating\.[^.]+\.unix\}$/);
    }
    expect(new Set(versions.map((v) => v.secret_data_wo_version)).size).toBe(1);
    expect(versions.some((v) => /prefect_service_account\.[^.]+\.api_key/.test(v.secret_data_wo))).toBe(true);
    // Outputs hold only the gate's non-secret apply-time values (deployment ids, workspace id, generated client ids).
    expect(Object.keys(json.output).every((name) => /^orders_(deployment_id_|prefect_workspace_id$|client_id_google_)/.test(name))).toBe(true);
    expect(JSON.stringify(json.output)).not.toMatch(/api_key|random_password|secret_data|consumer_secret|prefect_service_account/);
  });

  test("the runtime service account writes logs, reads exactly the two secrets and publishes status events", () => {
    const secretReaders = resources(json, "google_secret_manager_secret_iam_member").map(([, m]) => m);
    expect(secretReaders).toHaveLength(2);
    for (const m of secretReaders) expect(m.role).toBe("roles/secretmanager.secretAccessor");
    const [[, publisher]] = resources(json, "google_pubsub_topic_iam_member");
    expect(publisher.role).toBe("roles/pubsub.publisher");
    const [[, topic]] = resources(json, "google_pubsub_topic");
    expect(topic.name).toBe("orders-gate-status");
  });

  test("the environment is defined once, resolves client addresses from the right of X-Forwarded-For, joins its group and is attached to the instance", () => {
    expect(resources(json, "google_apigee_environment")).toHaveLength(1);
    // The gate's first spike arrest is keyed by client.ip: behind Google's load balancer, the 2nd entry from the right.
    expect(resources(json, "google_apigee_environment")[0][1].client_ip_resolution_config).toEqual({
      header_index_algorithm: { ip_header_name: "X-Forwarded-For", ip_header_index: -2 },
    });
    expect(resources(json, "google_apigee_envgroup")[0][1]).toMatchObject({ name: "prod-group", hostnames: ["api.acme.example"] });
    expect(resources(json, "google_apigee_envgroup_attachment")).toHaveLength(1);
    expect(resources(json, "google_apigee_instance_attachment")[0][1].instance_id).toBe("organizations/acme-data-prod/instances/acme-euw1");
  });
});

describe("synthesized files", () => {
  const dir = fullSynthDir(ordersStack());
  const manifest: GateManifest = readJson(dir, "gated-pipeline/orders.json");

  test("the gate manifest has the fields of DESIGN §4", () => {
    expect(manifest).toMatchObject({ version: 1, pipeline: "orders", basePath: "/orders", hostnames: ["api.acme.example"] });
    expect(manifest.issuers.map((i) => i.name)).toEqual(["okta", "google"]);
    expect(manifest.issuers[0]).toEqual({
      name: "okta",
      issuer: "https://acme.okta.com/oauth2/aus1abcdefgh",
      audiences: ["api://orders-gate"],
      jwksUri: "https://acme.okta.com/oauth2/aus1abcdefgh/v1/keys",
      algorithms: ["RS256"],
      clockSkewSeconds: 30,
      maxTokenLifetimeSeconds: 3600,
      clientIdClaim: "cid",
    });
    expect(manifest.deployments[0]).toMatchObject({ name: "orders-etl-nightly", flowName: "orders-etl", deploymentName: "nightly" });
    expect(manifest.deployments[0].deploymentId).toEqual({ tfRef: expect.stringMatching(/^prefect_deployment\.[^.]+\.id$/) });
    expect(manifest.deployments[1].allowedParameters).toEqual(["end", "start"]);
    expect(manifest.products).toEqual([
      { name: "nightly", deployments: ["orders-etl-nightly"], quota: { limit: 10, interval: 1, timeUnit: "minute" } },
      { name: "backfill", deployments: ["orders-etl-backfill"], quota: { limit: 4, interval: 1, timeUnit: "hour" } },
    ]);
    expect(manifest.clients[0]).toEqual({
      clientId: "0oa1cideployer",
      issuer: "okta",
      products: ["nightly"],
      description: "CI deployer",
      consumerKey: createHash("sha256").update("orders|okta|0oa1cideployer").digest("hex"),
    });
    expect(manifest.clients[1].clientId).toEqual({ tfRef: expect.stringMatching(/^google_service_account\.[^.]+\.unique_id$/) });
    const clientRef = (manifest.clients[1].clientId as { tfRef: string }).tfRef;
    expect(manifest.clients[1].consumerKey).toEqual({ tfRef: `sha256(join("|", ["orders", "google", ${clientRef}]))` });
    expect(manifest.prefect.workspaceId).toEqual({ tfRef: expect.stringMatching(/^data\.prefect_workspace\.[^.]+\.id$/) });
    expect(manifest.gate).toMatchObject({ spikeArrestRate: "20ps", callerSpikeArrestRate: "5ps", eventWindowSeconds: 600, maxBodyBytes: 65536 });
    // The Apigee names the audit evidence and reviewers read (the proxy whose bundle holds the audit record).
    expect(manifest.apigee).toEqual({
      organization: "acme-data-prod",
      environment: "prod",
      proxy: "orders-gate",
      keyValueMap: "orders-gate",
      products: [
        { name: "nightly", apigeeName: "orders-nightly" },
        { name: "backfill", apigeeName: "orders-backfill" },
      ],
    });
  });

  test("the access matrix opens with a Mermaid diagram and lists caller × deployment", () => {
    const md = fs.readFileSync(path.join(dir, "gated-pipeline", "access-matrix.md"), "utf8");
    expect(md.split("\n").slice(0, 4)).toEqual(["# Access matrix: orders-gate-prod", "", "```mermaid", "flowchart LR"]);
    expect(md).toContain("| orders | 0oa1cideployer (CI deployer) | okta | orders-etl-nightly | nightly | 10 per minute |");
    const matrix = readJson(dir, "gated-pipeline/access-matrix.json");
    expect(matrix.rows.map((r: Json) => `${r.issuer}:${r.deployment}:${r.product}`)).toEqual([
      "okta:orders-etl-nightly:nightly",
      "google:orders-etl-backfill:backfill",
      "google:orders-etl-nightly:nightly",
    ]);
  });

  test("the bundle zip is written where config_bundle points, and the check report beside the manifest", () => {
    expect(fs.readFileSync(path.join(dir, "bundles", "orders-gate.zip")).length).toBeGreaterThan(1000);
    const report = readJson(dir, "gated-pipeline/checks.json");
    expect(report.findings.filter((f: Json) => f.result === "fail" && f.level === "error")).toEqual([]);
  });

  test("two synths of the same program are byte-identical", () => {
    const again = fullSynthDir(ordersStack());
    const list = (d: string): string[] =>
      fs.readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? list(path.join(d, e.name)).map((f) => `${e.name}/${f}`) : [e.name]));
    const files = list(dir).sort();
    expect(list(again).sort()).toEqual(files);
    for (const f of files) expect(fs.readFileSync(path.join(again, f)).equals(fs.readFileSync(path.join(dir, f)))).toBe(true);
  });
});

test("changing one deployment changes only the resources that belong to it", () => {
  const before: Json = JSON.parse(Testing.synth(ordersStack()));
  const changed = DEPLOYMENTS.map((d) => (d.name === "nightly" ? { ...d, description: "Loads yesterday's orders", tags: ["orders"] } : d));
  const after: Json = JSON.parse(Testing.synth(ordersStack(undefined, [ordersPipeline({ deployments: PrefectDeployments.of(changed) })])));
  const diff: string[] = [];
  for (const type of new Set([...Object.keys(before.resource), ...Object.keys(after.resource)])) {
    for (const id of new Set([...Object.keys(before.resource[type] ?? {}), ...Object.keys(after.resource[type] ?? {})])) {
      if (JSON.stringify(before.resource[type]?.[id]) !== JSON.stringify(after.resource[type]?.[id])) diff.push(`${type}.${id}`);
    }
  }
  expect(diff).toHaveLength(1);
  expect(diff[0]).toMatch(/^prefect_deployment\.orders_Deployments_orders-etl-nightly_/);
});

describe("misuse", () => {
  const build = (overrides: Parameters<typeof ordersPipeline>[0]) => () => ordersStack(Testing.app(), [ordersPipeline(overrides)]);

  test("fails on a bad pipeline id", () => {
    expect(build({ id: "Orders_1" })).toThrow(
      'orders-gate-prod/Orders_1: pipeline id "Orders_1" is not allowed (2-21 characters: lowercase letters, digits and \'-\', starting with a letter, not ending with \'-\'; it names the proxy, secrets and service accounts)',
    );
  });

  test("fails on a product granting an unknown deployment", () => {
    expect(build({ products: [{ name: "nightly", deployments: ["orders-etl-daily"] }] })).toThrow(
      'orders-gate-prod/orders: product "nightly" grants deployment "orders-etl-daily", which is not one of the pipeline\'s deployments ("orders-etl-nightly", "orders-etl-backfill")',
    );
  });

  test("fails on a caller granted an unknown product", () => {
    expect(build({ products: [{ name: "nightly", deployments: ["orders-etl-nightly"], quota: Quota.perMinute(1) }] })).toThrow(
      'orders-gate-prod/orders: caller "serviceAccount:orders-backfiller" is granted product "backfill", which is not one of "nightly"',
    );
  });

  test("fails on a duplicate product name", () => {
    expect(build({ products: [{ name: "nightly", deployments: ["orders-etl-nightly"] }, { name: "nightly", deployments: ["orders-etl-backfill"] }] })).toThrow(
      'orders-gate-prod/orders: product name "nightly" is used twice',
    );
  });

  test("fails on no products", () => {
    expect(build({ products: [] })).toThrow(
      "orders-gate-prod/orders: products is empty (group the deployments into at least one product that callers are granted)",
    );
  });

  test("fails on a spike arrest rate given as a string (the props take a Rate)", () => {
    expect(build({ gate: { spikeArrestRate: "20ps" as never } })).toThrow(
      'orders-gate-prod/orders: gate.spikeArrestRate "20ps" is not allowed (a Rate, e.g. Rate.perSecond(20) or Rate.perMinute(600); rate strings are no longer accepted)',
    );
    expect(() => Rate.perSecond(0)).toThrow("Rate.perSecond: 0 is not allowed (a whole number of requests from 1 to 999999)");
    expect(() => Rate.perMinute(1.5)).toThrow("Rate.perMinute: 1.5 is not allowed (a whole number of requests from 1 to 999999)");
  });

  test("takes its timeouts as Durations and writes them in Apigee's milliseconds", () => {
    const stack = ordersStack(Testing.app(), [ordersPipeline({ gate: { connectTimeout: Duration.millis(2500), ioTimeout: Duration.seconds(20) } })]);
    const files = new Map(stack.pipelines[0].bundle.pack().files.map((f) => [f.path, f.content]));
    expect(files.get("apiproxy/targets/prefect.xml")).toContain('<Property name="connect.timeout.millis">2500</Property>');
    expect(files.get("apiproxy/targets/prefect.xml")).toContain('<Property name="io.timeout.millis">20000</Property>');
    expect(files.get("apiproxy/policies/SC-PrefectKey.xml")).toContain("<Timeout>20000</Timeout>");
  });

  test("fails on a read timeout above Apigee's 55 s", () => {
    expect(build({ gate: { ioTimeout: Duration.seconds(60) } })).toThrow(
      "orders-gate-prod/orders: gate.ioTimeout 60 seconds is not allowed (whole milliseconds from 100 milliseconds to 55 seconds: Apigee answers 504 after 55 seconds anyway)",
    );
  });

  test("fails on a body limit above Prefect's", () => {
    expect(build({ gate: { maxBodyBytes: 10 * 1024 * 1024 } })).toThrow(
      "orders-gate-prod/orders: gate.maxBodyBytes 10485760 is not allowed (a whole number of bytes from 256 to 5242880, Prefect's body limit)",
    );
  });

  test("fails on no hostnames", () => {
    expect(build({ apigee: { organization: "acme-data-prod", environment: "prod", hostnames: [], basePath: "/orders" } })).toThrow(
      "orders-gate-prod/orders: apigee.hostnames is empty (give at least one hostname; Prefect posts status events to the first)",
    );
  });

  test("fails when two pipelines declare one group with different hostnames", () => {
    const billing = ordersPipeline({
      id: "billing",
      apigee: { organization: "acme-data-prod", environment: "prod", hostnames: ["billing.acme.example"], basePath: "/billing" },
    });
    expect(() => ordersStack(Testing.app(), [ordersPipeline(), billing])).toThrow(
      'orders-gate-prod: environment group "prod-group" is declared with hostnames ["api.acme.example"] and again with ["billing.acme.example"] (pipelines sharing a group must list the same hostnames)',
    );
  });

  test("fails on a replay window for status events out of range", () => {
    expect(build({ statusEvents: { replayWindow: Duration.seconds(30) } })).toThrow(
      "orders-gate-prod/orders: statusEvents.replayWindow 30 seconds is not allowed (whole seconds from 60 seconds to 24 hours: shorter refuses events Prefect delivers a little late, longer keeps event ids cached for long)",
    );
  });

  test("fails when two pipelines sharing an environment resolve client addresses differently", () => {
    const billing = ordersPipeline({ id: "billing", apigee: { ...ordersPipeline().apigee, basePath: "/billing", clientIpResolution: ClientIpResolution.xForwardedForFromRight(1) } });
    expect(() => ordersStack(Testing.app(), [ordersPipeline(), billing])).toThrow(
      'orders-gate-prod: environment "prod" is declared with client IP resolution "X-Forwarded-For, 2nd entry from the right" and again with "X-Forwarded-For, 1st entry from the right" (pipelines sharing an environment must resolve client addresses the same way)',
    );
    expect(() => ClientIpResolution.xForwardedForFromRight(0)).toThrow(
      "ClientIpResolution: position 0 from the right is not allowed (a whole number from 1 to 10; entries counted from the left are caller-controlled)",
    );
  });

  test("warns that an existing environment's client IP resolution is not set here", () => {
    const app = Testing.app();
    const stack = ordersStack(app, []);
    const existing = ApigeeEnvironment.fromEnvironmentName(stack, "Prod", ApigeeOrganization.fromName(stack, "acme-data-prod"), "prod");
    const pipeline = new GatedPipeline(stack, "orders", { ...ordersPipeline(), apigee: { ...ordersPipeline().apigee, existingEnvironment: existing } });
    const warnings = pipeline.node.metadata.filter((m) => m.type === "@cdktf/warn").map((m) => m.data);
    expect(warnings).toContain(
      'environment "prod" is not defined in this stack, so its client IP resolution is not set here: configure it where the environment is defined (google_apigee_environment.client_ip_resolution_config, an X-Forwarded-For position counted from the right), or the gate\'s per-client-IP spike arrest keys on an address callers can influence',
    );
    expect(stack.node.tryFindChild("ApigeeEnvironment-prod")).toBeUndefined();
  });

  test("warns that clientIpResolution is ignored for an existing environment, as its doc says", () => {
    const stack = ordersStack(Testing.app(), []);
    const existing = ApigeeEnvironment.fromEnvironmentName(stack, "Prod", ApigeeOrganization.fromName(stack, "acme-data-prod"), "prod");
    const apigee = { ...ordersPipeline().apigee, existingEnvironment: existing, clientIpResolution: ClientIpResolution.xForwardedForFromRight(1) };
    const pipeline = new GatedPipeline(stack, "orders", { ...ordersPipeline(), apigee });
    const warnings = pipeline.node.metadata.filter((m) => m.type === "@cdktf/warn").map((m) => m.data);
    expect(warnings).toContain(
      'apigee.clientIpResolution "X-Forwarded-For, 1st entry from the right" is ignored: environment "prod" is an existingEnvironment, which this pipeline does not define; configure its client IP resolution where it is defined',
    );
    // The environment's own resolution is still unknown here: that warning stays.
    expect(warnings.filter((w) => String(w).startsWith('environment "prod" is not defined in this stack'))).toHaveLength(1);
    expect(JSON.stringify(JSON.parse(Testing.synth(stack)))).not.toContain("client_ip_resolution_config");
  });

  test("warns about a deployment no product grants", () => {
    const stack = ordersStack(Testing.app(), [ordersPipeline({ products: [{ name: "nightly", deployments: ["orders-etl-nightly"] }], callers: [] })]);
    const warnings = stack.pipelines[0].node.metadata.filter((m) => m.type === "@cdktf/warn").map((m) => m.data);
    expect(warnings).toContain('deployment "orders-etl-backfill" is in no product, so no caller can trigger it');
  });
});

test("two pipelines in one stack share the environment and write one access matrix", () => {
  const billing = ordersPipeline({
    id: "billing",
    apigee: { ...ordersPipeline().apigee, basePath: "/billing" },
    callers: [Caller.client("0oa1billing", { issuer: "okta", products: ["nightly"] })],
  });
  const dir = fullSynthDir(ordersStack(Testing.app(), [ordersPipeline(), billing]));
  expect(fs.readdirSync(path.join(dir, "gated-pipeline")).sort()).toEqual(["access-matrix.json", "access-matrix.md", "billing.json", "checks.json", "orders.json"]);
  const json: Json = readJson(dir, "cdk.tf.json");
  expect(Object.keys(json.resource.google_apigee_environment)).toHaveLength(1);
  expect(Object.keys(json.resource.google_apigee_api)).toHaveLength(2);
});

test("an issuer known only after apply is selected by the sha256 Terraform computes of it, and verified from the KVM", () => {
  const app = Testing.app();
  const stack = ordersStack(app, []);
  const issuerUrl = new TerraformVariable(stack, "idp_issuer", { type: "string" }).stringValue;
  stack.addPipeline(
    "orders",
    ordersPipeline({
      issuers: [Issuer.oidc({ name: "idp", issuerUrl, audiences: ["api://orders-gate"], jwksUri: "https://idp.acme.example/keys", clientIdClaim: "azp", algorithms: [JwtAlgorithm.RS256] })],
      callers: [Caller.client("svc-a", { issuer: "idp", products: ["nightly"] })],
    }),
  );
  const json: Json = JSON.parse(Testing.synth(stack));
  const entries = resources(json, "google_apigee_environment_keyvaluemaps_entries").map(([, e]) => e);
  expect(entries).toEqual(
    expect.arrayContaining([
      expect.objectContaining({ name: "iss__${sha256(var.idp_issuer)}", value: "idp" }),
      expect.objectContaining({ name: "issuer.idp.issuer", value: "${var.idp_issuer}" }),
    ]),
  );
  const verify = stack.pipelines[0].bundle.pack().files.find((f) => f.path === "apiproxy/policies/VJWT-idp.xml");
  expect(verify?.content).toContain('<Issuer ref="');
});

test("every issuer value known only after apply is a KVM entry under its key (iss, audience, JWKS URI, required claim)", () => {
  const app = Testing.app();
  const stack = ordersStack(app, []);
  const variable = (name: string) => new TerraformVariable(stack, name, { type: "string" }).stringValue;
  const issuerUrl = variable("idp_issuer");
  stack.addPipeline(
    "orders",
    ordersPipeline({
      issuers: [
        // Referenced: the IdP object is defined in the same stack (Okta's issuer and keys URL, Entra's audience and tenant).
        Issuer.oidc({
          name: "idp",
          issuerUrl,
          audiences: [variable("idp_audience")],
          jwksUri: `${issuerUrl}/v1/keys`,
          clientIdClaim: "azp",
          algorithms: [JwtAlgorithm.RS256],
          requiredClaims: { tid: variable("idp_tenant"), env: "prod" },
        }),
        // Discovered: the JWKS URI is read from the discovery document at plan time.
        Issuer.oidc({ name: "acme-idp", issuerUrl: "https://idp.acme.example", audiences: ["orders"], discoverJwksUri: true, clientIdClaim: "client_id", algorithms: [JwtAlgorithm.ES256] }),
      ],
      callers: [Caller.client("svc-a", { issuer: "idp", products: ["nightly"] }), Caller.client("svc-b", { issuer: "acme-idp", products: ["nightly"] })],
    }),
  );
  const json: Json = JSON.parse(Testing.synth(stack));
  const entries = resources(json, "google_apigee_environment_keyvaluemaps_entries").map(([, e]) => e);
  const issuerEntries = Object.fromEntries(entries.filter((e) => String(e.name).startsWith("issuer.")).map((e) => [e.name, e.value]));
  expect(issuerEntries).toEqual({
    "issuer.idp.issuer": "${var.idp_issuer}",
    "issuer.idp.audience.0": "${var.idp_audience}",
    "issuer.idp.jwks_uri": "${var.idp_issuer}/v1/keys",
    "issuer.idp.claim.tid": "${var.idp_tenant}",
    "issuer.acme-idp.jwks_uri": "${jsondecode(data.http.OidcDiscovery-idp-acme-example.response_body).jwks_uri}",
  });
  // The literal claim (env) has no entry; the discovered issuer's VerifyJWT fetches its keys from the URI the KVM holds.
  const files = stack.pipelines[0].bundle.pack().files;
  expect(files.find((f) => f.path === "apiproxy/policies/VJWT-acme-idp.xml")?.content).toMatch(/<PublicKey>\s*<JWKS uriRef="[^"]+"/);
});
