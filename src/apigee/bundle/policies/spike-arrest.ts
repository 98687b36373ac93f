import { problems, variableProblem } from "../names";
import { Policy, PolicyProps } from "../policy";
import { XmlChild, el, text } from "../xml";

/** SpikeArrest: smooths bursts; refuses requests (429) arriving faster than the rate. */
export interface SpikeArrestProps extends PolicyProps {
  /** The rate, `<n>ps` (per second) or `<n>pm` (per minute), e.g. `"20ps"`. */
  readonly rate: string;
  /**
   * Flow variable whose value separates counters (e.g. the caller's client id).
   * @default - one counter for the policy
   */
  readonly identifierRef?: string;
  /**
   * Flow variable holding how much one request counts.
   * @default - 1
   */
  readonly messageWeightRef?: string;
  /**
   * Count across all message processors instead of per processor.
   * @default true
   */
  readonly useEffectiveCount?: boolean;
}

/** A SpikeArrest policy. */
export class SpikeArrest extends Policy {
  private readonly props: SpikeArrestProps;

  public constructor(props: SpikeArrestProps) {
    super("SpikeArrest", props);
    this.props = props;
  }

  protected body(): XmlChild[] {
    const p = this.props;
    return [
      p.identifierRef !== undefined && el("Identifier", [], { ref: p.identifierRef }),
      p.messageWeightRef !== undefined && el("MessageWeight", [], { ref: p.messageWeightRef }),
      text("Rate", p.rate),
      text("UseEffectiveCount", p.useEffectiveCount ?? true),
    ];
  }

  protected validate(): string[] {
    const p = this.props;
    return problems(
      /^[1-9]\d*(ps|pm)$/.test(p.rate) ? undefined : `Rate ${JSON.stringify(p.rate)} is not allowed (must be <n>ps or <n>pm with n a positive whole number, e.g. "20ps")`,
      variableProblem("Identifier ref", p.identifierRef),
      variableProblem("MessageWeight ref", p.messageWeightRef),
    );
  }
}
