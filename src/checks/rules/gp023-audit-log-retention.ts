import { logNameClause } from "../../audit/log-names";
import { recordedAuditTrails } from "../../core/stack-metadata";
import { readPolicies } from "../bundle-model";
import { Rule, RuleResult } from "../model";
import { dataSources, references, resolveReference, resourcesOfType, TfBody } from "../terraform-model";
import { child, text } from "../xml";
import { fail, pass } from "./helpers";

/** The shortest retention accepted for a gate's audit records. */
export const MIN_AUDIT_RETENTION_DAYS = 90;
/** A user-defined bucket without `retention_days` keeps entries this long (google provider default). */
const DEFAULT_BUCKET_RETENTION_DAYS = 30;
const BUCKET_DESTINATION = /^logging\.googleapis\.com\/projects\/([^/]+)\/locations\/([^/]+)\/buckets\/([^/]+)$/;

/** A place the check found the gate's log routed to, and what it knows about the bucket. */
interface Route {
  readonly via: string;
  readonly bucket: string;
  /** undefined: not known from this stack. */
  readonly retentionDays?: number;
  readonly problem?: string;
}

/** A sink filter that is nothing but exact `logName="..."` comparisons joined with OR: it routes whole logs. */
function routesWholeLog(filter: unknown, logName: string): boolean {
  if (typeof filter !== "string") return false;
  const clauses = filter.split(/\s+OR\s+/).map((c) => c.trim());
  return clauses.every((c) => /^logName="[^"]+"$/.test(c)) && clauses.includes(logNameClause(logName));
}

/** Sinks of this stack routing the log, with the bucket they write to. */
function managedRoutes(config: TfBody, logName: string): Route[] {
  return resourcesOfType(config, "google_logging_project_sink")
    .filter((sink) => routesWholeLog(sink.body.filter, logName))
    .map((sink) => {
      const destination = String(sink.body.destination ?? "");
      const problems: string[] = [];
      if (sink.body.disabled === true) problems.push("the sink is disabled");
      if (Array.isArray(sink.body.exclusions) && sink.body.exclusions.length > 0) problems.push("the sink has exclusions of its own");
      const ref = references(destination).find((r) => !r.data && r.type === "google_logging_project_bucket_config");
      const bucket = ref ? resolveReference(config, ref) : bucketByName(config, destination);
      const literal = BUCKET_DESTINATION.exec(destination);
      const bucketId = bucket?.bucket_id ?? literal?.[3];
      if (!bucket && !literal) problems.push(`its destination ${JSON.stringify(destination)} is not a log bucket`);
      if (bucketId === "_Default" || bucketId === "_Required") problems.push(`its destination is the ${bucketId} bucket`);
      return {
        via: sink.id,
        bucket: ref ? `google_logging_project_bucket_config.${ref.name}` : destination.replace(/^logging\.googleapis\.com\//, ""),
        retentionDays: bucket ? (typeof bucket.retention_days === "number" ? bucket.retention_days : DEFAULT_BUCKET_RETENTION_DAYS) : undefined,
        problem: problems.length > 0 ? problems.join("; ") : undefined,
      };
    });
}

/** The bucket config of this stack a literal destination names. */
function bucketByName(config: TfBody, destination: string): TfBody | undefined {
  const m = BUCKET_DESTINATION.exec(destination);
  if (!m) return undefined;
  return resourcesOfType(config, "google_logging_project_bucket_config").find(
    (b) => b.body.project === m[1] && b.body.location === m[2] && b.body.bucket_id === m[3],
  )?.body;
}

/** Trails applied elsewhere that this stack verifies at plan time (a sink data source with postconditions). */
function verifiedRoutes(config: TfBody, logName: string): Route[] {
  const recorded: Record<string, TfBody> = recordedAuditTrails(config);
  const sinks = new Map(dataSources(config).map((d) => [d.id, d.body]));
  return Object.values(recorded)
    .filter((r) => r?.log_name === logName)
    .map((r) => {
      const body = sinks.get(String(r.data_source));
      const conditions: string[] = (body?.lifecycle?.postcondition ?? []).map((p: TfBody) => String(p?.condition ?? ""));
      const verified = conditions.some((c) => c.includes("strcontains(self.filter") && c.includes(JSON.stringify(logNameClause(logName))));
      const bucket = String(r.bucket ?? "");
      const problems: string[] = [];
      if (!verified) problems.push(`${r.data_source} does not verify at plan time that the sink routes the log`);
      if (/\/buckets\/(_Default|_Required)$/.test(bucket)) problems.push(`its destination is the ${bucket.split("/").pop()} bucket`);
      return {
        via: String(r.data_source),
        bucket,
        retentionDays: typeof r.retention_days === "number" ? r.retention_days : undefined,
        problem: problems.length > 0 ? problems.join("; ") : undefined,
      };
    });
}

function judge(resource: string, policyName: string, logName: string, routes: readonly Route[]): RuleResult {
  if (routes.length === 0) {
    return fail(
      resource,
      `MessageLogging ${policyName} writes to ${logName}, which no sink of this stack routes to a dedicated log bucket and no data.google_logging_sink verifies: ` +
        `the records stay in the _Default bucket (${DEFAULT_BUCKET_RETENTION_DAYS} days, mixed with every other log)`,
    );
  }
  const good = routes.find((r) => !r.problem && r.retentionDays !== undefined && r.retentionDays >= MIN_AUDIT_RETENTION_DAYS);
  if (good) return pass(resource, `MessageLogging ${policyName} writes to ${logName}, routed by ${good.via} to ${good.bucket}, kept ${good.retentionDays} days`);
  const why = routes.map((r) =>
    r.problem
      ? `${r.via}: ${r.problem}`
      : r.retentionDays === undefined
        ? `${r.via} routes it to ${r.bucket}, whose retention is not known in this stack`
        : `${r.via} routes it to ${r.bucket}, which keeps it ${r.retentionDays} days (under ${MIN_AUDIT_RETENTION_DAYS})`,
  );
  return fail(resource, `MessageLogging ${policyName} writes to ${logName}: ${why.join("; ")}`);
}

export const GP023: Rule = {
  id: "GP023",
  level: "warning",
  core: false,
  title: `every gate's audit log is routed to a dedicated log bucket that keeps it at least ${MIN_AUDIT_RETENTION_DAYS} days`,
  fix: `name a GateAuditTrail in the pipeline's audit.trail (or the stack's auditTrail), with a retention of at least Duration.days(${MIN_AUDIT_RETENTION_DAYS})`,
  check(input) {
    const results: RuleResult[] = [];
    for (const [type, folder] of [["google_apigee_api", "apiproxy"], ["google_apigee_sharedflow", "sharedflowbundle"]] as const) {
      for (const { body } of resourcesOfType(input.config, type)) {
        const configBundle = String(body.config_bundle ?? "");
        const files = input.bundles.get(configBundle);
        if (!files) continue;
        for (const policy of readPolicies(configBundle, files, folder).values()) {
          if (policy.type !== "MessageLogging" || !policy.enabled) continue;
          const template = text(child(child(policy.node, "CloudLogging"), "LogName"));
          if (template === undefined) continue;
          // Apigee resolves {organization.name} at runtime: the organization the bundle is uploaded to.
          const org = typeof body.org_id === "string" && !body.org_id.includes("${") ? body.org_id.replace(/^organizations\//, "") : undefined;
          const logName = org ? template.replace(/\{organization\.name\}/g, org) : template;
          results.push(judge(policy.location, policy.name, logName, [...managedRoutes(input.config, logName), ...verifiedRoutes(input.config, logName)]));
        }
      }
    }
    return results;
  },
};
