import { problems, variableProblem } from "../names";
import { Policy, PolicyProps } from "../policy";
import { XmlChild, text } from "../xml";
import { CacheSettings, cacheElements, cacheProblems } from "./cache-key";

/** LookupCache: reads a cache entry into a variable (unset on a miss). */
export interface LookupCacheProps extends PolicyProps, CacheSettings {
  /** The variable receiving the value. */
  readonly assignTo: string;
}

/** A LookupCache policy. */
export class LookupCache extends Policy {
  private readonly props: LookupCacheProps;

  public constructor(props: LookupCacheProps) {
    super("LookupCache", props);
    this.props = props;
  }

  protected body(): XmlChild[] {
    return [...cacheElements(this.props), text("AssignTo", this.props.assignTo)];
  }

  protected validate(): string[] {
    return problems(cacheProblems(this.props), variableProblem("AssignTo", this.props.assignTo));
  }
}
