/**
 * The time units an API product quota accepts. The Apigee API documents minute, hour, day and month; the provider
 * docs also list second and year, which the API does not, so only the intersection is offered.
 */
export enum QuotaTimeUnit {
  MINUTE = "minute",
  HOUR = "hour",
  DAY = "day",
  MONTH = "month",
}

const UNITS: readonly string[] = Object.values(QuotaTimeUnit);

/** The quota fields as `google_apigee_api_product` expects them: numbers as decimal strings. */
export interface RenderedQuota {
  /** Requests allowed per interval, e.g. `"10"` (`quota`). */
  readonly limit: string;
  /** Time units per interval, e.g. `"1"` (`quota_interval`). */
  readonly interval: string;
  /** `minute`, `hour`, `day` or `month` (`quota_time_unit`). */
  readonly timeUnit: string;
}

/**
 * A request quota: at most `limit` requests per `interval` × `timeUnit`, counted per app (caller). Used on API
 * products and their operations, and recorded in the gate manifest.
 */
export class Quota {
  /** `limit` requests per minute. */
  public static perMinute(limit: number): Quota {
    return new Quota(limit, 1, QuotaTimeUnit.MINUTE);
  }

  /** `limit` requests per hour. */
  public static perHour(limit: number): Quota {
    return new Quota(limit, 1, QuotaTimeUnit.HOUR);
  }

  /** `limit` requests per day. */
  public static perDay(limit: number): Quota {
    return new Quota(limit, 1, QuotaTimeUnit.DAY);
  }

  /** `limit` requests per month. */
  public static perMonth(limit: number): Quota {
    return new Quota(limit, 1, QuotaTimeUnit.MONTH);
  }

  /** `limit` requests per `interval` `timeUnit`s, e.g. `Quota.of(100, 5, QuotaTimeUnit.MINUTE)`. */
  public static of(limit: number, interval: number, timeUnit: QuotaTimeUnit): Quota {
    return new Quota(limit, interval, timeUnit);
  }

  private constructor(
    /** Requests allowed per window. */
    public readonly limit: number,
    /** Window length, in `timeUnit`s. */
    public readonly interval: number,
    /** Unit of the window. */
    public readonly timeUnit: QuotaTimeUnit,
  ) {
    if (!Number.isSafeInteger(limit) || limit < 1) {
      throw new Error(`Quota: limit ${limit} is not allowed (a whole number of requests, at least 1)`);
    }
    if (!Number.isSafeInteger(interval) || interval < 1) {
      throw new Error(`Quota: interval ${interval} is not allowed (a whole number, at least 1)`);
    }
    // Checked at runtime too: JavaScript callers and casts can pass any string.
    if (!UNITS.includes(timeUnit)) {
      throw new Error(`Quota: timeUnit ${JSON.stringify(timeUnit)} is not allowed (one of ${UNITS.join(", ")})`);
    }
  }

  /** The Terraform form: decimal strings, as google expects. */
  public render(): RenderedQuota {
    return { limit: String(this.limit), interval: String(this.interval), timeUnit: this.timeUnit };
  }

  /** A short human form, e.g. `10 per 1 minute`. */
  public toString(): string {
    return `${this.limit} per ${this.interval} ${this.timeUnit}`;
  }
}
