import { StepSite } from "./endpoint-parts";
import { nameProblem, problems } from "./names";
import { Step, StepLike } from "./step";
import { XmlElement, el } from "./xml";

/** One flow of a shared-flow bundle. */
export interface SharedFlowProps {
  /**
   * The flow name (its file is `sharedflows/<name>.xml`).
   * @default "default"
   */
  readonly name?: string;
  /** Steps run in order. */
  readonly steps: readonly StepLike[];
}

/** A shared flow: steps a FlowCallout or a flow hook runs. */
export class SharedFlow {
  public readonly name: string;
  public readonly steps: readonly Step[];

  public constructor(props: SharedFlowProps) {
    this.name = props.name ?? "default";
    this.steps = props.steps.map(Step.from);
  }

  /** Every step with its location. */
  public stepSites(): StepSite[] {
    return this.steps.map((step) => ({ location: `SharedFlow ${JSON.stringify(this.name)}`, step }));
  }

  /** Problems with the name and the steps' conditions. */
  public problems(): string[] {
    return problems(
      nameProblem("SharedFlow name", this.name),
      this.steps.map((s) => {
        const p = s.condition?.problem();
        return p && `SharedFlow ${JSON.stringify(this.name)} step ${JSON.stringify(s.policyName)}: ${p}`;
      }),
    );
  }

  /** `sharedflows/<name>.xml`. */
  public toXmlElement(): XmlElement {
    return el("SharedFlow", this.steps.map((s) => s.toXmlElement()), { name: this.name });
  }
}
