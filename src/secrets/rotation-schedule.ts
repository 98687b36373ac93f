import { Construct } from "constructs";
import { Duration } from "../core/duration";
import { Token } from "../internal/cdk";
import { Rotating } from "../internal/time";

/** Props of {@link RotationSchedule}. */
export interface RotationScheduleProps {
  /**
   * How often a new credential is made: whole minutes, from 1 hour to 365 days. Rotation happens when Terraform
   * applies after this period has passed, so the stack must be applied at least this often (CI on a schedule).
   * @default Duration.days(30)
   */
  readonly every?: Duration;
}

/**
 * The longest period of a {@link RotationSchedule}, the clock of every credential the library makes (the gate's Prefect
 * key and webhook secret, Okta client secrets, the two alternating clocks of an Entra password): a year. Rotation costs
 * nothing here (every change overlaps the old and the new value), so a longer period only lets a leaked credential live
 * longer, and is far more often a slip of unit than a choice.
 */
export const MAX_ROTATION_PERIOD = Duration.days(365);

/** Bounds for {@link rotationPeriodProblem} narrower than a {@link RotationSchedule}'s own. */
export interface RotationPeriodBounds {
  /**
   * The shortest period allowed.
   * @default Duration.hours(1)
   */
  readonly min?: Duration;
  /**
   * The longest period allowed.
   * @default MAX_ROTATION_PERIOD
   */
  readonly max?: Duration;
  /**
   * Why the longest is what it is, for the message.
   * @default - a credential that lives longer than a year is not rotated in any useful sense
   */
  readonly why?: string;
}

/**
 * Why `every` is not a rotation period for a credential (whole minutes, from 1 hour to {@link MAX_ROTATION_PERIOD},
 * unless `bounds` narrows them), as `<where>: <field> <every> is not allowed (...)`; undefined when it is one. A
 * credential that alternates two schedules of twice the period (Entra passwords) halves both bounds.
 */
export function rotationPeriodProblem(where: string, field: string, every: Duration, bounds: RotationPeriodBounds = {}): string | undefined {
  const min = bounds.min ?? Duration.hours(1);
  const max = bounds.max ?? MAX_ROTATION_PERIOD;
  const ms = every.toMillis();
  if (ms >= min.toMillis() && ms % 60_000 === 0 && ms <= max.toMillis()) return undefined;
  const why = bounds.why ?? "a credential that lives longer than a year is not rotated in any useful sense";
  return `${where}: ${field} ${every} is not allowed (a whole number of minutes, from ${min} to ${max}: ${why})`;
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
    const problem = rotationPeriodProblem(this.node.path, "every", this.every);
    if (problem !== undefined) throw new Error(problem);
    const seconds = this.every.toSeconds();
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
