// The audit trail: a dedicated log bucket, the route of the gates' logs into it, a linked BigQuery dataset, the SQL
// that answers the common questions, the record reader and the evidence report. The last three are pure; the CLI
// imports them by file, never through this index, so it never loads the constructs.
export { exactLogFilter, linkIdFor, logNameClause, logNameOf } from "./log-names";
export * from "./audit-log-bucket";
export * from "./audit-log-route";
export * from "./audit-linked-dataset";
export * from "./logging-service-agent";
export * from "./gate-audit-trail";
export * from "./audit-trail-verification";
export * from "./audit-queries";
export * from "./audit-record";
export * from "./evidence-report";
