import { IConstruct } from "constructs";
import { unknownRegionWarning } from "../core/regions";
import { PROJECT_ID, REGION, ruleProblem } from "../core/rules";
import { Annotations } from "../internal/cdk";
import type { GoogleProjectProps } from "./gated-pipeline-stack";

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
