/**
 * SQL for the questions reviewers ask of a gate's audit trail, over a Log Analytics view
 * (`` `<project>.<location>.<bucket>._AllLogs` ``) or the same view in the bucket's linked BigQuery dataset
 * (`` `<project>.<linkId>._AllLogs` ``). The gate writes each record as a JSON message (MessageLogging with
 * `contentType="application/json"`), which Cloud Logging stores as the entry's `jsonPayload`; the columns are
 * `log_name`, `timestamp` and `json_payload` (JSON), and fields are read with `JSON_VALUE(json_payload.<field>)`.
 * Log Analytics keeps duplicate entries (only the Logs Explorer removes duplicates by `insertId`), so every count is
 * of distinct Apigee message ids. Every field read is one of the gate contract's `AUDIT_RECORD_FIELDS`. Pure: no
 * cdktf, no constructs.
 */
import { AuditFieldName, EVENT_OUTCOMES, ROUTES } from "../gate/contract";

/** `JSON_VALUE(json_payload.<field>)`: a field of the record, by its name in the contract. */
const field = (name: AuditFieldName): string => `JSON_VALUE(json_payload.${name})`;
/** A route name of the contract, quoted for SQL. */
const route = (name: keyof typeof ROUTES): string => `'${name}'`;

/** What a query runs over. */
export interface AuditQueryTarget {
  /** The view, without backquotes: `<project>.<location>.<bucket>._AllLogs` or `<project>.<linkId>._AllLogs`. */
  readonly table: string;
  /** The gate's log: `projects/<project>/logs/<logId>`. */
  readonly logName: string;
}

/** One question and the SQL that answers it. */
export interface AuditQuery {
  readonly id: "runs-by-caller" | "refusals" | "run-story";
  readonly question: string;
  readonly sql: string;
}

/** The placeholders the README shows. */
export const AUDIT_QUERY_PLACEHOLDERS: AuditQueryTarget = { table: "PROJECT.LOCATION.BUCKET._AllLogs", logName: "projects/PROJECT/logs/LOG_ID" };

/** The quarter a review usually covers; edit the dates (a WHERE on `timestamp` overrides the console's time range). */
const PERIOD = "timestamp >= TIMESTAMP('2026-07-01') AND timestamp < TIMESTAMP('2026-10-01')";

/** The queries for one gate's log. */
export function auditQueries(target: AuditQueryTarget): AuditQuery[] {
  const from = `FROM \`${target.table}\`\nWHERE log_name = '${target.logName}'`;
  return [
    {
      id: "runs-by-caller",
      question: "Which caller started how many runs of which deployment? (201: a new run; 200: Prefect returned the run an earlier request with the same Idempotency-Key started)",
      sql: [
        "SELECT",
        `  ${field("iss")} AS issuer,`,
        `  ${field("client_id")} AS client_id,`,
        `  ${field("sub")} AS subject,`,
        `  ${field("deployment")} AS deployment,`,
        `  COUNT(DISTINCT IF(${field("status")} = '201', ${field("messageid")}, NULL)) AS runs_started,`,
        `  COUNT(DISTINCT IF(${field("status")} = '200', ${field("messageid")}, NULL)) AS idempotent_replays`,
        from,
        `  AND ${field("route")} = ${route("triggerRun")}`,
        `  AND ${PERIOD}`,
        "GROUP BY issuer, client_id, subject, deployment",
        "ORDER BY runs_started DESC",
      ].join("\n"),
    },
    {
      id: "refusals",
      question: "What did the gate refuse, with which code, and to whom? (client_id is empty when the token did not verify; iss_unverified is what the token claimed)",
      sql: [
        "SELECT",
        `  ${field("status")} AS status,`,
        `  ${field("code")} AS code,`,
        `  ${field("iss_unverified")} AS claimed_issuer,`,
        `  ${field("client_id")} AS client_id,`,
        `  ${field("route")} AS route,`,
        `  COUNT(DISTINCT ${field("messageid")}) AS refusals`,
        from,
        `  AND SAFE_CAST(${field("status")} AS INT64) >= 400`,
        `  AND ${PERIOD}`,
        "GROUP BY status, code, claimed_issuer, client_id, route",
        "ORDER BY refusals DESC",
      ].join("\n"),
    },
    {
      id: "run-story",
      question:
        "What happened to one run? (every record naming its Prefect flow run id, in order: the trigger, reads of the run, and the status events the gate accepted; a refused or duplicate event does not count)",
      sql: [
        "SELECT",
        `  ${field("messageid")} AS messageid,`,
        "  MIN(timestamp) AS first_seen,",
        `  ANY_VALUE(${field("route")}) AS route,`,
        `  ANY_VALUE(${field("status")}) AS status,`,
        `  ANY_VALUE(${field("code")}) AS code,`,
        `  ANY_VALUE(${field("client_id")}) AS client_id,`,
        `  ANY_VALUE(${field("sub")}) AS subject,`,
        `  ANY_VALUE(${field("deployment")}) AS deployment,`,
        `  ANY_VALUE(${field("state_type")}) AS state_type,`,
        `  ANY_VALUE(${field("event_id")}) AS event_id`,
        from,
        `  AND ${field("flow_run_id")} = 'FLOW_RUN_ID'`,
        `  AND (${field("route")} != ${route("statusEvents")} OR ${field("event_outcome")} = '${EVENT_OUTCOMES.accepted}')`,
        "GROUP BY messageid",
        "ORDER BY first_seen",
      ].join("\n"),
    },
  ];
}
