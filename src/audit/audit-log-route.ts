import { Construct } from "constructs";
import { Lazy } from "../internal/cdk";
import { LoggingProjectExclusion, LoggingProjectSink } from "../internal/google";
import { IAuditLogBucket } from "./audit-log-bucket";
import { checkRule, PROJECT_ID } from "../core/rules";
import { exactLogFilter, LOG_ID, logNameOf, SINK_NAME } from "./log-names";

/** Props of {@link AuditLogRoute}. */
export interface AuditLogRouteProps {
  /** The project whose logs are routed; the bucket must be in it. */
  readonly project: string;
  /** Where the logs go. */
  readonly bucket: IAuditLogBucket;
  /**
   * Name of the sink and of the `_Default` exclusion (they live in separate namespaces).
   * @default "gate-audit"
   */
  readonly name?: string;
  /**
   * Ids of the logs routed from the start (more can be added with `addLogId`).
   * @default - none
   */
  readonly logIds?: readonly string[];
}

/**
 * Routes exactly a set of logs of a project into a dedicated bucket, and only there: a sink
 * (`google_logging_project_sink`) whose filter names each log exactly, and a `google_logging_project_exclusion` with
 * the same filter that keeps a second copy out of the `_Default` bucket. Project exclusions apply to the `_Default`
 * sink only (Logging API `projects.exclusions.create`), so the dedicated sink still receives every record. The
 * exclusion depends on the sink: it is created after the route exists and removed before it goes, so no record is
 * dropped in between. The `_Default` sink itself is never managed.
 *
 * A sink writing to a log bucket of its own project has no writer identity and needs no IAM grant (Logging API,
 * `LogSink.writerIdentity`); a bucket in another project would need one, and is refused.
 */
export class AuditLogRoute extends Construct {
  public readonly project: string;
  public readonly name: string;
  public readonly bucket: IAuditLogBucket;
  public readonly sink: LoggingProjectSink;
  public readonly exclusion: LoggingProjectExclusion;
  private readonly logIds = new Set<string>();

  public constructor(scope: Construct, id: string, props: AuditLogRouteProps) {
    super(scope, id);
    const path = this.node.path;
    this.project = props.project;
    this.name = props.name ?? "gate-audit";
    this.bucket = props.bucket;
    checkRule(path, "project", this.project, PROJECT_ID);
    checkRule(path, "name", this.name, SINK_NAME);
    if (props.bucket.project !== this.project) {
      throw new Error(
        `${path}: bucket ${JSON.stringify(props.bucket.bucketName)} is in project ${JSON.stringify(props.bucket.project)}, the logs in ${JSON.stringify(this.project)} ` +
          "(route to a bucket of the same project; a bucket in another project needs an IAM grant for the sink's writer identity and is not supported)",
      );
    }
    for (const logId of props.logIds ?? []) this.addLogId(logId);
    const empty = `${path}: routes no log (an empty sink filter would route every log of project ${this.project}); add the gates' log ids`;
    const filter = Lazy.stringValue({
      produce: () => {
        if (this.logIds.size === 0) throw new Error(empty);
        return exactLogFilter(this.logNames);
      },
    });
    this.sink = new LoggingProjectSink(this, "Sink", {
      project: this.project,
      name: this.name,
      destination: props.bucket.sinkDestination,
      filter,
      description: "Gated pipeline audit records, routed to their dedicated bucket",
    });
    this.exclusion = new LoggingProjectExclusion(this, "DefaultExclusion", {
      project: this.project,
      name: this.name,
      filter,
      description: "Gated pipeline audit records are kept in their dedicated bucket, not in _Default",
      dependsOn: [this.sink],
    });
    this.node.addValidation({ validate: () => (this.logIds.size === 0 ? [empty] : []) });
  }

  /** Routes one more log of the project (idempotent). */
  public addLogId(logId: string): void {
    checkRule(this.node.path, "log id", logId, LOG_ID);
    this.logIds.add(logId);
  }

  /** Full names of the routed logs, sorted. */
  public get logNames(): string[] {
    return [...this.logIds].sort().map((logId) => logNameOf(this.project, logId));
  }
}
