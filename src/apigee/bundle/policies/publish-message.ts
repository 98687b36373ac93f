import { problems } from "../names";
import { Policy, PolicyProps } from "../policy";
import { XmlChild, el, text } from "../xml";

/** PublishMessage: publishes a message to a Pub/Sub topic (the proxy's service account needs publisher on it). */
export interface PublishMessageProps extends PolicyProps {
  /** The topic, `projects/<project>/topics/<topic>` (templates such as `{organization.name}` allowed). */
  readonly topic: string;
  /** The message body, a message template, e.g. `{"run":"{flow_run.id}"}`. */
  readonly payload: string;
}

/** A PublishMessage policy. */
export class PublishMessage extends Policy {
  private readonly props: PublishMessageProps;

  public constructor(props: PublishMessageProps) {
    super("PublishMessage", props);
    this.props = props;
  }

  protected body(): XmlChild[] {
    return [text("Source", this.props.payload), el("CloudPubSub", [text("Topic", this.props.topic)])];
  }

  protected validate(): string[] {
    const t = this.props.topic;
    return problems(
      /^projects\/[^/\s]+\/topics\/[^/\s]+$/.test(t) ? undefined : `Topic ${JSON.stringify(t)} is not allowed (must be projects/<project>/topics/<topic>)`,
      this.props.payload === "" ? "Source (the message) is empty" : undefined,
    );
  }
}
