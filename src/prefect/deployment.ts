import { Construct, IConstruct } from "constructs";
import { throwProblems } from "../core/problems";
import { DEPLOYMENT_SLUG, ruleProblem } from "../core/rules";
import { Deployment } from "../gen/providers/prefect/deployment";
import { DeploymentSchedule } from "../gen/providers/prefect/deployment-schedule";
import { ResourceSla } from "../gen/providers/prefect/resource-sla";
import { Token } from "../internal/cdk";
import { PrefectFlow } from "./flow";
import { canonicalJson, findJsonProblem } from "./json-value";
import { defaultRouteName, prefectNameProblem } from "./names";
import { PullStep } from "./pull-step";
import { Schedule } from "./schedule";
import { DeploymentSla } from "./sla";
import { IWorkPool } from "./work-pool";
import { IPrefectWorkspace } from "./workspace";

/** A Prefect deployment the gate can trigger. */
export interface IPrefectDeployment extends IConstruct {
  /**
   * The deployment id (a UUID known at apply time: a Terraform reference).
   * @attribute
   */
  readonly deploymentId: string;
  /** The public route slug: callers trigger it at `{basePath}/deployments/{routeName}/runs`. */
  readonly routeName: string;
}

/** What happens to a new run when the deployment's concurrency limit is reached. */
export class CollisionStrategy {
  /** The run waits until a slot frees. */
  public static readonly ENQUEUE = new CollisionStrategy("ENQUEUE");
  /** The run is cancelled. */
  public static readonly CANCEL_NEW = new CollisionStrategy("CANCEL_NEW");

  private constructor(public readonly value: string) {}
}

/** Everything about a deployment except where it lives; what `PrefectDeployments` carries before it is bound. */
export interface PrefectDeploymentOptions {
  /** The deployment name; renaming replaces the deployment (new id). */
  readonly name: string;
  /** The flow name (the `@flow` name). Deployments of one flow in one scope share its `prefect_flow`. */
  readonly flowName: string;
  /**
   * The public route slug, `[a-z0-9][a-z0-9._-]*`.
   * @default - flow and deployment names joined with `-`, lowercased, other characters replaced by `-`
   */
  readonly routeName?: string;
  /**
   * Where the flow function is: `flows/orders.py:orders_etl`, `flows/orders.py:Pipelines.orders_etl`, or a module
   * path `orders.flows:orders_etl` / `orders.flows.orders_etl`.
   * @default - none (the worker must find the flow from the pull steps)
   */
  readonly entrypoint?: string;
  /**
   * The work pool, by name or as a construct.
   * @default - none: runs stay scheduled until a pool is set
   */
  readonly workPool?: string | IWorkPool;
  /**
   * The work queue in the pool.
   * @default - the pool's default queue
   */
  readonly workQueue?: string;
  /**
   * Default parameters (JSON-serializable).
   * @default {}
   */
  readonly parameters?: Record<string, unknown>;
  /**
   * OpenAPI schema of the parameters (a JSON object such as `{ type: "object", properties: {...} }`). `prefect
   * deploy` derives it from the flow's signature; Terraform cannot run Python, so give it here.
   * @default {} (an empty schema: Prefect accepts any parameters)
   */
  readonly parameterOpenapiSchema?: Record<string, unknown>;
  /**
   * Whether Prefect validates run parameters against `parameterOpenapiSchema`. Against the default empty schema every
   * parameter object is valid, so parameters are checked only once a schema is given.
   * @default true (Prefect's and the provider's default)
   */
  readonly enforceParameterSchema?: boolean;
  /**
   * Infrastructure overrides for the pool's job template (JSON-serializable), e.g. `{ image: "..." }`.
   * @default {}
   */
  readonly jobVariables?: Record<string, unknown>;
  /**
   * Tags of the deployment (added to every run).
   * @default - none
   */
  readonly tags?: readonly string[];
  /**
   * Schedules that create runs on their own.
   * @default - none: runs only when triggered
   */
  readonly schedules?: readonly Schedule[];
  /**
   * Maximum concurrent runs of this deployment.
   * @default - unlimited
   */
  readonly concurrencyLimit?: number;
  /**
   * What happens to a run above `concurrencyLimit`; requires it.
   * @default - Prefect's default (ENQUEUE)
   */
  readonly collisionStrategy?: CollisionStrategy;
  /**
   * How the worker gets the code.
   * @default - none
   */
  readonly pullSteps?: readonly PullStep[];
  /**
   * Whether the deployment (and its schedules) starts paused.
   * @default false
   */
  readonly paused?: boolean;
  /**
   * A version label.
   * @default - none
   */
  readonly version?: string;
  /**
   * A description.
   * @default - none
   */
  readonly description?: string;
  /**
   * Service level agreements on the deployment's flow runs (Prefect Cloud), written through one
   * `prefect_resource_sla`. An empty list removes SLAs defined elsewhere, as `sla: []` does for `prefect deploy`.
   * @default - none: SLAs are not managed
   */
  readonly slas?: readonly DeploymentSla[];
}

/** Props of {@link PrefectDeployment}. */
export interface PrefectDeploymentProps extends PrefectDeploymentOptions {
  /** Workspace of the deployment. */
  readonly workspace: IPrefectWorkspace;
}

/**
 * A Prefect deployment (`prefect_deployment`) with its schedules (`prefect_deployment_schedule`), on a shared
 * `prefect_flow`. Every resource it defines has a logical id under this construct (schedules by slug or position),
 * so changing one deployment changes only its own resources.
 */
export class PrefectDeployment extends Construct implements IPrefectDeployment {
  public readonly deploymentId: string;
  public readonly routeName: string;
  /** The deployment name. */
  public readonly deploymentName: string;
  /** The flow it deploys. */
  public readonly flow: PrefectFlow;
  /** `flow/deployment`, Prefect's full name. */
  public readonly fullName: string;
  /** The underlying `prefect_deployment`. */
  public readonly resource: Deployment;

  public constructor(scope: Construct, id: string, props: PrefectDeploymentProps) {
    super(scope, id);
    throwProblems(this.node.path, deploymentOptionProblems(this.node.path, props));
    const routeName = props.routeName ?? defaultRouteName(props.flowName, props.name);
    // Prefect validates run parameters against the schema; an empty schema accepts any object
    // (`server/api/deployments.py` in PrefectHQ/prefect), so enforcing without one is harmless.
    const enforce = props.enforceParameterSchema ?? true;
    const json = (value: Record<string, unknown> | undefined): string | undefined => (value === undefined ? undefined : canonicalJson(value));
    const workPoolName = typeof props.workPool === "string" ? props.workPool : props.workPool?.workPoolName;

    this.routeName = routeName;
    this.deploymentName = props.name;
    this.fullName = `${props.flowName}/${props.name}`;
    this.flow = PrefectFlow.forName(scope, props.flowName, props.workspace);
    this.resource = new Deployment(this, "Resource", {
      name: props.name,
      flowId: this.flow.flowId,
      workspaceId: props.workspace.workspaceId,
      entrypoint: props.entrypoint,
      workPoolName,
      workQueueName: props.workQueue,
      parameters: json(props.parameters),
      parameterOpenapiSchema: json(props.parameterOpenapiSchema),
      enforceParameterSchema: enforce,
      jobVariables: json(props.jobVariables),
      tags: props.tags ? [...new Set(props.tags)].sort() : undefined,
      concurrencyLimit: props.concurrencyLimit,
      concurrencyOptions: props.collisionStrategy ? { collisionStrategy: props.collisionStrategy.value } : undefined,
      pullSteps: props.pullSteps?.map((s) => s._render()),
      paused: props.paused,
      version: props.version,
      description: props.description,
    });
    this.deploymentId = this.resource.id;

    if (props.slas !== undefined) {
      const owner = `prefect.deployment.${this.deploymentId}`;
      new ResourceSla(this, "Slas", {
        resourceId: owner,
        slas: props.slas.map((sla) => sla._render(owner)),
        workspaceId: props.workspace.workspaceId,
      });
    }

    (props.schedules ?? []).forEach((schedule, i) => {
      const slug = schedule.slug;
      new DeploymentSchedule(this, slug !== undefined ? `Schedule-${slug}` : `Schedule${i}`, {
        ...schedule._render(),
        deploymentId: this.deploymentId,
        workspaceId: props.workspace.workspaceId,
      });
    });
  }
}

const IDENTIFIER = "[\\p{L}_][\\p{L}\\p{N}_]*";
const DOTTED = `${IDENTIFIER}(?:\\.${IDENTIFIER})*`;

/**
 * Why `value` is not an entrypoint Prefect can import, or `undefined`. Prefect's `import_object`
 * (`utilities/importtools.py` in PrefectHQ/prefect) takes `path/to/script.py:object`, `module:object` or
 * `module.object`, where `object` may be `Class.method`.
 */
export function entrypointProblem(value: string): string | undefined {
  const rule = "path/to/file.py:function, path/to/file.py:Class.method, package.module:function or package.module.function";
  const dotted = new RegExp(`^${DOTTED}$`, "u");
  const cut = value.includes(":") ? value.lastIndexOf(":") : value.lastIndexOf(".");
  const [module, object] = [value.slice(0, cut), value.slice(cut + 1)];
  if (cut < 0 || !dotted.test(object)) return rule;
  if (value.includes(".py:")) return module.endsWith(".py") && module.length > 3 && !/[\n\r]/.test(module) ? undefined : rule;
  // Without a colon, `flows/orders.py` would be read as attribute `py` of a module: a file name, not an entrypoint.
  return dotted.test(module) && !(cut === value.lastIndexOf(".") && object === "py") ? undefined : rule;
}

/**
 * What is wrong with one deployment's options, one sentence each naming `path` (the deployment's construct path):
 * names Prefect refuses, a route name that is not a slug, an entrypoint, concurrency, tags, work pool, or a value that
 * is not JSON. Empty when nothing is.
 */
export function deploymentOptionProblems(path: string, props: PrefectDeploymentOptions): string[] {
  const out: string[] = [];
  for (const [field, value] of [["name", props.name], ["flowName", props.flowName]] as const) {
    if (Token.isUnresolved(value)) continue;
    const problem = prefectNameProblem(value);
    if (problem) out.push(`${path}: ${field} ${JSON.stringify(value)} is not allowed (${problem})`);
  }
  const routeName = props.routeName ?? defaultRouteName(props.flowName, props.name);
  const routeProblem = ruleProblem(path, "routeName", routeName, DEPLOYMENT_SLUG);
  if (routeProblem) out.push(routeProblem);
  const entrypointIssue = props.entrypoint === undefined || Token.isUnresolved(props.entrypoint) ? undefined : entrypointProblem(props.entrypoint);
  if (entrypointIssue) out.push(`${path}: entrypoint ${JSON.stringify(props.entrypoint)} is not allowed (${entrypointIssue})`);
  if (props.concurrencyLimit !== undefined && (!Number.isInteger(props.concurrencyLimit) || props.concurrencyLimit < 1)) {
    out.push(`${path}: concurrencyLimit ${props.concurrencyLimit} is not allowed (a whole number, at least 1)`);
  }
  if (props.collisionStrategy !== undefined && props.concurrencyLimit === undefined) {
    out.push(`${path}: collisionStrategy ${props.collisionStrategy.value} needs a concurrencyLimit`);
  }
  for (const tag of props.tags ?? []) {
    if (typeof tag !== "string" || tag.trim().length === 0) out.push(`${path}: tag ${JSON.stringify(tag)} is not allowed (must be a non-empty string)`);
  }
  for (const [field, value] of [["parameters", props.parameters], ["parameterOpenapiSchema", props.parameterOpenapiSchema], ["jobVariables", props.jobVariables]] as const) {
    const problem = value === undefined ? undefined : findJsonProblem(value, field);
    if (problem) out.push(`${path}: ${problem} (${field} must be JSON-serializable)`);
  }
  const workPoolName = typeof props.workPool === "string" ? props.workPool : props.workPool?.workPoolName;
  if (workPoolName !== undefined && !Token.isUnresolved(workPoolName)) {
    const problem = prefectNameProblem(workPoolName);
    if (problem) out.push(`${path}: workPool ${JSON.stringify(workPoolName)} is not allowed (${problem})`);
  }
  const slaNames = new Set<string>();
  for (const sla of props.slas ?? []) {
    if (slaNames.has(sla.name)) out.push(`${path}: SLA name ${JSON.stringify(sla.name)} is used twice (names are unique per deployment)`);
    slaNames.add(sla.name);
  }
  const slugs = new Set<string>();
  for (const slug of (props.schedules ?? []).map((s) => s.slug).filter((s): s is string => s !== undefined)) {
    if (slugs.has(slug)) out.push(`${path}: schedule slug ${JSON.stringify(slug)} is used twice`);
    slugs.add(slug);
  }
  return out;
}
