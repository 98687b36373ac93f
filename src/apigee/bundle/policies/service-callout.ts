import { Duration } from "../../../core/duration";
import { positiveDurationProblem, problems, variableProblem } from "../names";
import { Policy, PolicyProps } from "../policy";
import { TargetConnection } from "../target-connection";
import { XmlChild, el, entries, optList, text } from "../xml";
import { MessagePayload } from "./assign-message";

/** ServiceCallout: calls another service mid-flow and stores its response (e.g. Secret Manager with Google auth). */
export interface ServiceCalloutProps extends PolicyProps {
  /** Where to call; `TargetConnection.url(url, { authentication: GoogleAuthentication.accessToken([...]) })`. */
  readonly connection: TargetConnection;
  /**
   * The request built for the call.
   * @default - a GET with no headers, in variable `<name>.request`
   */
  readonly request?: {
    /** Variable holding the request. */
    readonly variable?: string;
    readonly verb?: string;
    readonly headers?: Readonly<Record<string, string>>;
    readonly payload?: MessagePayload;
  };
  /** Variable receiving the response, e.g. `secretResponse`. */
  readonly response: string;
  /**
   * How long to wait for the response (`<Timeout>`, in milliseconds).
   * @default - Apigee's default
   */
  readonly timeout?: Duration;
}

/** A ServiceCallout policy. */
export class ServiceCallout extends Policy {
  private readonly props: ServiceCalloutProps;

  public constructor(props: ServiceCalloutProps) {
    super("ServiceCallout", props);
    this.props = props;
  }

  protected body(): XmlChild[] {
    const p = this.props;
    const r = p.request ?? {};
    return [
      el("Request", [
        text("IgnoreUnresolvedVariables", false),
        el("Set", [
          optList("Headers", entries(r.headers), ([k, v]) => text("Header", v, { name: k })),
          r.payload && text("Payload", r.payload.content, { contentType: r.payload.contentType }),
          text("Verb", r.verb ?? "GET"),
        ]),
      ], { clearPayload: true, variable: r.variable ?? `${this.name}.request` }),
      text("Response", p.response),
      p.timeout !== undefined && text("Timeout", p.timeout.toMillis()),
      p.connection.toXmlElement(),
    ];
  }

  protected validate(): string[] {
    const p = this.props;
    return problems(
      p.connection.problems.map((x) => `HTTPTargetConnection: ${x}`),
      variableProblem("Response", p.response),
      variableProblem("Request variable", p.request?.variable),
      positiveDurationProblem("Timeout", p.timeout, "millis"),
    );
  }
}
