import { Duration } from "../../../core/duration";
import { positiveDurationProblem, problems } from "../names";
import { Policy, PolicyProps } from "../policy";
import { ResourceFile } from "../resource-file";
import { XmlChild, entries, optList, text } from "../xml";

/** Javascript: runs a script from `resources/jsc/`, for logic templates cannot express (e.g. a body field allowlist). */
export interface JavascriptProps extends PolicyProps {
  /** The script; `ResourceFile.javascript("check-body.js", source)`. The bundle includes it. */
  readonly script: ResourceFile;
  /**
   * Longest run time before the policy fails (`timeLimit`, in milliseconds).
   * @default Duration.millis(200)
   */
  readonly timeLimit?: Duration;
  /**
   * Properties the script reads with `properties.<name>`.
   * @default - none
   */
  readonly properties?: Readonly<Record<string, string>>;
}

const DEFAULT_TIME_LIMIT = Duration.millis(200);

/** A Javascript policy. */
export class Javascript extends Policy {
  private readonly props: JavascriptProps;

  public constructor(props: JavascriptProps) {
    super("Javascript", props);
    this.props = props;
  }

  public resources(): readonly ResourceFile[] {
    return [this.props.script];
  }

  protected attributes(): { timeLimit: number } {
    return { timeLimit: (this.props.timeLimit ?? DEFAULT_TIME_LIMIT).toMillis() };
  }

  protected body(): XmlChild[] {
    return [
      optList("Properties", entries(this.props.properties), ([k, v]) => text("Property", v, { name: k })),
      text("ResourceURL", this.props.script.url),
    ];
  }

  protected validate(): string[] {
    return problems(
      this.props.script.type === "jsc" ? undefined : `script ${JSON.stringify(this.props.script.url)} must be a jsc:// resource`,
      positiveDurationProblem("timeLimit", this.props.timeLimit, "millis"),
    );
  }
}
