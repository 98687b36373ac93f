import { Rate } from "../../../core/rate";
import { problems, variableProblem } from "../names";
import { Policy, PolicyProps } from "../policy";
import { XmlChild, el, text } from "../xml";

/** SpikeArrest: smooths bursts; refuses requests (429) arriving faster than the rate. */
export interface SpikeArrestProps extends PolicyProps {
  /** The rate, e.g. `Rate.perSecond(20)` (rendered as Apigee writes it, `20ps`). */
  readonly rate: Rate;
  /**
   * Flow variable whose value separates counters (e.g. `client.ip`, or the caller's consumer key). Without it, every
   * request of the proxy shares one counter, so anyone can exhaust it for everyone.
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
      text("Rate", p.rate.toSpikeArrestRate()),
      text("UseEffectiveCount", p.useEffectiveCount ?? true),
    ];
  }

  protected validate(): string[] {
    const p = this.props;
    return problems(
      // Checked at runtime too: JavaScript callers and casts can pass anything.
      p.rate instanceof Rate ? undefined : `Rate ${JSON.stringify(p.rate)} is not allowed (a Rate, e.g. Rate.perSecond(20))`,
      variableProblem("Identifier ref", p.identifierRef),
      variableProblem("MessageWeight ref", p.messageWeightRef),
    );
  }
}
