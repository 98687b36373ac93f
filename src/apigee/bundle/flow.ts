import { Condition } from "./condition";
import { Step, StepLike } from "./step";
import { XmlElement, el, optText, text } from "./xml";

/** The steps of a flow, on the request and on the response. */
export interface FlowStepsProps {
  /**
   * Steps run on the request, in order.
   * @default - none
   */
  readonly request?: readonly StepLike[];
  /**
   * Steps run on the response, in order.
   * @default - none
   */
  readonly response?: readonly StepLike[];
}

/** A conditional flow: it runs between PreFlow and PostFlow when its condition holds (the first matching flow only). */
export interface FlowProps extends FlowStepsProps {
  /** The flow name, unique in its endpoint. */
  readonly name: string;
  /**
   * When the flow runs. A flow without a condition matches every request, so put it last.
   * @default - always
   */
  readonly condition?: Condition | string;
  /**
   * A description shown in the Apigee UI.
   * @default - none
   */
  readonly description?: string;
}

/** The request and response steps of a PreFlow, PostFlow or conditional flow. */
export class FlowSteps {
  public readonly request: readonly Step[];
  public readonly response: readonly Step[];

  public constructor(props: FlowStepsProps = {}) {
    this.request = (props.request ?? []).map(Step.from);
    this.response = (props.response ?? []).map(Step.from);
  }

  /** Every step, request first. */
  public get steps(): readonly Step[] {
    return [...this.request, ...this.response];
  }

  /** `<Request>..</Request><Response>..</Response>`. */
  public toXmlElements(): XmlElement[] {
    return [el("Request", this.request.map((s) => s.toXmlElement())), el("Response", this.response.map((s) => s.toXmlElement()))];
  }
}

/** A conditional flow of an endpoint. */
export class Flow {
  public readonly name: string;
  public readonly condition?: Condition;
  public readonly description?: string;
  public readonly steps: FlowSteps;

  public constructor(props: FlowProps) {
    this.name = props.name;
    this.condition = props.condition === undefined ? undefined : Condition.from(props.condition);
    this.description = props.description;
    this.steps = new FlowSteps(props);
  }

  /** `<Flow name=..><Description/><Request/><Response/><Condition/></Flow>`. */
  public toXmlElement(): XmlElement {
    return el(
      "Flow",
      [optText("Description", this.description), ...this.steps.toXmlElements(), this.condition && text("Condition", this.condition.expression)],
      { name: this.name },
    );
  }
}
