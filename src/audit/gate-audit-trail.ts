import { Construct, IConstruct } from "constructs";
import type { ManifestAuditTrailFacts } from "../gate/manifest";
import { TerraformStack } from "../internal/cdk";
import { AuditLinkedDataset } from "./audit-linked-dataset";
import { AuditLogBucket, AuditLogBucketAttributes, AuditLogBucketProps, IAuditLogBucket } from "./audit-log-bucket";
import { AuditLogRoute } from "./audit-log-route";
import { checkRule } from "../core/rules";
import { LINK_ID, SINK_NAME } from "./log-names";

/** Where gates' audit records are kept: a dedicated bucket and the route of the gates' logs into it. */
export interface IGateAuditTrail extends IConstruct {
  /** The project of the bucket and of the routed logs (the Apigee organization's project). */
  readonly project: string;
  /** The dedicated log bucket the records are kept in. */
  readonly bucket: IAuditLogBucket;
  /** Name of the sink that routes the logs, and of the exclusion that keeps them out of `_Default`. */
  readonly routeName: string;
  /** Whether this app defines the trail (then gates add their logs to its route). */
  readonly definedHere: boolean;
  /** Adds a log of `project` to the route; a trail defined elsewhere must already route it. */
  routeLog(logId: string): void;
  /** What the gate manifest records about the trail. */
  describe(): ManifestAuditTrailFacts;
}

/** Props of {@link GateAuditTrail}. */
export interface GateAuditTrailProps extends AuditLogBucketProps {
  /**
   * Name of the sink and of the `_Default` exclusion.
   * @default "gate-audit"
   */
  readonly routeName?: string;
  /**
   * Also link the bucket to a BigQuery dataset (needs Log Analytics).
   * @default false
   */
  readonly linkedDataset?: boolean;
  /**
   * The linked dataset's id (letters, digits and `_`).
   * @default - the bucket id with every other character replaced by `_`
   */
  readonly linkId?: string;
  /**
   * Log ids routed in addition to those of the gates that name this trail (e.g. gates of other apps).
   * @default - none
   */
  readonly logIds?: readonly string[];
}

/** A trail defined elsewhere (another app, or by hand). */
export interface GateAuditTrailAttributes extends AuditLogBucketAttributes {
  /**
   * Name of the sink that routes the gates' logs into the bucket.
   * @default "gate-audit"
   */
  readonly routeName?: string;
  /**
   * The linked BigQuery dataset id, if the bucket has one.
   * @default - none
   */
  readonly linkId?: string;
}

/**
 * The audit trail of an environment's gates: a dedicated log bucket in the Apigee organization's project
 * ({@link AuditLogBucket}: 400 days by default, lock, Log Analytics and CMEK explicit), a sink and `_Default` exclusion
 * that route exactly the gates' log names into it ({@link AuditLogRoute}), and optionally a linked BigQuery dataset.
 *
 * It is meant for the stack an administrator applies once per environment, next to `DeployerIdentity`: then the CI
 * deployer needs no permission on log buckets, sinks or exclusions, which are project-wide powers over every log of
 * the project (an exclusion can hide any log from `_Default`). Gates name it in `audit.trail`; each adds its log to the
 * route, and a gate in another stack reads the sink at plan time and fails unless the sink routes its log here.
 */
export class GateAuditTrail extends Construct implements IGateAuditTrail {
  /** A trail defined outside this app. Gates verify at plan time that its sink routes their logs. */
  public static fromTrailAttributes(scope: Construct, id: string, attrs: GateAuditTrailAttributes): IGateAuditTrail {
    return new ImportedGateAuditTrail(scope, id, attrs);
  }

  public readonly project: string;
  public readonly bucket: AuditLogBucket;
  public readonly route: AuditLogRoute;
  public readonly routeName: string;
  public readonly linkedDataset?: AuditLinkedDataset;
  public readonly definedHere = true;

  public constructor(scope: Construct, id: string, props: GateAuditTrailProps) {
    super(scope, id);
    this.project = props.project;
    this.bucket = new AuditLogBucket(this, "Bucket", props);
    this.routeName = props.routeName ?? "gate-audit";
    this.route = new AuditLogRoute(this, "Route", { project: this.project, bucket: this.bucket, name: this.routeName, logIds: props.logIds });
    if (props.linkedDataset) this.linkedDataset = new AuditLinkedDataset(this, "LinkedDataset", { bucket: this.bucket, linkId: props.linkId });
    else if (props.linkId !== undefined) throw new Error(`${this.node.path}: linkId is set but linkedDataset is not (set linkedDataset: true)`);
  }

  public routeLog(logId: string): void {
    this.route.addLogId(logId);
  }

  public describe(): ManifestAuditTrailFacts {
    return trailFacts(this, this.bucket, {
      kmsKeyName: this.bucket.kmsKeyName ?? null,
      linkedDataset: this.linkedDataset?.datasetName ?? null,
      definedIn: TerraformStack.of(this).node.id,
    });
  }
}

class ImportedGateAuditTrail extends Construct implements IGateAuditTrail {
  public readonly project: string;
  public readonly bucket: IAuditLogBucket;
  public readonly routeName: string;
  public readonly definedHere = false;
  private readonly linkId?: string;

  public constructor(scope: Construct, id: string, attrs: GateAuditTrailAttributes) {
    super(scope, id);
    this.project = attrs.project;
    this.bucket = AuditLogBucket.fromBucketAttributes(this, "Bucket", attrs);
    this.routeName = attrs.routeName ?? "gate-audit";
    checkRule(this.node.path, "routeName", this.routeName, SINK_NAME);
    if (attrs.linkId !== undefined) checkRule(this.node.path, "linkId", attrs.linkId, LINK_ID);
    this.linkId = attrs.linkId;
  }

  public routeLog(): void {
    // Defined elsewhere: the gate checks at plan time that the sink already routes its log.
  }

  public describe(): ManifestAuditTrailFacts {
    return trailFacts(this, this.bucket, { kmsKeyName: null, linkedDataset: this.linkId ? `${this.project}.${this.linkId}` : null, definedIn: null });
  }
}

/** What a trail states about itself (the manifest's `audit.trail`): the bucket's facts, and what differs per kind. */
function trailFacts(
  trail: { readonly project: string; readonly routeName: string },
  b: IAuditLogBucket,
  rest: Pick<ManifestAuditTrailFacts, "kmsKeyName" | "linkedDataset" | "definedIn">,
): ManifestAuditTrailFacts {
  return {
    project: trail.project,
    location: b.location,
    bucketId: b.bucketId,
    bucketName: b.bucketName,
    retentionDays: b.retention?.toDays() ?? null,
    locked: b.locked ?? null,
    logAnalytics: b.logAnalytics ?? null,
    kmsKeyName: rest.kmsKeyName,
    linkedDataset: rest.linkedDataset,
    sinkName: trail.routeName,
    definedIn: rest.definedIn,
  };
}
