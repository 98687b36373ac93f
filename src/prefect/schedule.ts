import { CronExpressionParser } from "cron-parser";
import { rrulestr } from "rrule";
import { Duration } from "../core/duration";
import { Token } from "../internal/cdk";
import { canonicalJson, findJsonProblem } from "./json-value";
import { isIanaTimeZone, isRfc3339 } from "./names";

/** Options every schedule kind takes. */
export interface ScheduleOptions {
  /**
   * IANA time zone the schedule is evaluated in, e.g. `Europe/Berlin`.
   * @default "UTC"
   */
  readonly timezone?: string;
  /**
   * Whether the schedule creates runs.
   * @default true
   */
  readonly active?: boolean;
  /**
   * A slug naming the schedule; also keeps its Terraform logical id stable when other schedules are added or removed.
   * @default - the schedule's position in the list
   */
  readonly slug?: string;
  /**
   * Parameters for runs of this schedule, merged over the deployment's (JSON-serializable).
   * @default - the deployment's parameters
   */
  readonly parameters?: Record<string, unknown>;
}

/** Options of {@link Schedule.cron}. */
export interface CronScheduleOptions extends ScheduleOptions {
  /**
   * How day-of-month and day-of-week combine: `true` runs when either matches (cron's usual rule), `false` when both do.
   * @default true
   */
  readonly dayOr?: boolean;
}

/** Options of {@link Schedule.interval}. */
export interface IntervalScheduleOptions extends ScheduleOptions {
  /**
   * RFC 3339 instant the intervals are counted from, e.g. `2026-01-01T02:00:00Z`.
   * @default - the time Prefect creates the schedule (`IntervalSchedule` in PrefectHQ/prefect)
   */
  readonly anchorDate?: string;
}

/** The `prefect_deployment_schedule` attributes of a schedule (without deployment and workspace). @internal */
export interface RenderedSchedule {
  readonly cron?: string;
  readonly dayOr?: boolean;
  readonly interval?: number;
  readonly anchorDate?: string;
  readonly rrule?: string;
  readonly timezone?: string;
  readonly active?: boolean;
  readonly slug?: string;
  readonly parameters?: string;
}

const SLUG = /^[a-z0-9][a-z0-9_-]*$/;

/** When a deployment runs on its own: a cron expression, a fixed interval or an iCalendar RRULE. */
export class Schedule {
  /**
   * A cron schedule. The expression has five fields (minute hour day-of-month month day-of-week) or is a macro such as
   * `@daily`; it is checked with `cron-parser`.
   */
  public static cron(expression: string, options: CronScheduleOptions = {}): Schedule {
    const where = "Schedule.cron";
    if (!Token.isUnresolved(expression)) {
      const fields = expression.trim().split(/\s+/);
      const macro = fields.length === 1 && fields[0].startsWith("@");
      let problem: string | undefined;
      if (!macro && fields.length !== 5) {
        problem = `has ${fields.length} fields (five are needed: minute hour day-of-month month day-of-week)`;
      } else {
        try {
          CronExpressionParser.parse(expression, { strict: false });
        } catch (e) {
          problem = `does not parse: ${(e as Error).message}`;
        }
      }
      if (problem) throw new Error(`${where}: expression ${JSON.stringify(expression)} ${problem}`);
    }
    return new Schedule({ cron: expression, dayOr: options.dayOr, ...common(where, options) });
  }

  /**
   * Runs every `every`, counted from `anchorDate`. A fraction of a second is allowed (`Duration.millis(90_500)`), as
   * Prefect's interval schedules allow; the provider stores the interval in seconds as a 32-bit float, so the value
   * must be one it holds exactly (whole seconds up to 16,777,216 do; 90.5 seconds does, 0.1 seconds does not).
   */
  public static interval(every: Duration, options: IntervalScheduleOptions = {}): Schedule {
    return Schedule._intervalSeconds(every.toMillis() / 1000, options);
  }

  /**
   * An interval schedule of `seconds` (a prefect.yaml `interval`, which may have any fraction Python's timedelta holds).
   * @internal
   */
  public static _intervalSeconds(seconds: number, options: IntervalScheduleOptions = {}): Schedule {
    const where = "Schedule.interval";
    if (!Number.isFinite(seconds) || seconds <= 0) {
      throw new Error(`${where}: interval ${seconds} seconds is not allowed (must be positive)`);
    }
    // `prefect_deployment_schedule.interval` is a Float32 attribute (provider `deployment_schedule.go`).
    if (Math.fround(seconds) !== seconds) {
      throw new Error(`${where}: interval ${seconds} seconds is not allowed (the provider stores it as a 32-bit float, which would make it ${Math.fround(seconds)})`);
    }
    if (options.anchorDate !== undefined && !Token.isUnresolved(options.anchorDate) && !isRfc3339(options.anchorDate)) {
      throw new Error(`${where}: anchorDate ${JSON.stringify(options.anchorDate)} is not an RFC 3339 date-time (e.g. 2026-01-01T02:00:00Z)`);
    }
    return new Schedule({ interval: seconds, anchorDate: options.anchorDate, ...common(where, options) });
  }

  /**
   * An iCalendar recurrence rule, e.g. `FREQ=WEEKLY;BYDAY=MO,WE;BYHOUR=6` (optionally with `DTSTART`), parsed with
   * the `rrule` package.
   */
  public static rrule(rule: string, options: ScheduleOptions = {}): Schedule {
    const where = "Schedule.rrule";
    if (!Token.isUnresolved(rule)) {
      const problem = rruleProblem(rule);
      if (problem) throw new Error(`${where}: rule ${JSON.stringify(rule)} ${problem}`);
    }
    return new Schedule({ rrule: rule, ...common(where, options) });
  }

  private constructor(private readonly rendered: RenderedSchedule) {}

  /** The slug given in the options, if any. */
  public get slug(): string | undefined {
    return this.rendered.slug;
  }

  /** @internal */
  public _render(): RenderedSchedule {
    return this.rendered;
  }
}

function common(where: string, options: ScheduleOptions): RenderedSchedule {
  if (options.timezone !== undefined && !Token.isUnresolved(options.timezone) && !isIanaTimeZone(options.timezone)) {
    throw new Error(`${where}: timezone ${JSON.stringify(options.timezone)} is not an IANA time zone name (e.g. "Europe/Berlin", "UTC")`);
  }
  if (options.slug !== undefined && !SLUG.test(options.slug)) {
    throw new Error(`${where}: slug ${JSON.stringify(options.slug)} is not allowed (lowercase letters, digits, '_' and '-', starting with a letter or digit)`);
  }
  let parameters: string | undefined;
  if (options.parameters !== undefined) {
    const problem = findJsonProblem(options.parameters, "parameters");
    if (problem) throw new Error(`${where}: ${problem} (schedule parameters must be JSON-serializable)`);
    parameters = canonicalJson(options.parameters);
  }
  return { timezone: options.timezone, active: options.active, slug: options.slug, parameters };
}

/** RRULE parts whose values the `rrule` parser accepts without checking their range. */
const RANGES: Record<string, [number, number]> = {
  BYHOUR: [0, 23],
  BYMINUTE: [0, 59],
  BYSECOND: [0, 59],
  BYMONTH: [1, 12],
  BYMONTHDAY: [-31, 31],
  BYYEARDAY: [-366, 366],
  BYWEEKNO: [-53, 53],
  INTERVAL: [1, Number.MAX_SAFE_INTEGER],
  COUNT: [1, Number.MAX_SAFE_INTEGER],
};

function rruleProblem(rule: string): string | undefined {
  if (rule.length > 6500) return "is longer than 6500 characters (Prefect's limit)";
  let parsed;
  try {
    parsed = rrulestr(rule, { forceset: false });
  } catch (e) {
    return `does not parse: ${(e as Error).message}`;
  }
  if (!("origOptions" in parsed) || parsed.origOptions.freq === undefined) return "has no FREQ";
  for (const part of rule.split(/[;\n]/)) {
    const [key, value] = part.replace(/^RRULE:/, "").split("=");
    const range = RANGES[key?.toUpperCase()];
    if (!range || value === undefined) continue;
    for (const n of value.split(",").map(Number)) {
      if (!Number.isInteger(n) || n < range[0] || n > range[1] || (n === 0 && range[0] < 0)) {
        const allowed = range[1] === Number.MAX_SAFE_INTEGER ? "a positive whole number" : `a whole number in ${range[0]}..${range[1]}${range[0] < 0 ? ", not 0" : ""}`;
        return `has ${key}=${value} (each value must be ${allowed})`;
      }
    }
  }
  return undefined;
}
