import { Construct } from "constructs";
import { LoggingLinkedDataset } from "../internal/google";
import { IAuditLogBucket } from "./audit-log-bucket";
import { checkRule } from "../core/rules";
import { LINK_ID, linkIdFor } from "./log-names";

/** Props of {@link AuditLinkedDataset}. */
export interface AuditLinkedDatasetProps {
  /** A bucket with Log Analytics enabled. */
  readonly bucket: IAuditLogBucket;
  /**
   * The link id, which is also the BigQuery dataset id: up to 100 letters, digits and `_`.
   * @default - the bucket id with every other character replaced by `_` (`gate-audit` → `gate_audit`)
   */
  readonly linkId?: string;
}

/**
 * A linked BigQuery dataset of a Log Analytics bucket (`google_logging_linked_dataset`): the bucket's log views appear
 * as views of a read-only dataset `<project>.<linkId>` (e.g. `<project>.gate_audit._AllLogs`), so the records can be
 * queried from BigQuery, scheduled queries and BI tools. A bucket has at most one link.
 */
export class AuditLinkedDataset extends Construct {
  public readonly linkId: string;
  /** `<project>.<linkId>`, the dataset as BigQuery names it. */
  public readonly datasetName: string;
  public readonly resource: LoggingLinkedDataset;

  public constructor(scope: Construct, id: string, props: AuditLinkedDatasetProps) {
    super(scope, id);
    const path = this.node.path;
    if (props.bucket.logAnalytics !== true) {
      throw new Error(`${path}: bucket ${JSON.stringify(props.bucket.bucketName)} does not have Log Analytics enabled (a linked dataset needs it: set logAnalytics: true)`);
    }
    this.linkId = props.linkId ?? linkIdFor(props.bucket.bucketId);
    checkRule(path, "linkId", this.linkId, LINK_ID);
    this.datasetName = `${props.bucket.project}.${this.linkId}`;
    this.resource = new LoggingLinkedDataset(this, "Resource", {
      bucket: props.bucket.resourceName,
      linkId: this.linkId,
      description: "Gated pipeline audit records, for BigQuery",
    });
  }
}
