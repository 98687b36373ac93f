import { Duration } from "../../src/core/duration";
import { CollisionStrategy, PrefectDeployment, PrefectDeploymentProps } from "../../src/prefect/deployment";
import { PrefectDeployments } from "../../src/prefect/deployments";
import { PullStep } from "../../src/prefect/pull-step";
import { Schedule } from "../../src/prefect/schedule";
import { DeploymentSla, SlaSeverity } from "../../src/prefect/sla";
import { WorkPool, WorkPoolType } from "../../src/prefect/work-pool";
import { PrefectWorkspace } from "../../src/prefect/workspace";
import { newStack, synthJson, WORKSPACE_ID } from "../helpers";
import { resolveRef } from "./resolve";

function setup() {
  const { stack } = newStack();
  const workspace = PrefectWorkspace.fromWorkspaceId(stack, "Workspace", WORKSPACE_ID);
  return { stack, workspace };
}

function deploy(overrides: Partial<PrefectDeploymentProps> = {}) {
  const { stack, workspace } = setup();
  const deployment = new PrefectDeployment(stack, "Nightly", { name: "nightly", flowName: "orders-etl", workspace, ...overrides });
  return { stack, deployment, json: synthJson(stack) };
}

describe("PrefectWorkspace", () => {
  test("defines a workspace with handle, name and description", () => {
    const { stack } = newStack();
    const ws = new PrefectWorkspace(stack, "Ws", { handle: "data-prod", name: "Data (prod)", description: "Production flows" });
    const json = synthJson(stack);
    expect(Object.values(json.resource.prefect_workspace)).toEqual([{ handle: "data-prod", name: "Data (prod)", description: "Production flows" }]);
    expect(resolveRef(stack, ws.workspaceId)).toMatch(/^\$\{prefect_workspace\.Ws_[0-9A-F]+\.id\}$/);
  });

  test("fromHandle(scope, id, handle) looks the workspace up by handle", () => {
    const { stack } = newStack();
    const ws = PrefectWorkspace.fromHandle(stack, "Prod", "data-prod");
    expect(Object.values(synthJson(stack).data.prefect_workspace)).toEqual([{ handle: "data-prod" }]);
    expect(resolveRef(stack, ws.workspaceId)).toMatch(/^\$\{data\.prefect_workspace\.Prod_Lookup_[0-9A-F]+\.id\}$/);
  });

  test("fromHandle(handle) without a scope is bound later, for props written before a scope exists", () => {
    const ref = PrefectWorkspace.fromHandle("data-prod");
    const { stack } = newStack();
    const ws = ref.bind(stack, "Workspace");
    expect(Object.values(synthJson(stack).data.prefect_workspace)).toEqual([{ handle: "data-prod" }]);
    expect(resolveRef(stack, ws.workspaceId)).toContain("data.prefect_workspace.");
  });

  test("fromWorkspaceId keeps the literal id and checks it exists through the data source", () => {
    const { stack } = newStack();
    const ws = PrefectWorkspace.fromWorkspaceId(stack, "Ws", WORKSPACE_ID);
    expect(ws.workspaceId).toBe(WORKSPACE_ID);
    expect(Object.values(synthJson(stack).data.prefect_workspace)).toEqual([{ id: WORKSPACE_ID }]);
    expect(PrefectWorkspace.fromWorkspaceId(WORKSPACE_ID).bind(stack, "Again").workspaceId).toBe(WORKSPACE_ID);
  });

  test("fails on a bad handle, naming the construct path", () => {
    const { stack } = newStack();
    expect(() => new PrefectWorkspace(stack, "Ws", { handle: "Data_Prod", name: "x" })).toThrow(
      "test-stack/Ws: handle \"Data_Prod\" is not allowed (1-50 characters: lowercase letters, digits and '-', starting and ending with a letter or digit)",
    );
    expect(() => PrefectWorkspace.fromHandle("-prod")).toThrow('PrefectWorkspace.fromHandle: handle "-prod" is not allowed');
  });

  test("fails on a workspace id that is not a UUID", () => {
    const { stack } = newStack();
    expect(() => PrefectWorkspace.fromWorkspaceId(stack, "Ws", "data-prod")).toThrow('test-stack/Ws: workspaceId "data-prod" is not allowed (a UUID in lowercase hex, 8-4-4-4-12 digits, e.g. 6f1c2a3b-0000-4000-8000-000000000000)');
  });
});

describe("WorkPool", () => {
  test("defines a pool with a canonical base job template and queues", () => {
    const { stack, workspace } = setup();
    const pool = new WorkPool(stack, "Pool", {
      name: "k8s-orders",
      type: WorkPoolType.KUBERNETES,
      workspace,
      concurrencyLimit: 10,
      baseJobTemplate: { variables: { properties: { image: { type: "string" } } }, job_configuration: { image: "{{ image }}", b: 1, a: 2 } },
    });
    pool.addQueue("high-priority", { priority: 1, concurrencyLimit: 3 });
    const json = synthJson(stack);
    const [res] = Object.values(json.resource.prefect_work_pool) as Record<string, unknown>[];
    expect(res).toMatchObject({ name: "k8s-orders", type: "kubernetes", workspace_id: WORKSPACE_ID, concurrency_limit: 10 });
    // Keys sorted at every level, no whitespace: the same template always gives the same text.
    expect(res.base_job_template).toBe('{"job_configuration":{"a":2,"b":1,"image":"{{ image }}"},"variables":{"properties":{"image":{"type":"string"}}}}');
    const [queue] = Object.values(json.resource.prefect_work_queue) as Record<string, unknown>[];
    expect(queue).toMatchObject({ name: "high-priority", priority: 1, concurrency_limit: 3, workspace_id: WORKSPACE_ID });
    expect(queue.work_pool_name).toMatch(/^\$\{prefect_work_pool\.Pool_[0-9A-F]+\.name\}$/);
  });

  test("defaults to the process worker type, not the provider's Prefect 2 agent type", () => {
    const { stack, workspace } = setup();
    new WorkPool(stack, "Pool", { name: "local", workspace });
    const [res] = Object.values(synthJson(stack).resource.prefect_work_pool) as Record<string, unknown>[];
    expect(res.type).toBe("process");
    expect(res).not.toHaveProperty("base_job_template");
  });

  test("fromWorkPoolName defines nothing", () => {
    const { stack } = setup();
    expect(WorkPool.fromWorkPoolName(stack, "Existing", "k8s-orders").workPoolName).toBe("k8s-orders");
    expect(synthJson(stack).resource?.prefect_work_pool).toBeUndefined();
  });

  test("fails on a partial base job template", () => {
    const { stack, workspace } = setup();
    expect(() => new WorkPool(stack, "Pool", { name: "p", workspace, baseJobTemplate: { job_configuration: {} } })).toThrow(
      'test-stack/Pool: baseJobTemplate has keys ["job_configuration"] (must be an object with exactly the objects "job_configuration" and "variables", as `prefect work-pool get-default-base-job-template` prints)',
    );
  });

  test("fails on a bad name and a negative limit", () => {
    const { stack, workspace } = setup();
    expect(() => new WorkPool(stack, "A", { name: "k8s/orders", workspace })).toThrow(
      "test-stack/A: name \"k8s/orders\" is not allowed (must not contain '/', '%', '&', '<' or '>')",
    );
    expect(() => new WorkPool(stack, "B", { name: "p", workspace, concurrencyLimit: -1 })).toThrow(
      "test-stack/B: concurrencyLimit -1 is not allowed (a whole number, at least 0)",
    );
  });
});

describe("PrefectDeployment", () => {
  test("synthesizes every typed field with canonical JSON", () => {
    const { stack, workspace } = setup();
    const pool = new WorkPool(stack, "Pool", { name: "k8s-orders", workspace });
    const d = new PrefectDeployment(stack, "Nightly", {
      name: "nightly",
      flowName: "orders-etl",
      workspace,
      entrypoint: "flows/orders.py:orders_etl",
      workPool: pool,
      workQueue: "default",
      parameters: { tables: ["orders", "lines"], full: false, window: { days: 1 } },
      jobVariables: { image: "europe-docker.pkg.dev/p/r/orders:1", cpu: "500m" },
      tags: ["orders", "gated", "orders"],
      concurrencyLimit: 1,
      collisionStrategy: CollisionStrategy.CANCEL_NEW,
      pullSteps: [PullStep.setWorkingDirectory("/opt/flows")],
      paused: true,
      version: "2026.11.1",
      description: "Nightly load",
    });
    const [res] = Object.values(synthJson(stack).resource.prefect_deployment) as Record<string, unknown>[];
    expect(res).toMatchObject({
      name: "nightly",
      workspace_id: WORKSPACE_ID,
      entrypoint: "flows/orders.py:orders_etl",
      work_queue_name: "default",
      parameters: '{"full":false,"tables":["orders","lines"],"window":{"days":1}}',
      job_variables: '{"cpu":"500m","image":"europe-docker.pkg.dev/p/r/orders:1"}',
      enforce_parameter_schema: true,
      tags: ["gated", "orders"],
      concurrency_limit: 1,
      concurrency_options: { collision_strategy: "CANCEL_NEW" },
      pull_steps: [{ type: "set_working_directory", directory: "/opt/flows" }],
      paused: true,
      version: "2026.11.1",
      description: "Nightly load",
    });
    expect(res.flow_id).toMatch(/^\$\{prefect_flow\.Flow-orders-etl_[0-9A-F]+\.id\}$/);
    expect(res.work_pool_name).toMatch(/^\$\{prefect_work_pool\.Pool_[0-9A-F]+\.name\}$/);
    expect(d.routeName).toBe("orders-etl-nightly");
    expect(d.fullName).toBe("orders-etl/nightly");
    expect(resolveRef(stack, d.deploymentId)).toMatch(/^\$\{prefect_deployment\.Nightly_[0-9A-F]+\.id\}$/);
  });

  test("deployments of one flow share one prefect_flow; changing one leaves the other's resources alone", () => {
    const build = (hourlyCron: string) => {
      const { stack, workspace } = setup();
      new PrefectDeployment(stack, "Nightly", { name: "nightly", flowName: "orders-etl", workspace, schedules: [Schedule.cron("0 2 * * *")] });
      new PrefectDeployment(stack, "Hourly", { name: "hourly", flowName: "orders-etl", workspace, schedules: [Schedule.cron(hourlyCron)] });
      new PrefectDeployment(stack, "Backfill", { name: "backfill", flowName: "orders-backfill", workspace });
      return synthJson(stack).resource;
    };
    const a = build("0 * * * *");
    const b = build("15 * * * *");
    expect(Object.values(a.prefect_flow).map((f) => (f as { name: string }).name).sort()).toEqual(["orders-backfill", "orders-etl"]);
    expect(Object.keys(a.prefect_deployment)).toEqual(Object.keys(b.prefect_deployment));
    expect(a.prefect_deployment).toEqual(b.prefect_deployment);
    const changed = Object.keys(a.prefect_deployment_schedule).filter((k) => JSON.stringify(a.prefect_deployment_schedule[k]) !== JSON.stringify(b.prefect_deployment_schedule[k]));
    expect(changed).toHaveLength(1);
    expect(changed[0]).toMatch(/^Hourly_Schedule0_/);
  });

  test("schedules: cron with time zone and day_or, interval with anchor, rrule, slugs as ids", () => {
    const { json } = deploy({
      schedules: [
        Schedule.cron("0 2 * * *", { timezone: "Europe/Berlin", dayOr: false }),
        Schedule.interval(Duration.minutes(90), { anchorDate: "2026-01-01T00:15:00Z", timezone: "UTC", active: false }),
        Schedule.rrule("FREQ=WEEKLY;BYDAY=MO,WE;BYHOUR=6", { slug: "twice-weekly", parameters: { full: true } }),
      ],
    });
    const schedules = json.resource.prefect_deployment_schedule;
    const byKey = (prefix: string) => schedules[Object.keys(schedules).find((k) => k.startsWith(prefix))!];
    expect(byKey("Nightly_Schedule0_")).toMatchObject({ cron: "0 2 * * *", timezone: "Europe/Berlin", day_or: false, workspace_id: WORKSPACE_ID });
    expect(byKey("Nightly_Schedule0_").deployment_id).toMatch(/^\$\{prefect_deployment\.Nightly_[0-9A-F]+\.id\}$/);
    expect(byKey("Nightly_Schedule1_")).toMatchObject({ interval: 5400, anchor_date: "2026-01-01T00:15:00Z", timezone: "UTC", active: false });
    expect(byKey("Nightly_Schedule-twice-weekly_")).toMatchObject({ rrule: "FREQ=WEEKLY;BYDAY=MO,WE;BYHOUR=6", slug: "twice-weekly", parameters: '{"full":true}' });
  });

  test("pull steps: every typed factory maps to the provider's fields", () => {
    const { json } = deploy({
      pullSteps: [
        PullStep.gitClone({ repository: "https://github.com/acme-example/flows.git", branch: "main", accessToken: "{{ prefect.blocks.secret.github-token }}", includeSubmodules: true }),
        PullStep.setWorkingDirectory("flows"),
        PullStep.pipInstallRequirements({ requirementsFile: "requirements.txt", directory: "flows", streamOutput: false }),
        PullStep.runShellScript({ script: "./setup.sh", env: { REGION: "eu" }, expandEnvVars: true }),
        PullStep.pullFromGcs({ bucket: "acme-flows", folder: "orders", credentials: "{{ prefect.blocks.gcp-credentials.reader }}", requires: "prefect-gcp>=0.6" }),
        PullStep.pullFromS3({ bucket: "acme-flows", folder: "orders" }),
        PullStep.pullFromAzureBlobStorage({ container: "flows", folder: "orders" }),
      ],
    });
    const [res] = Object.values(json.resource.prefect_deployment) as { pull_steps: unknown[] }[];
    expect(res.pull_steps).toEqual([
      { type: "git_clone", repository: "https://github.com/acme-example/flows.git", branch: "main", access_token: "{{ prefect.blocks.secret.github-token }}", include_submodules: true },
      { type: "set_working_directory", directory: "flows" },
      { type: "pip_install_requirements", requirements_file: "requirements.txt", directory: "flows", stream_output: false },
      { type: "run_shell_script", script: "./setup.sh", env: { REGION: "eu" }, expand_env_vars: true },
      { type: "pull_from_gcs", bucket: "acme-flows", folder: "orders", credentials: "{{ prefect.blocks.gcp-credentials.reader }}", requires: "prefect-gcp>=0.6" },
      { type: "pull_from_s3", bucket: "acme-flows", folder: "orders" },
      { type: "pull_from_azure_blob_storage", container: "flows", folder: "orders" },
    ]);
  });

  test("enforceParameterSchema defaults to true, as in Prefect, with or without a schema", () => {
    const schema = { type: "object", properties: { days: { type: "integer" } } };
    const [res] = Object.values(deploy({ parameterOpenapiSchema: schema }).json.resource.prefect_deployment) as Record<string, unknown>[];
    expect(res.enforce_parameter_schema).toBe(true);
    expect(res.parameter_openapi_schema).toBe('{"properties":{"days":{"type":"integer"}},"type":"object"}');
    // Without a schema Prefect validates against `{}`, which accepts any parameters: enforcing is harmless.
    const [bare] = Object.values(deploy({ enforceParameterSchema: true }).json.resource.prefect_deployment) as Record<string, unknown>[];
    expect(bare).toMatchObject({ enforce_parameter_schema: true });
    expect(bare).not.toHaveProperty("parameter_openapi_schema");
  });

  test("SLAs: one prefect_resource_sla on the deployment, Prefect's defaults written out", () => {
    const { json } = deploy({
      slas: [
        DeploymentSla.timeToCompletion("finishes-within-an-hour", Duration.hours(1)),
        DeploymentSla.lateness("starts-on-time", Duration.minutes(10), { severity: SlaSeverity.HIGH }),
        DeploymentSla.frequency("runs-daily", Duration.days(1), { enabled: false }),
      ],
    });
    const [[depKey]] = Object.entries(json.resource.prefect_deployment);
    const owner = `prefect.deployment.\${prefect_deployment.${depKey}.id}`;
    expect(Object.values(json.resource.prefect_resource_sla)).toEqual([
      {
        resource_id: owner,
        workspace_id: WORKSPACE_ID,
        slas: [
          { name: "finishes-within-an-hour", severity: "moderate", enabled: true, owner_resource: owner, duration: 3600 },
          { name: "starts-on-time", severity: "high", enabled: true, owner_resource: owner, within: 600 },
          { name: "runs-daily", severity: "moderate", enabled: false, owner_resource: owner, stale_after: 86400 },
        ],
      },
    ]);
    expect(deploy({}).json.resource.prefect_resource_sla).toBeUndefined();
  });

  test("the default route name is flow and deployment joined, lowercased and sanitized", () => {
    expect(deploy({ name: "Nightly Load", flowName: "Orders_ETL" }).deployment.routeName).toBe("orders_etl-nightly-load");
    expect(deploy({ routeName: "orders.v2" }).deployment.routeName).toBe("orders.v2");
  });
});

describe("PrefectDeployment validation", () => {
  const fails = (overrides: Partial<PrefectDeploymentProps>) => () => deploy(overrides);

  test("fails on a bad route name", () => {
    expect(fails({ routeName: "Orders/Nightly" })).toThrow(
      "test-stack/Nightly: routeName \"Orders/Nightly\" is not allowed (a slug: lowercase letters, digits, '.', '_' and '-', starting with a letter or digit)",
    );
  });

  test("fails on bad names", () => {
    expect(fails({ name: "night/ly" })).toThrow("test-stack/Nightly: name \"night/ly\" is not allowed (must not contain '/', '%', '&', '<' or '>')");
    expect(fails({ flowName: " orders" })).toThrow('test-stack/Nightly: flowName " orders" is not allowed (must not start or end with whitespace)');
    expect(fails({ workPool: "" })).toThrow('test-stack/Nightly: workPool "" is not allowed (must not be empty)');
  });

  test("entrypoints: the forms Prefect's import_object takes, nothing else", () => {
    for (const ok of ["flows/orders.py:orders_etl", "flows/orders.py:Pipelines.nightly", "my flows/orders.py:run", "orders.flows:orders_etl", "orders.flows.orders_etl", "orders:Pipelines.nightly"]) {
      expect(fails({ entrypoint: ok })).not.toThrow();
    }
    const rule = "path/to/file.py:function, path/to/file.py:Class.method, package.module:function or package.module.function";
    for (const bad of ["flows/orders.py", "orders.py", "orders_etl", "flows/orders.py:", "flows/orders.py:1st", "orders-flows:run"]) {
      expect(fails({ entrypoint: bad })).toThrow(`test-stack/Nightly: entrypoint ${JSON.stringify(bad)} is not allowed (${rule})`);
    }
  });

  test("fails on parameters that are not JSON, with the path to the bad value", () => {
    const cyclic: Record<string, unknown> = { a: 1 };
    cyclic.self = cyclic;
    expect(fails({ parameters: { tables: ["a", () => 1] } })).toThrow("test-stack/Nightly: parameters.tables[1] is a function (parameters must be JSON-serializable)");
    expect(fails({ parameters: { limit: undefined } })).toThrow("test-stack/Nightly: parameters.limit is undefined (omit the key or use null) (parameters must be JSON-serializable)");
    expect(fails({ parameters: { ratio: NaN } })).toThrow("test-stack/Nightly: parameters.ratio is NaN (JSON has no NaN or Infinity) (parameters must be JSON-serializable)");
    expect(fails({ parameters: { max: Infinity } })).toThrow("test-stack/Nightly: parameters.max is Infinity (JSON has no NaN or Infinity)");
    expect(fails({ parameters: { big: BigInt(1) } })).toThrow("test-stack/Nightly: parameters.big is a BigInt (1n); use a number or a string (parameters must be JSON-serializable)");
    expect(fails({ parameters: { nested: cyclic } })).toThrow("test-stack/Nightly: parameters.nested.self refers back to one of its ancestors (a cycle)");
    expect(fails({ jobVariables: { "the start": new Date(0) } })).toThrow(
      'test-stack/Nightly: jobVariables["the start"] is a Date instance (only plain objects, arrays, strings, numbers, booleans and null) (jobVariables must be JSON-serializable)',
    );
  });

  test("fails on concurrency settings the provider refuses", () => {
    expect(fails({ concurrencyLimit: 0 })).toThrow("test-stack/Nightly: concurrencyLimit 0 is not allowed (a whole number, at least 1)");
    expect(fails({ collisionStrategy: CollisionStrategy.ENQUEUE })).toThrow("test-stack/Nightly: collisionStrategy ENQUEUE needs a concurrencyLimit");
  });

  test("fails on two SLAs with one name and on SLAs Prefect refuses", () => {
    expect(fails({ slas: [DeploymentSla.lateness("late", Duration.minutes(1)), DeploymentSla.frequency("late", Duration.days(1))] })).toThrow(
      'test-stack/Nightly: SLA name "late" is used twice (names are unique per deployment)',
    );
    expect(() => DeploymentSla.lateness("late", Duration.seconds(0))).toThrow("DeploymentSla.lateness: within 0 seconds is not allowed (must be a positive whole number of seconds)");
    expect(() => DeploymentSla.timeToCompletion("a/b", Duration.hours(1))).toThrow(
      "DeploymentSla.timeToCompletion: name \"a/b\" is not allowed (must not contain '/', '%', '&', '<' or '>')",
    );
  });

  test("fails on duplicate schedule slugs and empty tags", () => {
    expect(fails({ schedules: [Schedule.cron("0 1 * * *", { slug: "a" }), Schedule.cron("0 2 * * *", { slug: "a" })] })).toThrow(
      'test-stack/Nightly: schedule slug "a" is used twice',
    );
    expect(fails({ tags: [" "] })).toThrow('test-stack/Nightly: tag " " is not allowed (must be a non-empty string)');
  });

  test("reports every problem at once, under the construct path", () => {
    expect(fails({ concurrencyLimit: 0, tags: [" "] })).toThrow(
      [
        "test-stack/Nightly: 2 problems in the props (nothing is synthesized until each is fixed):",
        "  - test-stack/Nightly: concurrencyLimit 0 is not allowed (a whole number, at least 1)",
        '  - test-stack/Nightly: tag " " is not allowed (must be a non-empty string)',
      ].join("\n"),
    );
  });

  test("bound from PrefectDeployments, a deployment reports its own problems at its construct path (its route name)", () => {
    const { stack, workspace } = setup();
    const deployments = PrefectDeployments.of([
      { name: "nightly", flowName: "orders-etl" },
      { name: "hourly", flowName: "orders-etl", concurrencyLimit: 0 },
    ]);
    expect(() => deployments.bind(stack, workspace)).toThrow("test-stack/orders-etl-hourly: concurrencyLimit 0 is not allowed (a whole number, at least 1)");
  });

  test("fails when two flow names collide on the same logical id", () => {
    const { stack, workspace } = setup();
    new PrefectDeployment(stack, "A", { name: "a", flowName: "orders etl", workspace });
    expect(() => new PrefectDeployment(stack, "B", { name: "b", flowName: "orders.etl", workspace })).toThrow(
      'test-stack/Flow-orders_etl: flow "orders.etl" collides with flow "orders etl" (in the same scope, flow names must differ in more than punctuation and must use the same workspace)',
    );
  });
});

describe("Schedule validation", () => {
  test("fails on cron expressions cron-parser rejects or with the wrong field count", () => {
    expect(() => Schedule.cron("0 25 * * *")).toThrow('Schedule.cron: expression "0 25 * * *" does not parse: Constraint error, got value 25 expected range 0-23');
    expect(() => Schedule.cron("0 2 * *")).toThrow('Schedule.cron: expression "0 2 * *" has 4 fields (five are needed: minute hour day-of-month month day-of-week)');
    expect(() => Schedule.cron("@often")).toThrow('Schedule.cron: expression "@often" does not parse:');
    expect(() => Schedule.cron("@daily")).not.toThrow();
  });

  test("fails on rrules the rrule parser rejects or with out-of-range parts", () => {
    expect(() => Schedule.rrule("FREQ=SOMETIMES")).toThrow('Schedule.rrule: rule "FREQ=SOMETIMES" does not parse: Invalid frequency');
    expect(() => Schedule.rrule("BYHOUR=3")).toThrow('Schedule.rrule: rule "BYHOUR=3" has no FREQ');
    expect(() => Schedule.rrule("FREQ=DAILY;BYHOUR=24")).toThrow('Schedule.rrule: rule "FREQ=DAILY;BYHOUR=24" has BYHOUR=24 (each value must be a whole number in 0..23)');
    expect(() => Schedule.rrule("FREQ=DAILY;INTERVAL=0")).toThrow('Schedule.rrule: rule "FREQ=DAILY;INTERVAL=0" has INTERVAL=0 (each value must be a positive whole number)');
  });

  test("fails on time zones that are not IANA names (checked with Intl, case-sensitive)", () => {
    expect(() => Schedule.cron("0 2 * * *", { timezone: "CEST" })).toThrow('Schedule.cron: timezone "CEST" is not an IANA time zone name (e.g. "Europe/Berlin", "UTC")');
    expect(() => Schedule.cron("0 2 * * *", { timezone: "europe/berlin" })).toThrow('Schedule.cron: timezone "europe/berlin" is not an IANA time zone name');
    expect(() => Schedule.interval(Duration.hours(1), { timezone: "+01:00" })).toThrow('Schedule.interval: timezone "+01:00" is not an IANA time zone name');
    for (const tz of ["UTC", "Etc/UTC", "America/New_York", "Asia/Kolkata"]) expect(() => Schedule.cron("0 2 * * *", { timezone: tz })).not.toThrow();
  });

  test("fails on a zero interval, a bad anchor date, a bad slug and non-JSON schedule parameters", () => {
    expect(() => Schedule.interval(Duration.seconds(0))).toThrow("Schedule.interval: interval 0 seconds is not allowed (must be positive)");
    expect(() => Schedule.interval(Duration.hours(1), { anchorDate: "2026-01-01" })).toThrow(
      'Schedule.interval: anchorDate "2026-01-01" is not an RFC 3339 date-time (e.g. 2026-01-01T02:00:00Z)',
    );
    expect(() => Schedule.cron("0 2 * * *", { slug: "Nightly" })).toThrow(
      "Schedule.cron: slug \"Nightly\" is not allowed (lowercase letters, digits, '_' and '-', starting with a letter or digit)",
    );
    expect(() => Schedule.cron("0 2 * * *", { parameters: { x: NaN } })).toThrow("Schedule.cron: parameters.x is NaN (JSON has no NaN or Infinity) (schedule parameters must be JSON-serializable)");
  });
});

test("Schedule.interval: fractional seconds the provider's 32-bit float holds exactly", () => {
  expect(Schedule.interval(Duration.millis(90_500))._render()).toMatchObject({ interval: 90.5 });
  expect(() => Schedule.interval(Duration.millis(100))).toThrow(
    "Schedule.interval: interval 0.1 seconds is not allowed (the provider stores it as a 32-bit float, which would make it 0.10000000149011612)",
  );
  expect(() => Schedule.interval(Duration.seconds(16_777_217))).toThrow("Schedule.interval: interval 16777217 seconds is not allowed");
});

describe("PullStep validation", () => {
  test("fails on a literal access token without echoing it", () => {
    let message = "";
    try {
      PullStep.gitClone({ repository: "https://github.com/acme-example/flows.git", accessToken: "ghp_FAKEFAKEFAKE" });
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toBe(
      'PullStep.gitClone: accessToken must be a block reference such as "{{ prefect.blocks.secret.<name> }}" (a literal value would be stored in cdk.tf.json and state)',
    );
    expect(message).not.toContain("ghp_");
  });

  test("fails on repositories with credentials or of unknown form", () => {
    expect(() => PullStep.gitClone({ repository: "https://user:pw@github.com/a/b.git" })).toThrow(
      'PullStep.gitClone: repository "https://user:pw@github.com/a/b.git" is not allowed (an https:// or git@host:path URL without credentials)',
    );
    expect(() => PullStep.gitClone({ repository: "git@github.com:acme-example/flows.git" })).not.toThrow();
  });

  test("fails on empty required fields, bad env names, CLI-only templates and literal credentials", () => {
    expect(() => PullStep.setWorkingDirectory("")).toThrow('PullStep.setWorkingDirectory: directory "" is not allowed (must be a non-empty string)');
    expect(() => PullStep.pullFromGcs({ bucket: " " })).toThrow('PullStep.pullFromGcs: bucket " " is not allowed (must be a non-empty string)');
    expect(() => PullStep.runShellScript({ script: "x", env: { "1BAD": "v" } })).toThrow(
      "PullStep.runShellScript: env name \"1BAD\" is not allowed (letters, digits and '_', not starting with a digit)",
    );
    // The worker resolves `{{ $VAR }}` in pull steps from its own environment before running them.
    expect(PullStep.setWorkingDirectory("{{ $HOME }}/flows")._render()).toEqual({ type: "set_working_directory", directory: "{{ $HOME }}/flows" });
    expect(PullStep.pullFromS3({ bucket: "b", folder: "" })._render()).toMatchObject({ folder: "" });
    expect(() => PullStep.pullFromS3({ bucket: "b", folder: " " })).toThrow('PullStep.pullFromS3: folder " " is not allowed (must be a non-empty string)');
    expect(() => PullStep.pipInstallRequirements({ directory: "{{ clone.directory }}" })).toThrow(
      "PullStep.pipInstallRequirements: directory uses the template {{ clone.directory }}, which refers to a step output; steps written by Terraform have no ids",
    );
    expect(() => PullStep.pullFromS3({ bucket: "b", credentials: "AKIAFAKE" })).toThrow(
      'PullStep.pullFromS3: credentials must be a block reference such as "{{ prefect.blocks.aws-credentials.<name> }}"',
    );
  });
});

test("output is deterministic", () => {
  const once = () => {
    return JSON.stringify(deploy({ schedules: [Schedule.cron("0 2 * * *")], parameters: { b: 1, a: 2 } }).json);
  };
  expect(once()).toBe(once());
});
