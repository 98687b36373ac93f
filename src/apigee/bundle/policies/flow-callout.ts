import { nameProblem, problems } from "../names";
import { Policy, PolicyProps } from "../policy";
import { XmlChild, entries, optList, text } from "../xml";

/** FlowCallout: runs a deployed shared flow. The shared flow must be deployed before the proxy. */
export interface FlowCalloutProps extends PolicyProps {
  /** The shared flow's name. */
  readonly sharedFlowBundle: string;
  /**
   * Parameters passed as flow variables.
   * @default - none
   */
  readonly parameters?: Readonly<Record<string, string>>;
}

/** A FlowCallout policy. */
export class FlowCallout extends Policy {
  private readonly props: FlowCalloutProps;

  public constructor(props: FlowCalloutProps) {
    super("FlowCallout", props);
    this.props = props;
  }

  protected body(): XmlChild[] {
    return [
      optList("Parameters", entries(this.props.parameters), ([k, v]) => text("Parameter", v, { name: k })),
      text("SharedFlowBundle", this.props.sharedFlowBundle),
    ];
  }

  protected validate(): string[] {
    return problems(nameProblem("SharedFlowBundle", this.props.sharedFlowBundle));
  }
}
