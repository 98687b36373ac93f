import { problems } from "../names";
import { Policy, PolicyProps } from "../policy";
import { XmlChild, el, entries, optList, text } from "../xml";
import { MessagePayload } from "./assign-message";

/** RaiseFault: stops the flow and answers with a fixed error response. */
export interface RaiseFaultProps extends PolicyProps {
  /** The HTTP status, e.g. 404. */
  readonly statusCode: number;
  /** The reason phrase, e.g. "Not Found". */
  readonly reasonPhrase: string;
  /**
   * The body, e.g. `{"code":"deployment_not_found"}` as application/json.
   * @default - none
   */
  readonly payload?: MessagePayload;
  /**
   * Response headers, e.g. `WWW-Authenticate` or `Retry-After`.
   * @default - none
   */
  readonly headers?: Readonly<Record<string, string>>;
  /**
   * Treat unresolved template variables as empty, so building the error response itself never fails.
   * @default true
   */
  readonly ignoreUnresolvedVariables?: boolean;
}

/** A RaiseFault policy. */
export class RaiseFault extends Policy {
  private readonly props: RaiseFaultProps;

  public constructor(props: RaiseFaultProps) {
    super("RaiseFault", props);
    this.props = props;
  }

  protected body(): XmlChild[] {
    const p = this.props;
    return [
      text("IgnoreUnresolvedVariables", p.ignoreUnresolvedVariables ?? true),
      el("FaultResponse", [
        el("Set", [
          optList("Headers", entries(p.headers), ([k, v]) => text("Header", v, { name: k })),
          p.payload && text("Payload", p.payload.content, { contentType: p.payload.contentType }),
          text("StatusCode", p.statusCode),
          text("ReasonPhrase", p.reasonPhrase),
        ]),
      ]),
    ];
  }

  protected validate(): string[] {
    const p = this.props;
    return problems(
      Number.isInteger(p.statusCode) && p.statusCode >= 400 && p.statusCode <= 599 ? undefined : `StatusCode ${p.statusCode} is not an error status (400-599)`,
    );
  }
}
