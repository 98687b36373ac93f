import { positiveIntegerProblem, problems, variableProblem } from "../names";
import { Policy, PolicyProps } from "../policy";
import { XmlAttributes, XmlChild, el, text } from "../xml";

const TIME_UNITS = ["minute", "hour", "day", "week", "month"];

/** A Quota interval unit. */
export class QuotaTimeUnit {
  public static readonly MINUTE = new QuotaTimeUnit("minute");
  public static readonly HOUR = new QuotaTimeUnit("hour");
  public static readonly DAY = new QuotaTimeUnit("day");
  public static readonly WEEK = new QuotaTimeUnit("week");
  public static readonly MONTH = new QuotaTimeUnit("month");

  /** A unit by name (validated when the bundle is built). */
  public static of(unit: string): QuotaTimeUnit {
    return new QuotaTimeUnit(unit);
  }

  private constructor(public readonly unit: string) {}
}

/** How a Quota counts. */
export class QuotaType {
  /** Counts in intervals starting at an explicit `startTime`. */
  public static readonly CALENDAR = new QuotaType("calendar");
  /** Counts in intervals starting at each client's first request. */
  public static readonly FLEXI = new QuotaType("flexi");
  /** Counts over a window sliding with each request. */
  public static readonly ROLLING_WINDOW = new QuotaType("rollingwindow");

  private constructor(public readonly type: string) {}
}

/** A limit: `allow` requests per `interval` × `timeUnit`. */
export interface QuotaLimit {
  /** Requests allowed per interval. */
  readonly allow: number;
  /**
   * How many time units one interval spans.
   * @default 1
   */
  readonly interval?: number;
  /** The unit of the interval. */
  readonly timeUnit: QuotaTimeUnit;
}

/** Quota: counts requests per identifier and refuses them (429) above the limit. */
export interface QuotaProps extends PolicyProps {
  /**
   * How the quota counts.
   * @default - Apigee's default type (intervals starting at the first request)
   */
  readonly type?: QuotaType;
  /**
   * A fixed limit. Give either this or `useQuotaConfigInApiProduct`.
   * @default - none
   */
  readonly limit?: QuotaLimit;
  /**
   * Take the limit from the API product that a VerifyAPIKey step (`stepName`) resolved, with `defaultConfig` when the
   * product has none.
   * @default - none
   */
  readonly useQuotaConfigInApiProduct?: { readonly stepName: string; readonly defaultConfig: QuotaLimit };
  /**
   * Flow variable whose value separates counters (e.g. `client_id`).
   * @default - one counter for the policy
   */
  readonly identifierRef?: string;
  /**
   * Flow variable holding how much one request counts.
   * @default - 1
   */
  readonly messageWeightRef?: string;
  /**
   * Start of the first interval, `yyyy-MM-dd HH:mm:ss` in GMT; only written when given (Apigee requires it for
   * `QuotaType.CALENDAR`).
   * @default - none
   */
  readonly startTime?: string;
  /**
   * Share one counter across message processors.
   * @default true
   */
  readonly distributed?: boolean;
  /**
   * Update the shared counter synchronously.
   * @default true
   */
  readonly synchronous?: boolean;
}

/** A Quota policy. */
export class Quota extends Policy {
  private readonly props: QuotaProps;

  public constructor(props: QuotaProps) {
    super("Quota", props);
    this.props = props;
  }

  protected attributes(): XmlAttributes {
    return { type: this.props.type?.type };
  }

  protected body(): XmlChild[] {
    const p = this.props;
    const limit = (l: QuotaLimit): XmlChild[] => [text("Allow", l.allow), text("Interval", l.interval ?? 1), text("TimeUnit", l.timeUnit.unit)];
    return [
      p.identifierRef !== undefined && el("Identifier", [], { ref: p.identifierRef }),
      ...(p.limit ? limit(p.limit) : []),
      p.useQuotaConfigInApiProduct &&
        el("UseQuotaConfigInAPIProduct", [el("DefaultConfig", limit(p.useQuotaConfigInApiProduct.defaultConfig))], {
          stepName: p.useQuotaConfigInApiProduct.stepName,
        }),
      p.messageWeightRef !== undefined && el("MessageWeight", [], { ref: p.messageWeightRef }),
      p.startTime !== undefined && text("StartTime", p.startTime),
      text("Distributed", p.distributed ?? true),
      text("Synchronous", p.synchronous ?? true),
    ];
  }

  protected validate(): string[] {
    const p = this.props;
    const limitProblems = (where: string, l: QuotaLimit): Array<string | undefined> => [
      positiveIntegerProblem(`${where}Allow`, l.allow),
      positiveIntegerProblem(`${where}Interval`, l.interval),
      TIME_UNITS.includes(l.timeUnit.unit) ? undefined : `${where}TimeUnit ${JSON.stringify(l.timeUnit.unit)} is not allowed (allowed: ${TIME_UNITS.join(", ")})`,
    ];
    return problems(
      p.limit && p.useQuotaConfigInApiProduct ? "give either limit or useQuotaConfigInApiProduct, not both" : undefined,
      !p.limit && !p.useQuotaConfigInApiProduct ? "a limit is required (limit or useQuotaConfigInApiProduct)" : undefined,
      p.limit ? limitProblems("", p.limit) : [],
      p.useQuotaConfigInApiProduct ? limitProblems("DefaultConfig ", p.useQuotaConfigInApiProduct.defaultConfig) : [],
      p.startTime === undefined || /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01]) ([01]\d|2[0-3]):[0-5]\d:[0-5]\d$/.test(p.startTime)
        ? undefined
        : `StartTime ${JSON.stringify(p.startTime)} is not allowed (format yyyy-MM-dd HH:mm:ss, GMT)`,
      variableProblem("Identifier ref", p.identifierRef),
      variableProblem("MessageWeight ref", p.messageWeightRef),
    );
  }

  protected validateReferences(policies: ReadonlyMap<string, Policy>): string[] {
    const step = this.props.useQuotaConfigInApiProduct?.stepName;
    if (step === undefined) return [];
    const kind = policies.get(step)?.kind;
    if (kind === "VerifyAPIKey" || kind === "OAuthV2") return [];
    const verifiers = [...policies.values()].filter((x) => x.kind === "VerifyAPIKey" || x.kind === "OAuthV2").map((x) => x.name).sort();
    return [
      `UseQuotaConfigInAPIProduct stepName ${JSON.stringify(step)} must name a VerifyAPIKey or OAuthV2 policy of the bundle (candidates: ${verifiers.join(", ") || "none"})`,
    ];
  }
}
