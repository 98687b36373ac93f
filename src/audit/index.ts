// The audit trail: a dedicated log bucket, the route of the gates' logs into it, a linked BigQuery dataset, and the
// SQL that answers the common questions. The evidence report and the record reader are pure and imported directly by
// the CLI (src/audit/evidence-report.ts), so the CLI never loads these constructs.
export { exactLogFilter, linkIdFor, logNameClause, logNameOf } from "./log-names";
export * from "./audit-log-bucket";
export * from "./audit-log-route";
export * from "./audit-linked-dataset";
export * from "./logging-service-agent";
export * from "./gate-audit-trail";
export * from "./audit-trail-verification";
export * from "./audit-queries";
