// Reading a prefect.yaml into deployment options (reference/prefect.md §7). Pure: text in, options and warnings out.
import { parseDocument } from "yaml";
import { Duration } from "../core/duration";
import { CollisionStrategy, PrefectDeploymentOptions } from "./deployment";
import { findJsonProblem } from "./json-value";
import { PullStep } from "./pull-step";
import { Schedule } from "./schedule";
import { findTemplates } from "./templates";

/** Options of `PrefectDeployments.fromPrefectYaml`. */
export interface PrefectYamlOptions {
  /**
   * Flow names by entrypoint (`flows/orders.py:orders_etl` → `orders-etl`) for deployments without `flow_name`.
   * @default - derived from the entrypoint's function name, `_` turned into `-` (Prefect's default), with a warning
   */
  readonly flowNames?: Record<string, string>;
  /**
   * Route slugs by full deployment name (`flow/deployment`).
   * @default - flow and deployment names joined with `-`
   */
  readonly routeNames?: Record<string, string>;
}

/** The outcome of reading a prefect.yaml. @internal */
export interface ParsedPrefectYaml {
  readonly deployments: PrefectDeploymentOptions[];
  readonly warnings: string[];
}

// `definitions` is the conventional home of YAML anchors (the Prefect docs use it).
const TOP_LEVEL_KEYS = new Set(["prefect-version", "name", "build", "push", "pull", "deployments", "definitions"]);
const DEPLOYMENT_KEYS = new Set([
  "name", "version", "version_type", "tags", "description", "schedule", "schedules", "paused", "concurrency_limit",
  "flow_name", "entrypoint", "parameters", "enforce_parameter_schema", "build", "push", "pull", "work_pool", "triggers", "sla",
]);
const WORK_POOL_KEYS = new Set(["name", "work_queue_name", "job_variables"]);
const SCHEDULE_KEYS = new Set(["cron", "interval", "rrule", "timezone", "anchor_date", "active", "parameters", "slug", "day_or"]);

/** Pull steps the provider can store, by the function paths prefect.yaml uses. */
const PULL_STEPS: Record<string, { type: string; fields: string[] }> = {};
for (const [type, fields, paths] of [
  ["set_working_directory", ["directory"], ["prefect.deployments.steps.set_working_directory", "prefect.deployments.steps.pull.set_working_directory"]],
  ["git_clone", ["repository", "branch", "access_token", "credentials", "include_submodules"], ["prefect.deployments.steps.git_clone", "prefect.deployments.steps.pull.git_clone"]],
  ["run_shell_script", ["script", "directory", "env", "stream_output", "expand_env_vars"], ["prefect.deployments.steps.run_shell_script", "prefect.deployments.steps.utility.run_shell_script"]],
  ["pip_install_requirements", ["requirements_file", "directory", "stream_output"], ["prefect.deployments.steps.pip_install_requirements", "prefect.deployments.steps.utility.pip_install_requirements"]],
  ["pull_from_s3", ["bucket", "folder", "credentials"], ["prefect_aws.deployments.steps.pull_from_s3"]],
  ["pull_from_gcs", ["bucket", "folder", "credentials"], ["prefect_gcp.deployments.steps.pull_from_gcs"]],
  ["pull_from_azure_blob_storage", ["container", "folder", "credentials"], ["prefect_azure.deployments.steps.pull_from_azure_blob_storage"]],
] as const) {
  for (const p of paths) PULL_STEPS[p] = { type, fields: [...fields] };
}

class Refusal extends Error {}

type Dict = Record<string, unknown>;
type MutableOptions = { -readonly [K in keyof PrefectDeploymentOptions]: PrefectDeploymentOptions[K] };
const isDict = (v: unknown): v is Dict => v !== null && typeof v === "object" && !Array.isArray(v);

/**
 * Maps the deployments of a prefect.yaml to deployment options. Throws one error listing every refusal (each naming
 * the file, the deployment and the field); returns the warnings for what is ignored.
 */
export function parsePrefectYaml(text: string, file: string, options: PrefectYamlOptions = {}): ParsedPrefectYaml {
  const doc = parseDocument(text, { merge: true, uniqueKeys: true, prettyErrors: false });
  if (doc.errors.length > 0) {
    throw new Error(`${file}: not valid YAML: ${doc.errors[0].message.split("\n")[0]}`);
  }
  const root: unknown = doc.toJS({ maxAliasCount: 1000 });
  if (!isDict(root)) throw new Error(`${file}: the document must be a mapping with a "deployments" list`);
  const warnings: string[] = [];
  const refusals: string[] = [];
  for (const key of Object.keys(root)) {
    if (!TOP_LEVEL_KEYS.has(key)) {
      warnings.push(`${file}: top-level key "${key}" is not a prefect.yaml section and is ignored`);
    }
  }
  const list = root.deployments;
  if (!Array.isArray(list) || list.length === 0) {
    throw new Error(`${file}: field "deployments" must be a non-empty list`);
  }
  const topSteps = { build: stepList(root.build), push: stepList(root.push) };
  const deployments: PrefectDeploymentOptions[] = [];
  list.forEach((raw, i) => {
    const ctx = new DeploymentContext(file, i, raw, options);
    try {
      const result = ctx.map(root, topSteps);
      deployments.push(result);
    } catch (e) {
      if (!(e instanceof Refusal)) throw e;
    }
    refusals.push(...ctx.refusals);
    warnings.push(...ctx.warnings);
  });
  if (refusals.length > 0) throw new Error(refusals.join("\n"));
  return { deployments, warnings };
}

function stepList(value: unknown): Dict[] | undefined {
  if (value === undefined || value === null) return undefined;
  if (Array.isArray(value)) return value as Dict[];
  return isDict(value) && Object.keys(value).length > 0 ? [value] : [];
}

/** Ids of build/push steps: templates referring to them are resolved by the CLI only. */
function stepIds(steps: Dict[] | undefined): Set<string> {
  const ids = new Set<string>();
  for (const step of steps ?? []) {
    if (!isDict(step)) continue;
    for (const body of Object.values(step)) if (isDict(body) && typeof body.id === "string") ids.add(body.id);
  }
  return ids;
}

class DeploymentContext {
  public readonly refusals: string[] = [];
  public readonly warnings: string[] = [];
  private label: string;

  public constructor(
    private readonly file: string,
    private readonly index: number,
    private readonly raw: unknown,
    private readonly options: PrefectYamlOptions,
  ) {
    this.label = `deployments[${index}]`;
  }

  public map(root: Dict, top: { build?: Dict[]; push?: Dict[] }): PrefectDeploymentOptions {
    const d = this.raw;
    if (!isDict(d)) this.fail(undefined, "must be a mapping");
    const dep = d as Dict;
    if (typeof dep.name !== "string" || dep.name.length === 0) this.fail("name", "is required (a non-empty string)");
    const name = dep.name as string;
    const flowName = this.flowName(dep);
    this.label = `deployments[${this.index}] "${flowName ?? "?"}/${name}"`;
    for (const key of Object.keys(dep)) {
      if (!DEPLOYMENT_KEYS.has(key)) this.refuse(key, "is not a prefect.yaml deployment field (unknown keys are refused so that nothing is silently dropped)");
    }
    if (nonEmpty(dep.triggers)) this.refuse("triggers", "is not supported by Terraform (define a prefect_automation with a run-deployment action instead)");
    if (nonEmpty(dep.sla)) this.refuse("sla", "is not supported by Terraform (define a prefect_resource_sla instead)");
    if (dep.version_type !== undefined) this.warn("version_type", "has no Terraform equivalent and is ignored");

    const build = "build" in dep ? stepList(dep.build) : top.build;
    const push = "push" in dep ? stepList(dep.push) : top.push;
    const cliOnly = new Map<string, string>();
    for (const id of stepIds(build)) cliOnly.set(id, "build");
    for (const id of stepIds(push)) cliOnly.set(id, "push");
    const pullRaw = "pull" in dep && dep.pull !== null ? dep.pull : root.pull;

    // Templates: anything the CLI would resolve at deploy time cannot reach Terraform.
    let reliesOnBuild = false;
    for (const [field, text] of strings(dep, "")) {
      const inPull = field.startsWith("pull");
      if (field.startsWith("build") || field.startsWith("push") || field.startsWith("triggers") || field.startsWith("sla")) continue;
      for (const ref of findTemplates(text)) {
        if (ref.kind === "env") {
          this.refuse(field, `uses {{ ${ref.expression} }}, an environment template only the Prefect CLI resolves (at deploy time); put the value in the file or in a Prefect variable`);
        } else if (ref.kind === "step-output" && cliOnly.has(ref.stepId!)) {
          reliesOnBuild = true;
          this.refuse(field, `relies on the ${cliOnly.get(ref.stepId!)} step "${ref.stepId}" ({{ ${ref.expression} }}), which Terraform cannot run; build and push in CI and write the result (e.g. the image) into the file`);
        } else if (ref.kind === "step-output") {
          this.refuse(field, `uses {{ ${ref.expression} }}, a step output; steps written by Terraform have no ids`);
        } else if (!inPull) {
          this.refuse(field, `uses {{ ${ref.expression} }}, which the Prefect CLI resolves at deploy time; Terraform would store it verbatim (only pull steps may use block and variable templates)`);
        }
      }
    }
    if (!reliesOnBuild && ((build?.length ?? 0) > 0 || (push?.length ?? 0) > 0)) {
      this.warn((build?.length ?? 0) > 0 ? "build" : "push", "steps are not run by Terraform and are ignored (build and push images in CI, then set work_pool.job_variables.image)");
    }

    const result: MutableOptions = {
      name,
      flowName: flowName ?? name,
    };
    const route = this.options.routeNames?.[`${flowName}/${name}`];
    if (route !== undefined) result.routeName = route;
    if (dep.entrypoint !== undefined) result.entrypoint = this.str(dep.entrypoint, "entrypoint");
    if (dep.version !== undefined && dep.version !== null) {
      result.version = typeof dep.version === "number" ? String(dep.version) : this.str(dep.version, "version");
    }
    if (dep.description !== undefined && dep.description !== null) result.description = this.str(dep.description, "description");
    if (dep.tags !== undefined && dep.tags !== null) {
      if (!Array.isArray(dep.tags) || dep.tags.some((t) => typeof t !== "string")) this.refuse("tags", "must be a list of strings");
      else result.tags = dep.tags as string[];
    }
    if (dep.parameters !== undefined && dep.parameters !== null) result.parameters = this.json(dep.parameters, "parameters");
    if (dep.paused !== undefined && dep.paused !== null) result.paused = this.bool(dep.paused, "paused");
    if (dep.enforce_parameter_schema === true) {
      this.warn("enforce_parameter_schema", "true is not applied: the parameter schema comes from the flow's Python signature, which Terraform cannot read, and Prefect refuses every run against an empty schema (409)");
    } else if (dep.enforce_parameter_schema !== undefined && dep.enforce_parameter_schema !== null) {
      this.bool(dep.enforce_parameter_schema, "enforce_parameter_schema");
    }
    this.concurrency(dep.concurrency_limit, result);
    this.workPool(dep.work_pool, result);
    result.schedules = this.schedules(dep);
    result.pullSteps = this.pull(pullRaw, "pull");
    return result;
  }

  private flowName(dep: Dict): string | undefined {
    if (dep.flow_name !== undefined) {
      if (typeof dep.flow_name !== "string" || dep.flow_name.length === 0) this.fail("flow_name", "must be a non-empty string");
      return dep.flow_name as string;
    }
    const entry = typeof dep.entrypoint === "string" ? dep.entrypoint : undefined;
    const given = entry !== undefined ? this.options.flowNames?.[entry] : undefined;
    if (given !== undefined) return given;
    const fn = entry?.split(/[:.]/).pop();
    if (!entry || !fn) {
      this.fail("flow_name", "is required when there is no entrypoint to derive it from");
    }
    const derived = fn!.replace(/_/g, "-");
    this.warnings.push(
      `${this.file}: deployments[${this.index}] "${derived}/${dep.name}": field "flow_name" is missing; using "${derived}" derived from entrypoint "${entry}" (set flow_name or options.flowNames if @flow(name=...) differs)`,
    );
    return derived;
  }

  private concurrency(value: unknown, result: MutableOptions): void {
    if (value === undefined || value === null) return;
    if (typeof value === "number") {
      result.concurrencyLimit = value;
      return;
    }
    if (!isDict(value)) return this.refuse("concurrency_limit", "must be a number or a mapping with limit and collision_strategy");
    for (const key of Object.keys(value)) {
      if (!["limit", "collision_strategy", "grace_period_seconds"].includes(key)) this.refuse(`concurrency_limit.${key}`, "is not a concurrency_limit field");
    }
    if (typeof value.limit !== "number") return this.refuse("concurrency_limit.limit", "must be a number");
    result.concurrencyLimit = value.limit;
    if (value.collision_strategy !== undefined) {
      const strategy = { ENQUEUE: CollisionStrategy.ENQUEUE, CANCEL_NEW: CollisionStrategy.CANCEL_NEW }[String(value.collision_strategy)];
      if (!strategy) return this.refuse("concurrency_limit.collision_strategy", `${JSON.stringify(value.collision_strategy)} is not ENQUEUE or CANCEL_NEW`);
      result.collisionStrategy = strategy;
    }
    if (value.grace_period_seconds !== undefined) this.warn("concurrency_limit.grace_period_seconds", "has no Terraform attribute and is ignored");
  }

  private workPool(value: unknown, result: MutableOptions): void {
    if (value === undefined || value === null) return;
    if (!isDict(value)) return this.refuse("work_pool", "must be a mapping");
    for (const key of Object.keys(value)) {
      if (!WORK_POOL_KEYS.has(key)) this.refuse(`work_pool.${key}`, "is not a work_pool field (name, work_queue_name, job_variables)");
    }
    if (value.name !== undefined && value.name !== null) result.workPool = this.str(value.name, "work_pool.name");
    if (value.work_queue_name !== undefined && value.work_queue_name !== null) result.workQueue = this.str(value.work_queue_name, "work_pool.work_queue_name");
    if (value.job_variables !== undefined && value.job_variables !== null) result.jobVariables = this.json(value.job_variables, "work_pool.job_variables");
  }

  private schedules(dep: Dict): Schedule[] {
    const hasList = nonEmpty(dep.schedules);
    const hasOne = dep.schedule !== undefined && dep.schedule !== null && !(isDict(dep.schedule) && Object.keys(dep.schedule).length === 0);
    if (hasList && hasOne) {
      this.refuse("schedule", 'and "schedules" are both set (use only "schedules")');
      return [];
    }
    if (hasOne) return this.schedule(dep.schedule, "schedule");
    if (!hasList) return [];
    if (!Array.isArray(dep.schedules)) {
      this.refuse("schedules", "must be a list");
      return [];
    }
    return (dep.schedules as unknown[]).flatMap((s, i) => this.schedule(s, `schedules[${i}]`));
  }

  private schedule(raw: unknown, field: string): Schedule[] {
    if (!isDict(raw)) {
      this.refuse(field, "must be a mapping");
      return [];
    }
    let ok = true;
    for (const key of Object.keys(raw)) {
      if (!SCHEDULE_KEYS.has(key)) {
        this.refuse(`${field}.${key}`, "is not a schedule field (cron, interval, rrule, timezone, anchor_date, active, parameters, slug, day_or)");
        ok = false;
      }
    }
    const kinds = ["cron", "interval", "rrule"].filter((k) => raw[k] !== undefined && raw[k] !== null);
    if (kinds.length !== 1) {
      this.refuse(field, `must have exactly one of cron, interval or rrule (has ${kinds.length === 0 ? "none" : kinds.join(", ")})`);
      return [];
    }
    if (!ok) return [];
    const common = {
      timezone: raw.timezone === undefined || raw.timezone === null ? undefined : this.str(raw.timezone, `${field}.timezone`),
      active: raw.active === undefined || raw.active === null ? undefined : this.bool(raw.active, `${field}.active`),
      slug: raw.slug === undefined || raw.slug === null ? undefined : this.str(raw.slug, `${field}.slug`),
      parameters: raw.parameters === undefined || raw.parameters === null || (isDict(raw.parameters) && Object.keys(raw.parameters).length === 0)
        ? undefined
        : this.json(raw.parameters, `${field}.parameters`),
    };
    try {
      if (kinds[0] === "cron") {
        return [Schedule.cron(this.str(raw.cron, `${field}.cron`), { ...common, dayOr: raw.day_or === undefined || raw.day_or === null ? undefined : this.bool(raw.day_or, `${field}.day_or`) })];
      }
      if (raw.day_or !== undefined) this.refuse(`${field}.day_or`, "only applies to cron schedules");
      if (kinds[0] === "interval") {
        const seconds = intervalSeconds(raw.interval);
        if (seconds === undefined) {
          this.refuse(`${field}.interval`, `${JSON.stringify(raw.interval)} is not an interval (seconds, HH:MM:SS or ISO 8601 such as PT1H)`);
          return [];
        }
        const anchorDate = raw.anchor_date === undefined || raw.anchor_date === null ? undefined : this.str(raw.anchor_date, `${field}.anchor_date`);
        return [Schedule.interval(Duration.seconds(seconds), { ...common, anchorDate })];
      }
      return [Schedule.rrule(this.str(raw.rrule, `${field}.rrule`), common)];
    } catch (e) {
      if (e instanceof Refusal) throw e;
      this.refuse(`${field}.${kinds[0]}`, `is not allowed: ${(e as Error).message}`);
      return [];
    }
  }

  private pull(raw: unknown, field: string): PullStep[] | undefined {
    if (raw === undefined || raw === null) {
      this.warn("pull", "is not set: the Prefect CLI would add a set_working_directory step for the local directory, which Terraform cannot know; the worker runs the entrypoint from its own working directory");
      return undefined;
    }
    const steps = stepList(raw) ?? [];
    return steps.flatMap((step, i) => {
      const where = `${field}[${i}]`;
      if (!isDict(step) || Object.keys(step).length !== 1) {
        this.refuse(where, "must be a mapping with exactly one key, the step function");
        return [];
      }
      const [fn, body] = Object.entries(step)[0];
      const known = PULL_STEPS[fn];
      if (!known) {
        this.refuse(`${where}.${fn}`, "is not a pull step Terraform can express (supported: git_clone, set_working_directory, pip_install_requirements, run_shell_script, pull_from_gcs, pull_from_s3, pull_from_azure_blob_storage)");
        return [];
      }
      const args: Dict = isDict(body) ? body : {};
      for (const key of Object.keys(args)) {
        if (!known.fields.includes(key) && key !== "id" && key !== "requires") {
          this.refuse(`${where}.${fn}.${key}`, `is not a field of ${known.type} (${known.fields.join(", ")}, id, requires)`);
          return [];
        }
      }
      // The template scan above may already have refused a field of this step; one message per problem.
      if (this.refusals.some((r) => r.includes(`field "${where}.${fn}.`))) return [];
      try {
        return [toPullStep(known.type, args)];
      } catch (e) {
        this.refuse(`${where}.${fn}`, `is not allowed: ${(e as Error).message}`);
        return [];
      }
    });
  }

  private str(value: unknown, field: string): string {
    if (typeof value !== "string") this.fail(field, `must be a string (got ${JSON.stringify(value)})`);
    return value as string;
  }

  private bool(value: unknown, field: string): boolean {
    if (typeof value !== "boolean") this.fail(field, `must be true or false (got ${JSON.stringify(value)})`);
    return value as boolean;
  }

  private json(value: unknown, field: string): Record<string, unknown> {
    if (!isDict(value)) this.fail(field, "must be a mapping");
    const problem = findJsonProblem(value, field);
    if (problem) this.fail(field, `is not JSON: ${problem}`);
    return value as Record<string, unknown>;
  }

  private message(field: string | undefined, text: string): string {
    return `${this.file}: ${this.label}: ${field === undefined ? "" : `field "${field}" `}${text}`;
  }

  private refuse(field: string | undefined, text: string): void {
    this.refusals.push(this.message(field, text));
  }

  private fail(field: string | undefined, text: string): never {
    this.refuse(field, text);
    throw new Refusal();
  }

  private warn(field: string, text: string): void {
    this.warnings.push(this.message(field, text));
  }
}

function nonEmpty(value: unknown): boolean {
  return value !== undefined && value !== null && !(Array.isArray(value) && value.length === 0);
}

/** Every string in `value` with its field path (`work_pool.job_variables.image`). */
function* strings(value: unknown, path: string): Generator<[string, string]> {
  if (typeof value === "string") yield [path, value];
  else if (Array.isArray(value)) for (let i = 0; i < value.length; i++) yield* strings(value[i], `${path}[${i}]`);
  else if (isDict(value)) for (const [k, v] of Object.entries(value)) yield* strings(v, path ? `${path}.${k}` : k);
}

function toPullStep(type: string, a: Dict): PullStep {
  const requires = a.requires as string | undefined;
  const opt = <T>(v: unknown) => (v === undefined || v === null ? undefined : (v as T));
  switch (type) {
    case "set_working_directory":
      return PullStep.setWorkingDirectory(a.directory as string, { requires });
    case "git_clone":
      return PullStep.gitClone({
        repository: a.repository as string,
        branch: opt(a.branch),
        accessToken: opt(a.access_token),
        credentials: opt(a.credentials),
        includeSubmodules: opt(a.include_submodules),
        requires,
      });
    case "run_shell_script":
      return PullStep.runShellScript({
        script: a.script as string,
        directory: opt(a.directory),
        env: opt(a.env),
        streamOutput: opt(a.stream_output),
        expandEnvVars: opt(a.expand_env_vars),
        requires,
      });
    case "pip_install_requirements":
      return PullStep.pipInstallRequirements({ requirementsFile: opt(a.requirements_file), directory: opt(a.directory), streamOutput: opt(a.stream_output), requires });
    case "pull_from_s3":
      return PullStep.pullFromS3({ bucket: a.bucket as string, folder: opt(a.folder), credentials: opt(a.credentials), requires });
    case "pull_from_gcs":
      return PullStep.pullFromGcs({ bucket: a.bucket as string, folder: opt(a.folder), credentials: opt(a.credentials), requires });
    default:
      return PullStep.pullFromAzureBlobStorage({ container: a.container as string, folder: opt(a.folder), credentials: opt(a.credentials), requires });
  }
}

/** Seconds of a prefect.yaml interval: a number, `HH:MM:SS`, or ISO 8601 (`PT1H30M`, `P1D`). */
export function intervalSeconds(value: unknown): number | undefined {
  if (typeof value === "number") return Number.isInteger(value) && value > 0 ? value : undefined;
  if (typeof value !== "string") return undefined;
  const s = value.trim();
  let seconds: number | undefined;
  if (/^\d+$/.test(s)) seconds = Number(s);
  const hms = /^(\d+):([0-5]\d):([0-5]\d)$/.exec(s);
  if (hms) seconds = Number(hms[1]) * 3600 + Number(hms[2]) * 60 + Number(hms[3]);
  const iso = /^P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/.exec(s);
  if (iso && s !== "P" && !s.endsWith("T")) {
    const [w, d, h, m, sec] = iso.slice(1).map((x) => Number(x ?? 0));
    seconds = w * 604800 + d * 86400 + h * 3600 + m * 60 + sec;
  }
  return seconds !== undefined && seconds > 0 ? seconds : undefined;
}
