import { Construct } from "constructs";
import { IGateAuditTrail } from "../audit/gate-audit-trail";
import { HttpProvider } from "../internal/http";
import { RandomProvider } from "../internal/random";
import { TimeProvider } from "../internal/time";
import { definePrefectProvider, PrefectConnectionProps, prefectConnectionProblems } from "../prefect/prefect-provider";
import { WorkspaceRef } from "../prefect/workspace";
import { Backend } from "./backend";
import { GatedPipeline } from "./gated-pipeline";
import { GatedPipelineProps } from "./gated-pipeline-props";
import { stackPipelinesProblems } from "./gated-pipeline-validation";
import { GoogleProjectProps } from "./google-project";
import { GOOGLE_PROVIDER_ID, GoogleStack } from "./google-stack";

export type { GoogleProjectProps };

/** The Prefect Cloud account of a stack, and the workspace its pipelines use by default. */
export interface GatedPipelineStackPrefectProps extends PrefectConnectionProps {
  /**
   * Default workspace of the stack's pipelines, e.g. `PrefectWorkspace.fromHandle("data-prod")`.
   * @default - each pipeline names its own `prefect.workspace`
   */
  readonly workspace?: WorkspaceRef;
}

/** One pipeline of a {@link GatedPipelineStack}: its id and its props. */
export interface GatedPipelineStackPipeline extends GatedPipelineProps {
  /**
   * The pipeline id (construct id), unique in the stack: names the proxy, its KVM, secrets, topic and manifest, e.g.
   * `orders`. 2-21 lowercase letters, digits and `-`, starting with a letter, not ending with `-`.
   */
  readonly id: string;
}

/** Props of {@link GatedPipelineStack}. */
export interface GatedPipelineStackProps {
  /** The Google Cloud project and region of the gate. */
  readonly google: GoogleProjectProps;
  /** The Prefect Cloud account (the API key comes from `PREFECT_API_KEY` at apply time, never from props). */
  readonly prefect: GatedPipelineStackPrefectProps;
  /**
   * Where Terraform keeps this stack's state. State holds the Prefect key and generated secrets: deploy with
   * `Backend.gcs(...)` on an encrypted, access-restricted bucket (synthesis warns about a local backend).
   * @default Backend.local() - `terraform.<stack>.tfstate` in the project root, by a relative path
   */
  readonly backend?: Backend;
  /**
   * The gated pipelines of the stack (more can be added with `addPipeline`).
   * @default - none
   */
  readonly pipelines?: readonly GatedPipelineStackPipeline[];
  /**
   * Run the policy pack at synthesis: errors block synth, the report goes to `gated-pipeline/checks.json`.
   * @default true
   */
  readonly checks?: boolean;
  /**
   * The audit trail of the stack's pipelines that name none in `audit.trail` (a `GateAuditTrail`, normally in the stack
   * an administrator applies).
   * @default - none: records stay in the project's `_Default` bucket and the policy pack warns (GP023)
   */
  readonly auditTrail?: IGateAuditTrail;
}

/** The construct ids of the stack's providers, which no pipeline can take. */
const PROVIDER_IDS = [GOOGLE_PROVIDER_ID, "prefect", "time", "http", "random"] as const;

/**
 * A stack with everything gated pipelines need around them: the google provider asking for 7.x at apply time, the
 * prefect provider pinned to the version of the generated bindings, the time, http and random providers, Terraform
 * `>= 1.11` (write-only attributes), a backend without machine-specific paths, the policy pack, and its pipelines.
 */
export class GatedPipelineStack extends GoogleStack {
  /** What pipelines of this stack inherit (the Prefect account and default workspace). */
  public readonly gatedPipelineDefaults: { readonly prefectAccountId: string; readonly workspace?: WorkspaceRef; readonly auditTrail?: IGateAuditTrail };
  private readonly pipelineList: GatedPipeline[] = [];

  public constructor(scope: Construct, id: string, props: GatedPipelineStackProps) {
    const defaults = { prefectAccountId: props.prefect.accountId, workspace: props.prefect.workspace, auditTrail: props.auditTrail };
    // Each pipeline is defined with the very props object checked with the stack's, so it takes that check instead of
    // running it again.
    const pipelines = (props.pipelines ?? []).map(({ id: pipelineId, ...pipeline }) => ({ id: pipelineId, props: pipeline }));
    // Every problem of the stack and its pipelines in one error, before anything is defined.
    super(scope, id, props, (path) => [
      ...prefectConnectionProblems(path, props.prefect),
      ...stackPipelinesProblems(path, pipelines, defaults, PROVIDER_IDS),
    ]);
    this.gatedPipelineDefaults = defaults;

    const [, prefect, time, http, random] = PROVIDER_IDS;
    definePrefectProvider(this, prefect, props.prefect);
    new TimeProvider(this, time);
    new HttpProvider(this, http);
    new RandomProvider(this, random);

    for (const pipeline of pipelines) this.addPipeline(pipeline.id, pipeline.props);
  }

  /** Adds a gated pipeline to the stack. */
  public addPipeline(id: string, props: GatedPipelineProps): GatedPipeline {
    const pipeline = new GatedPipeline(this, id, props);
    this.pipelineList.push(pipeline);
    return pipeline;
  }

  /** The stack's pipelines, in the order they were added. */
  public get pipelines(): readonly GatedPipeline[] {
    return [...this.pipelineList];
  }
}
