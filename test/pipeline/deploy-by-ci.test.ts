// What a real `cdktf deploy` by CI needs from the synthesized stack, on the first apply and on every change after it:
// caller apps that keep their names and addresses, product changes in place, no create-before-destroy reaching an
// immutable KVM entry, status events someone reads.
import { createHash } from "crypto";
import { TerraformVariable, Testing } from "cdktf";
import {
  Backend,
  Caller,
  Duration,
  GatedPipelineStack,
  GatedPipelineStackPipeline,
  Issuer,
  JwtAlgorithm,
  PrefectWorkspace,
  Principal,
  StatusEventsSubscription,
} from "../../src";
import { immutableInCreateBeforeDestroyClosures } from "../support/terraform-graph";
import { ACCOUNT_ID, ordersPipeline, ordersStack } from "./fixtures";

const STACK_PROPS = {
  google: { project: "acme-data-prod", region: "europe-west1" },
  prefect: { accountId: ACCOUNT_ID, workspace: PrefectWorkspace.fromHandle("data-prod") },
};

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

function synth(pipeline: Partial<GatedPipelineStackPipeline> = {}): Json {
  return JSON.parse(Testing.synth(ordersStack(Testing.app(), [ordersPipeline(pipeline)])));
}

const OKTA_CI = Caller.client("0oa1cideployer", { issuer: "okta", products: ["nightly"], description: "CI deployer" });
const BACKFILLER = Caller.googleServiceAccount({
  accountId: "orders-backfiller",
  tokenCreators: [Principal.serviceAccount("scheduler@acme-data-prod.iam.gserviceaccount.com")],
  products: ["backfill", "nightly"],
});

/** Every [path, value] leaf of a JSON document, for diffs. */
function leaves(value: unknown, path = "", out = new Map<string, string>()): Map<string, string> {
  if (value !== null && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) leaves(v, path ? `${path}.${k}` : k, out);
  } else out.set(path, JSON.stringify(value));
  return out;
}

function diff(a: Json, b: Json): string[] {
  const [x, y] = [leaves(a), leaves(b)];
  return [...new Set([...x.keys(), ...y.keys()])].filter((k) => x.get(k) !== y.get(k)).sort();
}

function apps(json: Json): [string, Json][] {
  return Object.entries(json.resource.google_apigee_developer_app);
}

describe("caller apps are named and addressed by issuer and client id", () => {
  const json = synth({ callers: [OKTA_CI, BACKFILLER] });
  const reordered = synth({ callers: [BACKFILLER, OKTA_CI] });

  test("reordering callers changes no resource (only which positional address each upgrade move starts from)", () => {
    const { moved: movedBefore, ...resourcesBefore } = json;
    const { moved: movedAfter, ...resourcesAfter } = reordered;
    expect(diff(resourcesBefore, resourcesAfter)).toEqual([]);
    const targets = (moved: { to: string }[]) => moved.map((m) => m.to).sort();
    expect(targets(movedAfter)).toEqual(targets(movedBefore));
  });

  test("construct ids, app names and consumer keys derive from issuer and client id", () => {
    const okta = apps(json).find(([, a]) => a.name === "orders-okta-0oa1cideployer")!;
    expect(okta[0]).toMatch(/^orders_App-okta-0oa1cideployer_[0-9A-F]{8}$/);
    expect(okta[1].consumer_key).toBe(createHash("sha256").update("orders|okta|0oa1cideployer").digest("hex"));
    // Known only at apply: the address from a digest of the reference, name and key computed by Terraform.
    const sa = Object.entries(json.resource.google_service_account).find(([, a]) => (a as Json).account_id === "orders-backfiller")![0];
    const google = apps(json).find(([key]) => key !== okta[0])!;
    const expression = `google_service_account.${sa}.unique_id`;
    expect(google[0]).toMatch(new RegExp(`^orders_App-google-ref-${createHash("sha256").update(`\${${expression}}`).digest("hex").slice(0, 12)}_`));
    expect(google[1].consumer_key).toBe(`\${sha256(join("|", ["orders", "google", ${expression}]))}`);
    expect(google[1].name).toBe(`orders-google-\${substr(sha256(join("|", ["orders", "google", ${expression}])), 0, 16)}`);
  });

  test("the upgrade from positional apps moves each app and its consumer secret, so Terraform replaces it as one resource", () => {
    // The addresses the positional code gave the apps: `App-<i>` under the pipeline, logical ids by cdktf's scheme.
    const oldApp = (i: number, child: string) => {
      const path = ["orders", `App-${i}`, child];
      const hash = createHash("md5").update(path.join("/")).digest("hex").slice(0, 8).toUpperCase();
      return `orders_App-${i}${child === "Resource" ? "" : `_${child}`}_${hash}`;
    };
    const app = (name: string) => apps(json).find(([, a]) => a.name === name)![0];
    const secret = (appKey: string) => /\$\{random_password\.([^.]+)\.result\}/.exec(json.resource.google_apigee_developer_app[appKey].consumer_secret)![1];
    const okta = app("orders-okta-0oa1cideployer");
    const google = apps(json).find(([key]) => key !== okta)![0];
    expect(json.moved).toEqual([
      { from: `random_password.${oldApp(0, "ConsumerSecret")}`, to: `random_password.${secret(okta)}` },
      { from: `google_apigee_developer_app.${oldApp(0, "Resource")}`, to: `google_apigee_developer_app.${okta}` },
      { from: `random_password.${oldApp(1, "ConsumerSecret")}`, to: `random_password.${secret(google)}` },
      { from: `google_apigee_developer_app.${oldApp(1, "Resource")}`, to: `google_apigee_developer_app.${google}` },
    ]);
    // The old addresses are declared nowhere else (Terraform refuses a moved block from a declared resource).
    expect(Object.keys(json.resource.google_apigee_developer_app).some((k) => /_App-\d+_/.test(k))).toBe(false);
  });

  test("two callers whose app names would collide fail at construction", () => {
    const issuers = [
      Issuer.oidc({ name: "idp", issuerUrl: "https://idp.acme.example", audiences: ["orders"], jwksUri: "https://idp.acme.example/keys", clientIdClaim: "azp", algorithms: [JwtAlgorithm.RS256] }),
      Issuer.oidc({ name: "idp-a", issuerUrl: "https://idp-a.acme.example", audiences: ["orders"], jwksUri: "https://idp-a.acme.example/keys", clientIdClaim: "azp", algorithms: [JwtAlgorithm.RS256] }),
    ];
    const callers = [Caller.client("a-b", { issuer: "idp", products: ["nightly"] }), Caller.client("b", { issuer: "idp-a", products: ["nightly"] })];
    expect(() => ordersStack(Testing.app(), [ordersPipeline({ issuers, callers })])).toThrow(
      'orders-gate-prod/orders: callers "a-b" of issuer "idp" and "b" of issuer "idp-a" would both get the app name "orders-idp-a-b" (rename an issuer)',
    );
  });

  test("the same apply-time client id listed twice for one issuer fails at construction", () => {
    const stack = ordersStack(Testing.app(), []);
    const clientId = new TerraformVariable(stack, "client_id", { type: "string" }).stringValue;
    const twice = [Caller.client(clientId, { issuer: "okta", products: ["nightly"] }), Caller.client(clientId, { issuer: "okta", products: ["backfill"] })];
    expect(() => stack.addPipeline("orders", ordersPipeline({ callers: twice }))).toThrow(
      'orders-gate-prod/orders: caller ${var.client_id} of issuer "okta" is listed twice',
    );
  });
});

describe("a caller's product change", () => {
  test("touches only that app's api_products (updated in place on the app's key since google 7.38)", () => {
    const before = synth({ callers: [OKTA_CI, BACKFILLER] });
    const granted = Caller.client("0oa1cideployer", { issuer: "okta", products: ["nightly", "backfill"], description: "CI deployer" });
    const after = synth({ callers: [granted, BACKFILLER] });
    const okta = apps(before).find(([, a]) => a.name === "orders-okta-0oa1cideployer")![0];
    expect(diff(before, after)).toEqual([`resource.google_apigee_developer_app.${okta}.api_products.1`]);
    expect(after.resource.google_apigee_developer_app[okta].api_products).toEqual([
      before.resource.google_apigee_developer_app[okta].api_products[0],
      expect.stringMatching(/^\$\{google_apigee_api_product\.orders_Product-backfill_[0-9A-F]{8}\.name\}$/),
    ]);
  });
});

describe("create-before-destroy never reaches an immutable, fixed-name resource", () => {
  // An issuer known only at apply adds an issuer-selection entry computed by Terraform: the riskiest KVM entry.
  const app = Testing.app();
  const stack = ordersStack(app, []);
  const issuerUrl = new TerraformVariable(stack, "idp_issuer", { type: "string" }).stringValue;
  const referenced = Issuer.oidc({ name: "idp", issuerUrl, audiences: ["orders"], jwksUri: `${issuerUrl}/keys`, clientIdClaim: "azp", algorithms: [JwtAlgorithm.RS256] });
  stack.addPipeline("orders", { ...ordersPipeline({ issuers: [...ordersPipeline().issuers, referenced] }), rotation: { every: Duration.days(30) } });
  const json = JSON.parse(Testing.synth(stack));

  test("no KVM, KVM entry or Prefect deployment is in the transitive dependencies of any create-before-destroy resource", () => {
    const cbd = Object.entries(json.resource).flatMap(([type, byName]) =>
      Object.entries(byName as Record<string, Json>).filter(([, b]) => b.lifecycle?.create_before_destroy).map(([name]) => `${type}.${name}`),
    );
    // The proxy deployment and the two secret versions.
    expect(cbd.map((r) => r.split(".")[0]).sort()).toEqual([
      "google_apigee_environment_api_revision_deployment",
      "google_secret_manager_secret_version",
      "google_secret_manager_secret_version",
    ]);
    expect(immutableInCreateBeforeDestroyClosures(json)).toEqual({});
  });

  test("the proxy caches what it reads from the KVM for at most 5 minutes (the README's figure for a changed entry)", () => {
    const policies = stack.pipelines[0].bundle.pack().files.filter((f) => f.content.includes("<KeyValueMapOperations"));
    expect(policies.length).toBeGreaterThan(0);
    for (const policy of policies) {
      const expiry = /<ExpiryTimeInSecs>(\d+)<\/ExpiryTimeInSecs>/.exec(policy.content);
      expect(Number(expiry?.[1])).toBeLessThanOrEqual(300);
    }
  });

  test("the issuer-selection entry of an apply-time issuer names its KVM by reference", () => {
    const entries = Object.values(json.resource.google_apigee_environment_keyvaluemaps_entries) as Json[];
    const selector = entries.find((e) => String(e.name).startsWith("iss__${"))!;
    expect(selector.name).toBe("iss__${sha256(var.idp_issuer)}");
    expect(selector.env_keyvaluemap_id).toMatch(/^\$\{google_apigee_environment_keyvaluemaps\.[^.]+\.id\}$/);
  });
});

describe("status events", () => {
  test("a pull subscription on the status topic that never expires", () => {
    const json = synth({ statusEvents: { subscription: StatusEventsSubscription.pull() } });
    const [[, subscription]] = Object.entries(json.resource.google_pubsub_subscription) as [string, Json][];
    const topic = Object.keys(json.resource.google_pubsub_topic)[0];
    expect(subscription).toEqual({
      name: "orders-gate-status-sub",
      project: "acme-data-prod",
      topic: `\${google_pubsub_topic.${topic}.id}`,
      ack_deadline_seconds: 60,
      message_retention_duration: "604800s",
      expiration_policy: { ttl: "" },
    });
  });

  test("a push subscription to an HTTPS endpoint with an OIDC token", () => {
    const json = synth({
      statusEvents: {
        topicName: "orders-status",
        subscription: StatusEventsSubscription.push({
          name: "orders-status-to-run",
          endpoint: "https://status-sink-abc123-ew.a.run.app/events",
          serviceAccountEmail: "status-push@acme-data-prod.iam.gserviceaccount.com",
          ackDeadline: Duration.seconds(30),
        }),
      },
    });
    const [[, subscription]] = Object.entries(json.resource.google_pubsub_subscription) as [string, Json][];
    expect(subscription).toMatchObject({
      name: "orders-status-to-run",
      ack_deadline_seconds: 30,
      push_config: {
        push_endpoint: "https://status-sink-abc123-ew.a.run.app/events",
        oidc_token: { service_account_email: "status-push@acme-data-prod.iam.gserviceaccount.com" },
      },
    });
  });

  test("none unless asked for", () => {
    expect(synth().resource.google_pubsub_subscription).toBeUndefined();
  });

  test("refuses a plain-http endpoint, an audience without a token, and limits Pub/Sub does not accept", () => {
    expect(() => StatusEventsSubscription.push({ endpoint: "http://sink.acme.example/events" })).toThrow(
      'StatusEventsSubscription.push: endpoint "http://sink.acme.example/events" is not allowed (an https:// URL with a lowercase host)',
    );
    expect(() => StatusEventsSubscription.push({ endpoint: "https://sink.acme.example/events", audience: "sink" })).toThrow(
      "StatusEventsSubscription.push: audience is set without serviceAccountEmail (the audience belongs to the OIDC token of that account)",
    );
    expect(() => StatusEventsSubscription.push({ endpoint: "https://sink.acme.example", serviceAccountEmail: "me@gmail.com" })).toThrow(
      'StatusEventsSubscription.push: serviceAccountEmail "me@gmail.com" is not allowed (a service account email, e.g. orders-gate-rt@acme-data-prod.iam.gserviceaccount.com)',
    );
    expect(() => StatusEventsSubscription.pull({ ackDeadline: Duration.minutes(11) })).toThrow(
      "StatusEventsSubscription.pull: ackDeadline 660 seconds is not allowed (whole seconds from 10 to 600, Pub/Sub's limits)",
    );
    expect(() => StatusEventsSubscription.pull({ messageRetention: Duration.days(8) })).toThrow(
      "StatusEventsSubscription.pull: messageRetention 691200 seconds is not allowed (whole seconds from 600 to 604800: 10 minutes to 7 days)",
    );
    expect(() => StatusEventsSubscription.pull({ name: "goog-events" })).toThrow(
      "StatusEventsSubscription.pull: name \"goog-events\" is not allowed (3-255 characters: letters, digits, '-', '_', '.', '~', '+', '%', starting with a letter and not with 'goog')",
    );
  });
});

describe("state that holds secrets", () => {
  const warnings = (stack: { node: { metadata: { type: string; data: unknown }[] } }) =>
    stack.node.metadata.filter((m) => m.type === "@cdktf/warn").map((m) => m.data);

  test("a stack with the local backend warns at synthesis, once, naming what its state holds", () => {
    const stack = ordersStack();
    Testing.synth(stack);
    Testing.synth(stack);
    expect(warnings(stack)).toEqual([
      "the local backend writes this stack's state, which holds secrets (google_apigee_developer_app, prefect_service_account, random_password), " +
        "to a plaintext file on this machine (../../../terraform.orders-gate-prod.tfstate): deploy with Backend.gcs({ bucket, prefix }) on an " +
        "encrypted, access-restricted bucket, and keep the local backend for offline synthesis",
    ]);
  });

  test("no warning with a GCS backend, or when the state holds no secret", () => {
    const app = Testing.app();
    const gcs = new GatedPipelineStack(app, "gcs", { ...STACK_PROPS, backend: Backend.gcs({ bucket: "acme-tfstate", prefix: "gates/orders" }), pipelines: [ordersPipeline()] });
    Testing.synth(gcs);
    expect(warnings(gcs)).toEqual([]);
    const empty = new GatedPipelineStack(app, "empty", STACK_PROPS);
    Testing.synth(empty);
    expect(warnings(empty)).toEqual([]);
  });
});
