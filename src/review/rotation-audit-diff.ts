/**
 * What a change does to a gate's key rotation and audit trail. Rotation: a longer period, grace, overlap, secret cache
 * or apply interval keeps a key usable longer (loosens). Audit trail: a removed trail (the sink gone, records back in
 * `_Default`), a shorter retention, an unlocked bucket, a dropped customer-managed key or a trail no longer verified at
 * plan time loosens it; another log or bucket is a change to look at.
 */
import { humanDuration } from "../audit/evidence-report";
import { GateManifest, ManifestAuditTrail, ManifestRotation } from "../gate/manifest";
import { Change, changeCollector, code, Effect, numberEffect } from "./change";

const ROTATION_FIELDS: ReadonlyArray<[keyof ManifestRotation, string]> = [
  ["everySeconds", "rotation period"],
  ["graceSeconds", "grace after a rotation is due"],
  ["overlapSeconds", "overlap of the previous key"],
  ["cacheTtlSeconds", "secret cache in the proxy"],
  ["applyEverySeconds", "expected interval between applies"],
];

export function diffRotation(stack: string, gate: string, base: ManifestRotation | undefined, head: ManifestRotation | undefined): Change[] {
  if (base === undefined || head === undefined) {
    return base === head ? [] : [{ stack, gate, area: "rotation", effect: "changes", summary: head === undefined ? "The manifest no longer records rotation." : "The manifest now records rotation.", after: head ?? null }];
  }
  return ROTATION_FIELDS.filter(([field]) => base[field] !== head[field]).map(([field, what]) => ({
    stack,
    gate,
    area: "rotation" as const,
    effect: numberEffect(base[field], head[field]),
    summary: `${what[0].toUpperCase()}${what.slice(1)}: ${humanDuration(base[field])} → ${humanDuration(head[field])}.`,
    before: base[field],
    after: head[field],
  }));
}

export function diffAudit(stack: string, gate: string, base: GateManifest["audit"], head: GateManifest["audit"]): Change[] {
  const { changes, add } = changeCollector(stack, gate);
  const change = (effect: Effect, summary: string, before?: unknown, after?: unknown) => add("audit trail", effect, summary, before, after);
  if (base === undefined || head === undefined) {
    if (base !== head) change("changes", head === undefined ? "The manifest no longer records the audit trail." : "The manifest now records the audit trail.");
    return changes;
  }
  if (base.logName !== head.logName) change("changes", `Audit records go to ${code(head.logName)} (was ${code(base.logName)}).`, base.logName, head.logName);
  const b = base.trail;
  const h = head.trail;
  if (b && !h) change("loosens", `The audit trail is removed: no sink routes the records to ${code(b.bucketName)} any more; they stay in the project's \`_Default\` bucket (30 days), mixed with every other log.`, b, null);
  else if (!b && h) change("tightens", `Audit records are now routed to ${code(h.bucketName)}${h.retentionDays !== null ? `, kept ${h.retentionDays} days` : ""}.`, null, h);
  else if (b && h) diffTrail(b, h, change);
  return changes;
}

function diffTrail(b: ManifestAuditTrail, h: ManifestAuditTrail, change: (effect: Effect, summary: string, before?: unknown, after?: unknown) => void): void {
  if (b.bucketName !== h.bucketName) change("changes", `Audit records are routed to ${code(h.bucketName)} (was ${code(b.bucketName)}).`, b.bucketName, h.bucketName);
  if (b.sinkName !== h.sinkName) change("changes", `The sink is now ${code(h.sinkName)} (was ${code(b.sinkName)}).`, b.sinkName, h.sinkName);
  if (b.retentionDays !== h.retentionDays) {
    const effect = b.retentionDays === null || h.retentionDays === null ? "changes" : numberEffect(b.retentionDays, h.retentionDays, "tightens");
    const text = (d: number | null) => (d === null ? "not stated" : `${d} days`);
    change(effect, `Retention: ${text(b.retentionDays)} → ${text(h.retentionDays)}${effect === "loosens" ? " (records are deleted sooner)" : ""}.`, b.retentionDays, h.retentionDays);
  }
  if (b.locked !== h.locked) change(b.locked === true && h.locked !== true ? "loosens" : "tightens", `The bucket is ${h.locked ? "locked" : "no longer locked (its retention can be shortened and it can be deleted)"}.`, b.locked, h.locked);
  if (b.kmsKeyName !== h.kmsKeyName) {
    const effect: Effect = h.kmsKeyName === null ? "loosens" : b.kmsKeyName === null ? "tightens" : "changes";
    change(effect, `Encryption: ${b.kmsKeyName ? code(b.kmsKeyName) : "Google-managed"} → ${h.kmsKeyName ? code(h.kmsKeyName) : "Google-managed"}.`, b.kmsKeyName, h.kmsKeyName);
  }
  if (b.logAnalytics !== h.logAnalytics) change("changes", `Log Analytics: ${b.logAnalytics ? "on" : "off"} → ${h.logAnalytics ? "on" : "off"}.`, b.logAnalytics, h.logAnalytics);
  if (b.linkedDataset !== h.linkedDataset) change("changes", `Linked BigQuery dataset: ${b.linkedDataset ? code(b.linkedDataset) : "none"} → ${h.linkedDataset ? code(h.linkedDataset) : "none"}.`, b.linkedDataset, h.linkedDataset);
  if (b.verifiedAtPlan !== h.verifiedAtPlan) {
    change(b.verifiedAtPlan && !h.verifiedAtPlan ? "loosens" : "tightens", h.verifiedAtPlan ? "Every plan now checks that the sink routes this gate's log." : "Plans no longer check that the sink routes this gate's log.", b.verifiedAtPlan, h.verifiedAtPlan);
  }
}
