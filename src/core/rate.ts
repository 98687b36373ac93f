/**
 * A request rate for Apigee's SpikeArrest: at most `amount` requests per second or per minute. Typed, so a rate is
 * never a string that only the deployed proxy would refuse.
 */
export class Rate {
  /** `amount` requests per second (SpikeArrest `<Rate>` `<amount>ps`). */
  public static perSecond(amount: number): Rate {
    return new Rate(amount, "ps");
  }

  /** `amount` requests per minute (SpikeArrest `<Rate>` `<amount>pm`). */
  public static perMinute(amount: number): Rate {
    return new Rate(amount, "pm");
  }

  /**
   * Reads a SpikeArrest rate as Apigee writes it (`20ps`, `600pm`); undefined when `value` is not one.
   * For tools that read a manifest or a bundle back, not for props.
   */
  public static parse(value: string): Rate | undefined {
    const m = /^([1-9][0-9]{0,5})(ps|pm)$/.exec(value);
    return m ? new Rate(Number(m[1]), m[2] as "ps" | "pm") : undefined;
  }

  private constructor(
    /** Requests per unit. */
    public readonly amount: number,
    private readonly unit: "ps" | "pm",
  ) {
    if (!Number.isSafeInteger(amount) || amount < 1 || amount > MAX_AMOUNT) {
      throw new Error(`Rate.${unit === "ps" ? "perSecond" : "perMinute"}: ${amount} is not allowed (a whole number of requests from 1 to ${MAX_AMOUNT})`);
    }
  }

  /** Seconds in one unit of the rate: 1 or 60. */
  public get unitSeconds(): number {
    return this.unit === "ps" ? 1 : 60;
  }

  /** Requests per second, with a fraction for a per-minute rate (`600pm` is 10). */
  public toPerSecond(): number {
    return this.amount / this.unitSeconds;
  }

  /** The SpikeArrest `<Rate>` value, e.g. `20ps`. */
  public toSpikeArrestRate(): string {
    return `${this.amount}${this.unit}`;
  }

  /** Seconds a refused client should wait: one interval of the smoothed rate (Apigee spreads `n` per unit evenly). */
  public retryAfterSeconds(): number {
    return Math.max(1, Math.ceil(this.unitSeconds / this.amount));
  }

  /** E.g. `20 requests per second`; used in error messages and reviews. */
  public toString(): string {
    return `${this.amount} request${this.amount === 1 ? "" : "s"} per ${this.unit === "ps" ? "second" : "minute"}`;
  }
}

/** Six digits: far above any gate's need, and within what SpikeArrest accepts. */
const MAX_AMOUNT = 999_999;
