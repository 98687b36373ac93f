import { Condition } from "./condition";
import { Policy } from "./policy";
import { XmlElement, el, text } from "./xml";

/** A step: one policy run in a flow, optionally only when a condition holds. */
export class Step {
  /** Runs `policy` (an object, or the name of a policy in the bundle) when `condition` holds (always by default). */
  public static of(policy: Policy | string, condition?: Condition | string): Step {
    return new Step(policy, condition === undefined ? undefined : Condition.from(condition));
  }

  /** A Step stays a Step; a Policy (or a policy name) becomes an unconditional step. */
  public static from(step: StepLike): Step {
    return step instanceof Step ? step : Step.of(step);
  }

  private constructor(
    /** The policy object, or a policy name to be resolved in the bundle. */
    public readonly policy: Policy | string,
    /** When the step runs; always when absent. */
    public readonly condition: Condition | undefined,
  ) {}

  /** The name of the policy this step runs. */
  public get policyName(): string {
    return typeof this.policy === "string" ? this.policy : this.policy.name;
  }

  /** `<Step><Name>..</Name><Condition>..</Condition></Step>`. */
  public toXmlElement(): XmlElement {
    return el("Step", [text("Name", this.policyName), this.condition && text("Condition", this.condition.expression)]);
  }
}

/** A step, or a policy (object or name in the bundle) run unconditionally. */
export type StepLike = Step | Policy | string;
