import { Construct } from "constructs";
import { TerraformStack } from "../internal/cdk";
import { GoogleProvider } from "../internal/google";
import { HttpProvider } from "../internal/http";
import {
  GOOGLE_PROVIDER_SOURCE,
  GOOGLE_VERSION_CONSTRAINT,
  TERRAFORM_REQUIRED_VERSION,
} from "../internal/provider-versions";
import { RandomProvider } from "../internal/random";
import { TimeProvider } from "../internal/time";
import { definePrefectProvider, PrefectConnectionProps } from "../prefect/prefect-provider";
import { Backend } from "./backend";

/** The Google Cloud project the gate lives in. */
export interface GoogleProjectProps {
  /** Project id; for Apigee X it is also the organization name. */
  readonly project: string;
  /** Default region of regional resources, e.g. `europe-west1`. */
  readonly region: string;
}

/** Props of {@link GatedPipelineStack}. */
export interface GatedPipelineStackProps {
  /** The Google Cloud project and region of the gate. */
  readonly google: GoogleProjectProps;
  /** The Prefect Cloud account (the API key comes from `PREFECT_API_KEY` at apply time, never from props). */
  readonly prefect: PrefectConnectionProps;
  /**
   * Where Terraform keeps this stack's state.
   * @default Backend.local() - `terraform.<stack>.tfstate` in the project root, by a relative path
   */
  readonly backend?: Backend;
}

const PROJECT_ID = /^[a-z][a-z0-9-]{4,28}[a-z0-9]$/;
const REGION = /^[a-z]+-[a-z]+[0-9]+$/;

/**
 * A stack with everything a gated pipeline needs around it: the google provider asking for 7.x at apply time, the
 * prefect provider pinned to the version of the generated bindings, the time, http and random providers, Terraform
 * `>= 1.11` (write-only attributes) and a backend without machine-specific paths.
 */
export class GatedPipelineStack extends TerraformStack {
  /** The Google Cloud project id the stack's google provider targets. */
  public readonly googleProject: string;
  /** The default region of the stack's google provider. */
  public readonly googleRegion: string;

  public constructor(scope: Construct, id: string, props: GatedPipelineStackProps) {
    super(scope, id);
    const path = this.node.path;
    if (!PROJECT_ID.test(props.google.project)) {
      throw new Error(
        `${path}: google.project ${JSON.stringify(props.google.project)} is not a project id ` +
          "(6-30 characters: lowercase letters, digits and hyphens, starting with a letter)",
      );
    }
    if (!REGION.test(props.google.region)) {
      throw new Error(`${path}: google.region ${JSON.stringify(props.google.region)} is not a region name such as europe-west1`);
    }
    this.googleProject = props.google.project;
    this.googleRegion = props.google.region;

    new GoogleProvider(this, "google", { project: props.google.project, region: props.google.region });
    definePrefectProvider(this, "prefect", props.prefect);
    new TimeProvider(this, "time");
    new HttpProvider(this, "http");
    new RandomProvider(this, "random");

    // The prebuilt google package pins 6.50.0; the generated 7.x resources need the override (DESIGN decision 2).
    this.addOverride("terraform.required_providers.google", {
      source: GOOGLE_PROVIDER_SOURCE,
      version: GOOGLE_VERSION_CONSTRAINT,
    });
    this.addOverride("terraform.required_version", TERRAFORM_REQUIRED_VERSION);
    (props.backend ?? Backend.local())._bind(this);
  }
}
