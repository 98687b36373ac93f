import { Construct, IConstruct } from "constructs";
import { Duration } from "../core/duration";
import { Annotations } from "../internal/cdk";
import { LoggingProjectBucketConfig } from "../internal/google";
import { checkRule, KMS_KEY_NAME, LOG_BUCKET_LOCATION as LOCATION, PROJECT_ID } from "../core/rules";
import { BUCKET_ID } from "./log-names";
import { LoggingServiceAgent } from "./logging-service-agent";

/** A Cloud Logging bucket that audit records are routed to. */
export interface IAuditLogBucket extends IConstruct {
  /** The bucket's project. */
  readonly project: string;
  /** The bucket's location, e.g. `europe-west1` or `global`. */
  readonly location: string;
  /** The bucket's id. */
  readonly bucketId: string;
  /** `projects/<project>/locations/<location>/buckets/<bucketId>`. */
  readonly bucketName: string;
  /**
   * The bucket's resource name for arguments of resources in the same stack: a reference when the bucket is defined
   * here (so Terraform creates it first), else `bucketName`. Never pass it to another stack; use `bucketName`.
   */
  readonly resourceName: string;
  /** What a sink names as its destination: `logging.googleapis.com/<resourceName>`. */
  readonly sinkDestination: string;
  /** The Log Analytics table of a log view: `` `<project>.<location>.<bucketId>.<view>` `` without the backquotes. */
  logAnalyticsTable(view?: string): string;
  /**
   * How long records are kept (whole days), when known.
   * @default - not known (a bucket looked up without it)
   */
  readonly retention?: Duration;
  /**
   * Whether the bucket is locked, when known.
   * @default - not known
   */
  readonly locked?: boolean;
  /**
   * Whether Log Analytics is enabled, when known.
   * @default - not known
   */
  readonly logAnalytics?: boolean;
  /**
   * The customer-managed key, when known to be set.
   * @default - Google-managed encryption, or not known
   */
  readonly kmsKeyName?: string;
}

/** Props of {@link AuditLogBucket}. */
export interface AuditLogBucketProps {
  /** The project of the bucket: for a gate's audit trail, the Apigee organization's project the gate logs to. */
  readonly project: string;
  /**
   * The bucket id. With location and project it forces replacement (a new, empty bucket), so choose it once.
   * @default "gate-audit"
   */
  readonly bucketId?: string;
  /**
   * Where the records are stored: `global`, a multi-region (`eu`, `us`) or a region (`europe-west1`). Forces
   * replacement. Choose the region your data-residency commitments name.
   * @default "global"
   */
  readonly location?: string;
  /**
   * How long records are kept, in whole days from 1 to 3650. Records are personal data (`sub`, `client_ip`): keep them
   * as long as the purpose needs and no longer (GDPR storage limitation).
   * @default Duration.days(400)
   */
  readonly retention?: Duration;
  /**
   * Lock the bucket: its retention can no longer be changed and it can only be deleted once every record has aged out.
   * Irreversible. The bucket also gets `prevent_destroy`. Until it is locked, anyone allowed to update the bucket can
   * shorten the retention, and synthesis warns.
   * @default false
   */
  readonly locked?: boolean;
  /**
   * Enable Log Analytics (SQL over the bucket, and linked BigQuery datasets). Cannot be turned off once on.
   * @default true
   */
  readonly logAnalytics?: boolean;
  /**
   * A customer-managed Cloud KMS key (`projects/<p>/locations/<l>/keyRings/<r>/cryptoKeys/<k>`), in the bucket's
   * location. Cannot be removed once set (the key can be changed). Prerequisite: before the bucket is created, an
   * administrator grants the project's Logging service agent (`loggingServiceAgent`) `roles/cloudkms.cryptoKeyEncrypterDecrypter`
   * on the key.
   * @default - Google-managed encryption
   */
  readonly kmsKeyName?: string;
  /**
   * Description of the bucket.
   * @default "Audit trail of gated pipelines"
   */
  readonly description?: string;
}

const MAX_RETENTION_DAYS = 3650;

abstract class AuditLogBucketBase extends Construct implements IAuditLogBucket {
  public abstract readonly project: string;
  public abstract readonly location: string;
  public abstract readonly bucketId: string;
  public abstract readonly resourceName: string;

  public get sinkDestination(): string {
    return `logging.googleapis.com/${this.resourceName}`;
  }

  public get bucketName(): string {
    return `projects/${this.project}/locations/${this.location}/buckets/${this.bucketId}`;
  }

  public logAnalyticsTable(view = "_AllLogs"): string {
    return `${this.project}.${this.location}.${this.bucketId}.${view}`;
  }
}

/**
 * A dedicated, user-defined Cloud Logging bucket for audit records (`google_logging_project_bucket_config`), with a
 * retention chosen for the purpose instead of `_Default`'s 30 days, and the irreversible settings (lock, Log
 * Analytics, CMEK) stated explicitly.
 */
export class AuditLogBucket extends AuditLogBucketBase {
  /** A bucket defined elsewhere, by its coordinates. Defines nothing; retention and lock are what you state. */
  public static fromBucketAttributes(scope: Construct, id: string, attrs: AuditLogBucketAttributes): IAuditLogBucket {
    const path = `${scope.node.path}/${id}`;
    checkRule(path, "project", attrs.project, PROJECT_ID);
    checkRule(path, "location", attrs.location, LOCATION);
    checkRule(path, "bucketId", attrs.bucketId, BUCKET_ID);
    if (attrs.retention !== undefined) checkedRetentionDays(path, attrs.retention);
    return new ImportedAuditLogBucket(scope, id, attrs);
  }

  public readonly project: string;
  public readonly location: string;
  public readonly bucketId: string;
  public readonly resourceName: string;
  public readonly retention: Duration;
  public readonly locked: boolean;
  public readonly logAnalytics: boolean;
  public readonly kmsKeyName?: string;
  /** The project's Logging service agent, read when a customer-managed key is set. */
  public readonly loggingServiceAgent?: LoggingServiceAgent;
  public readonly resource: LoggingProjectBucketConfig;

  public constructor(scope: Construct, id: string, props: AuditLogBucketProps) {
    super(scope, id);
    const path = this.node.path;
    this.project = props.project;
    this.location = props.location ?? "global";
    this.bucketId = props.bucketId ?? "gate-audit";
    checkRule(path, "project", this.project, PROJECT_ID);
    checkRule(path, "location", this.location, LOCATION);
    checkRule(path, "bucketId", this.bucketId, BUCKET_ID);
    const retentionDays = checkedRetentionDays(path, props.retention ?? Duration.days(400));
    this.retention = Duration.days(retentionDays);
    this.locked = props.locked ?? false;
    this.logAnalytics = props.logAnalytics ?? true;
    if (props.kmsKeyName !== undefined) {
      const keyLocation = KMS_KEY_NAME.pattern.exec(props.kmsKeyName)?.[1];
      if (keyLocation === undefined) {
        throw new Error(`${path}: kmsKeyName ${JSON.stringify(props.kmsKeyName)} is not a Cloud KMS key name (projects/<project>/locations/<location>/keyRings/<ring>/cryptoKeys/<key>)`);
      }
      if (keyLocation !== this.location) {
        throw new Error(`${path}: kmsKeyName is in location ${JSON.stringify(keyLocation)}, the bucket in ${JSON.stringify(this.location)} (Cloud Logging needs the key in the bucket's location)`);
      }
      this.kmsKeyName = props.kmsKeyName;
      this.loggingServiceAgent = new LoggingServiceAgent(this, "LoggingServiceAgent", { project: this.project });
    }

    this.resource = new LoggingProjectBucketConfig(this, "Resource", {
      project: this.project,
      location: this.location,
      bucketId: this.bucketId,
      description: props.description ?? "Audit trail of gated pipelines",
      retentionDays,
      locked: this.locked,
      enableAnalytics: this.logAnalytics,
      cmekSettings: this.kmsKeyName ? { kmsKeyName: this.kmsKeyName } : undefined,
      // A locked bucket cannot be deleted before its records age out; Terraform should not even try.
      lifecycle: this.locked ? { preventDestroy: true } : undefined,
    });
    // The bucket's `id` is its resource name: a reference, so a sink or link is created after its bucket.
    this.resourceName = this.resource.id;
    if (!this.locked) {
      Annotations.of(this).addWarning(
        `log bucket ${JSON.stringify(this.bucketId)} is not locked: anyone allowed to update or delete it can shorten its ${retentionDays}-day retention or delete it. ` +
          "Set locked: true once the retention is final (irreversible: the retention is then frozen and the bucket can only be deleted when empty)",
      );
    }
  }
}

/** Coordinates of a bucket defined elsewhere, and what you know of its settings. */
export interface AuditLogBucketAttributes {
  /** The bucket's project. */
  readonly project: string;
  /** The bucket's location, e.g. `europe-west1` or `global`. */
  readonly location: string;
  /** The bucket's id. */
  readonly bucketId: string;
  /**
   * Its retention, as configured where the bucket is defined.
   * @default - unknown (the policy pack and the evidence report say so)
   */
  readonly retention?: Duration;
  /**
   * Whether it is locked.
   * @default - unknown
   */
  readonly locked?: boolean;
  /**
   * Whether Log Analytics is enabled.
   * @default - unknown
   */
  readonly logAnalytics?: boolean;
}

class ImportedAuditLogBucket extends AuditLogBucketBase {
  public readonly project: string;
  public readonly location: string;
  public readonly bucketId: string;
  public readonly resourceName: string;
  public readonly retention?: Duration;
  public readonly locked?: boolean;
  public readonly logAnalytics?: boolean;

  public constructor(scope: Construct, id: string, attrs: AuditLogBucketAttributes) {
    super(scope, id);
    this.project = attrs.project;
    this.location = attrs.location;
    this.bucketId = attrs.bucketId;
    this.resourceName = this.bucketName;
    this.retention = attrs.retention;
    this.locked = attrs.locked;
    this.logAnalytics = attrs.logAnalytics;
  }
}

/** Whole days from 1 to 3650 (Cloud Logging's bounds for a user-defined bucket). */
function checkedRetentionDays(path: string, retention: Duration): number {
  const days = retention.toDays();
  if (!Number.isInteger(days) || days < 1 || days > MAX_RETENTION_DAYS) {
    throw new Error(`${path}: retention ${retention} is not allowed (whole days from 1 to ${MAX_RETENTION_DAYS}, e.g. Duration.days(400))`);
  }
  return days;
}
