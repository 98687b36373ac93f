import { Construct } from "constructs";
import { Duration } from "../core/duration";
import { DataPrefectWorkspaceRole } from "../gen/providers/prefect/data-prefect-workspace-role";
import { ServiceAccount } from "../gen/providers/prefect/service-account";
import { WorkspaceAccess } from "../gen/providers/prefect/workspace-access";
import { Fn } from "../internal/cdk";
import { RotationSchedule } from "../secrets/rotation-schedule";
import { ISecret } from "../secrets/secret";
import { prefectNameProblem } from "./names";
import { checkRotationInvariant, DEFAULT_ROTATION_TIMINGS, RotationTimings } from "./rotation-invariant";
import { IPrefectWorkspace } from "./workspace";

/** Props of {@link GateServiceAccount}. */
export interface GateServiceAccountProps {
  /** The service account name, e.g. `orders-gate-prod`. */
  readonly name: string;
  /** The workspace whose deployments the gate triggers. */
  readonly workspace: IPrefectWorkspace;
  /** The secret the gate reads the key from; each rotated key becomes a new write-only version of it. */
  readonly secret: ISecret;
  /**
   * The rotation clock. Share it with whatever else rotates with the key.
   * @default - a new RotationSchedule every 30 days
   */
  readonly rotation?: RotationSchedule;
  /**
   * How long past its rotation date the key stays valid (`api_key_expiration = due + grace`).
   * @default Duration.days(7)
   */
  readonly grace?: Duration;
  /**
   * How long the previous key keeps working after a rotation (`old_key_expires_in_seconds`, at most 48 hours).
   * @default Duration.hours(24)
   */
  readonly overlap?: Duration;
  /**
   * How long the gate caches the key it read from Secret Manager; must be shorter than `overlap`.
   * @default Duration.minutes(5)
   */
  readonly secretCacheTtl?: Duration;
  /**
   * The longest time between two applies of the stack (the CI schedule); must fit in `grace` with the cache TTL.
   * @default Duration.days(1)
   */
  readonly applyEvery?: Duration;
  /**
   * Workspace role granted to the service account. Runner is the smallest built-in role that may create flow runs.
   * @default "Runner"
   */
  readonly workspaceRoleName?: string;
  /**
   * Acknowledges a role other than Runner (a custom role, or a broader built-in one). Without it, such a role is refused.
   * @default false
   */
  readonly allowOtherWorkspaceRole?: boolean;
}

/** Built-in workspace roles that cannot create flow runs from a deployment. */
const CANNOT_RUN = new Set(["Viewer", "Worker"]);

/**
 * The gate's Prefect identity: a service account (account role Member) with workspace role Runner and an API key that
 * Terraform rotates with zero downtime (the previous key stays valid longer than the gate caches it). The key goes only
 * into the secret, as a write-only version
 * bound to the same rotation; it is in no output, no KVM and no log (Terraform state still holds it).
 */
export class GateServiceAccount extends Construct {
  /**
   * The service account id.
   * @attribute
   */
  public readonly serviceAccountId: string;
  /**
   * The service account's actor id (for deployment ACLs).
   * @attribute
   */
  public readonly actorId: string;
  /** The rotation that drives the key and the secret version. */
  public readonly rotation: RotationSchedule;
  /** The checked timings. */
  public readonly timings: RotationTimings;
  /** The underlying `prefect_service_account`. */
  public readonly resource: ServiceAccount;

  public constructor(scope: Construct, id: string, props: GateServiceAccountProps) {
    super(scope, id);
    const path = this.node.path;
    const nameProblem = prefectNameProblem(props.name);
    if (nameProblem) throw new Error(`${path}: name ${JSON.stringify(props.name)} is not allowed (${nameProblem})`);
    const roleName = props.workspaceRoleName ?? "Runner";
    if (CANNOT_RUN.has(roleName)) {
      throw new Error(`${path}: workspaceRoleName ${JSON.stringify(roleName)} is not allowed (it cannot create flow runs; use "Runner")`);
    }
    if (roleName !== "Runner" && !props.allowOtherWorkspaceRole) {
      throw new Error(
        `${path}: workspaceRoleName ${JSON.stringify(roleName)} is not allowed (the gate needs only "Runner"; set allowOtherWorkspaceRole to grant another role deliberately)`,
      );
    }

    this.rotation = props.rotation ?? new RotationSchedule(this, "Rotation", { every: DEFAULT_ROTATION_TIMINGS.every });
    this.timings = {
      every: this.rotation.every,
      grace: props.grace ?? DEFAULT_ROTATION_TIMINGS.grace,
      overlap: props.overlap ?? DEFAULT_ROTATION_TIMINGS.overlap,
      cacheTtl: props.secretCacheTtl ?? DEFAULT_ROTATION_TIMINGS.cacheTtl,
      applyEvery: props.applyEvery ?? DEFAULT_ROTATION_TIMINGS.applyEvery,
    };
    const violations = checkRotationInvariant(this.timings);
    if (violations.length > 0) {
      throw new Error(`${path}: key rotation is not zero-downtime: ${violations.join("; ")}`);
    }

    this.resource = new ServiceAccount(this, "Resource", {
      name: props.name,
      accountRoleName: "Member",
      // Only a change of the expiration (or keepers) rotates the key, so it derives from the rotation alone.
      apiKeyExpiration: Fn.timeadd(this.rotation.dueAtRfc3339, this.timings.grace.toGoDuration()),
      oldKeyExpiresInSeconds: this.timings.overlap.toSeconds(),
      lifecycle: {
        // Provider 2.90.1 once returned an empty key after create (#606); never push an empty key to the gate.
        postcondition: [{ condition: "${length(self.api_key) > 0}", errorMessage: "Prefect returned an empty API key for the gate's service account." }],
      },
    });
    this.serviceAccountId = this.resource.id;
    this.actorId = this.resource.actorId;

    const role = new DataPrefectWorkspaceRole(this, "Role", { name: roleName });
    new WorkspaceAccess(this, "Access", {
      accessorType: "SERVICE_ACCOUNT",
      accessorId: this.resource.id,
      workspaceRoleId: role.id,
      workspaceId: props.workspace.workspaceId,
    });

    props.secret.addVersion(`${id}-ApiKey`, { value: this.resource.apiKey, rotation: this.rotation });
  }
}
