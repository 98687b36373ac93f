import { problems } from "../names";
import { Policy, PolicyProps } from "../policy";
import { XmlChild, el, entries, optList, text } from "../xml";

/** Variables an audit line must never contain: secrets (`private.*`), the Authorization header and the caller's token. */
const NEVER_LOGGED = /private\.|request\.header\.authorization|^\{?jwt\.[^}]*\.token\}?$/i;

/** MessageLogging to Cloud Logging. The proxy must be deployed with a service account allowed to write logs. */
export interface MessageLoggingProps extends PolicyProps {
  /** The log, e.g. `projects/{organization.name}/logs/orders-gate-audit`. */
  readonly logName: string;
  /** The entry, a message template. */
  readonly message: string;
  /**
   * The entry's content type.
   * @default "application/json"
   */
  readonly contentType?: string;
  /**
   * Entry labels, in order.
   * @default - none
   */
  readonly labels?: Readonly<Record<string, string>>;
}

/** A MessageLogging policy writing to Cloud Logging. */
export class MessageLogging extends Policy {
  private readonly props: MessageLoggingProps;

  public constructor(props: MessageLoggingProps) {
    super("MessageLogging", props);
    this.props = props;
  }

  protected body(): XmlChild[] {
    const p = this.props;
    return [
      el("CloudLogging", [
        text("LogName", p.logName),
        text("Message", p.message, { contentType: p.contentType ?? "application/json" }),
        optList("Labels", entries(p.labels), ([k, v]) => el("Label", [text("Key", k), text("Value", v)])),
      ]),
    ];
  }

  protected validate(): string[] {
    const p = this.props;
    // innermost template expressions, e.g. "{private.key}" or "{escapeJSON(request.header.authorization)}"
    const leaked = (p.message.match(/\{[^{}]*\}/g) ?? []).find((ref) => NEVER_LOGGED.test(ref));
    return problems(
      p.logName.trim() === "" ? "LogName is empty" : undefined,
      p.message.trim() === "" ? "Message is empty" : undefined,
      leaked !== undefined ? `Message references ${leaked} (secrets, tokens and the Authorization header must never be logged)` : undefined,
    );
  }
}
