// The audit trail's constructs: a dedicated bucket with explicit irreversible settings, a route of exactly the gates'
// log names (sink + _Default exclusion), an optional linked dataset, the administrator's stack, and how a gate in
// another stack verifies the route. Every id is a placeholder.
import { Testing } from "cdktf";
import { Construct } from "constructs";
import {
  AuditLinkedDataset,
  AuditLogBucket,
  AuditLogRoute,
  Duration,
  GateAuditTrail,
  GatedPipelineAdminStack,
  GatedPipelineStack,
  PrefectWorkspace,
} from "../../src";
import { stackTokenResolver } from "../../src/identity/manifest-entries";
import { ordersPipeline, ordersStack } from "../pipeline/fixtures";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

const PROJECT = "acme-data-prod";

function adminStack(app = Testing.app()): GatedPipelineAdminStack {
  return new GatedPipelineAdminStack(app, "gate-admin-prod", { google: { project: PROJECT, region: "europe-west1" } });
}

function synth(stack: Construct): Json {
  return JSON.parse(Testing.synth(stack as GatedPipelineStack));
}

function only(map: Record<string, Json> | undefined): Json {
  expect(Object.keys(map ?? {})).toHaveLength(1);
  return Object.values(map ?? {})[0];
}

function warnings(scope: Construct): string[] {
  return scope.node.metadata.filter((m) => m.type === "@cdktf/warn").map((m) => String(m.data));
}

describe("AuditLogBucket", () => {
  test("defaults: a dedicated bucket kept 400 days with Log Analytics, unlocked with a warning", () => {
    const stack = adminStack();
    const bucket = new AuditLogBucket(stack, "Bucket", { project: PROJECT });
    const config = only(synth(stack).resource.google_logging_project_bucket_config);
    expect(config).toMatchObject({ project: PROJECT, bucket_id: "gate-audit", location: "global", retention_days: 400, enable_analytics: true, locked: false });
    expect(config.lifecycle).toBeUndefined();
    expect(config.cmek_settings).toBeUndefined();
    expect(bucket.bucketName).toBe("projects/acme-data-prod/locations/global/buckets/gate-audit");
    expect(bucket.logAnalyticsTable()).toBe("acme-data-prod.global.gate-audit._AllLogs");
    expect(warnings(bucket)).toEqual([expect.stringContaining('log bucket "gate-audit" is not locked: anyone allowed to update or delete it can shorten its 400-day retention or delete it')]);
  });

  test("locked: prevent_destroy, and no warning", () => {
    const stack = adminStack();
    const bucket = new AuditLogBucket(stack, "Bucket", { project: PROJECT, location: "eu", bucketId: "orders.audit", retention: Duration.days(3650), locked: true, logAnalytics: false });
    const config = only(synth(stack).resource.google_logging_project_bucket_config);
    expect(config).toMatchObject({ bucket_id: "orders.audit", location: "eu", retention_days: 3650, locked: true, enable_analytics: false, lifecycle: { prevent_destroy: true } });
    expect(warnings(bucket)).toEqual([]);
  });

  test.each([
    ["retention of 0 days", { retention: Duration.days(0) }, "Test/Bucket: retention 0 days is not allowed (whole days from 1 to 3650, e.g. Duration.days(400))"],
    ["retention over 3650 days", { retention: Duration.days(3651) }, "Test/Bucket: retention 3651 days is not allowed (whole days from 1 to 3650, e.g. Duration.days(400))"],
    ["retention in part-days", { retention: Duration.hours(36) }, "Test/Bucket: retention 36 hours is not allowed (whole days from 1 to 3650, e.g. Duration.days(400))"],
    ["the _Default bucket id", { bucketId: "_Default" }, 'Test/Bucket: bucketId "_Default" is not allowed (1-100 characters: letters, digits, \'_\', \'-\' and \'.\', starting with a letter or digit)'],
    ["a 101-character bucket id", { bucketId: "a".repeat(101) }, "bucketId"],
    ["a location with spaces", { location: "Europe West" }, 'Test/Bucket: location "Europe West" is not allowed (global, a multi-region such as eu or us, or a region such as europe-west1)'],
    ["a bad project id", { project: "Acme" }, 'Test/Bucket: project "Acme" is not allowed (a project id'],
    ["a key that is not a KMS key name", { kmsKeyName: "my-key" }, 'Test/Bucket: kmsKeyName "my-key" is not a Cloud KMS key name (projects/<project>/locations/<location>/keyRings/<ring>/cryptoKeys/<key>)'],
    ["a key in another location",
      { location: "europe-west1", kmsKeyName: "projects/acme-kms/locations/europe-west4/keyRings/logs/cryptoKeys/audit" },
      'Test/Bucket: kmsKeyName is in location "europe-west4", the bucket in "europe-west1" (Cloud Logging needs the key in the bucket\'s location)',
    ],
  ])("refuses %s", (_name, props, message) => {
    const stack = new GatedPipelineAdminStack(Testing.app(), "Test", { google: { project: PROJECT, region: "europe-west1" } });
    expect(() => new AuditLogBucket(stack, "Bucket", { project: PROJECT, ...props })).toThrow(message);
  });

  test("CMEK: the key in the bucket's location, and the Logging service agent read from the project's CMEK settings", () => {
    const stack = adminStack();
    const key = "projects/acme-kms/locations/europe-west1/keyRings/logs/cryptoKeys/audit";
    const bucket = new AuditLogBucket(stack, "Bucket", { project: PROJECT, location: "europe-west1", kmsKeyName: key });
    const json = synth(stack);
    expect(only(json.resource.google_logging_project_bucket_config).cmek_settings).toEqual({ kms_key_name: key });
    expect(only(json.data.google_logging_project_cmek_settings)).toEqual({ project: PROJECT });
    const agent = Object.keys(json.data.google_logging_project_cmek_settings)[0];
    expect(stackTokenResolver(stack)(bucket.loggingServiceAgent!.email)).toBe(`\${data.google_logging_project_cmek_settings.${agent}.service_account_id}`);
  });
});

describe("AuditLogRoute", () => {
  test("a sink and a _Default exclusion with the same filter: exactly the given logs, sorted, the exclusion after the sink", () => {
    const stack = adminStack();
    const bucket = new AuditLogBucket(stack, "Bucket", { project: PROJECT, location: "europe-west1" });
    const route = new AuditLogRoute(stack, "Route", { project: PROJECT, bucket, logIds: ["orders-gate-audit"] });
    route.addLogId("billing-gate-audit");
    route.addLogId("orders-gate-audit");
    const json = synth(stack);
    const bucketKey = Object.keys(json.resource.google_logging_project_bucket_config)[0];
    const sinkKey = Object.keys(json.resource.google_logging_project_sink)[0];
    const filter = 'logName="projects/acme-data-prod/logs/billing-gate-audit" OR logName="projects/acme-data-prod/logs/orders-gate-audit"';
    expect(only(json.resource.google_logging_project_sink)).toMatchObject({
      project: PROJECT,
      name: "gate-audit",
      destination: `logging.googleapis.com/\${google_logging_project_bucket_config.${bucketKey}.id}`,
      filter,
    });
    expect(only(json.resource.google_logging_project_sink).exclusions).toBeUndefined();
    expect(only(json.resource.google_logging_project_exclusion)).toMatchObject({ project: PROJECT, name: "gate-audit", filter, depends_on: [`google_logging_project_sink.${sinkKey}`] });
  });

  test("refuses _Default, a bucket in another project, a log id with '/' or too long, and an empty route", () => {
    const stack = adminStack();
    const bucket = new AuditLogBucket(stack, "Bucket", { project: PROJECT });
    expect(() => new AuditLogRoute(stack, "Default", { project: PROJECT, bucket, name: "_Default" })).toThrow('gate-admin-prod/Default: name "_Default" is not allowed');
    expect(() => new AuditLogRoute(stack, "Other", { project: "acme-other", bucket })).toThrow(
      'gate-admin-prod/Other: bucket "projects/acme-data-prod/locations/global/buckets/gate-audit" is in project "acme-data-prod", the logs in "acme-other" (route to a bucket of the same project; a bucket in another project needs an IAM grant for the sink\'s writer identity and is not supported)',
    );
    const route = new AuditLogRoute(stack, "Route", { project: PROJECT, bucket });
    expect(() => route.addLogId("gates/orders")).toThrow('gate-admin-prod/Route: log id "gates/orders" is not allowed (1-511 characters');
    expect(() => route.addLogId("a".repeat(512))).toThrow("is not allowed (1-511 characters");
    expect(() => Testing.fullSynth(stack)).toThrow(
      "gate-admin-prod/Route: routes no log (an empty sink filter would route every log of project acme-data-prod); add the gates' log ids",
    );
  });
});

describe("AuditLinkedDataset", () => {
  test("derives a BigQuery-safe link id from the bucket id and needs Log Analytics", () => {
    const stack = adminStack();
    const trail = new GateAuditTrail(stack, "Trail", { project: PROJECT, location: "eu", bucketId: "gate-audit.v1", linkedDataset: true, logIds: ["orders-gate-audit"] });
    const json = synth(stack);
    const bucketKey = Object.keys(json.resource.google_logging_project_bucket_config)[0];
    expect(only(json.resource.google_logging_linked_dataset)).toMatchObject({ link_id: "gate_audit_v1", bucket: `\${google_logging_project_bucket_config.${bucketKey}.id}` });
    expect(trail.linkedDataset!.datasetName).toBe("acme-data-prod.gate_audit_v1");
    const noAnalytics = new AuditLogBucket(stack, "Plain", { project: PROJECT, bucketId: "plain", logAnalytics: false });
    expect(() => new AuditLinkedDataset(stack, "Link", { bucket: noAnalytics })).toThrow(
      'gate-admin-prod/Link: bucket "projects/acme-data-prod/locations/global/buckets/plain" does not have Log Analytics enabled (a linked dataset needs it: set logAnalytics: true)',
    );
    expect(() => new GateAuditTrail(stack, "BadLink", { project: PROJECT, bucketId: "b2", linkedDataset: true, linkId: "gate-audit" })).toThrow(
      "gate-admin-prod/BadLink/LinkedDataset: linkId \"gate-audit\" is not allowed (1-100 characters: letters, digits and '_' (it becomes a BigQuery dataset id))",
    );
    expect(() => new GateAuditTrail(stack, "NoLink", { project: PROJECT, bucketId: "b3", linkId: "x" })).toThrow("gate-admin-prod/NoLink: linkId is set but linkedDataset is not (set linkedDataset: true)");
  });
});

describe("a gate and its trail", () => {
  // Two gate stacks name one administrator's trail: the route lists exactly their log names, which are the log names
  // of the MessageLogging policies the gate bundles carry.
  const app = Testing.app();
  const admin = adminStack(app);
  const trail = new GateAuditTrail(admin, "AuditTrail", { project: PROJECT, location: "europe-west1" });
  const orders = ordersStack(app, [ordersPipeline({ audit: { trail } })]);
  const billing = new GatedPipelineStack(app, "billing-gate-prod", {
    google: { project: PROJECT, region: "europe-west1" },
    prefect: { accountId: "6f1c2a3b-0000-4000-8000-000000000001", workspace: PrefectWorkspace.fromHandle("data-prod") },
    auditTrail: trail,
    pipelines: [ordersPipeline({ id: "billing", auditLogName: "billing.audit", apigee: { ...ordersPipeline().apigee, basePath: "/billing" } })],
  });
  const gates = [orders.pipelines[0], billing.pipelines[0]];

  test("the sink and the exclusion route exactly the log names the gates' bundles write to", () => {
    const bundleLogNames = gates.map((g) => {
      const policy = g.bundle.pack().files.find((f) => f.path === "apiproxy/policies/ML-Audit.xml")!;
      return /<LogName>([^<]+)<\/LogName>/.exec(String(policy.content))![1];
    });
    expect(bundleLogNames).toEqual(["projects/acme-data-prod/logs/orders-gate-audit", "projects/acme-data-prod/logs/billing.audit"]);
    expect(gates.map((g) => g.auditLogName)).toEqual(bundleLogNames);
    const json = synth(admin);
    const expected = [...bundleLogNames].sort().map((n) => `logName="${n}"`).join(" OR ");
    expect(only(json.resource.google_logging_project_sink).filter).toBe(expected);
    expect(only(json.resource.google_logging_project_exclusion).filter).toBe(expected);
  });

  test("each gate stack reads the sink at plan time and fails unless it routes its log to the trail's bucket; nothing references the other stack", () => {
    const json = synth(billing);
    const sink = only(json.data.google_logging_sink);
    expect(sink.id).toBe("projects/acme-data-prod/sinks/gate-audit");
    expect(sink.lifecycle.postcondition.map((p: Json) => p.condition)).toEqual([
      '${self.destination == "logging.googleapis.com/projects/acme-data-prod/locations/europe-west1/buckets/gate-audit"}',
      '${strcontains(self.filter, "logName=\\"projects/acme-data-prod/logs/billing.audit\\"")}',
      "${!self.disabled}",
      "${length(self.exclusions) == 0}",
    ]);
    expect(json.resource.google_logging_project_sink).toBeUndefined();
    expect(json.data.terraform_remote_state).toBeUndefined();
    expect(JSON.stringify(json)).not.toContain("google_logging_project_bucket_config");
  });

  test("the manifest records the rotation and where the records go", () => {
    const manifest = gates[0].manifest();
    expect(manifest.rotation).toEqual({ everySeconds: 2592000, graceSeconds: 604800, overlapSeconds: 86400, cacheTtlSeconds: 300, applyEverySeconds: 86400 });
    expect(manifest.audit).toEqual({
      logName: "projects/acme-data-prod/logs/orders-gate-audit",
      trail: {
        project: PROJECT,
        location: "europe-west1",
        bucketId: "gate-audit",
        bucketName: "projects/acme-data-prod/locations/europe-west1/buckets/gate-audit",
        retentionDays: 400,
        locked: false,
        logAnalytics: true,
        kmsKeyName: null,
        linkedDataset: null,
        sinkName: "gate-audit",
        definedIn: "gate-admin-prod",
        verifiedAtPlan: true,
      },
    });
  });

  test("a trail in the gate's own stack needs no plan-time check; one defined outside the app is verified with what is stated of it", () => {
    const app2 = Testing.app();
    const stack = ordersStack(app2, []);
    const own = new GateAuditTrail(stack, "AuditTrail", { project: PROJECT });
    const gate = stack.addPipeline("orders", { ...ordersPipeline(), audit: { trail: own } });
    expect(gate.manifest().audit?.trail).toMatchObject({ definedIn: "orders-gate-prod", verifiedAtPlan: false });
    expect(synth(stack).data.google_logging_sink).toBeUndefined();

    const app3 = Testing.app();
    const stack3 = ordersStack(app3, []);
    const external = GateAuditTrail.fromTrailAttributes(stack3, "Trail", { project: PROJECT, location: "eu", bucketId: "central-audit", routeName: "gates" });
    const gate3 = stack3.addPipeline("orders", { ...ordersPipeline(), audit: { trail: external } });
    expect(gate3.manifest().audit?.trail).toMatchObject({ bucketName: "projects/acme-data-prod/locations/eu/buckets/central-audit", retentionDays: null, locked: null, definedIn: null, verifiedAtPlan: true });
    expect(only(synth(stack3).data.google_logging_sink).id).toBe("projects/acme-data-prod/sinks/gates");
  });

  test("refuses a trail in another project than the gate's organization, and a bad auditLogName", () => {
    const app4 = Testing.app();
    const other = new GateAuditTrail(new GatedPipelineAdminStack(app4, "admin", { google: { project: "acme-other", region: "europe-west1" } }), "Trail", { project: "acme-other" });
    expect(() => ordersStack(app4, [ordersPipeline({ audit: { trail: other } })])).toThrow(
      'orders-gate-prod/orders: audit.trail admin/Trail is in project "acme-other", but the gate writes its log to "acme-data-prod" (its Apigee organization); use a trail in the organization\'s project (routing to another project is not supported)',
    );
    expect(() => ordersStack(Testing.app(), [ordersPipeline({ auditLogName: "orders/audit" })])).toThrow(
      'orders-gate-prod/orders: auditLogName "orders/audit" is not allowed (1-511 characters: letters, digits, \'_\', \'-\' and \'.\' (Cloud Logging log ids; \'/\' is refused because it must be URL-encoded in a log name))',
    );
  });
});

describe("GatedPipelineAdminStack", () => {
  test("the google provider line of the gate stacks, Terraform >= 1.11, and the administrator marker", () => {
    const stack = adminStack();
    new GateAuditTrail(stack, "Trail", { project: PROJECT, logIds: ["orders-gate-audit"] });
    const json = JSON.parse(JSON.stringify(stack.toTerraform()));
    expect(json.terraform.required_providers.google).toEqual({ source: "hashicorp/google", version: ">= 7.43.0, < 8.0.0" });
    expect(json.terraform.required_version).toBe(">= 1.11");
    expect(json["//"].gated_pipeline).toEqual({ applied_by: "administrator" });
    expect(json.provider.google).toEqual([{ project: PROJECT, region: "europe-west1" }]);
    expect(() => new GatedPipelineAdminStack(Testing.app(), "x", { google: { project: "acme-data-prod", region: "Europe" } })).toThrow(
      'x: google.region "Europe" is not allowed (a region name such as europe-west1)',
    );
  });
});
