import { Condition } from "./condition";
import { XmlElement, el, text } from "./xml";

/** A route rule of a proxy endpoint: the first rule whose condition holds picks the target. */
export interface RouteRuleProps {
  /** The rule name, unique in its endpoint. */
  readonly name: string;
  /**
   * The target endpoint's name. Without one the rule is a null route: the proxy answers without calling a backend.
   * @default - a null route
   */
  readonly target?: string;
  /**
   * When the rule applies. The rule without a condition must come last.
   * @default - always
   */
  readonly condition?: Condition | string;
}

/** A route rule. */
export class RouteRule {
  /** A rule routing to `target` (when `condition` holds). */
  public static toTarget(name: string, target: string, condition?: Condition | string): RouteRule {
    return new RouteRule({ name, target, condition });
  }

  /** A null route: no backend call (e.g. for refusals answered by the proxy itself). */
  public static noRoute(name: string, condition?: Condition | string): RouteRule {
    return new RouteRule({ name, condition });
  }

  public readonly name: string;
  public readonly target?: string;
  public readonly condition?: Condition;

  public constructor(props: RouteRuleProps) {
    this.name = props.name;
    this.target = props.target;
    this.condition = props.condition === undefined ? undefined : Condition.from(props.condition);
  }

  public toXmlElement(): XmlElement {
    return el("RouteRule", [this.condition && text("Condition", this.condition.expression), this.target !== undefined && text("TargetEndpoint", this.target)], {
      name: this.name,
    });
  }
}
