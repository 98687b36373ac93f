import { Construct, IConstruct } from "constructs";
import { Duration } from "../core/duration";
import { checkRule, KMS_KEY_NAME, notAllowed, PUBSUB_NAME, REGION } from "../core/rules";
import { IPrincipal, memberOf } from "../identity/principal";
import { DefaultTokenResolver, Fn, StringConcat, TerraformStack, Token, Tokenization } from "../internal/cdk";
import {
  DataGoogleProject,
  PubsubTopic,
  PubsubTopicIamMember,
  SecretManagerSecret,
  SecretManagerSecretIamMember,
  SecretManagerSecretVersion,
} from "../internal/google";
import { TimeStatic } from "../internal/time";
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
   * Lets `principal` (e.g. `Principal.serviceAccount("gate@p.iam.gserviceaccount.com")`, or
   * `Principal.fromMember(serviceAccount.member)` for one defined in the stack) read this one secret:
   * `roles/secretmanager.secretAccessor` bound on the secret, never on the project.
   */
  grantRead(principal: IPrincipal, options?: GrantReadOptions): IConstruct;
  /**
   * Writes `props.value` as a new version whenever `props.rotation` rotates (`google_secret_manager_secret_version`,
   * child `id` of this construct). The new version is created before the old one is destroyed, so `versions/latest`
   * always resolves. Works for a secret defined elsewhere too: the version names it by its resource name.
   */
  addVersion(id: string, props: SecretVersionProps): IConstruct;
}

/** Options of {@link ISecret.grantRead}. */
export interface GrantReadOptions {
  /**
   * The binding's construct id (and so its Terraform address). Give one to keep an address when the member changes
   * from a literal to a reference to the same principal: a binding at a new address would be replaced, and deleting
   * the old copy of the same (role, member) binding would revoke the access the new one just granted.
   * @default - `Read-<the principal's member>`, or `Read-<the reference's expression>` for a reference
   */
  readonly id?: string;
}

/** Where Secret Manager stores a secret's versions. */
export abstract class SecretReplication {
  /** Google chooses the locations; optionally encrypted with a customer-managed key. */
  public static automatic(options: { readonly kmsKeyName?: string } = {}): SecretReplication {
    if (options.kmsKeyName !== undefined) checkKmsKey("SecretReplication.automatic", options.kmsKeyName, "global");
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
    const locations = new Set<string>();
    for (const r of replicas) {
      if (!Token.isUnresolved(r.location)) checkRule("SecretReplication.userManaged", "location", r.location, REGION);
      if (locations.has(r.location)) {
        throw new Error(`SecretReplication.userManaged: location ${JSON.stringify(r.location)} is listed twice`);
      }
      locations.add(r.location);
      if (r.kmsKeyName !== undefined) checkKmsKey("SecretReplication.userManaged", r.kmsKeyName, r.location);
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
  /**
   * Have Secret Manager publish `SECRET_ROTATE` to a Pub/Sub topic on a schedule, so CI can run the apply that rotates
   * the value. Only a notification: Terraform stays the one owner of the rotation.
   * @default - no notification
   */
  readonly rotationNotification?: SecretRotationNotificationProps;
}

/** A Secret Manager rotation schedule used as a reminder to apply. */
export interface SecretRotationNotificationProps {
  /**
   * How often the notification is published: between 1 hour and 100 years (Secret Manager's limits). Use the period of
   * the {@link RotationSchedule} that rotates the value, e.g. `schedule.every`.
   */
  readonly every: Duration;
  /**
   * The Pub/Sub topic that receives the notifications: 3-255 characters, starting with a letter, not with `goog`.
   * @default - `<secretId>-rotation`
   */
  readonly topicName?: string;
  /**
   * Customer-managed KMS key of the topic.
   * @default - Google-managed encryption
   */
  readonly topicKmsKeyName?: string;
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
const LABEL_KEY = /^[a-z][a-z0-9_-]{0,62}$/;
const LABEL_VALUE = /^[a-z0-9_-]{0,63}$/;
/** Secret Manager's bounds on `rotation_period`. */
const MIN_NOTIFICATION_SECONDS = 3600;
const MAX_NOTIFICATION_SECONDS = 3153600000;

abstract class SecretBase extends Construct implements ISecret {
  public abstract readonly secretId: string;
  public abstract readonly secretResourceName: string;

  public get latestVersionName(): string {
    return `${this.secretResourceName}/versions/latest`;
  }

  public grantRead(principal: IPrincipal, options: GrantReadOptions = {}): IConstruct {
    const member = memberOf(this.node.path, "grantRead member", principal);
    // A reference is named by its Terraform expression, not by its token's sequence number: a name that moved when
    // unrelated resources are added would make Terraform replace the binding, and deleting the old copy of the same
    // (role, member) binding would revoke the access the new one just granted.
    const key = options.id ?? (Token.isUnresolved(member) ? `Read-${referenceName(this, member)}` : `Read-${member}`);
    const existing = this.node.tryFindChild(key);
    if (existing) return existing;
    return new SecretManagerSecretIamMember(this, key, {
      secretId: this.secretResourceName,
      role: "roles/secretmanager.secretAccessor",
      member,
    });
  }

  public addVersion(id: string, props: SecretVersionProps): IConstruct {
    if (!Token.isUnresolved(props.value)) {
      throw new Error(
        `${this.node.path}: addVersion(${JSON.stringify(id)}) value is a literal (it would be written into cdk.tf.json; ` +
          "pass a reference to the attribute of the resource that makes the value, e.g. a random_password's result or a Prefect key)",
      );
    }
    return new SecretManagerSecretVersion(this, id, {
      secret: this.secretResourceName,
      secretDataWo: props.value,
      secretDataWoVersion: props.rotation.versionNumber,
      lifecycle: { createBeforeDestroy: true },
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
  /** The topic that receives `SECRET_ROTATE` notifications, when `rotationNotification` is set. */
  public readonly rotationTopic?: PubsubTopic;

  public constructor(scope: Construct, id: string, props: SecretProps) {
    super(scope, id);
    const path = this.node.path;
    checkSecretId(path, props.secretId);
    checkLabels(path, props.labels ?? {});
    this.secretId = props.secretId;
    const notification = props.rotationNotification ? this.defineNotification(props.secretId, props.project, props.rotationNotification) : undefined;
    this.rotationTopic = notification?.topic;
    this.resource = new SecretManagerSecret(this, "Resource", {
      secretId: props.secretId,
      project: props.project,
      replication: (props.replication ?? SecretReplication.automatic())._render(),
      labels: props.labels,
      deletionProtection: props.deletionProtection ?? true,
      ...(notification
        ? {
            topics: [{ name: notification.topic.id }],
            rotation: { rotationPeriod: notification.period, nextRotationTime: notification.nextRotationTime },
            // Secret Manager moves next_rotation_time forward itself after each notification; that is not drift.
            lifecycle: { ignoreChanges: ["rotation[0].next_rotation_time"] },
            // Secret Manager checks at creation that its service agent may publish to the topic.
            dependsOn: [notification.publisher],
          }
        : {}),
    });
    this.secretResourceName = this.resource.id;
  }

  private defineNotification(secretId: string, project: string | undefined, props: SecretRotationNotificationProps) {
    const path = this.node.path;
    const every = props.every;
    // Whole seconds first, so a period with a fraction gets this message, not toSeconds()'s.
    if (!every.isWholeSeconds() || every.toSeconds() < MIN_NOTIFICATION_SECONDS || every.toSeconds() > MAX_NOTIFICATION_SECONDS) {
      throw new Error(
        `${path}: rotationNotification.every ${props.every} is not allowed (Secret Manager accepts whole seconds from 3600 to 3153600000, 1 hour to 100 years)`,
      );
    }
    const topicName = props.topicName ?? `${secretId}-rotation`;
    checkRule(path, "rotationNotification.topicName", topicName, PUBSUB_NAME);
    if (props.topicKmsKeyName !== undefined) checkKmsKey(`${path}: rotationNotification`, props.topicKmsKeyName);
    const topic = new PubsubTopic(this, "RotationTopic", { name: topicName, project, kmsKeyName: props.topicKmsKeyName });
    // The Secret Manager service agent of the secret's project publishes the notifications.
    const projectData = new DataGoogleProject(this, "Project", project ? { projectId: project } : {});
    const publisher = new PubsubTopicIamMember(this, "RotationTopicPublisher", {
      topic: topic.id,
      project,
      role: "roles/pubsub.publisher",
      member: `serviceAccount:service-${projectData.number}@gcp-sa-secretmanager.iam.gserviceaccount.com`,
    });
    // next_rotation_time must lie in the future when the secret is created; Terraform computes it at that apply,
    // never the constructor (which reads no clock).
    const start = new TimeStatic(this, "RotationStart");
    return { topic, publisher, period: `${every.toSeconds()}s`, nextRotationTime: Fn.timeadd(start.rfc3339, props.every.toGoDuration()) };
  }
}

/** The Terraform expression behind a token, e.g. `google_service_account.gate.member`, as a construct-id fragment. */
function referenceName(scope: Construct, value: string): string {
  const resolved = Tokenization.resolve(value, {
    scope: TerraformStack.of(scope),
    preparing: false,
    resolver: new DefaultTokenResolver(new StringConcat()),
  });
  return String(resolved).replace(/[^A-Za-z0-9_.:@-]+/g, "-").replace(/^-+|-+$/g, "");
}

function checkLabels(path: string, labels: Record<string, string>): void {
  const keys = Object.keys(labels);
  if (keys.length > 64) throw new Error(`${path}: labels has ${keys.length} entries (at most 64)`);
  for (const key of keys) {
    if (!LABEL_KEY.test(key)) {
      throw new Error(`${path}: label key ${JSON.stringify(key)} is not allowed (1-63 characters: lowercase letters, digits, '_' and '-', starting with a letter)`);
    }
    const value = labels[key];
    if (!Token.isUnresolved(value) && !LABEL_VALUE.test(value)) {
      throw new Error(`${path}: label ${key} value ${JSON.stringify(value)} is not allowed (0-63 characters: lowercase letters, digits, '_' and '-')`);
    }
  }
}

/** A CMEK key name; a key used for a secret's replica must live in that replica's location. */
function checkKmsKey(where: string, key: string, location?: string): void {
  if (Token.isUnresolved(key)) return;
  const match = KMS_KEY_NAME.pattern.exec(key);
  if (!match) throw new Error(notAllowed(where, "kmsKeyName", key, KMS_KEY_NAME.allowed));
  if (location !== undefined && match[1] !== location) {
    throw new Error(`${where}: kmsKeyName ${JSON.stringify(key)} is in location ${JSON.stringify(match[1])} (it must be in ${JSON.stringify(location)})`);
  }
}

function checkSecretId(path: string, secretId: string): void {
  if (!SECRET_ID.test(secretId)) {
    throw new Error(
      `${path}: secretId ${JSON.stringify(secretId)} is not allowed (1-255 characters: letters, digits, '-' and '_')`,
    );
  }
}
