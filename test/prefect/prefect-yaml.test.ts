import * as fs from "fs";
import * as path from "path";
import { PrefectDeployments } from "../../src/prefect/deployments";
import { PrefectYamlOptions } from "../../src/prefect/prefect-yaml";
import { PrefectWorkspace } from "../../src/prefect/workspace";
import { newStack, synthJson, WORKSPACE_ID } from "../helpers";

const FIXTURES = path.join("test", "fixtures", "prefect");
const fixture = (name: string) => path.join(FIXTURES, name);
const load = (name: string, options?: PrefectYamlOptions) => PrefectDeployments.fromPrefectYaml(fixture(name), options);
const refusal = (run: () => unknown): string => {
  try {
    run();
  } catch (e) {
    return (e as Error).message;
  }
  return "accepted";
};
const rendered = (schedule: unknown) => (schedule as { _render(): Record<string, unknown> })._render();
const FLOW_NAME_GIVEN =
  'field "flow_name" is used as given; prefect deploy takes the flow name from the @flow decorator instead (cli/deploy/_core.py), so the two must match (state the decorator\'s name in options.flowNames["flows/orders.py:orders_etl"] to confirm it)';
const schemaWarning = (entrypoint: string) =>
  `field "enforce_parameter_schema" is on by default, but without a parameter schema (options.parameterSchemas["${entrypoint}"]) Prefect validates against an empty one, which accepts any parameters`;

describe("PrefectDeployments.fromPrefectYaml with a realistic file", () => {
  const FIXTURE = fixture("prefect.yaml");
  const deployments = PrefectDeployments.fromPrefectYaml(FIXTURE);
  const { stack } = newStack();
  const workspace = PrefectWorkspace.fromWorkspaceId(stack, "Workspace", WORKSPACE_ID);
  const bound = deployments.bind(stack, workspace);
  const json = synthJson(stack);
  const byName = (name: string) => {
    const entry = Object.entries(json.resource.prefect_deployment).find(([, v]) => (v as { name: string }).name === name);
    return { key: entry![0], res: entry![1] as Record<string, unknown> };
  };
  const schedulesOf = (key: string) =>
    Object.values(json.resource.prefect_deployment_schedule).filter((s) => (s as { deployment_id: string }).deployment_id === `\${prefect_deployment.${key}.id}`);

  test("maps every deployment, with route names as construct ids", () => {
    expect(deployments.routeNames).toEqual(["orders-etl-nightly", "orders-etl-hourly", "month-end-report-month-end", "orders-backfill-backfill"]);
    expect(bound.map((d) => d.node.id)).toEqual(deployments.routeNames);
    expect(Object.values(json.resource.prefect_flow).map((f) => (f as { name: string }).name).sort()).toEqual(["month-end-report", "orders-backfill", "orders-etl"]);
  });

  test("nightly: anchors and merge keys resolved, top-level pull inherited, concurrency mapping", () => {
    const { key, res } = byName("nightly");
    expect(res).toMatchObject({
      entrypoint: "flows/orders.py:orders_etl",
      description: "Loads yesterday's orders into the warehouse.",
      version: "2026.11.1",
      tags: ["gated", "orders"],
      parameters: '{"full_refresh":false,"source":"orders","tables":["orders","order_lines"]}',
      work_pool_name: "k8s-orders",
      work_queue_name: "default",
      job_variables: '{"cpu":"500m","image":"europe-docker.pkg.dev/acme-data-prod/flows/orders:2026.11.1"}',
      concurrency_limit: 1,
      concurrency_options: { collision_strategy: "CANCEL_NEW" },
      enforce_parameter_schema: true,
      workspace_id: WORKSPACE_ID,
      pull_steps: [
        { type: "git_clone", repository: "https://github.com/acme-example/orders-flows.git", branch: "main", access_token: "{{ prefect.blocks.secret.github-orders-token }}" },
        { type: "pip_install_requirements", requirements_file: "requirements.txt", directory: "orders-flows", stream_output: false },
      ],
    });
    const schedules = schedulesOf(key);
    expect(schedules).toHaveLength(2);
    expect(schedules).toContainEqual(expect.objectContaining({ cron: "0 2 * * *", timezone: "Europe/Berlin" }));
    expect(schedules).toContainEqual(
      expect.objectContaining({ cron: "30 14 * * 1-5", timezone: "Europe/Berlin", slug: "weekday-afternoon", day_or: false, parameters: '{"full_refresh":true}' }),
    );
  });

  test("hourly: merge key overridden per deployment, interval schedule, plain concurrency limit", () => {
    const { key, res } = byName("hourly");
    expect(res).toMatchObject({ work_pool_name: "k8s-orders", work_queue_name: "high-priority", concurrency_limit: 1 + 1 });
    expect(res.job_variables).toBe('{"cpu":"1","image":"europe-docker.pkg.dev/acme-data-prod/flows/orders:2026.11.1"}');
    expect(res).not.toHaveProperty("concurrency_options");
    expect(schedulesOf(key)).toEqual([expect.objectContaining({ interval: 3600, anchor_date: "2026-01-01T00:15:00Z", timezone: "UTC" })]);
  });

  test("month-end: legacy single schedule with rrule, own pull steps, paused, derived flow name", () => {
    const { key, res } = byName("month-end");
    expect(res).toMatchObject({
      paused: true,
      work_pool_name: "gcs-process",
      pull_steps: [
        { type: "pull_from_gcs", bucket: "acme-flows", folder: "reports", credentials: "{{ prefect.blocks.gcp-credentials.flows-reader }}", requires: "prefect-gcp>=0.6" },
        { type: "run_shell_script", script: "./setup.sh", directory: "reports", env: { REPORT_REGION: "{{ prefect.variables.report_region }}" } },
      ],
    });
    expect(schedulesOf(key)).toEqual([expect.objectContaining({ rrule: "FREQ=MONTHLY;BYMONTHDAY=-1;BYHOUR=23;BYMINUTE=0", timezone: "America/New_York" })]);
  });

  test("backfill: `pull: []` means no pull steps, `schedules: []` none", () => {
    const { key, res } = byName("backfill");
    expect(res.pull_steps).toEqual([]);
    expect(schedulesOf(key)).toEqual([]);
    expect(res.parameters).toBe('{"days":7}');
  });

  test("warnings name line, column, deployment and field, and become construct warnings", () => {
    expect(deployments.warnings.filter((w) => w.includes("month-end"))).toEqual([
      `${FIXTURE}:70:5: deployments[2] "month-end-report/month-end": field "flow_name" is missing; using "month-end-report" derived from entrypoint "flows/reports.py:month_end_report" (set flow_name or options.flowNames if @flow(name=...) differs)`,
      `${FIXTURE}:70:5: deployments[2] "month-end-report/month-end": ${schemaWarning("flows/reports.py:month_end_report")}`,
    ]);
    const warnings = stack.node.metadata.filter((m) => m.type === "@cdktf/warn").map((m) => m.data);
    expect(warnings).toEqual(deployments.warnings);
  });

  test("options name flows and routes", () => {
    const d = PrefectDeployments.fromPrefectYaml(FIXTURE, {
      flowNames: { "flows/reports.py:month_end_report": "Month End Report" },
      routeNames: { "orders-etl/nightly": "orders-nightly" },
    });
    expect(d.routeNames).toEqual(["orders-nightly", "orders-etl-hourly", "month-end-report-month-end", "orders-backfill-backfill"]);
    expect(d.deployments[2].flowName).toBe("Month End Report");
    expect(d.warnings.filter((w) => w.includes('"flow_name" is missing'))).toEqual([]);
  });
});

// One fixture per item of "prefect.yaml import: do what Prefect does".
describe("prefect.yaml read as prefect deploy reads it", () => {
  test("YAML 1.1 as PyYAML's safe_load resolves it: yes/on are booleans, y is a string, 0755 octal, 1:30:00 base 60", () => {
    const [d] = load("yaml-1.1.yaml").deployments;
    expect(d.parameters).toEqual({
      yes_word: true, no_word: false, on_word: true, off_word: false, y_letter: "y", n_letter: "n", true_mixed: "tRUE",
      octal: 493, leading_zero_eight: "08", sexagesimal: 5400, sexagesimal_float: 90.5,
      exponent_without_dot: "1e3", exponent_unsigned: "1.0e3", exponent_signed: 1000, binary: 10, hex: 31, underscores: 1000,
      quoted_octal: "0755", tilde: null,
      // Dates and date-times reach Prefect as pydantic writes them.
      date: "2026-01-01", datetime_utc: "2026-01-01T00:15:00Z", datetime_offset: "2026-01-01T00:15:00.500000+02:00", datetime_naive: "2026-01-01T00:15:00",
    });
    expect(rendered(d.schedules![0])).toMatchObject({ interval: 5400 });
  });

  test("a version YAML reads as a number and a repeated key are refused together, each at its line and column", () => {
    const file = fixture("yaml-1.1-refused.yaml");
    expect(refusal(() => load("yaml-1.1-refused.yaml"))).toBe(
      [
        `${file}:7:14: deployments[0] "orders-etl/nightly": field "version" must be a string (YAML reads 1.10 as the number 1.1; quote it: "1.10"); prefect deploy refuses it too`,
        `${file}:12:7: the key "region" is repeated (PyYAML would keep the last value and drop the others silently; remove one)`,
      ].join("\n"),
    );
  });

  test("flow_name null or empty is derived from the entrypoint; a given one is used as is, with a warning", () => {
    const file = fixture("flow-name.yaml");
    const d = load("flow-name.yaml");
    expect(d.deployments.map((x) => `${x.flowName}/${x.name}`)).toEqual(["orders-etl/nulled", "orders-etl/emptied", "Orders ETL/given"]);
    expect(d.warnings.filter((w) => w.includes('"flow_name"'))).toEqual([
      `${file}:5:16: deployments[0] "orders-etl/nulled": field "flow_name" is null; using "orders-etl" derived from entrypoint "flows/orders.py:orders_etl" (set flow_name or options.flowNames if @flow(name=...) differs)`,
      `${file}:9:16: deployments[1] "orders-etl/emptied": field "flow_name" is empty; using "orders-etl" derived from entrypoint "flows/orders.py:orders_etl" (set flow_name or options.flowNames if @flow(name=...) differs)`,
      `${file}:13:16: deployments[2] "Orders ETL/given": ${FLOW_NAME_GIVEN}`,
    ]);
  });

  test("options.flowNames confirms a given flow_name (no warning), and a flow_name that differs from it is refused", () => {
    const file = fixture("flow-name.yaml");
    const confirmed = load("flow-name.yaml", { flowNames: { "flows/orders.py:orders_etl": "Orders ETL" } });
    expect(confirmed.warnings.filter((w) => w.includes("is used as given"))).toEqual([]);
    expect(refusal(() => load("flow-name.yaml", { flowNames: { "flows/orders.py:orders_etl": "orders-etl" } }))).toBe(
      `${file}:13:16: deployments[2] "Orders ETL/given": field "flow_name" "Orders ETL" differs from options.flowNames["flows/orders.py:orders_etl"] "orders-etl", the @flow name prefect deploy would use`,
    );
  });

  test("no work pool, a queue without a pool and no entrypoint are refused; defaultWorkPool stands in for --pool", () => {
    const file = fixture("work-pool.yaml");
    const noEntrypoint = `${file}:13:5: deployments[2] "orders-etl/no-entrypoint": field "entrypoint" is required: prefect deploy refuses a deployment without one ("An entrypoint must be provided")`;
    expect(refusal(() => load("work-pool.yaml"))).toBe(
      [
        `${file}:5:5: deployments[0] "orders-etl/no-pool": field "work_pool" names no work pool: prefect deploy refuses that ("A work pool is required"); set work_pool.name, or options.defaultWorkPool for what --pool or PREFECT_DEFAULT_WORK_POOL_NAME would give`,
        `${file}:12:24: deployments[1] "orders-etl/queue-only": field "work_pool.work_queue_name" "high-priority" names a queue but no work pool: set work_pool.name or options.defaultWorkPool`,
        noEntrypoint,
      ].join("\n"),
    );
    expect(refusal(() => load("work-pool.yaml", { defaultWorkPool: "k8s-default" }))).toBe(noEntrypoint);
    const text = fs.readFileSync(fixture("work-pool.yaml"), "utf8").split("  - name: no-entrypoint")[0];
    const d = PrefectDeployments.fromPrefectYamlText(text, "flows/prefect.yaml", { defaultWorkPool: "k8s-default" });
    expect(d.deployments.map((x) => [x.workPool, x.workQueue])).toEqual([["k8s-default", undefined], ["k8s-default", "high-priority"]]);
  });

  test("build, push or pull given as a scalar, and schedule next to schedules, are refused", () => {
    const file = fixture("steps-and-schedules.yaml");
    expect(refusal(() => load("steps-and-schedules.yaml"))).toBe(
      [
        `${file}:2:8: field "build" must be a list of steps (got "docker build -t acme/orders ."); prefect deploy refuses it too`,
        `${file}:8:11: deployments[0] "orders-etl/scalar-pull": field "pull" must be a list of steps (got "git clone https://github.com/acme-example/orders-flows.git"); prefect deploy refuses it too`,
        `${file}:14:15: deployments[1] "orders-etl/both-schedules": field "schedule" and "schedules" are both present: prefect deploy refuses that; use only "schedules"`,
      ].join("\n"),
    );
  });

  test("accepts module paths, Class.method, folder \"\", naive anchor dates, fractional intervals, runtime templates", () => {
    const file = fixture("accepted-forms.yaml");
    const d = load("accepted-forms.yaml");
    const [modulePath, classMethod] = d.deployments;
    expect(modulePath.entrypoint).toBe("orders.flows:orders_etl");
    expect(classMethod.entrypoint).toBe("flows/orders.py:Pipelines.nightly");
    expect(modulePath.pullSteps!.map((s) => s._render())).toEqual([
      { type: "pull_from_s3", bucket: "acme-flows", folder: "", credentials: "{{ prefect.blocks.aws-credentials.flows-reader }}" },
      { type: "run_shell_script", script: "./setup.sh", env: { REGION: "{{ $AWS_REGION }}" } },
    ]);
    // Block, variable and ctx templates in job variables are kept for the worker.
    expect(modulePath.jobVariables).toEqual({
      image: "{{ prefect.variables.orders_image }}",
      env: { DB_PASSWORD: "{{ prefect.blocks.secret.orders-db }}", RUN_NAME: "orders-{{ ctx.flow_run.name }}" },
    });
    expect(rendered(modulePath.schedules![0])).toEqual({ interval: 90.5, anchorDate: "2026-01-01T02:00:00Z" });
    expect(rendered(classMethod.schedules![0])).toEqual({ interval: 5400, anchorDate: "2026-01-01T02:00:00Z", timezone: "Europe/Berlin" });
    expect(d.warnings.filter((w) => w.includes("job_variables"))).toEqual([
      `${file}:18:16: deployments[0] "orders-etl/module-path": field "work_pool.job_variables.image" keeps {{ prefect.variables.orders_image }} as written: the worker resolves it when a run starts (workers/base.py), where prefect deploy would resolve it once, at deploy time`,
      `${file}:20:24: deployments[0] "orders-etl/module-path": field "work_pool.job_variables.env.DB_PASSWORD" keeps {{ prefect.blocks.secret.orders-db }} as written: the worker resolves it when a run starts (workers/base.py), where prefect deploy would resolve it once, at deploy time`,
    ]);
  });

  test("enforce_parameter_schema defaults to true; the schema comes from options.parameterSchemas", () => {
    const file = fixture("parameter-schema.yaml");
    const bare = load("parameter-schema.yaml");
    expect(bare.deployments.map((x) => [x.enforceParameterSchema, x.parameterOpenapiSchema])).toEqual([[true, undefined], [false, undefined]]);
    expect(bare.warnings.filter((w) => w.includes("enforce_parameter_schema"))).toEqual([
      `${file}:4:5: deployments[0] "orders-etl/nightly": ${schemaWarning("flows/orders.py:orders_etl")}`,
    ]);
    const schema = { type: "object", properties: { source: { type: "string" } } };
    const given = load("parameter-schema.yaml", { parameterSchemas: { "flows/orders.py:orders_etl": schema } });
    expect(given.deployments[0]).toMatchObject({ enforceParameterSchema: true, parameterOpenapiSchema: schema });
    expect(given.warnings.filter((w) => w.includes("enforce_parameter_schema"))).toEqual([]);
    const { stack } = newStack();
    given.bind(stack, PrefectWorkspace.fromWorkspaceId(stack, "Ws", WORKSPACE_ID));
    const resources = Object.values(synthJson(stack).resource.prefect_deployment) as Record<string, unknown>[];
    expect(resources.map((r) => [r.name, r.enforce_parameter_schema, r.parameter_openapi_schema])).toEqual([
      ["nightly", true, '{"properties":{"source":{"type":"string"}},"type":"object"}'],
      ["unchecked", false, undefined],
    ]);
  });

  test("every problem of a file is reported at once, each with line, column, deployment and field", () => {
    const file = fixture("many-problems.yaml");
    expect(refusal(() => load("many-problems.yaml")).split("\n")).toEqual([
      `${file}:2:18: field "prefect-version" must be a string (YAML reads 3.4 as the number 3.4; quote it: "3.4"); prefect deploy refuses it too`,
      `${file}:8:13: deployments[0] "orders-etl/nightly": field "paused" must be true or false (got "maybe")`,
      `${file}:9:11: deployments[0] "orders-etl/nightly": field "tags" must be a list of strings (got "orders")`,
      `${file}:17:14: deployments[1] "orders-etl/hourly": field "work_pool.queue" is not a work_pool field (name, work_queue_name, job_variables)`,
      `${file}:19:15: deployments[1] "orders-etl/hourly": field "schedules[0].cron" is not allowed: Schedule.cron: expression "0 25 * * *" does not parse: Constraint error, got value 25 expected range 0-23`,
    ]);
  });

  test("sla: imported as one prefect_resource_sla per deployment, with Prefect's defaults", () => {
    const { stack } = newStack();
    load("sla.yaml").bind(stack, PrefectWorkspace.fromWorkspaceId(stack, "Ws", WORKSPACE_ID));
    const json = synthJson(stack);
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
    // `sla: []` clears the deployment's SLAs, as `prefect deploy` does; no `sla` leaves them unmanaged.
    const text = fs.readFileSync(fixture("sla.yaml"), "utf8").split("    sla:")[0];
    expect(PrefectDeployments.fromPrefectYamlText(`${text}    sla: []\n`, "flows/prefect.yaml").deployments[0].slas).toEqual([]);
    expect(PrefectDeployments.fromPrefectYamlText(text, "flows/prefect.yaml").deployments[0].slas).toBeUndefined();
  });
});

describe("prefect.yaml refusals and warnings", () => {
  const FILE = "flows/prefect.yaml";
  const parse = (yaml: string, options?: PrefectYamlOptions) => PrefectDeployments.fromPrefectYamlText(yaml, FILE, options);
  // Line 1 `pull: []`, 2 `deployments:`, 3-6 the deployment, the body from line 7.
  const one = (body: string, extra = "pull: []\n", pool = "    work_pool: {name: k8s}\n") =>
    `${extra}deployments:\n  - name: nightly\n    flow_name: orders-etl\n    entrypoint: flows/orders.py:orders_etl\n${pool}${body}`;
  const refused = (body: string, extra?: string, pool?: string) => refusal(() => parse(one(body, extra, pool)));
  const at = (line: number, col: number) => `${FILE}:${line}:${col}: deployments[0] "orders-etl/nightly": `;

  test("a deployment whose flow name and schema come from the options has no warnings", () => {
    const yaml = "pull: []\ndeployments:\n  - name: nightly\n    entrypoint: flows/orders.py:orders_etl\n    work_pool: {name: k8s}\n";
    const options = { flowNames: { "flows/orders.py:orders_etl": "orders-etl" }, parameterSchemas: { "flows/orders.py:orders_etl": { type: "object" } } };
    expect(parse(yaml, options).warnings).toEqual([]);
  });

  test("fails on triggers and SLAs prefect deploy would not accept", () => {
    expect(refused("    triggers:\n      - type: event\n        expect: [x]\n")).toBe(
      `${at(8, 7)}field "triggers" is not imported: each trigger is an automation whose action runs this deployment; define a prefect_automation with a run-deployment action`,
    );
    expect(refused("    sla:\n      - name: late\n      - name: both\n        duration: 60\n        within: 60\n        expected_event: x\n").split("\n")).toEqual([
      `${at(8, 9)}field "sla[0]" must have exactly one of duration (time to completion), within (lateness) or stale_after (frequency) (has none)`,
      `${at(9, 9)}field "sla[1]" must have exactly one of duration (time to completion), within (lateness) or stale_after (frequency) (has duration, within)`,
      `${at(12, 25)}field "sla[1].expected_event" is not a field of an SLA prefect deploy accepts (name, severity, enabled, duration, within, stale_after)`,
    ]);
  });

  test("fails on unknown keys at every level", () => {
    expect(refused("    infrastructure: k8s\n")).toBe(
      `${at(7, 21)}field "infrastructure" is not a prefect.yaml deployment field (unknown keys are refused so that nothing is silently dropped; prefect deploy ignores them)`,
    );
    expect(refused("", undefined, "    work_pool:\n      name: p\n      queue: q\n")).toBe(`${at(8, 14)}field "work_pool.queue" is not a work_pool field (name, work_queue_name, job_variables)`);
    expect(refused("    schedules:\n      - cron: '0 2 * * *'\n        catchup: true\n")).toBe(
      `${at(9, 18)}field "schedules[0].catchup" is not a schedule field (cron, interval, rrule, timezone, anchor_date, active, parameters, slug, replaces, day_or)`,
    );
    expect(refused("    concurrency_limit: {limit: 1, strategy: x}\n")).toBe(
      `${at(7, 45)}field "concurrency_limit.strategy" is not a concurrency_limit field (limit, collision_strategy, grace_period_seconds)`,
    );
  });

  test("fails on a build step output the deployment relies on", () => {
    const build = "build:\n  - prefect_docker.deployments.steps.build_docker_image:\n      id: build-image\n      image_name: acme/orders\n      tag: latest\npull: []\n";
    expect(refused("", build, "    work_pool:\n      name: k8s\n      job_variables:\n        image: '{{ build-image.image }}'\n")).toBe(
      `${at(14, 16)}field "work_pool.job_variables.image" relies on the build step "build-image" ({{ build-image.image }}), which Terraform cannot run; build and push in CI and write the result (e.g. the image) into the file`,
    );
  });

  test("warns about build and push steps nothing relies on", () => {
    const build = "build:\n  - prefect_docker.deployments.steps.build_docker_image:\n      id: build-image\n      image_name: acme/orders\npull: []\n";
    expect(parse(one("", build)).warnings.filter((w) => w.includes("build"))).toEqual([
      `${at(7, 5)}field "build" steps are not run by Terraform and are ignored (build and push images in CI, then set work_pool.job_variables.image)`,
    ]);
  });

  test("fails on {{ $ENV }} outside pull steps and on deploy-time templates Terraform would store verbatim", () => {
    expect(refused("    parameters:\n      region: '{{ $REGION }}'\n")).toBe(
      `${at(8, 15)}field "parameters.region" uses {{ $REGION }}, an environment variable prefect deploy substitutes from its own environment at deploy time; put the value in the file or in a Prefect variable`,
    );
    expect(refused("    tags: ['{{ prefect.variables.team }}']\n")).toBe(
      `${at(7, 12)}field "tags[0]" uses {{ prefect.variables.team }}, which prefect deploy resolves at deploy time and nothing resolves later here; Terraform would store it verbatim (block and variable templates work in pull steps and job variables)`,
    );
    expect(refused("    pull:\n      - prefect.deployments.steps.pip_install_requirements:\n          directory: '{{ clone.directory }}'\n")).toBe(
      `${at(9, 22)}field "pull[0].prefect.deployments.steps.pip_install_requirements.directory" uses {{ clone.directory }}, a step output; steps written by Terraform have no ids`,
    );
    // Not Prefect placeholders: Jinja-like text stays as written, as Prefect leaves it.
    expect(parse(one("    description: 'uses {{ x | upper }}'\n")).deployments[0].description).toBe("uses {{ x | upper }}");
  });

  test("fails on pull steps the provider cannot express, and on their bad fields", () => {
    expect(refused("    pull:\n      - prefect_docker.deployments.steps.pull_docker_image:\n          image: x\n")).toBe(
      `${at(9, 11)}field "pull[0].prefect_docker.deployments.steps.pull_docker_image" is not a pull step Terraform can express (supported: git_clone, set_working_directory, pip_install_requirements, run_shell_script, pull_from_gcs, pull_from_s3, pull_from_azure_blob_storage)`,
    );
    expect(refused("    pull:\n      - prefect.deployments.steps.git_clone:\n          repository: https://github.com/a/b.git\n          depth: 1\n")).toBe(
      `${at(10, 18)}field "pull[0].prefect.deployments.steps.git_clone.depth" is not a field of git_clone (repository, branch, access_token, credentials, include_submodules, id, requires)`,
    );
    expect(refused("    pull:\n      - prefect.deployments.steps.git_clone:\n          repository: https://github.com/a/b.git\n          access_token: ghp_FAKE\n")).toBe(
      `${at(9, 11)}field "pull[0].prefect.deployments.steps.git_clone" is not allowed: PullStep.gitClone: accessToken must be a block reference such as "{{ prefect.blocks.secret.<name> }}" (a literal value would be stored in cdk.tf.json and state)`,
    );
    // A step whose field the template scan refused is not built too: one message, not a second from PullStep.gitClone.
    expect(refused("    pull:\n      - prefect.deployments.steps.git_clone:\n          repository: https://github.com/a/b.git\n          access_token: '{{ token.value }}'\n")).toBe(
      `${at(10, 25)}field "pull[0].prefect.deployments.steps.git_clone.access_token" uses {{ token.value }}, a step output; steps written by Terraform have no ids`,
    );
    expect(refused("    pull:\n      - a: {}\n        b: {}\n")).toBe(`${at(8, 9)}field "pull[0]" must be a mapping with exactly one key, the step function`);
  });

  test("fails on bad schedules", () => {
    expect(refused("    schedules:\n      - cron: '0 2 * * *'\n        interval: 60\n")).toBe(`${at(8, 9)}field "schedules[0]" must have exactly one of cron, interval or rrule (has cron, interval)`);
    expect(refused("    schedules:\n      - interval: soon\n")).toBe(`${at(8, 19)}field "schedules[0].interval" "soon" is not a duration (seconds, HH:MM:SS or ISO 8601 such as PT1H)`);
    // A number in quotes is no timedelta for pydantic, so prefect deploy refuses it.
    expect(refused("    schedules:\n      - interval: '90'\n")).toBe(`${at(8, 19)}field "schedules[0].interval" "90" is not a duration (seconds, HH:MM:SS or ISO 8601 such as PT1H)`);
    expect(refused("    schedules:\n      - interval: 0.1\n")).toBe(
      `${at(8, 19)}field "schedules[0].interval" is not allowed: Schedule.interval: interval 0.1 seconds is not allowed (the provider stores it as a 32-bit float, which would make it 0.10000000149011612)`,
    );
    expect(refused("    schedules:\n      - rrule: FREQ=DAILY\n        timezone: Mars/Olympus\n")).toBe(
      `${at(8, 16)}field "schedules[0].rrule" is not allowed: Schedule.rrule: timezone "Mars/Olympus" is not an IANA time zone name (e.g. "Europe/Berlin", "UTC")`,
    );
    expect(refused("    schedules:\n      - interval: 60\n        anchor_date: 2026-01-01\n")).toBe(
      `${at(9, 22)}field "schedules[0].anchor_date" 2026-01-01 is read as a date, which Prefect does not accept as an anchor date; quote it ("2026-01-01") or give a time`,
    );
  });

  test("interval forms pydantic reads as a timedelta: seconds, HH:MM:SS and ISO 8601", () => {
    const intervals = ["90", "90.5", "'01:30:00'", "'25:00:00'", "PT1H30M", "P1DT2H", "P1W", "PT1.5H"].map((v) => {
      const d = parse(one(`    schedules:\n      - interval: ${v}\n`));
      return rendered(d.deployments[0].schedules![0]).interval;
    });
    expect(intervals).toEqual([90, 90.5, 5400, 90000, 5400, 93600, 604800, 5400]);
  });

  test("types as pydantic reads them: lax booleans and integers, strict strings", () => {
    const d = parse(one("    paused: 'yes'\n    enforce_parameter_schema: 0\n    concurrency_limit: '3'\n")).deployments[0];
    expect([d.paused, d.enforceParameterSchema, d.concurrencyLimit]).toEqual([true, false, 3]);
    expect(refused("    description: 2026-01-01\n    tags: [nightly, 2]\n").split("\n")).toEqual([
      `${at(7, 18)}field "description" must be a string (YAML reads 2026-01-01 as the date 2026-01-01; quote it: "2026-01-01"); prefect deploy refuses it too`,
      `${at(8, 21)}field "tags[1]" must be a string (YAML reads 2 as the number 2; quote it: "2"); prefect deploy refuses it too`,
    ]);
    expect(refused("    parameters: {ratio: .inf}\n")).toBe(`${at(7, 17)}field "parameters" is not JSON: parameters.ratio is Infinity (JSON has no NaN or Infinity) (prefect deploy would send null)`);
    expect(refused("    concurrency_limit: {limit: 1, collision_strategy: DROP}\n")).toBe(`${at(7, 55)}field "concurrency_limit.collision_strategy" "DROP" is not ENQUEUE or CANCEL_NEW`);
  });

  test("fails on a missing name, with the names of the rest of the deployment", () => {
    expect(refusal(() => parse("pull: []\ndeployments:\n  - entrypoint: flows/a.py:a\n    flow_name: a\n    work_pool: {name: k8s}\n"))).toBe(
      `${FILE}:3:5: deployments[0] "a/?": field "name" is required (a non-empty string): prefect deploy refuses a deployment without one ("A deployment name must be provided")`,
    );
  });

  test("warns about what Terraform ignores", () => {
    const d = parse(one("    version_type: vcs:git\n    concurrency_limit: {limit: 2, grace_period_seconds: 60}\n    schedules:\n      - cron: '0 1 * * *'\n        replaces: old\n", "extras: 1\n"));
    expect(d.warnings.filter((w) => !w.includes('"flow_name"') && !w.includes('"enforce_parameter_schema"'))).toEqual([
      `${FILE}:1:9: field "extras" is not a prefect.yaml section and is ignored`,
      `${at(7, 19)}field "version_type" has no Terraform attribute and is ignored`,
      `${at(8, 57)}field "concurrency_limit.grace_period_seconds" has no Terraform attribute and is ignored`,
      `${at(11, 19)}field "schedules[0].replaces" has no Terraform attribute and is ignored (a schedule's slug names its resource: a new slug replaces it)`,
      `${at(3, 5)}field "pull" is not set: prefect deploy would add a set_working_directory step for its local directory, which Terraform cannot know; the worker runs the entrypoint from its own working directory`,
    ]);
  });

  test("fails on invalid YAML, a missing deployments list and an unreadable file", () => {
    expect(refusal(() => parse("deployments: [\n"))).toBe(`${FILE}:2:1: Flow sequence in block collection must be sufficiently indented and end with a ]`);
    expect(refusal(() => parse("name: x\n"))).toBe(`${FILE}:1:1: field "deployments" must be a non-empty list`);
    expect(() => PrefectDeployments.fromPrefectYaml("flows/missing.yaml")).toThrow("flows/missing.yaml: cannot read the prefect.yaml (ENOENT)");
  });

  test("fails on two deployments with the same route name when bound", () => {
    const pool = "entrypoint: flows/x.py:x, work_pool: {name: k8s}";
    const d = parse(`pull: []\ndeployments:\n  - {name: a-b, flow_name: x, ${pool}}\n  - {name: b, flow_name: x-a, ${pool}}\n`);
    const { stack } = newStack();
    const ws = PrefectWorkspace.fromWorkspaceId(stack, "Ws", WORKSPACE_ID);
    expect(() => d.bind(stack, ws)).toThrow('test-stack: route name "x-a-b" is used by both "x/a-b" and "x-a/b" (set routeName on one of them)');
  });
});
