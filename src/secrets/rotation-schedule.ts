import { Construct } from "constructs";
import { Duration } from "../core/duration";
import { Token } from "../internal/cdk";
import { Rotating } from "../internal/time";

/** Props of {@link RotationSchedule}. */
export interface RotationScheduleProps {
  /**
   * How often a new credential is made. Rotation happens when Terraform applies after this period has passed, so the
   * stack must be applied at least this often (CI on a schedule).
   * @default Duration.days(30)
   */
  readonly every?: Duration;
}

/**
 * The longest rotation period of a credential the library makes (the gate's Prefect key and webhook secret, Okta client
 * secrets, Entra passwords): a year. Rotation costs nothing here (every change overlaps the old and the new value), so a
 * longer period only lets a leaked credential live longer, and is far more often a slip of unit than a choice.
 */
export const MAX_ROTATION_PERIOD = Duration.days(365);

/**
 * Why `every` is not a rotation period for a credential (whole minutes, from `min` to {@link MAX_ROTATION_PERIOD}), as
 * `<where>: <field> <every> is not allowed (...)`; undefined when it is one. `min` is a {@link RotationSchedule}'s
 * shortest period (1 hour), or half of it for a credential that alternates two schedules of twice the period.
 */
export function rotationPeriodProblem(where: string, field: string, every: Duration, min: Duration = Duration.hours(1)): string | undefined {
  const ms = every.toMillis();
  if (ms >= min.toMillis() && ms % 60_000 === 0 && ms <= MAX_ROTATION_PERIOD.toMillis()) return undefined;
  return `${where}: ${field} ${every} is not allowed (a whole number of minutes, from ${min} to 365 days: a credential that lives longer than a year is not rotated in any useful sense)`;
}

/**
 * The clock of a Terraform-owned rotation: one `time_rotating`. Everything produced by the same rotation — a new
 * Prefect key, the Secret Manager version that stores it, a webhook secret — derives from this construct, so the
 * credential and the version that delivers it always change together.
 */
export class RotationSchedule extends Construct {
  /** The rotation period. */
  public readonly every: Duration;
  /** RFC 3339 time at which the current credential is due for rotation (a Terraform reference). */
  public readonly dueAtRfc3339: string;
  /** RFC 3339 time at which the current rotation period began (a Terraform reference). */
  public readonly startedAtRfc3339: string;
  /**
   * A number that changes with every rotation and only then: the Unix time the current period began. Write-only
   * attributes are only sent when their version changes, so versions of rotated values are bound to this.
   */
  public readonly versionNumber: number;

  public constructor(scope: Construct, id: string, props: RotationScheduleProps = {}) {
    super(scope, id);
    this.every = props.every ?? Duration.days(30);
    // With its fraction, so a period that is not whole minutes gets this message, not Duration's.
    const seconds = this.every.toMillis() / 1000;
    if (seconds < 3600 || seconds % 60 !== 0) {
      throw new Error(
        `${this.node.path}: rotation period ${this.every} is not allowed (a whole number of minutes, at least 1 hour)`,
      );
    }
    // Secret Manager's longest rotation period; a value stored for longer is not rotated in any useful sense.
    if (seconds > 3153600000) {
      throw new Error(`${this.node.path}: rotation period ${this.every} is not allowed (at most 100 years, Secret Manager's limit)`);
    }
    const resource = new Rotating(this, "Resource", periodConfig(seconds));
    this.dueAtRfc3339 = resource.rotationRfc3339;
    this.startedAtRfc3339 = resource.rfc3339;
    this.versionNumber = Token.asNumber(resource.unix);
  }
}

/** The coarsest time_rotating unit that expresses the period exactly, so plans read naturally (`rotation_days = 30`). */
function periodConfig(seconds: number): { rotationDays?: number; rotationHours?: number; rotationMinutes?: number } {
  if (seconds % 86400 === 0) return { rotationDays: seconds / 86400 };
  if (seconds % 3600 === 0) return { rotationHours: seconds / 3600 };
  return { rotationMinutes: seconds / 60 };
}
