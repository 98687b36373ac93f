// GP020-GP022 over what the library synthesizes: the reference gate passes, and copies of its cdk.tf.json broken one
// way at a time fail with the message a reviewer needs.
import { Testing } from "cdktf";
import * as google from "../../src/internal/google";
import { ApigeeDeveloperApp } from "../../src/gen/providers/google/apigee-developer-app";
import { ApigeeEnvironmentApiRevisionDeployment } from "../../src/gen/providers/google/apigee-environment-api-revision-deployment";
import { CheckInput, Rule } from "../../src/checks/model";
import { runChecks } from "../../src/checks/runner";
import { GP020 } from "../../src/checks/rules/gp020-deployer-can-manage";
import { GP021 } from "../../src/checks/rules/gp021-references-not-literals";
import { GP022 } from "../../src/checks/rules/gp022-environment-attached";
import { CiProvider } from "../../src/identity/ci-provider";
import { DeployerIdentity } from "../../src/identity/deployer-identity";
import { DEPLOYER_PERMISSION_TABLE, LIBRARY_GOOGLE_TYPES } from "../../src/identity/deployer-permissions";
import { ordersStack } from "../pipeline/fixtures";
import { newStack } from "../helpers";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

/** The reference gate's cdk.tf.json, metadata included, as the policy pack reads it. */
const REFERENCE: Json = JSON.parse(JSON.stringify(ordersStack(Testing.app()).toTerraform()));

function config(): Json {
  return structuredClone(REFERENCE);
}

function only(json: Json, type: string, match: (body: Json) => boolean = () => true): [string, Json] {
  const found = Object.entries(json.resource[type] ?? {}).filter(([, b]) => match(b));
  if (found.length !== 1) throw new Error(`expected one ${type}, found ${found.length}`);
  return found[0] as [string, Json];
}

function findings(rule: Rule, json: Json) {
  const input: CheckInput = { stackName: "orders-gate-prod", config: json, bundles: new Map() };
  return runChecks(input, [rule]).findings;
}

const failed = (rule: Rule, json: Json) =>
  findings(rule, json)
    .filter((f) => f.result === "fail")
    .map((f) => [f.level, f.resource, f.message]);

describe("GP020 the CI deployer can manage every google_* type", () => {
  test("the reference gate passes: every resource and data source type is in the permission table", () => {
    const all = findings(GP020, config());
    expect(all.filter((f) => f.result !== "pass")).toEqual([]);
    const google = (section: Json, prefix: string) =>
      Object.entries(section ?? {})
        .filter(([type]) => type.startsWith("google_"))
        .flatMap(([type, byName]) => Object.keys(byName as object).map((name) => `${prefix}${type}.${name}`));
    expect(all.map((f) => f.resource).sort()).toEqual([...google(REFERENCE.resource, ""), ...google(REFERENCE.data, "data.")].sort());
  });

  test("an administrator-only type in a stack CI applies is an error", () => {
    const json = config();
    json.resource.google_project_iam_custom_role = { extra: { project: "acme-data-prod", role_id: "gateExtra", title: "x", permissions: ["apigee.proxies.get"] } };
    expect(failed(GP020, json)).toEqual([
      [
        "error",
        "google_project_iam_custom_role.extra",
        "the deployer role cannot manage google_project_iam_custom_role, which decides what the deployer may do (iam.roles.*); " +
          "it belongs in the stack an administrator applies, with DeployerIdentity",
      ],
    ]);
  });

  test("a type the user added is a warning naming what to do", () => {
    const json = config();
    json.resource.google_storage_bucket = { exports: { name: "acme-orders-exports", location: "EU" } };
    json.data = { ...json.data, google_compute_network: { vpc: { name: "default" } } };
    expect(failed(GP020, json)).toEqual([
      [
        "warning",
        "data.google_compute_network.vpc",
        "the deployer role has no permissions for data.google_compute_network, which this stack adds: list what Terraform needs to create, read, " +
          "update and delete it in DeployerIdentity's additionalPermissions and have an administrator re-apply DeployerIdentity before CI deploys",
      ],
      [
        "warning",
        "google_storage_bucket.exports",
        "the deployer role has no permissions for google_storage_bucket, which this stack adds: list what Terraform needs to create, read, " +
          "update and delete it in DeployerIdentity's additionalPermissions and have an administrator re-apply DeployerIdentity before CI deploys",
      ],
    ]);
  });

  test("a project grant of a role outside the deployer's condition is a warning", () => {
    const json = config();
    const [key, logWriter] = only(json, "google_project_iam_member");
    logWriter.role = "roles/pubsub.subscriber";
    expect(failed(GP020, json)).toEqual([
      [
        "warning",
        `google_project_iam_member.${key}`,
        'grants "roles/pubsub.subscriber" on the project, but the deployer may grant only roles/logging.logWriter there (its setIamPolicy is conditioned): ' +
          "add the role to DeployerIdentity's additionalGrantableProjectRoles and have an administrator re-apply DeployerIdentity before CI deploys",
      ],
    ]);
  });

  test("the stack DeployerIdentity lives in is applied by an administrator", () => {
    const { stack } = newStack("bootstrap", { checks: false });
    new DeployerIdentity(stack, "Deployer", { ci: CiProvider.githubActions({ repository: "acme/data-gates" }), project: "acme-data-prod" });
    const json = JSON.parse(JSON.stringify(stack.toTerraform()));
    expect(findings(GP020, json).map((f) => [f.result, f.resource, f.message])).toEqual([
      ["pass", "cdk.tf.json", "applied by an administrator (the stack defines DeployerIdentity): the deployer role does not apply"],
    ]);
    delete json["//"].gated_pipeline;
    expect(failed(GP020, json).map(([level, resource]) => [level, resource.split(".")[0]])).toEqual([
      ["error", "google_iam_workload_identity_pool"],
      ["error", "google_iam_workload_identity_pool_provider"],
      ["error", "google_project_iam_custom_role"],
      ["error", "google_project_iam_custom_role"],
      ["warning", "google_project_iam_member"],
      ["warning", "google_project_iam_member"],
    ]);
  });

  test("every google type the library can define is judged: in the permission table, or administrator-only", () => {
    const classes: { tfResourceType?: string; name: string; prototype: unknown }[] = [
      ...Object.values(google).filter((c): c is never => typeof c === "function"),
      ApigeeDeveloperApp,
      ApigeeEnvironmentApiRevisionDeployment,
    ];
    const types = classes
      .filter((c) => typeof c.tfResourceType === "string" && c.name !== "GoogleProvider")
      .map((c) => (c.name.startsWith("DataGoogle") ? `data.${c.tfResourceType}` : (c.tfResourceType as string)))
      .sort();
    expect(types).toEqual(LIBRARY_GOOGLE_TYPES);
    for (const entry of Object.values(DEPLOYER_PERMISSION_TABLE)) {
      expect(entry.docs.length).toBeGreaterThan(20);
      expect([...entry.create, ...entry.read, ...entry.delete].length).toBeGreaterThan(0);
    }
  });
});

describe("GP021 ids of objects defined in the same stack are references", () => {
  test("the reference gate passes and names what it references", () => {
    const all = findings(GP021, config());
    expect(all.filter((f) => f.result !== "pass")).toEqual([]);
    const [app] = only(REFERENCE, "google_apigee_developer_app", (b) => b.name === "orders-okta-0oa1cideployer");
    const developer = Object.keys(REFERENCE.resource.google_apigee_developer)[0];
    expect(all.find((f) => f.resource === `google_apigee_developer_app.${app}`)?.message).toContain(`google_apigee_developer.${developer}`);
  });

  test("fails on the literals today's library wrote: environment, group, KVM and developer names, service-account members", () => {
    const json = config();
    const [product, productBody] = only(json, "google_apigee_api_product", (b) => b.name === "orders-nightly");
    productBody.environments = ["prod"];
    const [attachment, attachmentBody] = only(json, "google_apigee_envgroup_attachment");
    attachmentBody.envgroup_id = "organizations/acme-data-prod/envgroups/prod-group";
    const [entry, entryBody] = only(json, "google_apigee_environment_keyvaluemaps_entries", (b) => b.name === "prefect__workspace_id");
    entryBody.env_keyvaluemap_id = "organizations/acme-data-prod/environments/prod/keyvaluemaps/orders-gate";
    const [app, appBody] = only(json, "google_apigee_developer_app", (b) => b.name === "orders-okta-0oa1cideployer");
    appBody.developer_email = "gate-callers-orders@acme-data-prod.invalid";
    const [logWriter, logWriterBody] = only(json, "google_project_iam_member");
    logWriterBody.member = "serviceAccount:orders-gate-rt@acme-data-prod.iam.gserviceaccount.com";
    const id = (type: string, match: (b: Json) => boolean) => `${type}.${only(json, type, match)[0]}`;
    const env = id("google_apigee_environment", () => true);
    const group = id("google_apigee_envgroup", () => true);
    const kvm = id("google_apigee_environment_keyvaluemaps", () => true);
    const developer = id("google_apigee_developer", () => true);
    const runtime = id("google_service_account", (b) => b.account_id === "orders-gate-rt");
    expect(failed(GP021, json)).toEqual([
      ["error", `google_apigee_api_product.${product}`, `environments[0] names ${env} by the literal "prod" (write \${${env}.name} so Terraform creates it first)`],
      [
        "error",
        `google_apigee_developer_app.${app}`,
        `developer_email names ${developer} by the literal "gate-callers-orders@acme-data-prod.invalid" (write \${${developer}.email} so Terraform creates it first)`,
      ],
      [
        "error",
        `google_apigee_envgroup_attachment.${attachment}`,
        `envgroup_id names ${group} by the literal "organizations/acme-data-prod/envgroups/prod-group" (write \${${group}.name} so Terraform creates it first)`,
      ],
      [
        "error",
        `google_apigee_environment_keyvaluemaps_entries.${entry}`,
        `env_keyvaluemap_id names ${kvm} by the literal "organizations/acme-data-prod/environments/prod/keyvaluemaps/orders-gate" (write \${${kvm}.id} so Terraform creates it first)`,
      ],
      [
        "error",
        `google_project_iam_member.${logWriter}`,
        `member names ${runtime} by the literal "serviceAccount:orders-gate-rt@acme-data-prod.iam.gserviceaccount.com" (write \${${runtime}.member} so Terraform creates it first)`,
      ],
    ]);
  });

  test("a bare name counts only where an id is expected; imported objects may be named literally", () => {
    const json = config();
    const [, productBody] = only(json, "google_apigee_api_product", (b) => b.name === "orders-nightly");
    productBody.description = "prod";
    productBody.environments = ["staging"]; // not defined in this stack
    expect(failed(GP021, json)).toEqual([]);
  });
});

describe("GP022 defined environments serve traffic", () => {
  test("the reference gate's environment is attached to its instance", () => {
    const all = findings(GP022, config());
    expect(all.map((f) => f.result)).toEqual(["pass"]);
    expect(all[0].message).toMatch(/^attached to an instance by google_apigee_instance_attachment\./);
  });

  test("warns on a defined environment without an instance attachment", () => {
    const json = config();
    delete json.resource.google_apigee_instance_attachment;
    const env = Object.keys(json.resource.google_apigee_environment)[0];
    expect(failed(GP022, json)).toEqual([
      ["warning", `google_apigee_environment.${env}`, 'environment "prod" is attached to no instance, so the proxies deployed to it serve no traffic'],
    ]);
  });

  test("a stack that only uses existing environments has nothing to attach", () => {
    const json = config();
    delete json.resource.google_apigee_environment;
    expect(findings(GP022, json).map((f) => [f.result, f.resource])).toEqual([["pass", "cdk.tf.json"]]);
  });
});

