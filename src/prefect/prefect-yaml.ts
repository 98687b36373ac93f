// Reading a prefect.yaml into deployment options, the way `prefect deploy` reads it (PrefectHQ/prefect
// `src/prefect/cli/deploy/`: `_config.py` loads, `_models.py` validates, `_core.py` checks and deploys). What
// Terraform can store is imported; what only the CLI can do is refused, naming the reason. Pure: text in, options and
// warnings out.
import { Duration } from "../core/duration";
import { DEPLOYMENT_SLUG } from "../core/rules";
import { CollisionStrategy, entrypointProblem, PrefectDeploymentOptions } from "./deployment";
import { findJsonProblem } from "./json-value";
import { defaultRouteName, prefectNameProblem } from "./names";
import { PullStep } from "./pull-step";
import { loadYaml, LoadedYaml, YamlPath, YamlTimestamp } from "./pyyaml";
import { Schedule } from "./schedule";
import { DeploymentSla, SlaSeverity } from "./sla";
import { findTemplates } from "./templates";

/** Options of `PrefectDeployments.fromPrefectYaml`. */
export interface PrefectYamlOptions {
  /**
   * Flow names by entrypoint (`flows/orders.py:orders_etl` → `orders-etl`): the `@flow` names `prefect deploy` reads
   * from the code, which Terraform cannot run. A deployment without `flow_name` takes its name from here; one with a
   * `flow_name` must match it (the import refuses a mismatch), which confirms the name instead of warning about it.
   * @default - derived from the entrypoint's function name, `_` turned into `-` (Prefect's default), with a warning
   */
  readonly flowNames?: Record<string, string>;
  /**
   * Route slugs by full deployment name (`flow/deployment`).
   * @default - flow and deployment names joined with `-`
   */
  readonly routeNames?: Record<string, string>;
  /**
   * The work pool of deployments whose file names none: what `prefect deploy` takes from `--pool` or the
   * `PREFECT_DEFAULT_WORK_POOL_NAME` setting. The import reads no environment, so pass it here.
   * @default - none: a deployment without a work pool is refused, as `prefect deploy` refuses it
   */
  readonly defaultWorkPool?: string;
  /**
   * Parameter schemas (OpenAPI, as `prefect deploy` derives them from the flow function's signature) by entrypoint.
   * Terraform cannot run Python to derive them.
   * @default - none: the deployment gets an empty schema, which accepts any parameters (with a warning)
   */
  readonly parameterSchemas?: Record<string, Record<string, unknown>>;
}

/** The outcome of reading a prefect.yaml. @internal */
export interface ParsedPrefectYaml {
  readonly deployments: PrefectDeploymentOptions[];
  readonly warnings: string[];
}

// `definitions` is the conventional home of YAML anchors (the Prefect docs use it).
const TOP_LEVEL_KEYS = new Set(["prefect-version", "name", "build", "push", "pull", "deployments", "definitions"]);
// `DeploymentConfig` in `cli/deploy/_models.py`.
const DEPLOYMENT_KEYS = new Set([
  "name", "version", "version_type", "tags", "description", "schedule", "schedules", "paused", "concurrency_limit",
  "flow_name", "entrypoint", "parameters", "enforce_parameter_schema", "build", "push", "pull", "work_pool", "triggers", "sla",
]);
const WORK_POOL_KEYS = new Set(["name", "work_queue_name", "job_variables"]);
// `RawScheduleConfig` (extra="forbid").
const SCHEDULE_KEYS = new Set(["cron", "interval", "rrule", "timezone", "anchor_date", "active", "parameters", "slug", "replaces", "day_or"]);
// `ServiceLevelAgreement` in `_experimental/sla/objects.py`: the field that makes each of its three kinds, duration (time
// to completion), within (lateness) and stale_after (frequency).
const SLA_KINDS = ["duration", "within", "stale_after"] as const;
const SLA_KEYS = new Set(["name", "severity", "enabled", ...SLA_KINDS]);

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

type Dict = Record<string, unknown>;
type MutableOptions = { -readonly [K in keyof PrefectDeploymentOptions]: PrefectDeploymentOptions[K] };
const isDict = (v: unknown): v is Dict => v !== null && typeof v === "object" && !Array.isArray(v) && !(v instanceof YamlTimestamp);
const isSet = (v: unknown) => v !== undefined && v !== null;

/**
 * Maps the deployments of a prefect.yaml to deployment options. Throws one error listing every problem of the file
 * (each naming the file, line and column, the deployment and the field); returns the warnings for what is ignored or
 * differs from `prefect deploy`.
 */
export function parsePrefectYaml(text: string, file: string, options: PrefectYamlOptions = {}): ParsedPrefectYaml {
  const yaml = loadYaml(text);
  const report = new Report(file, yaml);
  const yamlProblems = yaml.problems.map((p) => `${file}:${p.line}:${p.col}: ${p.message}`);
  if (yaml.value === undefined && yamlProblems.length > 0) throw new Error(yamlProblems.join("\n"));
  const root = yaml.value;
  if (!isDict(root)) {
    report.refuse([], undefined, undefined, 'the document must be a mapping with a "deployments" list');
    throw new Error([...yamlProblems, ...report.refusals].join("\n"));
  }
  for (const key of Object.keys(root)) {
    if (!TOP_LEVEL_KEYS.has(key)) report.warn([key], undefined, key, "is not a prefect.yaml section and is ignored");
  }
  // `PrefectYamlModel`: a non-string `prefect-version` or `name` fails validation, and `prefect deploy` then skips
  // every deployment of the file.
  for (const key of ["prefect-version", "name"]) {
    if (isSet(root[key]) && typeof root[key] !== "string") report.refuse([key], undefined, key, notString(yaml, [key], root[key]));
  }
  const top = {
    build: report.steps(root.build, ["build"], undefined, "build"),
    push: report.steps(root.push, ["push"], undefined, "push"),
    pull: report.steps(root.pull, ["pull"], undefined, "pull"),
  };
  const list = root.deployments;
  const deployments: PrefectDeploymentOptions[] = [];
  if (!Array.isArray(list) || list.length === 0) {
    report.refuse(["deployments"], undefined, "deployments", "must be a non-empty list");
  } else {
    list.forEach((raw, i) => {
      const mapped = new DeploymentReader(report, i, options).read(raw, top);
      if (mapped) deployments.push(mapped);
    });
  }
  const problems = [...yamlProblems, ...report.refusals];
  if (problems.length > 0) throw new Error(problems.sort(byPosition).join("\n"));
  return { deployments, warnings: report.warnings };
}

/** Orders messages `file:line:col: ...` by line and column (stable within one position). */
function byPosition(a: string, b: string): number {
  const pos = (m: string) => (/:(\d+):(\d+): /.exec(m) ?? [0, 0, 0]).slice(1).map(Number);
  const [la, ca] = pos(a);
  const [lb, cb] = pos(b);
  return la - lb || ca - cb;
}

/** Collects refusals and warnings, each at the line and column of the value it is about. */
class Report {
  public readonly refusals: string[] = [];
  public readonly warnings: string[] = [];
  /** Every document path refused so far, with each of its ancestors (as {@link pathKey}s). */
  private readonly refused = new Set<string>();

  public constructor(
    private readonly file: string,
    public readonly yaml: LoadedYaml,
  ) {}

  public refuse(path: YamlPath, label: string | undefined, field: string | undefined, text: string): void {
    this.refusals.push(this.message(path, label, field, text));
    for (let n = 0; n <= path.length; n++) this.refused.add(pathKey(path.slice(0, n)));
  }

  /** Whether anything at `path` or under it was refused. */
  public refusedWithin(path: YamlPath): boolean {
    return this.refused.has(pathKey(path));
  }

  public warn(path: YamlPath, label: string | undefined, field: string | undefined, text: string): void {
    this.warnings.push(this.message(path, label, field, text));
  }

  /**
   * A build, push or pull section: a list of steps, or one step mapping (which Prefect wraps into a list). A scalar
   * fails Prefect's validation. `{}` counts as unset, as the CLI's `or` fallbacks treat it.
   */
  public steps(value: unknown, path: YamlPath, label: string | undefined, field: string): Dict[] | undefined {
    if (!isSet(value) || (isDict(value) && Object.keys(value).length === 0)) return undefined;
    if (isDict(value)) return [value];
    if (Array.isArray(value)) return value as Dict[];
    this.refuse(path, label, field, `must be a list of steps (got ${describeValue(value)}); prefect deploy refuses it too`);
    return undefined;
  }

  private message(path: YamlPath, label: string | undefined, field: string | undefined, text: string): string {
    const { line, col } = this.yaml.locate(path);
    return `${this.file}:${line}:${col}: ${label === undefined ? "" : `${label}: `}${field === undefined ? "" : `field "${field}" `}${text}`;
  }
}

/** Reads one entry of `deployments`, reporting every problem it finds and going on after each. */
class DeploymentReader {
  private label: string;
  private readonly base: YamlPath;

  public constructor(
    private readonly report: Report,
    private readonly index: number,
    private readonly options: PrefectYamlOptions,
  ) {
    this.label = `deployments[${index}]`;
    this.base = ["deployments", index];
  }

  public read(raw: unknown, top: { build?: Dict[]; push?: Dict[]; pull?: Dict[] }): PrefectDeploymentOptions | undefined {
    if (!isDict(raw)) {
      this.refuse([], `must be a mapping (got ${describeValue(raw)})`);
      return undefined;
    }
    const dep = raw;
    const refusalsBefore = this.report.refusals.length;
    const given = (v: unknown) => (typeof v === "string" && v !== "" ? v : undefined);
    this.setLabel(given(dep.flow_name), given(dep.name));
    let name = this.str(["name"], dep.name);
    if (!isSet(dep.name) || dep.name === "") {
      this.refuse(["name"], 'is required (a non-empty string): prefect deploy refuses a deployment without one ("A deployment name must be provided")');
      name = undefined;
    } else if (name !== undefined && prefectNameProblem(name)) {
      this.refuse(["name"], `${JSON.stringify(name)} is not allowed (${prefectNameProblem(name)})`);
    }
    const entrypoint = this.entrypoint(dep);
    const flowName = this.flowName(dep, entrypoint, name);
    this.setLabel(flowName, name);
    if (dep.flow_name !== undefined && dep.flow_name !== null && dep.flow_name !== "" && flowName !== undefined) {
      const confirmed = entrypoint === undefined ? undefined : this.options.flowNames?.[entrypoint];
      if (confirmed === undefined) {
        this.warn(
          ["flow_name"],
          `is used as given; prefect deploy takes the flow name from the @flow decorator instead (cli/deploy/_core.py), so the two must match (state the decorator's name in options.flowNames["${entrypoint ?? "<entrypoint>"}"] to confirm it)`,
        );
      } else if (confirmed !== flowName) {
        this.refuse(["flow_name"], `${JSON.stringify(flowName)} differs from options.flowNames["${entrypoint}"] ${JSON.stringify(confirmed)}, the @flow name prefect deploy would use`);
      }
    }
    for (const key of Object.keys(dep)) {
      if (!DEPLOYMENT_KEYS.has(key)) this.refuse([key], "is not a prefect.yaml deployment field (unknown keys are refused so that nothing is silently dropped; prefect deploy ignores them)");
    }
    if (nonEmpty(dep.triggers)) {
      this.refuse(["triggers"], "is not imported: each trigger is an automation whose action runs this deployment; define a prefect_automation with a run-deployment action");
    }
    if (isSet(dep.version_type)) this.warn(["version_type"], "has no Terraform attribute and is ignored");

    const result: MutableOptions = { name: name ?? "", flowName: flowName ?? "" };
    if (entrypoint !== undefined) result.entrypoint = entrypoint;
    const route = this.options.routeNames?.[`${flowName}/${name}`];
    if (route !== undefined) result.routeName = route;
    if (name !== undefined && flowName !== undefined) {
      const slug = route ?? defaultRouteName(flowName, name);
      if (!DEPLOYMENT_SLUG.pattern.test(slug)) this.refuse(["name"], `gives the route name ${JSON.stringify(slug)}, which is not allowed (${DEPLOYMENT_SLUG.allowed}); set options.routeNames["${flowName}/${name}"]`);
    }
    const version = this.str(["version"], dep.version);
    if (version !== undefined) result.version = version;
    const description = this.str(["description"], dep.description);
    if (description !== undefined) result.description = description;
    this.tags(dep.tags, result);
    if (isSet(dep.parameters)) result.parameters = this.json(["parameters"], dep.parameters);
    const paused = this.bool(["paused"], dep.paused);
    if (paused !== undefined) result.paused = paused;
    this.parameterSchema(dep, entrypoint, result);
    this.concurrency(dep.concurrency_limit, result);
    this.workPool(dep.work_pool, result);
    result.schedules = this.schedules(dep);
    this.templates(dep, top);
    result.pullSteps = this.pull(dep, top.pull);
    const slas = this.slas(dep.sla);
    if (slas !== undefined) result.slas = slas;
    return this.report.refusals.length === refusalsBefore ? result : undefined;
  }

  /** `deployments[0] "orders-etl/nightly"`, with `?` for what is not known (yet). */
  private setLabel(flowName: string | undefined, name: string | undefined): void {
    this.label = flowName === undefined && name === undefined ? `deployments[${this.index}]` : `deployments[${this.index}] "${flowName ?? "?"}/${name ?? "?"}"`;
  }

  private entrypoint(dep: Dict): string | undefined {
    if (!isSet(dep.entrypoint) || dep.entrypoint === "") {
      this.refuse(["entrypoint"], 'is required: prefect deploy refuses a deployment without one ("An entrypoint must be provided")');
      return undefined;
    }
    const entrypoint = this.str(["entrypoint"], dep.entrypoint);
    if (entrypoint === undefined) return undefined;
    const problem = entrypointProblem(entrypoint);
    if (problem) this.refuse(["entrypoint"], `${JSON.stringify(entrypoint)} is not allowed (${problem})`);
    return problem ? undefined : entrypoint;
  }

  /**
   * `prefect deploy` overwrites `flow_name` with the `@flow` name it loads from the entrypoint (`_core.py`), and writes
   * `flow_name: null` into files itself: an empty one is derived like a missing one.
   */
  private flowName(dep: Dict, entrypoint: string | undefined, name: string | undefined): string | undefined {
    if (isSet(dep.flow_name) && dep.flow_name !== "") {
      const given = this.str(["flow_name"], dep.flow_name);
      const problem = given === undefined ? undefined : prefectNameProblem(given);
      if (problem) this.refuse(["flow_name"], `${JSON.stringify(given)} is not allowed (${problem})`);
      return problem ? undefined : given;
    }
    if (entrypoint === undefined) return undefined;
    const given = this.options.flowNames?.[entrypoint];
    if (given !== undefined) {
      const problem = prefectNameProblem(given);
      if (problem) this.refuse(["entrypoint"], `has the flow name ${JSON.stringify(given)} in options.flowNames, which is not allowed (${problem})`);
      return problem ? undefined : given;
    }
    // Prefect's default flow name: the function's name with `_` turned into `-` (`Flow.__init__` in `flows.py`).
    const derived = entrypoint.split(/[:.]/).pop()!.replace(/_/g, "-");
    this.setLabel(derived, name);
    this.warn(["flow_name"], `is ${dep.flow_name === "" ? "empty" : dep.flow_name === null ? "null" : "missing"}; using "${derived}" derived from entrypoint "${entrypoint}" (set flow_name or options.flowNames if @flow(name=...) differs)`);
    return derived;
  }

  private tags(value: unknown, result: MutableOptions): void {
    if (!isSet(value)) return;
    if (!Array.isArray(value)) return this.refuse(["tags"], `must be a list of strings (got ${describeValue(value)})`);
    const tags: string[] = [];
    value.forEach((tag, i) => {
      const text = this.str(["tags", i], tag);
      if (text !== undefined) tags.push(text);
    });
    if (tags.length === value.length) result.tags = tags;
  }

  /** `enforce_parameter_schema` defaults to true in Prefect; the schema itself comes from the options. */
  private parameterSchema(dep: Dict, entrypoint: string | undefined, result: MutableOptions): void {
    const enforce = this.bool(["enforce_parameter_schema"], dep.enforce_parameter_schema) ?? true;
    result.enforceParameterSchema = enforce;
    const schema = entrypoint === undefined ? undefined : this.options.parameterSchemas?.[entrypoint];
    if (schema !== undefined) {
      const problem = isDict(schema) ? findJsonProblem(schema, "schema") : "the schema is not a JSON object";
      if (problem) this.refuse(["entrypoint"], `has a parameter schema in options.parameterSchemas that is not allowed (${problem})`);
      else result.parameterOpenapiSchema = schema;
    } else if (enforce) {
      this.warn(
        ["enforce_parameter_schema"],
        `is ${dep.enforce_parameter_schema === undefined ? "on by default" : "on"}, but without a parameter schema (options.parameterSchemas["${entrypoint ?? "<entrypoint>"}"]) Prefect validates against an empty one, which accepts any parameters`,
      );
    }
  }

  private concurrency(value: unknown, result: MutableOptions): void {
    if (!isSet(value)) return;
    if (!isDict(value)) {
      const limit = this.int(["concurrency_limit"], value);
      if (limit !== undefined) result.concurrencyLimit = this.positive(["concurrency_limit"], limit);
      return;
    }
    for (const key of Object.keys(value)) {
      if (!["limit", "collision_strategy", "grace_period_seconds"].includes(key)) {
        this.refuse(["concurrency_limit", key], "is not a concurrency_limit field (limit, collision_strategy, grace_period_seconds)");
      }
    }
    if (!isSet(value.limit)) this.refuse(["concurrency_limit", "limit"], "is required (a whole number, at least 1)");
    const limit = this.int(["concurrency_limit", "limit"], value.limit);
    if (limit !== undefined) result.concurrencyLimit = this.positive(["concurrency_limit", "limit"], limit);
    if (isSet(value.collision_strategy)) {
      const text = this.str(["concurrency_limit", "collision_strategy"], value.collision_strategy);
      const strategy = text === undefined ? undefined : { ENQUEUE: CollisionStrategy.ENQUEUE, CANCEL_NEW: CollisionStrategy.CANCEL_NEW }[text];
      if (strategy) result.collisionStrategy = strategy;
      else if (text !== undefined) this.refuse(["concurrency_limit", "collision_strategy"], `${JSON.stringify(text)} is not ENQUEUE or CANCEL_NEW`);
    }
    if (isSet(value.grace_period_seconds)) this.warn(["concurrency_limit", "grace_period_seconds"], "has no Terraform attribute and is ignored");
  }

  private positive(path: YamlPath, n: number): number | undefined {
    if (n >= 1) return n;
    this.refuse(path, `${n} is not allowed (a whole number, at least 1)`);
    return undefined;
  }

  /**
   * `prefect deploy` refuses a deployment without a work pool when it cannot prompt (`_core.py`); `--pool` and
   * `PREFECT_DEFAULT_WORK_POOL_NAME` (`_commands.py`) become `options.defaultWorkPool`.
   */
  private workPool(value: unknown, result: MutableOptions): void {
    let pool: Dict = {};
    if (isDict(value)) pool = value;
    else if (isSet(value)) this.refuse(["work_pool"], `must be a mapping with name, work_queue_name and job_variables (got ${describeValue(value)})`);
    for (const key of Object.keys(pool)) {
      if (!WORK_POOL_KEYS.has(key)) this.refuse(["work_pool", key], "is not a work_pool field (name, work_queue_name, job_variables)");
    }
    const name = this.str(["work_pool", "name"], pool.name) || this.options.defaultWorkPool;
    const queue = this.str(["work_pool", "work_queue_name"], pool.work_queue_name);
    if (name) {
      const problem = prefectNameProblem(name);
      if (problem) this.refuse(["work_pool", "name"], `${JSON.stringify(name)} is not allowed (${problem})`);
      else result.workPool = name;
    } else if (queue) {
      this.refuse(["work_pool", "work_queue_name"], `${JSON.stringify(queue)} names a queue but no work pool: set work_pool.name or options.defaultWorkPool`);
    } else if (!isSet(pool.name) || pool.name === "") {
      this.refuse(["work_pool"], 'names no work pool: prefect deploy refuses that ("A work pool is required"); set work_pool.name, or options.defaultWorkPool for what --pool or PREFECT_DEFAULT_WORK_POOL_NAME would give');
    }
    if (queue) result.workQueue = queue;
    if (isSet(pool.job_variables)) result.jobVariables = this.json(["work_pool", "job_variables"], pool.job_variables);
  }

  /** `_handle_deprecated_schedule_fields` in `_config.py`: a legacy `schedule` next to any `schedules` key fails. */
  private schedules(dep: Dict): Schedule[] {
    const legacy = isDict(dep.schedule) && Object.keys(dep.schedule).length > 0;
    if (isSet(dep.schedule) && !isDict(dep.schedule)) {
      this.refuse(["schedule"], `must be a mapping (got ${describeValue(dep.schedule)})`);
      return [];
    }
    if (legacy && "schedules" in dep) {
      this.refuse(["schedule"], 'and "schedules" are both present: prefect deploy refuses that; use only "schedules"');
      return [];
    }
    if (legacy) return this.schedule(dep.schedule as Dict, ["schedule"]);
    if (!isSet(dep.schedules)) return [];
    if (!Array.isArray(dep.schedules)) {
      this.refuse(["schedules"], `must be a list (got ${describeValue(dep.schedules)})`);
      return [];
    }
    return dep.schedules.flatMap((s, i) => this.schedule(s, ["schedules", i]));
  }

  private schedule(raw: unknown, path: YamlPath): Schedule[] {
    if (!isDict(raw)) {
      this.refuse(path, `must be a mapping (got ${describeValue(raw)})`);
      return [];
    }
    const before = this.report.refusals.length;
    for (const key of Object.keys(raw)) {
      if (!SCHEDULE_KEYS.has(key)) this.refuse([...path, key], `is not a schedule field (${[...SCHEDULE_KEYS].join(", ")})`);
    }
    const kinds = ["cron", "interval", "rrule"].filter((k) => isSet(raw[k]));
    if (kinds.length !== 1) {
      this.refuse(path, `must have exactly one of cron, interval or rrule (has ${kinds.length === 0 ? "none" : kinds.join(", ")})`);
      return [];
    }
    const kind = kinds[0];
    if (isSet(raw.replaces)) this.warn([...path, "replaces"], "has no Terraform attribute and is ignored (a schedule's slug names its resource: a new slug replaces it)");
    if (isSet(raw.day_or) && kind !== "cron") this.warn([...path, "day_or"], `only applies to cron schedules; Prefect ignores it on ${kind} schedules, and so does the import`);
    if (isSet(raw.anchor_date) && kind !== "interval") this.warn([...path, "anchor_date"], `only applies to interval schedules; Prefect ignores it on ${kind} schedules, and so does the import`);
    const parameters = isSet(raw.parameters) ? this.json([...path, "parameters"], raw.parameters) : undefined;
    const common = {
      timezone: this.str([...path, "timezone"], raw.timezone),
      active: this.bool([...path, "active"], raw.active),
      slug: this.str([...path, "slug"], raw.slug),
      // `parameters: {}` is Prefect's default: no overrides.
      parameters: parameters && Object.keys(parameters).length > 0 ? parameters : undefined,
    };
    const dayOr = kind === "cron" ? this.bool([...path, "day_or"], raw.day_or) : undefined;
    const text = kind === "interval" ? undefined : this.str([...path, kind], raw[kind]);
    const seconds = kind === "interval" ? this.seconds([...path, "interval"], raw.interval, { positive: true }) : undefined;
    const anchorDate = kind === "interval" ? this.anchorDate([...path, "anchor_date"], raw.anchor_date) : undefined;
    if (this.report.refusals.length > before || (kind !== "interval" && text === undefined) || (kind === "interval" && seconds === undefined)) return [];
    try {
      if (kind === "cron") return [Schedule.cron(text!, { ...common, dayOr })];
      if (kind === "rrule") return [Schedule.rrule(text!, common)];
      return [Schedule._intervalSeconds(seconds!, { ...common, anchorDate })];
    } catch (e) {
      this.refuse([...path, kind], `is not allowed: ${(e as Error).message}`);
      return [];
    }
  }

  /**
   * `prefect deploy` parses `anchor_date` with `parse_datetime` (`types/_datetime.py`), which reads a date-time
   * without an offset, or a bare date, as UTC.
   */
  private anchorDate(path: YamlPath, value: unknown): string | undefined {
    if (!isSet(value)) return undefined;
    if (value instanceof YamlTimestamp) {
      if (!value.isDate) return value.toRfc3339();
      this.refuse(path, `${value.source} is read as a date, which Prefect does not accept as an anchor date; quote it ("${value.source}") or give a time`);
      return undefined;
    }
    const text = this.str(path, value);
    if (text === undefined) return undefined;
    const m = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2})(:\d{2}(?:\.\d+)?)?)?(Z|[+-]\d{2}:?\d{2})?$/.exec(text.trim());
    if (!m || (m[4] !== undefined && m[2] === undefined)) {
      this.refuse(path, `${JSON.stringify(text)} is not a date-time (e.g. 2026-01-01T02:00:00Z, or 2026-01-01T02:00:00, read as UTC)`);
      return undefined;
    }
    const zone = m[4] === undefined || m[4] === "Z" ? "Z" : m[4].includes(":") ? m[4] : `${m[4].slice(0, 3)}:${m[4].slice(3)}`;
    return `${m[1]}T${m[2] ?? "00:00"}${m[3] ?? ":00"}${zone}`;
  }

  /**
   * Templates `prefect deploy` resolves before storing the deployment, which Terraform cannot: environment
   * variables, and the outputs of build and push steps. Blocks and variables are left for the worker in pull steps and
   * job variables (it resolves both before a run), `ctx.` placeholders everywhere (`_core.py` skips them).
   */
  private templates(dep: Dict, top: { build?: Dict[]; push?: Dict[] }): void {
    const build = "build" in dep ? this.report.steps(dep.build, [...this.base, "build"], this.label, "build") : top.build;
    const push = "push" in dep ? this.report.steps(dep.push, [...this.base, "push"], this.label, "push") : top.push;
    const cliOnly = new Map<string, string>();
    for (const id of stepIds(build)) cliOnly.set(id, "build");
    for (const id of stepIds(push)) cliOnly.set(id, "push");
    let reliesOnBuild = false;
    const runtimeWarned = new Set<string>();
    for (const [path, text] of strings(dep, [])) {
      const top0 = path[0];
      if (top0 === "build" || top0 === "push" || top0 === "triggers" || top0 === "sla") continue;
      const inPull = top0 === "pull";
      const inJobVariables = top0 === "work_pool" && path[1] === "job_variables";
      for (const ref of findTemplates(text)) {
        if (ref.kind === "ctx") continue;
        if (ref.kind === "env" && !inPull) {
          this.refuse(path, `uses {{ ${ref.expression} }}, an environment variable prefect deploy substitutes from its own environment at deploy time; put the value in the file or in a Prefect variable`);
        } else if (ref.kind === "step-output" && cliOnly.has(ref.stepId!)) {
          reliesOnBuild = true;
          this.refuse(path, `relies on the ${cliOnly.get(ref.stepId!)} step "${ref.stepId}" ({{ ${ref.expression} }}), which Terraform cannot run; build and push in CI and write the result (e.g. the image) into the file`);
        } else if (ref.kind === "step-output") {
          this.refuse(path, `uses {{ ${ref.expression} }}, a step output; steps written by Terraform have no ids`);
        } else if ((ref.kind === "block" || ref.kind === "variable") && inJobVariables) {
          const at = display(path);
          if (!runtimeWarned.has(at)) {
            runtimeWarned.add(at);
            this.warn(path, `keeps {{ ${ref.expression} }} as written: the worker resolves it when a run starts (workers/base.py), where prefect deploy would resolve it once, at deploy time`);
          }
        } else if ((ref.kind === "block" || ref.kind === "variable") && !inPull) {
          this.refuse(path, `uses {{ ${ref.expression} }}, which prefect deploy resolves at deploy time and nothing resolves later here; Terraform would store it verbatim (block and variable templates work in pull steps and job variables)`);
        }
      }
    }
    if (!reliesOnBuild && ((build?.length ?? 0) > 0 || (push?.length ?? 0) > 0)) {
      const field = (build?.length ?? 0) > 0 ? "build" : "push";
      this.warn([field], "steps are not run by Terraform and are ignored (build and push images in CI, then set work_pool.job_variables.image)");
    }
  }

  /** A deployment's `pull` overrides the top-level one; null (or `{}`) falls back to it, `[]` means none. */
  private pull(dep: Dict, top: Dict[] | undefined): PullStep[] | undefined {
    const own = "pull" in dep ? this.report.steps(dep.pull, [...this.base, "pull"], this.label, "pull") : undefined;
    const steps = own ?? top;
    if (steps === undefined) {
      this.warn(["pull"], "is not set: prefect deploy would add a set_working_directory step for its local directory, which Terraform cannot know; the worker runs the entrypoint from its own working directory");
      return undefined;
    }
    const base = own !== undefined ? [...this.base, "pull"] : ["pull"];
    return steps.flatMap((step, i) => {
      const field = `pull[${i}]`;
      const at = (...rest: (string | number)[]): YamlPath => [...base, i, ...rest];
      if (!isDict(step) || Object.keys(step).length !== 1) {
        this.refuseAt(at(), field, "must be a mapping with exactly one key, the step function");
        return [];
      }
      const [fn, body] = Object.entries(step)[0];
      const known = PULL_STEPS[fn];
      if (!known) {
        this.refuseAt(at(fn), `${field}.${fn}`, "is not a pull step Terraform can express (supported: git_clone, set_working_directory, pip_install_requirements, run_shell_script, pull_from_gcs, pull_from_s3, pull_from_azure_blob_storage)");
        return [];
      }
      const args: Dict = isDict(body) ? body : {};
      const bad = Object.keys(args).filter((key) => !known.fields.includes(key) && key !== "id" && key !== "requires");
      for (const key of bad) this.refuseAt(at(fn, key), `${field}.${fn}.${key}`, `is not a field of ${known.type} (${known.fields.join(", ")}, id, requires)`);
      // A step the template scan refused, or with bad fields, is not built: one message per problem.
      if (this.report.refusedWithin(at(fn))) return [];
      try {
        return [toPullStep(known.type, args)];
      } catch (e) {
        this.refuseAt(at(fn), `${field}.${fn}`, `is not allowed: ${(e as Error).message}`);
        return [];
      }
    });
  }

  /** `sla:` entries, as `_initialize_deployment_slas` validates them (`cli/deploy/_sla.py`). */
  private slas(value: unknown): DeploymentSla[] | undefined {
    if (!isSet(value)) return undefined;
    if (!Array.isArray(value)) {
      this.refuse(["sla"], `must be a list of SLAs (got ${describeValue(value)})`);
      return undefined;
    }
    const out: DeploymentSla[] = [];
    value.forEach((raw, i) => {
      const path: YamlPath = ["sla", i];
      if (!isDict(raw)) return this.refuse(path, `must be a mapping (got ${describeValue(raw)})`);
      for (const key of Object.keys(raw)) {
        if (!SLA_KEYS.has(key)) this.refuse([...path, key], `is not a field of an SLA prefect deploy accepts (${[...SLA_KEYS].join(", ")})`);
      }
      const name = this.str([...path, "name"], raw.name);
      if (!isSet(raw.name)) this.refuse([...path, "name"], "is required");
      const kinds = SLA_KINDS.filter((k) => isSet(raw[k]));
      if (kinds.length !== 1) {
        return this.refuse(path, `must have exactly one of duration (time to completion), within (lateness) or stale_after (frequency) (has ${kinds.length === 0 ? "none" : kinds.join(", ")})`);
      }
      const severityText = this.str([...path, "severity"], raw.severity);
      const severity = severityText === undefined ? undefined : SlaSeverity.fromName(severityText);
      if (severityText !== undefined && !severity) this.refuse([...path, "severity"], `${JSON.stringify(severityText)} is not minor, low, moderate, high or critical`);
      const enabled = this.bool([...path, "enabled"], raw.enabled);
      const kind = kinds[0];
      const seconds = kind === "duration" ? this.int([...path, kind], raw[kind]) : this.seconds([...path, kind], raw[kind], { positive: false });
      if (name === undefined || seconds === undefined || (severityText !== undefined && !severity)) return;
      try {
        const limit = Duration.seconds(seconds);
        const options = { severity, enabled };
        out.push(
          kind === "duration" ? DeploymentSla.timeToCompletion(name, limit, options)
          : kind === "within" ? DeploymentSla.lateness(name, limit, options)
          : DeploymentSla.frequency(name, limit, options),
        );
      } catch (e) {
        this.refuse([...path, kind], `is not allowed: ${(e as Error).message}`);
      }
    });
    const names = out.map((s) => s.name);
    names.forEach((n, i) => {
      if (names.indexOf(n) !== i) this.refuse(["sla"], `has two SLAs named ${JSON.stringify(n)} (names are unique per deployment)`);
    });
    return out;
  }

  // ---- values, read as pydantic reads them in `_models.py` (lax mode) ----

  /** A `str` field: pydantic turns no number, boolean or date into a string. */
  private str(path: YamlPath, value: unknown): string | undefined {
    if (!isSet(value)) return undefined;
    if (typeof value === "string") return value;
    this.refuse(path, notString(this.report.yaml, [...this.base, ...path], value));
    return undefined;
  }

  /** A `bool` field: pydantic also takes `"yes"`, `"off"`, `"1"`, `0`, ... */
  private bool(path: YamlPath, value: unknown): boolean | undefined {
    if (!isSet(value)) return undefined;
    if (typeof value === "boolean") return value;
    if (value === 0 || value === 1) return value === 1;
    if (typeof value === "string") {
      const lax = LAX_BOOL[value.toLowerCase()];
      if (lax !== undefined) return lax;
    }
    this.refuse(path, `must be true or false (got ${describeValue(value)})`);
    return undefined;
  }

  /** An `int` field: pydantic also takes `3.0`, `"3"` and booleans. */
  private int(path: YamlPath, value: unknown): number | undefined {
    if (!isSet(value)) return undefined;
    if (typeof value === "boolean") return value ? 1 : 0;
    const n = typeof value === "string" && /^\s*[-+]?\d+\s*$/.test(value) ? Number(value) : value;
    if (typeof n === "number" && Number.isInteger(n)) return n;
    this.refuse(path, `must be a whole number (got ${describeValue(value)})`);
    return undefined;
  }

  /**
   * A `timedelta` field, in seconds: a number, `HH:MM:SS[.ffffff]`, or ISO 8601 (`PT1H30M`, `P1DT2H`, `P1W`; a year
   * is 365 days and a month 30, as pydantic counts them). A bare number in quotes fails pydantic, so it fails here.
   */
  private seconds(path: YamlPath, value: unknown, { positive }: { positive: boolean }): number | undefined {
    const seconds = timedeltaSeconds(value);
    if (seconds === undefined) {
      this.refuse(path, `${describeValue(value)} is not a duration (seconds, HH:MM:SS or ISO 8601 such as PT1H)`);
    } else if (positive ? seconds <= 0 : seconds < 0) {
      this.refuse(path, `${describeValue(value)} is not allowed (must be ${positive ? "positive" : "at least 0"})`);
      return undefined;
    }
    return seconds;
  }

  /** A JSON object field (`parameters`, `job_variables`): dates become the strings pydantic sends. */
  private json(path: YamlPath, value: unknown): Record<string, unknown> | undefined {
    if (!isDict(value)) {
      this.refuse(path, `must be a mapping (got ${describeValue(value)})`);
      return undefined;
    }
    const converted = toJson(value) as Record<string, unknown>;
    const problem = findJsonProblem(converted, display(path));
    if (problem) {
      this.refuse(path, `is not JSON: ${problem}${/Infinity|NaN/.test(problem) ? " (prefect deploy would send null)" : ""}`);
      return undefined;
    }
    return converted;
  }

  private refuse(path: YamlPath, text: string): void {
    this.report.refuse([...this.base, ...path], this.label, path.length === 0 ? undefined : display(path), text);
  }

  /** A refusal whose field differs from its document path (steps inherited from the top level). */
  private refuseAt(docPath: YamlPath, field: string, text: string): void {
    this.report.refuse(docPath, this.label, field, text);
  }

  private warn(path: YamlPath, text: string): void {
    this.report.warn([...this.base, ...path], this.label, display(path), text);
  }
}

const LAX_BOOL: Record<string, boolean> = { "0": false, off: false, f: false, false: false, n: false, no: false, "1": true, on: true, t: true, true: true, y: true, yes: true };

function notString(yaml: LoadedYaml, path: YamlPath, value: unknown): string {
  const scalar = value instanceof YamlTimestamp || typeof value !== "object";
  const source = scalar ? yaml.source(path) : undefined;
  const read = source !== undefined ? `YAML reads ${source} as ${describeValue(value)}; quote it: "${source}"` : `got ${describeValue(value)}`;
  return `must be a string (${read}); prefect deploy refuses it too`;
}

function describeValue(value: unknown): string {
  if (value === null || value === undefined) return "null";
  if (value instanceof YamlTimestamp) return value.isDate ? `the date ${value.source}` : `the date-time ${value.source}`;
  if (typeof value === "string") return JSON.stringify(value);
  if (typeof value === "number") return `the number ${Number.isFinite(value) ? value : String(value)}`;
  if (typeof value === "boolean") return `the boolean ${value}`;
  return Array.isArray(value) ? "a list" : "a mapping";
}

/** Field path as shown in messages: `work_pool.job_variables.image`, `pull[0].prefect.deployments.steps.git_clone`. */
/** A document path as a Set key (JSON keeps `0` and `"0"` apart). */
function pathKey(path: YamlPath): string {
  return JSON.stringify(path);
}

function display(path: YamlPath): string {
  return path.map((p, i) => (typeof p === "number" ? `[${p}]` : i === 0 ? p : `.${p}`)).join("");
}

function nonEmpty(value: unknown): boolean {
  return isSet(value) && !(Array.isArray(value) && value.length === 0);
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

/** Every string in `value` with its path (`["work_pool", "job_variables", "image"]`). */
function* strings(value: unknown, path: (string | number)[]): Generator<[YamlPath, string]> {
  if (typeof value === "string") yield [path, value];
  else if (Array.isArray(value)) for (let i = 0; i < value.length; i++) yield* strings(value[i], [...path, i]);
  else if (isDict(value)) for (const [k, v] of Object.entries(value)) yield* strings(v, [...path, k]);
}

/** The value as pydantic's `model_dump(mode="json")` hands it on: dates and date-times become ISO strings. */
function toJson(value: unknown): unknown {
  if (value instanceof YamlTimestamp) return value.toPydanticJson();
  if (Array.isArray(value)) return value.map(toJson);
  if (isDict(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toJson(v)]));
  return value;
}

/** Seconds of a pydantic `timedelta`: a number, `[-]HH:MM:SS[.f]`, or ISO 8601 `P[nY][nM][nW][nD][T[nH][nM][nS]]`. */
function timedeltaSeconds(value: unknown): number | undefined {
  if (typeof value === "number") return Number.isFinite(value) ? value : undefined;
  if (typeof value !== "string") return undefined;
  const s = value.trim();
  const hms = /^(-)?(\d+):([0-5]\d):([0-5]\d(?:\.\d{1,6})?)$/.exec(s);
  if (hms) return (hms[1] ? -1 : 1) * (Number(hms[2]) * 3600 + Number(hms[3]) * 60 + Number(hms[4]));
  const num = "(\\d+(?:[.,]\\d+)?)";
  const iso = new RegExp(`^(-)?P(?:${num}Y)?(?:${num}M)?(?:${num}W)?(?:${num}D)?(?:T(?:${num}H)?(?:${num}M)?(?:${num}S)?)?$`).exec(s);
  if (!iso || iso.slice(2).every((x) => x === undefined)) return undefined;
  const [y, mo, w, d, h, mi, sec] = iso.slice(2).map((x) => Number((x ?? "0").replace(",", ".")));
  return (iso[1] ? -1 : 1) * (y * 365 * 86400 + mo * 30 * 86400 + w * 604800 + d * 86400 + h * 3600 + mi * 60 + sec);
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
