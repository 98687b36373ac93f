import { Duration } from "../../core/duration";
import { EndpointFlows, EndpointFlowsProps, StepSite } from "./endpoint-parts";
import { nameProblem, positiveDurationProblem, problems } from "./names";
import { TargetConnection } from "./target-connection";
import { XmlElement, el, entries } from "./xml";

/** The backend side of a proxy. */
export interface TargetEndpointProps extends EndpointFlowsProps {
  /** The endpoint name (route rules refer to it; its file is `targets/<name>.xml`). */
  readonly name: string;
  /** Where requests go: `TargetConnection.url(...)` or `TargetConnection.targetServer(...)`. */
  readonly connection: TargetConnection;
  /**
   * `connect.timeout.millis`: how long to wait for the connection (Apigee answers 503 when it runs out).
   * @default - Apigee's default, 3 seconds
   */
  readonly connectTimeout?: Duration;
  /**
   * `io.timeout.millis`: how long to wait for the response (Apigee answers 504 when it runs out).
   * @default - Apigee's default, 55 seconds
   */
  readonly ioTimeout?: Duration;
  /**
   * Other endpoint properties, e.g. `{ "success.codes": "1xx,2xx,3xx,4xx" }`, written after the timeouts.
   * @default - none
   */
  readonly properties?: Readonly<Record<string, string>>;
}

/** A target endpoint. */
export class TargetEndpoint {
  public readonly name: string;
  public readonly connection: TargetConnection;
  public readonly flows: EndpointFlows;
  private readonly props: TargetEndpointProps;

  public constructor(props: TargetEndpointProps) {
    this.name = props.name;
    this.connection = props.connection;
    this.flows = new EndpointFlows(props);
    this.props = props;
  }

  private get label(): string {
    return `TargetEndpoint ${JSON.stringify(this.name)}`;
  }

  /** Every step with its location. */
  public stepSites(): StepSite[] {
    return this.flows.stepSites(this.label);
  }

  /** Problems other than references to policies. */
  public problems(): string[] {
    const p = this.props;
    const timeoutProps = ["connect.timeout.millis", "io.timeout.millis"].filter((k) => p.properties?.[k] !== undefined);
    return problems(
      nameProblem("TargetEndpoint name", this.name),
      this.flows.problems(this.label),
      this.connection.problems.map((x) => `${this.label} HTTPTargetConnection: ${x}`),
      positiveDurationProblem(`${this.label} connect.timeout.millis`, p.connectTimeout, "millis"),
      positiveDurationProblem(`${this.label} io.timeout.millis`, p.ioTimeout, "millis"),
      timeoutProps.map((k) => `${this.label} property ${JSON.stringify(k)} must be set with ${k.startsWith("connect") ? "connectTimeout" : "ioTimeout"}, not in properties`),
    );
  }

  /** `targets/<name>.xml`. */
  public toXmlElement(): XmlElement {
    const p = this.props;
    const properties: Record<string, string> = {};
    if (p.connectTimeout !== undefined) properties["connect.timeout.millis"] = String(p.connectTimeout.toMillis());
    if (p.ioTimeout !== undefined) properties["io.timeout.millis"] = String(p.ioTimeout.toMillis());
    for (const [k, v] of entries(p.properties)) properties[k] = v;
    return el("TargetEndpoint", [...this.flows.toXmlElements(), this.connection.toXmlElement(properties)], { name: this.name });
  }
}
