import { Construct, IConstruct } from "constructs";
import { SecretManagerSecret, SecretManagerSecretIamMember, SecretManagerSecretVersion } from "../internal/google";
import { RotationSchedule } from "./rotation-schedule";

/** A Secret Manager secret other constructs store values in or read from. */
export interface ISecret extends IConstruct {
  /** The secret id, e.g. `orders-gate-prefect-key`. */
  readonly secretId: string;
  /**
   * The secret's resource name, `projects/{project}/secrets/{secretId}` (a Terraform reference when defined here).
   * @attribute
   */
  readonly secretResourceName: string;
  /** What a runtime reads to get the newest value: `{secretResourceName}/versions/latest`. */
  readonly latestVersionName: string;
  /**
   * Lets `member` (e.g. `serviceAccount:gate@p.iam.gserviceaccount.com`) read this one secret:
   * `roles/secretmanager.secretAccessor` bound on the secret, never on the project.
   */
  grantRead(member: string): IConstruct;
}

/** Where Secret Manager stores a secret's versions. */
export abstract class SecretReplication {
  /** Google chooses the locations; optionally encrypted with a customer-managed key. */
  public static automatic(options: { readonly kmsKeyName?: string } = {}): SecretReplication {
    return new (class extends SecretReplication {
      public _render() {
        return {
          auto: options.kmsKeyName ? { customerManagedEncryption: { kmsKeyName: options.kmsKeyName } } : {},
        };
      }
    })();
  }

  /** Only the given locations, each optionally with its own customer-managed key (the key must be in that region). */
  public static userManaged(replicas: readonly SecretReplica[]): SecretReplication {
    if (replicas.length === 0) {
      throw new Error("SecretReplication.userManaged: give at least one replica location");
    }
    return new (class extends SecretReplication {
      public _render() {
        return {
          userManaged: {
            replicas: replicas.map((r) => ({
              location: r.location,
              customerManagedEncryption: r.kmsKeyName ? { kmsKeyName: r.kmsKeyName } : undefined,
            })),
          },
        };
      }
    })();
  }

  /** @internal */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  public abstract _render(): any;
}

/** One location of a user-managed replication. */
export interface SecretReplica {
  /** A Google Cloud region, e.g. `europe-west1`. */
  readonly location: string;
  /**
   * Customer-managed KMS key for this replica.
   * @default - Google-managed encryption
   */
  readonly kmsKeyName?: string;
}

/** Props of {@link Secret}. */
export interface SecretProps {
  /** The secret id: 1-255 characters of letters, digits, `-` and `_`. */
  readonly secretId: string;
  /**
   * Project of the secret.
   * @default - the google provider's project
   */
  readonly project?: string;
  /**
   * Replication of the secret's versions; cannot change after creation.
   * @default SecretReplication.automatic()
   */
  readonly replication?: SecretReplication;
  /**
   * Labels on the secret.
   * @default - none
   */
  readonly labels?: Record<string, string>;
  /**
   * Refuse `terraform destroy` of the secret.
   * @default true
   */
  readonly deletionProtection?: boolean;
}

/** A value written into a secret as a write-only version. */
export interface SecretVersionProps {
  /**
   * The value, normally a reference to another resource's attribute (e.g. a Prefect key). It is sent through the
   * write-only attribute `secret_data_wo`, so it is never stored in Terraform state for the secret.
   */
  readonly value: string;
  /**
   * The rotation that produced the value. The version's `secret_data_wo_version` is bound to it: a write-only value is
   * only sent when its version changes, so without this binding the secret would keep a dead value.
   */
  readonly rotation: RotationSchedule;
}

const SECRET_ID = /^[A-Za-z0-9_-]{1,255}$/;

abstract class SecretBase extends Construct implements ISecret {
  public abstract readonly secretId: string;
  public abstract readonly secretResourceName: string;

  public get latestVersionName(): string {
    return `${this.secretResourceName}/versions/latest`;
  }

  public grantRead(member: string): IConstruct {
    const existing = this.node.tryFindChild(`Read-${member}`);
    if (existing) return existing;
    return new SecretManagerSecretIamMember(this, `Read-${member}`, {
      secretId: this.secretResourceName,
      role: "roles/secretmanager.secretAccessor",
      member,
    });
  }
}

/**
 * A Secret Manager secret whose versions are only ever written through write-only attributes, each bound to the
 * rotation that produced its value. Terraform owns the rotation; nothing else writes versions.
 */
export class Secret extends SecretBase {
  /** An existing secret, referenced by project and id; defines nothing. */
  public static fromSecretAttributes(scope: Construct, id: string, attrs: { readonly project: string; readonly secretId: string }): ISecret {
    checkSecretId(`${scope.node.path}/${id}`, attrs.secretId);
    return new (class extends SecretBase {
      public readonly secretId = attrs.secretId;
      public readonly secretResourceName = `projects/${attrs.project}/secrets/${attrs.secretId}`;
    })(scope, id);
  }

  public readonly secretId: string;
  public readonly secretResourceName: string;
  /** The underlying `google_secret_manager_secret`. */
  public readonly resource: SecretManagerSecret;

  public constructor(scope: Construct, id: string, props: SecretProps) {
    super(scope, id);
    checkSecretId(this.node.path, props.secretId);
    this.secretId = props.secretId;
    this.resource = new SecretManagerSecret(this, "Resource", {
      secretId: props.secretId,
      project: props.project,
      replication: (props.replication ?? SecretReplication.automatic())._render(),
      labels: props.labels,
      deletionProtection: props.deletionProtection ?? true,
    });
    this.secretResourceName = this.resource.id;
  }

  /**
   * Writes `props.value` as a new version whenever `props.rotation` rotates. The new version is created before the old
   * one is destroyed, so `versions/latest` always resolves.
   */
  public addVersion(id: string, props: SecretVersionProps): void {
    const version = new SecretManagerSecretVersion(this, id, {
      secret: this.resource.id,
      secretDataWo: props.value,
      secretDataWoVersion: props.rotation.versionNumber,
      lifecycle: { createBeforeDestroy: true },
    });
    version.node.addDependency(props.rotation);
  }
}

function checkSecretId(path: string, secretId: string): void {
  if (!SECRET_ID.test(secretId)) {
    throw new Error(
      `${path}: secretId ${JSON.stringify(secretId)} is not allowed (1-255 characters: letters, digits, '-' and '_')`,
    );
  }
}
