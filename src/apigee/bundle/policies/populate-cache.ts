import { Duration } from "../../../core/duration";
import { positiveDurationProblem, problems, variableProblem } from "../names";
import { Policy, PolicyProps } from "../policy";
import { XmlChild, text } from "../xml";
import { CacheSettings, cacheElements, cacheProblems, expiryElement } from "./cache-key";

/** PopulateCache: stores a variable's value in the cache for `ttl` (e.g. the Prefect key, below its overlap window). */
export interface PopulateCacheProps extends PolicyProps, CacheSettings {
  /** The variable whose value is stored. */
  readonly source: string;
  /** How long the entry lives. */
  readonly ttl: Duration;
}

/** A PopulateCache policy. */
export class PopulateCache extends Policy {
  private readonly props: PopulateCacheProps;

  public constructor(props: PopulateCacheProps) {
    super("PopulateCache", props);
    this.props = props;
  }

  protected body(): XmlChild[] {
    return [...cacheElements(this.props), expiryElement(this.props.ttl), text("Source", this.props.source)];
  }

  protected validate(): string[] {
    return problems(
      cacheProblems(this.props),
      variableProblem("Source", this.props.source),
      positiveDurationProblem("ExpirySettings TimeoutInSec", this.props.ttl, "seconds"),
    );
  }
}
