import { Construct, IConstruct } from "constructs";
import { WorkPool as WorkPoolResource } from "../gen/providers/prefect/work-pool";
import { WorkQueue } from "../gen/providers/prefect/work-queue";
import { Token } from "../internal/cdk";
import { canonicalJson, findJsonProblem } from "./json-value";
import { prefectNameProblem } from "./names";
import { IPrefectWorkspace } from "./workspace";

/** A Prefect work pool deployments run on. */
export interface IWorkPool extends IConstruct {
  /** The work pool name (deployments reference pools by name). */
  readonly workPoolName: string;
}

/** The kind of infrastructure a work pool's workers start. */
export class WorkPoolType {
  /** Local subprocesses on the worker's machine. */
  public static readonly PROCESS = new WorkPoolType("process");
  /** Docker containers. */
  public static readonly DOCKER = new WorkPoolType("docker");
  /** Kubernetes jobs. */
  public static readonly KUBERNETES = new WorkPoolType("kubernetes");
  /** Google Cloud Run jobs (v2 API). */
  public static readonly CLOUD_RUN_V2 = new WorkPoolType("cloud-run-v2");
  /** Prefect Cloud managed execution. */
  public static readonly PREFECT_MANAGED = new WorkPoolType("prefect:managed");

  /** Any other worker type, by its type string (e.g. `ecs`, `azure-container-instance`). */
  public static of(type: string): WorkPoolType {
    if (!/^[a-z0-9][a-z0-9:_-]*$/.test(type)) {
      throw new Error(`WorkPoolType.of: type ${JSON.stringify(type)} is not a worker type (lowercase letters, digits, ':', '_' and '-')`);
    }
    return new WorkPoolType(type);
  }

  private constructor(public readonly value: string) {}
}

/** Props of {@link WorkPool}. */
export interface WorkPoolProps {
  /** The work pool name; it cannot change without replacing the pool. */
  readonly name: string;
  /**
   * The worker type. The provider's own default, `prefect-agent`, is the Prefect 2 agent type that Prefect 3 workers
   * do not serve.
   * @default WorkPoolType.PROCESS
   */
  readonly type?: WorkPoolType;
  /** Workspace of the pool. */
  readonly workspace: IPrefectWorkspace;
  /**
   * The full base job template: an object with `job_configuration` and `variables`. It is written as canonical JSON,
   * so the plan does not drift on key order. Omit it to take the worker type's server-side default (partial templates
   * drift: PrefectHQ/terraform-provider-prefect#102 and #244).
   * @default - the worker type's default template
   */
  readonly baseJobTemplate?: Record<string, unknown>;
  /**
   * Maximum concurrent flow runs in the pool.
   * @default - unlimited
   */
  readonly concurrencyLimit?: number;
  /**
   * A description.
   * @default - none
   */
  readonly description?: string;
  /**
   * Whether the pool starts paused.
   * @default false
   */
  readonly paused?: boolean;
}

/** Options of {@link WorkPool.addQueue}. */
export interface WorkQueueOptions {
  /**
   * Priority (1 is served first).
   * @default - after the existing queues
   */
  readonly priority?: number;
  /**
   * Maximum concurrent flow runs from this queue.
   * @default - unlimited
   */
  readonly concurrencyLimit?: number;
  /**
   * A description.
   * @default - none
   */
  readonly description?: string;
}

/** A Prefect work pool (`prefect_work_pool`), or a reference to an existing one by name. */
export class WorkPool extends Construct implements IWorkPool {
  /** An existing work pool, referenced by name; defines nothing. */
  public static fromWorkPoolName(scope: Construct, id: string, workPoolName: string): IWorkPool {
    checkName(`${scope.node.path}/${id}`, "workPoolName", workPoolName);
    return new (class extends Construct implements IWorkPool {
      public readonly workPoolName = workPoolName;
    })(scope, id);
  }

  public readonly workPoolName: string;
  /** The id of the pool's default queue. */
  public readonly defaultQueueId: string;
  /** The underlying `prefect_work_pool`. */
  public readonly resource: WorkPoolResource;
  private readonly workspace: IPrefectWorkspace;

  public constructor(scope: Construct, id: string, props: WorkPoolProps) {
    super(scope, id);
    const path = this.node.path;
    checkName(path, "name", props.name);
    checkLimit(path, "concurrencyLimit", props.concurrencyLimit, 0);
    let template: string | undefined;
    if (props.baseJobTemplate !== undefined) {
      const problem = findJsonProblem(props.baseJobTemplate, "baseJobTemplate");
      if (problem) throw new Error(`${path}: ${problem} (baseJobTemplate must be JSON-serializable)`);
      const keys = Object.keys(props.baseJobTemplate).sort();
      const isObject = (v: unknown) => v !== null && typeof v === "object" && !Array.isArray(v);
      if (keys.join(",") !== "job_configuration,variables" || !isObject(props.baseJobTemplate.job_configuration) || !isObject(props.baseJobTemplate.variables)) {
        throw new Error(
          `${path}: baseJobTemplate has keys ${JSON.stringify(keys)} (must be an object with exactly the objects "job_configuration" and "variables", as \`prefect work-pool get-default-base-job-template\` prints)`,
        );
      }
      template = canonicalJson(props.baseJobTemplate);
    }
    this.workspace = props.workspace;
    this.resource = new WorkPoolResource(this, "Resource", {
      name: props.name,
      type: (props.type ?? WorkPoolType.PROCESS).value,
      workspaceId: props.workspace.workspaceId,
      baseJobTemplate: template,
      concurrencyLimit: props.concurrencyLimit,
      description: props.description,
      paused: props.paused,
    });
    // A reference, not the literal: deployments that name the pool then depend on it.
    this.workPoolName = this.resource.name;
    this.defaultQueueId = this.resource.defaultQueueId;
  }

  /** Adds a work queue to the pool; deployments name it in `workQueue`. */
  public addQueue(name: string, options: WorkQueueOptions = {}): IConstruct {
    const path = `${this.node.path}/Queue-${name}`;
    checkName(path, "name", name);
    checkLimit(path, "priority", options.priority, 1);
    checkLimit(path, "concurrencyLimit", options.concurrencyLimit, 0);
    return new WorkQueue(this, `Queue-${name}`, {
      name,
      workPoolName: this.resource.name,
      workspaceId: this.workspace.workspaceId,
      priority: options.priority,
      concurrencyLimit: options.concurrencyLimit,
      description: options.description,
    });
  }
}

function checkName(path: string, field: string, name: string): void {
  if (Token.isUnresolved(name)) return;
  const problem = prefectNameProblem(name);
  if (problem) throw new Error(`${path}: ${field} ${JSON.stringify(name)} is not allowed (${problem})`);
}

function checkLimit(path: string, field: string, value: number | undefined, min: number): void {
  if (value === undefined || Token.isUnresolved(value)) return;
  if (!Number.isInteger(value) || value < min) {
    throw new Error(`${path}: ${field} ${value} is not allowed (a whole number, at least ${min})`);
  }
}
