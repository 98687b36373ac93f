import { ResourceSlaSlas } from "../gen/providers/prefect/resource-sla";
import { Duration } from "../core/duration";
import { prefectNameProblem } from "./names";

/** How serious a violation of an SLA is. */
export class SlaSeverity {
  public static readonly MINOR = new SlaSeverity("minor");
  public static readonly LOW = new SlaSeverity("low");
  /** Prefect's default. */
  public static readonly MODERATE = new SlaSeverity("moderate");
  public static readonly HIGH = new SlaSeverity("high");
  public static readonly CRITICAL = new SlaSeverity("critical");

  /** The severity by its Prefect name (`minor`, `low`, `moderate`, `high`, `critical`), or `undefined`. */
  public static fromName(name: string): SlaSeverity | undefined {
    return [SlaSeverity.MINOR, SlaSeverity.LOW, SlaSeverity.MODERATE, SlaSeverity.HIGH, SlaSeverity.CRITICAL].find((s) => s.value === name);
  }

  private constructor(public readonly value: string) {}
}

/** Options every SLA takes. */
export interface DeploymentSlaOptions {
  /**
   * Severity of a violation.
   * @default SlaSeverity.MODERATE (Prefect's default; the Terraform provider alone would leave it to Prefect Cloud, which uses `high`)
   */
  readonly severity?: SlaSeverity;
  /**
   * Whether the SLA is evaluated.
   * @default true
   */
  readonly enabled?: boolean;
}

/**
 * A service level agreement on a deployment's flow runs (Prefect Cloud), one of the three kinds `prefect deploy`
 * accepts in a prefect.yaml `sla:` list (`_experimental/sla/objects.py` in PrefectHQ/prefect). A deployment's SLAs
 * are written together through one `prefect_resource_sla`.
 */
export class DeploymentSla {
  /** Violated when a flow run runs longer than `duration` (a time-to-completion SLA). */
  public static timeToCompletion(name: string, duration: Duration, options: DeploymentSlaOptions = {}): DeploymentSla {
    return new DeploymentSla("DeploymentSla.timeToCompletion", name, "duration", duration, options);
  }

  /** Violated when a scheduled flow run has not started `within` after its scheduled time (a lateness SLA). */
  public static lateness(name: string, within: Duration, options: DeploymentSlaOptions = {}): DeploymentSla {
    return new DeploymentSla("DeploymentSla.lateness", name, "within", within, options);
  }

  /** Violated when no flow run completes within `staleAfter` of the previous one (a frequency SLA). */
  public static frequency(name: string, staleAfter: Duration, options: DeploymentSlaOptions = {}): DeploymentSla {
    return new DeploymentSla("DeploymentSla.frequency", name, "stale_after", staleAfter, options);
  }

  private constructor(
    where: string,
    /** The SLA name, unique per deployment. */
    public readonly name: string,
    private readonly field: "duration" | "within" | "stale_after",
    private readonly limit: Duration,
    private readonly options: DeploymentSlaOptions,
  ) {
    const problem = typeof name === "string" ? prefectNameProblem(name) : "must be a string";
    if (problem) throw new Error(`${where}: name ${JSON.stringify(name)} is not allowed (${problem})`);
    if (limit.toMillis() <= 0 || !limit.isWholeSeconds()) throw new Error(`${where}: ${field} ${limit} is not allowed (must be a positive whole number of seconds)`);
  }

  /** @internal */
  public _render(ownerResource: string): ResourceSlaSlas {
    return {
      name: this.name,
      severity: (this.options.severity ?? SlaSeverity.MODERATE).value,
      enabled: this.options.enabled ?? true,
      ownerResource,
      [this.field === "stale_after" ? "staleAfter" : this.field]: this.limit.toSeconds(),
    };
  }
}
