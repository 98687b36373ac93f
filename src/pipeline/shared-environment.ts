import { ClientIpResolution } from "../apigee/client-ip-resolution";
import { ApigeeEnvironment, IApigeeEnvironment } from "../apigee/environment";
import { ApigeeEnvironmentGroup, IApigeeEnvironmentGroup } from "../apigee/environment-group";
import { ApigeeInstance } from "../apigee/instance";
import { IApigeeOrganization } from "../apigee/organization";
import { throwProblems } from "../core/problems";
import { TerraformStack } from "../internal/cdk";
import { GatedPipelineApigeeProps } from "./gated-pipeline-props";

/** The environment group a pipeline's environment joins when the stack defines it: `environmentGroupName`, by default `<environment>-group`. */
export function environmentGroupNameOf(apigee: GatedPipelineApigeeProps): string {
  return apigee.environmentGroupName ?? `${apigee.environment}-group`;
}

/** How a defined environment resolves client addresses: `clientIpResolution`, by default behind Google's load balancer. */
export function clientIpResolutionOf(apigee: GatedPipelineApigeeProps): ClientIpResolution {
  return apigee.clientIpResolution ?? ClientIpResolution.behindGoogleLoadBalancer();
}

/** Two pipelines of stack `stackPath` sharing `environment` must resolve client addresses the same way. */
export function clientIpResolutionMismatchProblem(
  stackPath: string,
  environment: string,
  declared: ClientIpResolution,
  again: ClientIpResolution,
): string | undefined {
  if (declared.equals(again)) return undefined;
  return `${stackPath}: environment ${JSON.stringify(environment)} is declared with client IP resolution "${declared}" and again with "${again}" (pipelines sharing an environment must resolve client addresses the same way)`;
}

/** Two pipelines of stack `stackPath` sharing environment group `group` must list the same hostnames (in any order). */
export function groupHostnamesMismatchProblem(
  stackPath: string,
  group: string,
  declared: readonly string[],
  again: readonly string[],
): string | undefined {
  if (JSON.stringify([...declared].sort()) === JSON.stringify([...again].sort())) return undefined;
  return `${stackPath}: environment group ${JSON.stringify(group)} is declared with hostnames ${JSON.stringify(declared)} and again with ${JSON.stringify(again)} (pipelines sharing a group must list the same hostnames)`;
}

/**
 * The environment and environment group a pipeline is deployed to. Several pipelines of a stack often share one
 * environment ("prod"); it is defined once, as a child of the stack, so two gates cannot define it twice. A defined
 * environment resolves client addresses (`client.ip`) from X-Forwarded-For counted from the right, since the gate's
 * first spike arrest is keyed by it.
 */
export function sharedEnvironment(
  stack: TerraformStack,
  organization: IApigeeOrganization,
  props: GatedPipelineApigeeProps,
): { environment: IApigeeEnvironment; group: IApigeeEnvironmentGroup } {
  const clientIpResolution = clientIpResolutionOf(props);
  const groupName = environmentGroupNameOf(props);
  const environmentId = `ApigeeEnvironment-${props.environment}`;
  const groupId = `ApigeeEnvironmentGroup-${groupName}`;
  // A pipeline before this one may have defined both: this one must declare them alike (checked before defining anything).
  const definedEnvironment = props.existingEnvironment ? undefined : (stack.node.tryFindChild(environmentId) as IApigeeEnvironment | undefined);
  const definedGroup = props.existingEnvironmentGroup ? undefined : (stack.node.tryFindChild(groupId) as ApigeeEnvironmentGroup | undefined);
  throwProblems(
    stack.node.path,
    [
      definedEnvironment?.clientIpResolution &&
        clientIpResolutionMismatchProblem(stack.node.path, props.environment, definedEnvironment.clientIpResolution, clientIpResolution),
      definedGroup?.hostnames && groupHostnamesMismatchProblem(stack.node.path, groupName, definedGroup.hostnames, props.hostnames),
    ].filter((p): p is string => p !== undefined),
  );
  const environment =
    props.existingEnvironment ??
    definedEnvironment ??
    new ApigeeEnvironment(stack, environmentId, { organization, environmentName: props.environment, clientIpResolution });
  const group =
    props.existingEnvironmentGroup ??
    definedGroup ??
    new ApigeeEnvironmentGroup(stack, groupId, { organization, environmentGroupName: groupName, hostnames: props.hostnames });
  environment.addToEnvironmentGroup(group);
  if (props.instanceName !== undefined && !props.existingEnvironment) {
    const instanceId = `ApigeeInstance-${props.instanceName}`;
    const instance = (stack.node.tryFindChild(instanceId) as ReturnType<typeof ApigeeInstance.fromInstanceName> | undefined) ??
      ApigeeInstance.fromInstanceName(stack, instanceId, organization, props.instanceName);
    environment.attachToInstance(instance);
  }
  return { environment, group };
}
