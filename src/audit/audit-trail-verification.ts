import { Construct } from "constructs";
import { checkRule } from "../core/rules";
import { recordAuditTrail } from "../core/stack-metadata";
import type { ManifestAuditTrail } from "../gate/manifest";
import { TerraformStack } from "../internal/cdk";
import { DataGoogleLoggingSink } from "../internal/google";
import { IGateAuditTrail } from "./gate-audit-trail";
import { LOG_ID, logNameClause, logNameOf } from "./log-names";

/**
 * Reads the trail's sink at plan time (`data.google_logging_sink`, which needs only `logging.sinks.get`) and fails the
 * plan unless it is enabled, has no sink-level exclusion and writes the gate's log to the trail's bucket: a gate whose
 * trail is applied by someone else (an administrator's stack, another app) cannot go live with its records unrouted.
 */
export class AuditTrailVerification extends Construct {
  public readonly sink: DataGoogleLoggingSink;

  public constructor(scope: Construct, id: string, props: { readonly trail: IGateAuditTrail; readonly logName: string }) {
    super(scope, id);
    const { trail, logName } = props;
    const sinkId = `projects/${trail.project}/sinks/${trail.routeName}`;
    const destination = `logging.googleapis.com/${trail.bucket.bucketName}`;
    const apply = "an administrator must apply the audit trail (GateAuditTrail) that routes it first";
    this.sink = new DataGoogleLoggingSink(this, "Sink", {
      id: sinkId,
      lifecycle: {
        postcondition: [
          {
            condition: `\${self.destination == ${JSON.stringify(destination)}}`,
            errorMessage: `The audit sink ${sinkId} does not write to ${trail.bucket.bucketName}; ${apply}.`,
          },
          {
            condition: `\${strcontains(self.filter, ${JSON.stringify(logNameClause(logName))})}`,
            errorMessage: `The audit sink ${sinkId} does not route the gate's log ${logName}; ${apply}.`,
          },
          { condition: "${!self.disabled}", errorMessage: `The audit sink ${sinkId} is disabled, so the gate's records are not kept.` },
          {
            condition: "${length(self.exclusions) == 0}",
            errorMessage: `The audit sink ${sinkId} has exclusions of its own; the gate's records must all reach ${trail.bucket.bucketName}.`,
          },
        ],
      },
    });
    // For the policy pack: what the verified bucket keeps, stated by the trail (the plan cannot read a bucket's settings).
    const facts = trail.describe();
    recordAuditTrail(TerraformStack.of(this), this.sink.friendlyUniqueId, {
      data_source: `data.google_logging_sink.${this.sink.friendlyUniqueId}`,
      log_name: logName,
      bucket: facts.bucketName,
      retention_days: facts.retentionDays,
      locked: facts.locked,
      defined_in: facts.definedIn,
    });
  }
}

/**
 * Connects a gate writing `logId` in `project` to `trail`: the trail routes the log (when this app defines it), and a
 * gate in another stack than the trail verifies the route at plan time. Returns what the manifest records.
 */
export function connectAuditTrail(gate: Construct, trail: IGateAuditTrail, project: string, logId: string): ManifestAuditTrail {
  const path = gate.node.path;
  checkRule(path, "auditLogName", logId, LOG_ID);
  if (trail.project !== project) {
    throw new Error(
      `${path}: audit.trail ${trail.node.path} is in project ${JSON.stringify(trail.project)}, but the gate writes its log to ${JSON.stringify(project)} ` +
        "(its Apigee organization); use a trail in the organization's project (routing to another project is not supported)",
    );
  }
  trail.routeLog(logId);
  const sameStack = trail.definedHere && TerraformStack.of(trail) === TerraformStack.of(gate);
  if (!sameStack) new AuditTrailVerification(gate, "AuditTrailCheck", { trail, logName: logNameOf(project, logId) });
  return { ...trail.describe(), verifiedAtPlan: !sameStack };
}
