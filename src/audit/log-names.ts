/**
 * Cloud Logging names the audit trail is built from: log ids, full log names, the filter that selects exactly a set of
 * logs, and the names of buckets, sinks and exclusions. Pure: no cdktf, no constructs.
 */
import { NameRule } from "../core/rules";

/**
 * Log ids the gate may write to. Cloud Logging allows fewer than 512 characters of letters, digits, `/`, `_`, `-` and
 * `.` (LogEntry.logName reference), and a `/` must be URL-encoded (`%2F`) inside `logName`. The gate's MessageLogging
 * `<LogName>` and the sink filter must spell the log the same way, so `/` is refused rather than encoded.
 */
export const LOG_ID: NameRule = {
  pattern: /^[A-Za-z0-9_.-]{1,511}$/,
  allowed: "1-511 characters: letters, digits, '_', '-' and '.' (Cloud Logging log ids; '/' is refused because it must be URL-encoded in a log name)",
};

/**
 * User-defined log bucket ids: at most 100 characters of letters, digits, `_`, `-` and `.`, starting with a letter or
 * digit (Cloud Logging `projects.locations.buckets.create`, `bucketId`); `_Default` and `_Required` are Google's.
 */
export const BUCKET_ID: NameRule = {
  pattern: /^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$/,
  allowed: "1-100 characters: letters, digits, '_', '-' and '.', starting with a letter or digit",
};

/**
 * Sink and exclusion names: at most 100 characters of letters, digits, `_`, `-` and `.`, starting with a letter or digit
 * (Cloud Logging `LogSink.name`, `LogExclusion.name`). `_Default` and `_Required` cannot match, so the project's
 * built-in sinks are never managed (the google provider would adopt an existing sink of the same name).
 */
export const SINK_NAME: NameRule = {
  // The same characters and length as a bucket id.
  pattern: BUCKET_ID.pattern,
  allowed: "1-100 characters: letters, digits, '_', '-' and '.', starting with a letter or digit (never _Default or _Required)",
};

/** Linked BigQuery dataset ids: up to 100 letters, digits and `_` (Cloud Logging `buckets.links.create`, `linkId`). */
export const LINK_ID: NameRule = {
  pattern: /^[A-Za-z0-9_]{1,100}$/,
  allowed: "1-100 characters: letters, digits and '_' (it becomes a BigQuery dataset id)",
};


/** `projects/<project>/logs/<logId>`: the log's full name, as MessageLogging writes it and filters match it. */
export function logNameOf(project: string, logId: string): string {
  return `projects/${project}/logs/${logId}`;
}

/**
 * A Logging query that matches exactly the given logs (full names), no more: one exact `logName="..."` comparison per
 * log, joined with OR, sorted so the same logs always give the same filter. Empty input is an error (an empty sink
 * filter matches every log of the project).
 */
export function exactLogFilter(logNames: readonly string[]): string {
  const unique = [...new Set(logNames)].sort();
  if (unique.length === 0) throw new Error("a log filter needs at least one log name (an empty filter matches every log)");
  return unique.map(logNameClause).join(" OR ");
}

/** The filter clause that selects one log exactly. */
export function logNameClause(logName: string): string {
  return `logName="${logName}"`;
}

/** A linked dataset id derived from a bucket id: every character BigQuery does not allow becomes `_`. */
export function linkIdFor(bucketId: string): string {
  return bucketId.replace(/[^A-Za-z0-9_]/g, "_").slice(0, 100);
}
