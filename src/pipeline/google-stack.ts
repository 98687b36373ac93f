import { Construct } from "constructs";
import { GatedPipelineChecks } from "../checks/gated-pipeline-checks";
import { throwProblems } from "../core/problems";
import { Aspects, TerraformStack } from "../internal/cdk";
import { GoogleProvider } from "../internal/google";
import { GOOGLE_PROVIDER_SOURCE, GOOGLE_VERSION_CONSTRAINT, TERRAFORM_REQUIRED_VERSION } from "../internal/provider-versions";
import { Backend } from "./backend";
import { GoogleProjectProps, googleProjectProblems, warnAboutUnknownRegion } from "./google-project";

/** What every stack of the library is given: its Google project, its backend, whether the policy pack runs. */
export interface GoogleStackProps {
  readonly google: GoogleProjectProps;
  readonly backend?: Backend;
  readonly checks?: boolean;
}

/** The construct id of the google provider of a stack of the library. */
export const GOOGLE_PROVIDER_ID = "google";

/**
 * The setup every stack of the library shares (`GatedPipelineStack`, `GatedPipelineAdminStack`): its props checked
 * before anything is defined, the google provider asking for 7.x at apply time, Terraform `>= 1.11`, a backend without
 * machine-specific paths, the policy pack; and, within a synthesis, one resolution of the configuration for the policy
 * pack and cdktf's synthesizer.
 */
export abstract class GoogleStack extends TerraformStack {
  /** The Google Cloud project id the stack's google provider targets. */
  public readonly googleProject: string;
  /** The default region of the stack's google provider. */
  public readonly googleRegion: string;

  private synthesisConfig?: { readonly value: ReturnType<TerraformStack["toTerraform"]> };

  /** `moreProblems` are the subclass's own, reported with the google props' in one error before anything is defined. */
  protected constructor(scope: Construct, id: string, props: GoogleStackProps, moreProblems: (path: string) => readonly string[] = () => []) {
    super(scope, id);
    const path = this.node.path;
    throwProblems(path, [...googleProjectProblems(path, props.google), ...moreProblems(path)]);
    warnAboutUnknownRegion(this, props.google);
    this.googleProject = props.google.project;
    this.googleRegion = props.google.region;

    new GoogleProvider(this, GOOGLE_PROVIDER_ID, { project: props.google.project, region: props.google.region });
    // The prebuilt google package pins 6.50.0, which cannot deploy a proxy revision with a service account or define
    // developer apps; the generated 7.x resources need the override.
    this.addOverride("terraform.required_providers.google", { source: GOOGLE_PROVIDER_SOURCE, version: GOOGLE_VERSION_CONSTRAINT });
    this.addOverride("terraform.required_version", TERRAFORM_REQUIRED_VERSION);
    (props.backend ?? Backend.local())._bind(this);
    // On the stack itself: cdktf applies aspects from each stack down, never from the app.
    if (props.checks ?? true) Aspects.of(this).add(new GatedPipelineChecks());
  }

  /**
   * The stack's Terraform configuration. Within a synthesis, the policy pack resolves it once (from its synthesis hook,
   * after which nothing changes the tree) and cdktf's own call right after reuses that result instead of resolving
   * every token a second time.
   */
  public toTerraform(): ReturnType<TerraformStack["toTerraform"]> {
    const memo = this.synthesisConfig;
    this.synthesisConfig = undefined;
    return memo ? memo.value : super.toTerraform();
  }

  /** @internal The configuration for a synthesis hook; the next `toTerraform()` (the synthesizer's) reuses it. */
  public _toTerraformForSynthesis(): ReturnType<TerraformStack["toTerraform"]> {
    const value = super.toTerraform();
    this.synthesisConfig = { value };
    return value;
  }
}
