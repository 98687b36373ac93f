/**
 * A length of time, in whole milliseconds: rotation periods, grace windows, cache TTLs, clock skew, token lifetimes,
 * retention and timeouts are all Durations, so every invariant between them is arithmetic on one unit and no prop
 * carries its unit in its name. The factories throw for a negative amount, or one that is not a whole number of
 * milliseconds.
 */
export class Duration {
  /** `amount` milliseconds, e.g. a connect timeout. */
  public static millis(amount: number): Duration {
    return new Duration(amount, 1, "milliseconds");
  }

  /** `amount` seconds; a fraction is allowed when it is a whole number of milliseconds (`Duration.seconds(1.5)`). */
  public static seconds(amount: number): Duration {
    return new Duration(amount, 1000, "seconds");
  }

  /** `amount` minutes. */
  public static minutes(amount: number): Duration {
    return new Duration(amount, 60_000, "minutes");
  }

  /** `amount` hours. */
  public static hours(amount: number): Duration {
    return new Duration(amount, 3_600_000, "hours");
  }

  /** `amount` days (of 24 hours). */
  public static days(amount: number): Duration {
    return new Duration(amount, 86_400_000, "days");
  }

  private readonly totalMillis: number;

  private constructor(
    private readonly amount: number,
    unitMillis: number,
    private readonly unit: string,
  ) {
    const total = amount * unitMillis;
    if (!Number.isFinite(amount) || amount < 0 || !Number.isSafeInteger(Math.round(total)) || Math.abs(total - Math.round(total)) > 1e-6) {
      throw new Error(`Duration.${unit === "milliseconds" ? "millis" : unit}: ${amount} is not a non-negative whole number of milliseconds`);
    }
    this.totalMillis = Math.round(total);
  }

  /** The duration in milliseconds. */
  public toMillis(): number {
    return this.totalMillis;
  }

  /**
   * The duration in whole seconds. Throws for a duration with a fraction of a second: the settings that take seconds
   * (Terraform's and Apigee's) cannot express it.
   */
  public toSeconds(): number {
    if (!this.isWholeSeconds()) throw new Error(`Duration: ${this} is not a whole number of seconds`);
    return this.totalMillis / 1000;
  }

  /** Whether the duration is a whole number of seconds (what {@link toSeconds} needs). */
  public isWholeSeconds(): boolean {
    return this.totalMillis % 1000 === 0;
  }

  /** The duration in minutes, with a fraction if it has one. */
  public toMinutes(): number {
    return this.totalMillis / 60_000;
  }

  /** The duration in hours, with a fraction if it has one. */
  public toHours(): number {
    return this.totalMillis / 3_600_000;
  }

  /** The duration in days, with a fraction if it has one. */
  public toDays(): number {
    return this.totalMillis / 86_400_000;
  }

  /** The sum of the two durations (in seconds when it is a whole number of them, else in milliseconds). */
  public plus(other: Duration): Duration {
    const total = this.totalMillis + other.totalMillis;
    return total % 1000 === 0 ? Duration.seconds(total / 1000) : Duration.millis(total);
  }

  /** A Go duration string for Terraform's `timeadd()`, e.g. `"720h"`, `"90s"` or `"1500ms"`. */
  public toGoDuration(): string {
    const ms = this.totalMillis;
    if (ms % 3_600_000 === 0) return `${ms / 3_600_000}h`;
    if (ms % 60_000 === 0) return `${ms / 60_000}m`;
    if (ms % 1000 === 0) return `${ms / 1000}s`;
    return `${ms}ms`;
  }

  /** The duration as it was written, e.g. `30 days` or `1 hour`; used in error messages. */
  public toString(): string {
    return `${this.amount} ${this.amount === 1 ? this.unit.slice(0, -1) : this.unit}`;
  }
}
