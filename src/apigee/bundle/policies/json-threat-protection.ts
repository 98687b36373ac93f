import { positiveIntegerProblem, problems } from "../names";
import { Policy, PolicyProps } from "../policy";
import { XmlChild, optText, text } from "../xml";

/** JSONThreatProtection: refuses JSON bodies beyond structural limits before anything parses them. */
export interface JsonThreatProtectionProps extends PolicyProps {
  /**
   * The message checked.
   * @default "request"
   */
  readonly source?: string;
  /**
   * Most elements in one array.
   * @default - not limited
   */
  readonly arrayElementCount?: number;
  /**
   * Deepest nesting of objects and arrays.
   * @default - not limited
   */
  readonly containerDepth?: number;
  /**
   * Most entries in one object.
   * @default - not limited
   */
  readonly objectEntryCount?: number;
  /**
   * Longest property name.
   * @default - not limited
   */
  readonly objectEntryNameLength?: number;
  /**
   * Longest string value.
   * @default - not limited
   */
  readonly stringValueLength?: number;
}

/** A JSONThreatProtection policy. */
export class JsonThreatProtection extends Policy {
  private readonly props: JsonThreatProtectionProps;

  public constructor(props: JsonThreatProtectionProps) {
    super("JSONThreatProtection", props);
    this.props = props;
  }

  protected body(): XmlChild[] {
    const p = this.props;
    return [
      optText("ArrayElementCount", p.arrayElementCount),
      optText("ContainerDepth", p.containerDepth),
      optText("ObjectEntryCount", p.objectEntryCount),
      optText("ObjectEntryNameLength", p.objectEntryNameLength),
      text("Source", p.source ?? "request"),
      optText("StringValueLength", p.stringValueLength),
    ];
  }

  protected validate(): string[] {
    const p = this.props;
    const limits = [p.arrayElementCount, p.containerDepth, p.objectEntryCount, p.objectEntryNameLength, p.stringValueLength];
    return problems(
      limits.every((l) => l === undefined) ? "no limit is set (give at least one)" : undefined,
      positiveIntegerProblem("ArrayElementCount", p.arrayElementCount),
      positiveIntegerProblem("ContainerDepth", p.containerDepth),
      positiveIntegerProblem("ObjectEntryCount", p.objectEntryCount),
      positiveIntegerProblem("ObjectEntryNameLength", p.objectEntryNameLength),
      positiveIntegerProblem("StringValueLength", p.stringValueLength),
    );
  }
}
