/**
 * A length of time, in whole seconds. Used for rotation periods, grace windows, cache TTLs, clock skew and token
 * lifetimes, so every invariant between them is arithmetic on one unit.
 */
export class Duration {
  public static seconds(amount: number): Duration {
    return new Duration(amount, 1, "seconds");
  }

  public static minutes(amount: number): Duration {
    return new Duration(amount, 60, "minutes");
  }

  public static hours(amount: number): Duration {
    return new Duration(amount, 3600, "hours");
  }

  public static days(amount: number): Duration {
    return new Duration(amount, 86400, "days");
  }

  private readonly totalSeconds: number;

  private constructor(
    private readonly amount: number,
    unitSeconds: number,
    private readonly unit: string,
  ) {
    if (!Number.isFinite(amount) || amount < 0 || !Number.isInteger(amount * unitSeconds)) {
      throw new Error(`Duration.${unit}: ${amount} is not a non-negative whole number of seconds`);
    }
    this.totalSeconds = amount * unitSeconds;
  }

  public toSeconds(): number {
    return this.totalSeconds;
  }

  public toMinutes(): number {
    return this.totalSeconds / 60;
  }

  public toHours(): number {
    return this.totalSeconds / 3600;
  }

  public toDays(): number {
    return this.totalSeconds / 86400;
  }

  public plus(other: Duration): Duration {
    return Duration.seconds(this.totalSeconds + other.totalSeconds);
  }

  /** A Go duration string for Terraform's `timeadd()`, e.g. `"720h"` or `"90s"`. */
  public toGoDuration(): string {
    if (this.totalSeconds % 3600 === 0) return `${this.totalSeconds / 3600}h`;
    if (this.totalSeconds % 60 === 0) return `${this.totalSeconds / 60}m`;
    return `${this.totalSeconds}s`;
  }

  /** The duration as it was written, e.g. `30 days` or `1 hour`; used in error messages. */
  public toString(): string {
    return `${this.amount} ${this.amount === 1 ? this.unit.slice(0, -1) : this.unit}`;
  }
}
