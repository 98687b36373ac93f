import { Construct } from "constructs";
import { Flow } from "../gen/providers/prefect/flow";
import { Token } from "../internal/cdk";
import { prefectNameProblem } from "./names";
import { IPrefectWorkspace } from "./workspace";

/** Props of {@link PrefectFlow}. */
export interface PrefectFlowProps {
  /** The flow name: the `@flow(name=...)` of the Python function (by default its name with `_` turned into `-`). */
  readonly name: string;
  /** Workspace of the flow. */
  readonly workspace: IPrefectWorkspace;
}

/**
 * A Prefect flow (`prefect_flow`). Deployments with the same flow name in the same scope share one, through
 * {@link PrefectFlow.forName}.
 */
export class PrefectFlow extends Construct {
  /**
   * The flow named `name` under `scope`, defined on first use. Its logical id derives from the name only, so adding or
   * removing one deployment never touches another deployment's flow.
   */
  public static forName(scope: Construct, name: string, workspace: IPrefectWorkspace): PrefectFlow {
    const id = `Flow-${name.replace(/[^A-Za-z0-9_-]/g, "_")}`;
    const existing = scope.node.tryFindChild(id);
    if (existing instanceof PrefectFlow) {
      if (existing.flowName !== name || existing.workspace !== workspace) {
        throw new Error(
          `${existing.node.path}: flow ${JSON.stringify(name)} collides with flow ${JSON.stringify(existing.flowName)} (in the same scope, flow names must differ in more than punctuation and must use the same workspace)`,
        );
      }
      return existing;
    }
    return new PrefectFlow(scope, id, { name, workspace });
  }

  /** The flow name. */
  public readonly flowName: string;
  /**
   * The flow id (a Terraform reference).
   * @attribute
   */
  public readonly flowId: string;
  /** The workspace of the flow. */
  public readonly workspace: IPrefectWorkspace;
  /** The underlying `prefect_flow`. */
  public readonly resource: Flow;

  public constructor(scope: Construct, id: string, props: PrefectFlowProps) {
    super(scope, id);
    if (!Token.isUnresolved(props.name)) {
      const problem = prefectNameProblem(props.name);
      if (problem) throw new Error(`${this.node.path}: flow name ${JSON.stringify(props.name)} is not allowed (${problem})`);
    }
    this.flowName = props.name;
    this.workspace = props.workspace;
    this.resource = new Flow(this, "Resource", { name: props.name, workspaceId: props.workspace.workspaceId });
    this.flowId = this.resource.id;
  }
}
