import { Construct } from "constructs";
import { GatedPipelineChecks } from "../checks/gated-pipeline-checks";
import { throwProblems } from "../core/problems";
import { markAppliedByAdministrator } from "../core/stack-metadata";
import { Aspects, TerraformStack } from "../internal/cdk";
import { GoogleProvider } from "../internal/google";
import { GOOGLE_PROVIDER_SOURCE, GOOGLE_VERSION_CONSTRAINT, TERRAFORM_REQUIRED_VERSION } from "../internal/provider-versions";
import { Backend } from "./backend";
import { GoogleProjectProps, googleProjectProblems, warnAboutUnknownRegion } from "./google-project";

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
export class GatedPipelineAdminStack extends TerraformStack {
  public readonly googleProject: string;
  public readonly googleRegion: string;

  public constructor(scope: Construct, id: string, props: GatedPipelineAdminStackProps) {
    super(scope, id);
    const path = this.node.path;
    throwProblems(path, googleProjectProblems(path, props.google));
    warnAboutUnknownRegion(this, props.google);
    this.googleProject = props.google.project;
    this.googleRegion = props.google.region;
    new GoogleProvider(this, "google", { project: props.google.project, region: props.google.region });
    this.addOverride("terraform.required_providers.google", { source: GOOGLE_PROVIDER_SOURCE, version: GOOGLE_VERSION_CONSTRAINT });
    this.addOverride("terraform.required_version", TERRAFORM_REQUIRED_VERSION);
    markAppliedByAdministrator(this);
    (props.backend ?? Backend.local())._bind(this);
    if (props.checks ?? true) Aspects.of(this).add(new GatedPipelineChecks());
  }
}
