import { Condition } from "./condition";
import { Step, StepLike } from "./step";
import { XmlElement, el, text } from "./xml";

/** A fault rule: steps run when a fault occurs and the condition (usually on `fault.name`) holds. */
export interface FaultRuleProps {
  /** The rule name, unique in its endpoint. */
  readonly name: string;
  /** Steps run, in order, when the rule matches. */
  readonly steps: readonly StepLike[];
  /**
   * When the rule applies, e.g. `Condition.equals("fault.name", "InvalidToken")`.
   * @default - every fault
   */
  readonly condition?: Condition | string;
}

/** A fault rule of an endpoint. */
export class FaultRule {
  public readonly name: string;
  public readonly steps: readonly Step[];
  public readonly condition?: Condition;

  public constructor(props: FaultRuleProps) {
    this.name = props.name;
    this.steps = props.steps.map(Step.from);
    this.condition = props.condition === undefined ? undefined : Condition.from(props.condition);
  }

  public toXmlElement(): XmlElement {
    return el("FaultRule", [...this.steps.map((s) => s.toXmlElement()), this.condition && text("Condition", this.condition.expression)], {
      name: this.name,
    });
  }
}

/** The fault rule that runs when no other fault rule matches (or always, with `alwaysEnforce`). */
export interface DefaultFaultRuleProps {
  /**
   * The rule name.
   * @default "default-fault"
   */
  readonly name?: string;
  /** Steps run, in order. */
  readonly steps: readonly StepLike[];
  /**
   * Run even after another fault rule has run.
   * @default true
   */
  readonly alwaysEnforce?: boolean;
}

/** The default fault rule of an endpoint. */
export class DefaultFaultRule {
  public readonly name: string;
  public readonly steps: readonly Step[];
  public readonly alwaysEnforce: boolean;

  public constructor(props: DefaultFaultRuleProps) {
    this.name = props.name ?? "default-fault";
    this.steps = props.steps.map(Step.from);
    this.alwaysEnforce = props.alwaysEnforce ?? true;
  }

  public toXmlElement(): XmlElement {
    return el("DefaultFaultRule", [...this.steps.map((s) => s.toXmlElement()), text("AlwaysEnforce", this.alwaysEnforce)], { name: this.name });
  }
}
