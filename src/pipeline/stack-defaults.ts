import { IConstruct } from "constructs";
import { IGateAuditTrail } from "../audit/gate-audit-trail";
import { WorkspaceRef } from "../prefect/workspace";

/** What a stack offers the pipelines it holds, when they do not say: a `GatedPipelineStack`'s Prefect account, workspace and audit trail. */
export interface PipelineDefaults {
  readonly prefectAccountId?: string;
  readonly workspace?: WorkspaceRef;
  readonly auditTrail?: IGateAuditTrail;
}

/** The defaults `stack` offers its pipelines (duck-typed, so a plain TerraformStack works too: it offers none). */
export function pipelineDefaultsOf(stack: IConstruct): PipelineDefaults {
  return (stack as { readonly gatedPipelineDefaults?: PipelineDefaults }).gatedPipelineDefaults ?? {};
}
