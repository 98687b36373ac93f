import * as path from "path";
import { PrefectDeployments, PrefectWorkspace } from "../../src/prefect";
import { newStack, synthJson, WORKSPACE_ID } from "../helpers";

const FIXTURE = path.join("test", "fixtures", "prefect", "prefect.yaml");

describe("PrefectDeployments.fromPrefectYaml with a realistic file", () => {
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
      enforce_parameter_schema: false,
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

  test("the derived flow name is reported as a construct warning", () => {
    expect(deployments.warnings).toEqual([
      `${FIXTURE}: deployments[2] "month-end-report/month-end": field "flow_name" is missing; using "month-end-report" derived from entrypoint "flows/reports.py:month_end_report" (set flow_name or options.flowNames if @flow(name=...) differs)`,
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
    expect(d.warnings).toEqual([]);
  });
});

describe("prefect.yaml refusals and warnings", () => {
  const FILE = "flows/prefect.yaml";
  const parse = (yaml: string) => PrefectDeployments.fromPrefectYamlText(yaml, FILE);
  const one = (body: string, extra = "pull: []\n") =>
    `${extra}deployments:\n  - name: nightly\n    flow_name: orders-etl\n    entrypoint: flows/orders.py:orders_etl\n${body}`;
  const refusal = (body: string, extra?: string) => {
    try {
      parse(one(body, extra));
    } catch (e) {
      return (e as Error).message;
    }
    return "accepted";
  };
  const prefix = `${FILE}: deployments[0] "orders-etl/nightly": `;

  test("a minimal deployment is accepted without warnings", () => {
    expect(parse(one("")).warnings).toEqual([]);
  });

  test("fails on triggers and sla", () => {
    expect(refusal("    triggers:\n      - type: event\n        expect: [x]\n")).toBe(
      `${prefix}field "triggers" is not supported by Terraform (define a prefect_automation with a run-deployment action instead)`,
    );
    expect(refusal("    sla:\n      - name: late\n        duration: 60\n")).toBe(`${prefix}field "sla" is not supported by Terraform (define a prefect_resource_sla instead)`);
  });

  test("fails on unknown keys at every level", () => {
    expect(refusal("    infrastructure: k8s\n")).toBe(
      `${prefix}field "infrastructure" is not a prefect.yaml deployment field (unknown keys are refused so that nothing is silently dropped)`,
    );
    expect(refusal("    work_pool:\n      name: p\n      queue: q\n")).toBe(`${prefix}field "work_pool.queue" is not a work_pool field (name, work_queue_name, job_variables)`);
    expect(refusal("    schedules:\n      - cron: '0 2 * * *'\n        catchup: true\n")).toBe(
      `${prefix}field "schedules[0].catchup" is not a schedule field (cron, interval, rrule, timezone, anchor_date, active, parameters, slug, day_or)`,
    );
    expect(refusal("    concurrency_limit: {limit: 1, strategy: x}\n")).toBe(`${prefix}field "concurrency_limit.strategy" is not a concurrency_limit field`);
  });

  test("fails on a build step output the deployment relies on", () => {
    const build = "build:\n  - prefect_docker.deployments.steps.build_docker_image:\n      id: build-image\n      image_name: acme/orders\n      tag: latest\npull: []\n";
    expect(refusal("    work_pool:\n      name: k8s\n      job_variables:\n        image: '{{ build-image.image }}'\n", build)).toBe(
      `${prefix}field "work_pool.job_variables.image" relies on the build step "build-image" ({{ build-image.image }}), which Terraform cannot run; build and push in CI and write the result (e.g. the image) into the file`,
    );
  });

  test("warns about build and push steps nothing relies on", () => {
    const build = "build:\n  - prefect_docker.deployments.steps.build_docker_image:\n      id: build-image\n      image_name: acme/orders\npull: []\n";
    expect(parse(one("", build)).warnings).toEqual([
      `${prefix}field "build" steps are not run by Terraform and are ignored (build and push images in CI, then set work_pool.job_variables.image)`,
    ]);
  });

  test("fails on {{ $ENV }} templates and deploy-time templates outside pull steps", () => {
    expect(refusal("    parameters:\n      region: '{{ $REGION }}'\n")).toBe(
      `${prefix}field "parameters.region" uses {{ $REGION }}, an environment template only the Prefect CLI resolves (at deploy time); put the value in the file or in a Prefect variable`,
    );
    expect(refusal("    tags: ['{{ prefect.variables.team }}']\n")).toBe(
      `${prefix}field "tags[0]" uses {{ prefect.variables.team }}, which the Prefect CLI resolves at deploy time; Terraform would store it verbatim (only pull steps may use block and variable templates)`,
    );
    expect(refusal("    pull:\n      - prefect.deployments.steps.set_working_directory:\n          directory: '{{ $PWD }}'\n")).toBe(
      `${prefix}field "pull[0].prefect.deployments.steps.set_working_directory.directory" uses {{ $PWD }}, an environment template only the Prefect CLI resolves (at deploy time); put the value in the file or in a Prefect variable`,
    );
    expect(refusal("    pull:\n      - prefect.deployments.steps.pip_install_requirements:\n          directory: '{{ clone.directory }}'\n")).toBe(
      `${prefix}field "pull[0].prefect.deployments.steps.pip_install_requirements.directory" uses {{ clone.directory }}, a step output; steps written by Terraform have no ids`,
    );
  });

  test("fails on pull steps the provider cannot express, and on their bad fields", () => {
    expect(refusal("    pull:\n      - prefect_docker.deployments.steps.pull_docker_image:\n          image: x\n")).toBe(
      `${prefix}field "pull[0].prefect_docker.deployments.steps.pull_docker_image" is not a pull step Terraform can express (supported: git_clone, set_working_directory, pip_install_requirements, run_shell_script, pull_from_gcs, pull_from_s3, pull_from_azure_blob_storage)`,
    );
    expect(refusal("    pull:\n      - prefect.deployments.steps.git_clone:\n          repository: https://github.com/a/b.git\n          depth: 1\n")).toBe(
      `${prefix}field "pull[0].prefect.deployments.steps.git_clone.depth" is not a field of git_clone (repository, branch, access_token, credentials, include_submodules, id, requires)`,
    );
    expect(refusal("    pull:\n      - prefect.deployments.steps.git_clone:\n          repository: https://github.com/a/b.git\n          access_token: ghp_FAKE\n")).toBe(
      `${prefix}field "pull[0].prefect.deployments.steps.git_clone" is not allowed: PullStep.gitClone: accessToken must be a block reference such as "{{ prefect.blocks.secret.<name> }}" (a literal value would be stored in cdk.tf.json and state)`,
    );
    expect(refusal("    pull:\n      - a: {}\n        b: {}\n")).toBe(`${prefix}field "pull[0]" must be a mapping with exactly one key, the step function`);
  });

  test("fails on bad schedules", () => {
    expect(refusal("    schedules:\n      - cron: '0 2 * * *'\n        interval: 60\n")).toBe(`${prefix}field "schedules[0]" must have exactly one of cron, interval or rrule (has cron, interval)`);
    expect(refusal("    schedules:\n      - cron: '0 25 * * *'\n")).toBe(
      `${prefix}field "schedules[0].cron" is not allowed: Schedule.cron: expression "0 25 * * *" does not parse: Constraint error, got value 25 expected range 0-23`,
    );
    expect(refusal("    schedules:\n      - interval: soon\n")).toBe(`${prefix}field "schedules[0].interval" "soon" is not an interval (seconds, HH:MM:SS or ISO 8601 such as PT1H)`);
    expect(refusal("    schedules:\n      - rrule: FREQ=DAILY\n        timezone: Mars/Olympus\n")).toBe(
      `${prefix}field "schedules[0].rrule" is not allowed: Schedule.rrule: timezone "Mars/Olympus" is not an IANA time zone name (e.g. "Europe/Berlin", "UTC")`,
    );
    expect(refusal("    schedule: {cron: '0 1 * * *'}\n    schedules: [{cron: '0 2 * * *'}]\n")).toBe(`${prefix}field "schedule" and "schedules" are both set (use only "schedules")`);
  });

  test("interval forms: seconds, HH:MM:SS and ISO 8601", () => {
    const intervals = ["90", "'01:30:00'", "PT1H30M", "P1DT2H"].map((v) => {
      const d = parse(one(`    schedules:\n      - interval: ${v}\n`));
      return (d.deployments[0].schedules![0] as unknown as { _render(): { interval: number } })._render().interval;
    });
    expect(intervals).toEqual([90, 5400, 5400, 93600]);
  });

  test("fails on a missing name or flow name and on bad types", () => {
    expect(() => parse("pull: []\ndeployments:\n  - entrypoint: flows/a.py:a\n")).toThrow(`${FILE}: deployments[0]: field "name" is required (a non-empty string)`);
    expect(() => parse("pull: []\ndeployments:\n  - name: x\n")).toThrow(`${FILE}: deployments[0]: field "flow_name" is required when there is no entrypoint to derive it from`);
    expect(refusal("    paused: 'yes'\n")).toBe(`${prefix}field "paused" must be true or false (got "yes")`);
    expect(refusal("    tags: orders\n")).toBe(`${prefix}field "tags" must be a list of strings`);
    expect(refusal("    concurrency_limit: {limit: 1, collision_strategy: DROP}\n")).toBe(`${prefix}field "concurrency_limit.collision_strategy" "DROP" is not ENQUEUE or CANCEL_NEW`);
  });

  test("every refusal of a file is reported at once", () => {
    expect(refusal("    triggers: [{}]\n    sla: [{}]\n").split("\n")).toHaveLength(2);
  });

  test("warns about what Terraform ignores", () => {
    const d = parse(one("    version_type: vcs:git\n    enforce_parameter_schema: true\n    concurrency_limit: {limit: 2, grace_period_seconds: 60}\n", "extras: 1\n"));
    expect(d.warnings).toEqual([
      `${FILE}: top-level key "extras" is not a prefect.yaml section and is ignored`,
      `${prefix}field "version_type" has no Terraform equivalent and is ignored`,
      `${prefix}field "enforce_parameter_schema" true is not applied: the parameter schema comes from the flow's Python signature, which Terraform cannot read, and Prefect refuses every run against an empty schema (409)`,
      `${prefix}field "concurrency_limit.grace_period_seconds" has no Terraform attribute and is ignored`,
      `${prefix}field "pull" is not set: the Prefect CLI would add a set_working_directory step for the local directory, which Terraform cannot know; the worker runs the entrypoint from its own working directory`,
    ]);
  });

  test("fails on invalid YAML, a missing deployments list and an unreadable file", () => {
    expect(() => parse("deployments: [\n")).toThrow(`${FILE}: not valid YAML:`);
    expect(() => parse("a: 1\na: 2\n")).toThrow(`${FILE}: not valid YAML: Map keys must be unique`);
    expect(() => parse("name: x\n")).toThrow(`${FILE}: field "deployments" must be a non-empty list`);
    expect(() => PrefectDeployments.fromPrefectYaml("flows/missing.yaml")).toThrow("flows/missing.yaml: cannot read the prefect.yaml (ENOENT)");
  });

  test("fails on two deployments with the same route name when bound", () => {
    const d = parse("pull: []\ndeployments:\n  - {name: a-b, flow_name: x}\n  - {name: b, flow_name: x-a}\n");
    const { stack } = newStack();
    const ws = PrefectWorkspace.fromWorkspaceId(stack, "Ws", WORKSPACE_ID);
    expect(() => d.bind(stack, ws)).toThrow('test-stack: route name "x-a-b" is used by both "x/a-b" and "x-a/b" (set routeName on one of them)');
  });
});
