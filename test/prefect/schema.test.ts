// Every prefect_* resource and data source the constructs synthesize, checked against the provider 3.4.1 schema:
// only attributes the schema knows (recursively into nested attributes), none that are read-only, every required one
// set, and values of the declared kind.
import * as fs from "fs";
import * as path from "path";
import { Duration } from "../../src/core/duration";
import { CollisionStrategy, PrefectDeployment } from "../../src/prefect/deployment";
import { PrefectDeployments } from "../../src/prefect/deployments";
import { GateServiceAccount } from "../../src/prefect/gate-service-account";
import { PullStep } from "../../src/prefect/pull-step";
import { Schedule } from "../../src/prefect/schedule";
import { DeploymentSla, SlaSeverity } from "../../src/prefect/sla";
import { StatusAutomation } from "../../src/prefect/status-automation";
import { WorkPool, WorkPoolType } from "../../src/prefect/work-pool";
import { PrefectWorkspace } from "../../src/prefect/workspace";
import { RotationSchedule } from "../../src/secrets/rotation-schedule";
import { Secret } from "../../src/secrets/secret";
import { newStack, synthJson } from "../helpers";

interface Attribute {
  type?: unknown;
  nested_type?: { attributes: Record<string, Attribute>; nesting_mode: "single" | "list" | "set" | "map" };
  required?: boolean;
  optional?: boolean;
  computed?: boolean;
}

const SCHEMA = JSON.parse(fs.readFileSync(path.join(__dirname, "..", "..", "schemas", "prefect-3.4.1.json"), "utf8"));
const PROVIDER = SCHEMA.provider_schemas["registry.terraform.io/prefecthq/prefect"];
const META = new Set(["lifecycle", "depends_on", "provider", "count", "for_each"]);

function checkValue(where: string, attr: Attribute, value: unknown, problems: string[]): void {
  const isRef = typeof value === "string" && value.includes("${");
  if (attr.nested_type) {
    const { attributes, nesting_mode } = attr.nested_type;
    const items = nesting_mode === "single" ? [value] : Array.isArray(value) ? value : null;
    if (items === null) return void problems.push(`${where}: expected a list of objects`);
    items.forEach((item, i) => checkObject(nesting_mode === "single" ? where : `${where}[${i}]`, attributes, item as Record<string, unknown>, problems));
    return;
  }
  const type = attr.type;
  if (isRef || type === "dynamic") return;
  const ok =
    type === "string" ? typeof value === "string"
    : type === "number" ? typeof value === "number"
    : type === "bool" ? typeof value === "boolean"
    : Array.isArray(type) && (type[0] === "list" || type[0] === "set") ? Array.isArray(value)
    : Array.isArray(type) && type[0] === "map" ? value !== null && typeof value === "object" && !Array.isArray(value)
    : true;
  if (!ok) problems.push(`${where}: ${JSON.stringify(value)} is not of type ${JSON.stringify(type)}`);
}

function checkObject(where: string, attributes: Record<string, Attribute>, obj: Record<string, unknown>, problems: string[]): void {
  for (const [key, value] of Object.entries(obj)) {
    if (META.has(key)) continue;
    const attr = attributes[key];
    if (!attr) problems.push(`${where}.${key}: not in the schema`);
    else if (attr.computed && !attr.optional && !attr.required) problems.push(`${where}.${key}: read-only`);
    else checkValue(`${where}.${key}`, attr, value, problems);
  }
  for (const [key, attr] of Object.entries(attributes)) {
    if (attr.required && !(key in obj)) problems.push(`${where}.${key}: required but not set`);
  }
}

function everything() {
  const { stack } = newStack();
  const workspace = new PrefectWorkspace(stack, "Ws", { handle: "data-prod", name: "Data", description: "prod" });
  PrefectWorkspace.fromHandle(stack, "Other", "data-dev");
  const pool = new WorkPool(stack, "Pool", {
    name: "k8s",
    type: WorkPoolType.KUBERNETES,
    workspace,
    baseJobTemplate: { job_configuration: { image: "{{ image }}" }, variables: { properties: {} } },
    concurrencyLimit: 5,
    description: "pool",
    paused: false,
  });
  pool.addQueue("high", { priority: 1, concurrencyLimit: 2, description: "q" });
  const typed = new PrefectDeployment(stack, "Typed", {
    name: "typed",
    flowName: "orders-etl",
    workspace,
    entrypoint: "flows/orders.py:orders_etl",
    workPool: pool,
    workQueue: "high",
    parameters: { a: 1 },
    parameterOpenapiSchema: { type: "object" },
    jobVariables: { image: "x" },
    tags: ["t"],
    schedules: [
      Schedule.cron("0 2 * * *", { timezone: "Europe/Berlin", dayOr: true, slug: "c", active: true, parameters: { a: 2 } }),
      Schedule.interval(Duration.hours(1), { anchorDate: "2026-01-01T00:00:00Z" }),
      Schedule.rrule("FREQ=DAILY"),
      Schedule.interval(Duration.millis(90_500)),
    ],
    slas: [
      DeploymentSla.timeToCompletion("ttc", Duration.hours(1), { severity: SlaSeverity.CRITICAL, enabled: true }),
      DeploymentSla.lateness("late", Duration.minutes(5)),
      DeploymentSla.frequency("daily", Duration.days(1)),
    ],
    concurrencyLimit: 1,
    collisionStrategy: CollisionStrategy.ENQUEUE,
    pullSteps: [
      PullStep.gitClone({ repository: "https://github.com/a/b.git", branch: "main", accessToken: "{{ prefect.blocks.secret.t }}", credentials: "{{ prefect.blocks.github-credentials.c }}", includeSubmodules: true, requires: "x" }),
      PullStep.setWorkingDirectory("d"),
      PullStep.pipInstallRequirements({ requirementsFile: "r.txt", directory: "d", streamOutput: true }),
      PullStep.runShellScript({ script: "s", directory: "d", env: { A: "b" }, streamOutput: true, expandEnvVars: true }),
      PullStep.pullFromGcs({ bucket: "b", folder: "f", credentials: "{{ prefect.blocks.gcp-credentials.c }}" }),
      PullStep.pullFromS3({ bucket: "b", folder: "f" }),
      PullStep.pullFromAzureBlobStorage({ container: "c", folder: "f" }),
    ],
    paused: false,
    version: "1",
    description: "d",
  });
  const fromYaml = PrefectDeployments.fromPrefectYaml(path.join("test", "fixtures", "prefect", "prefect.yaml")).bind(stack, workspace);
  const rotation = new RotationSchedule(stack, "Rotation");
  new GateServiceAccount(stack, "Gate", { name: "gate", workspace, rotation, secret: new Secret(stack, "Key", { secretId: "key" }) });
  new StatusAutomation(stack, "Status", {
    name: "status",
    workspace,
    deployments: [typed, ...fromYaml],
    hostname: "api.acme.example",
    basePath: "/orders",
    rotation,
    secret: new Secret(stack, "Hook", { secretId: "hook" }),
  });
  return synthJson(stack);
}

describe("synthesized prefect_* blocks conform to the provider 3.4.1 schema", () => {
  const json = everything();

  test.each([
    ["resource", "resource_schemas"],
    ["data", "data_source_schemas"],
  ])("%s blocks", (section, schemaKey) => {
    const problems: string[] = [];
    for (const [type, instances] of Object.entries(json[section] as Record<string, Record<string, Record<string, unknown>>>)) {
      if (!type.startsWith("prefect_")) continue;
      const schema = PROVIDER[schemaKey][type];
      if (!schema) {
        problems.push(`${section}.${type}: not in the schema`);
        continue;
      }
      for (const [name, body] of Object.entries(instances)) checkObject(`${section}.${type}.${name}`, schema.block.attributes, body, problems);
    }
    expect(problems).toEqual([]);
  });

  test("the check covers every prefect type the constructs define", () => {
    expect(Object.keys(json.resource).filter((t) => t.startsWith("prefect_")).sort()).toEqual([
      "prefect_automation",
      "prefect_block",
      "prefect_deployment",
      "prefect_deployment_schedule",
      "prefect_flow",
      "prefect_resource_sla",
      "prefect_service_account",
      "prefect_work_pool",
      "prefect_work_queue",
      "prefect_workspace",
      "prefect_workspace_access",
    ]);
    expect(Object.keys(json.data).sort()).toEqual(["prefect_workspace", "prefect_workspace_role"]);
  });

  test("the checker itself catches unknown, read-only, missing and mistyped attributes", () => {
    const problems: string[] = [];
    const attrs = PROVIDER.resource_schemas.prefect_deployment.block.attributes;
    checkObject("d", attrs, { name: "x", bogus: 1, id: "x", paused: "no", pull_steps: [{ directory: "d" }] }, problems);
    expect(problems).toEqual([
      "d.bogus: not in the schema",
      "d.id: read-only",
      'd.paused: "no" is not of type "bool"',
      "d.pull_steps[0].type: required but not set",
      "d.flow_id: required but not set",
    ]);
  });
});

