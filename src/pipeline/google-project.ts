import { IConstruct } from "constructs";
import { unknownRegionWarning } from "../core/regions";
import { PROJECT_ID, REGION, ruleProblem } from "../core/rules";
import { Annotations, Token } from "../internal/cdk";

/** The Google Cloud project the gate lives in. */
export interface GoogleProjectProps {
  /**
   * Project id (6-30 lowercase letters, digits and hyphens, starting with a letter, not ending with a hyphen); for
   * Apigee X it is also the organization name.
   */
  readonly project: string;
  /**
   * Default region of regional resources, e.g. `europe-west1`. A name of that shape which Google does not list gets a
   * warning (a typo, or a region newer than the library).
   */
  readonly region: string;
}

/** What is wrong with a stack's `google` props (project id, region shape), one sentence each; empty when nothing. */
export function googleProjectProblems(path: string, props: GoogleProjectProps): string[] {
  return [ruleProblem(path, "google.project", props.project, PROJECT_ID), ruleProblem(path, "google.region", props.region, REGION)].filter(
    (p): p is string => p !== undefined,
  );
}

/**
 * Warns on `stack` when the region has a region's shape but is not one Google lists: a typo would otherwise only fail at
 * apply, and a region newer than the library's list still works.
 */
export function warnAboutUnknownRegion(stack: IConstruct, props: GoogleProjectProps): void {
  const warning = REGION.pattern.test(props.region) ? unknownRegionWarning("google.region", props.region) : undefined;
  if (warning !== undefined) Annotations.of(stack).addWarning(warning);
}

/**
 * Warns on `scope` when the pipeline's Apigee organization is not the project of its `GatedPipelineStack`. The gate's
 * secrets, runtime service account, status topic and Apigee objects live in the organization's project, while the
 * stack's google provider (and a `DeployerIdentity` for the stack's project) targets `google.project`: allowed, for an
 * Apigee organization shared by gates of several projects, but far more often a typo, which then fails at apply.
 */
export function warnAboutOrganization(scope: IConstruct, organization: string, stack: IConstruct): void {
  const project = (stack as { readonly googleProject?: string }).googleProject;
  if (project === undefined || organization === project || Token.isUnresolved(organization)) return;
  Annotations.of(scope).addWarning(
    `apigee.organization ${JSON.stringify(organization)} is not the stack's google.project ${JSON.stringify(project)}: the gate's secrets, runtime service account, ` +
      `status topic and Apigee objects are created in project ${JSON.stringify(organization)}, the provider's default project is ${JSON.stringify(project)}. ` +
      `If the Apigee organization is deliberately shared, give the deployer its role in ${JSON.stringify(organization)} too; otherwise use one project for both`,
  );
}
