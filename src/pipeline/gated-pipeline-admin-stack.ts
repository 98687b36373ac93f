import { Construct } from "constructs";
import { markAppliedByAdministrator } from "../core/stack-metadata";
import { Backend } from "./backend";
import { GoogleProjectProps } from "./google-project";
import { GoogleStack } from "./google-stack";

/** Props of {@link GatedPipelineAdminStack}. */
export interface GatedPipelineAdminStackProps {
  /** The Google Cloud project and region of the environment. */
  readonly google: GoogleProjectProps;
  /**
   * Where Terraform keeps this stack's state.
   * @default Backend.local() - `terraform.<stack>.tfstate` in the project root, by a relative path
   */
  readonly backend?: Backend;
  /**
   * Run the policy pack at synthesis.
   * @default true
   */
  readonly checks?: boolean;
}

/**
 * The stack an administrator applies, once per environment and before CI deploys any gate there: what the CI deployer
 * must not be able to change itself. Put the environment's `DeployerIdentity` and `GateAuditTrail` in it; gate stacks
 * (`GatedPipelineStack`) name the trail and verify at plan time that it routes their logs.
 *
 * The google provider asks for the same 7.x line as `GatedPipelineStack`, Terraform `>= 1.11`, a backend without
 * machine-specific paths, and the policy pack. `cdk.tf.json` records `"//": {"gated_pipeline": {"applied_by":
 * "administrator"}}`, so tools can tell it from the stacks CI applies.
 */
export class GatedPipelineAdminStack extends GoogleStack {
  public constructor(scope: Construct, id: string, props: GatedPipelineAdminStackProps) {
    super(scope, id, props);
    markAppliedByAdministrator(this);
  }
}
