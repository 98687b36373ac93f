import { Construct } from "constructs";
import { ClientIpResolution } from "../apigee/client-ip-resolution";
import { ApigeeEnvironment, IApigeeEnvironment } from "../apigee/environment";
import { ApigeeEnvironmentGroup, IApigeeEnvironmentGroup } from "../apigee/environment-group";
import { ApigeeInstance } from "../apigee/instance";
import { IApigeeOrganization } from "../apigee/organization";
import { TerraformStack } from "../internal/cdk";
import { GatedPipelineApigeeProps } from "./gated-pipeline-props";

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
  const clientIpResolution = props.clientIpResolution ?? ClientIpResolution.behindGoogleLoadBalancer();
  const environment = props.existingEnvironment ?? findOrDefine(stack, `ApigeeEnvironment-${props.environment}`, (scope, id) =>
    new ApigeeEnvironment(scope, id, { organization, environmentName: props.environment, clientIpResolution }),
  );
  if (!props.existingEnvironment && environment.clientIpResolution && !environment.clientIpResolution.equals(clientIpResolution)) {
    throw new Error(
      `${stack.node.path}: environment ${JSON.stringify(props.environment)} is declared with client IP resolution "${environment.clientIpResolution}" and again with "${clientIpResolution}" (pipelines sharing an environment must resolve client addresses the same way)`,
    );
  }
  const groupName = props.environmentGroupName ?? `${props.environment}-group`;
  const group =
    props.existingEnvironmentGroup ??
    findOrDefine(stack, `ApigeeEnvironmentGroup-${groupName}`, (scope, id) =>
      new ApigeeEnvironmentGroup(scope, id, { organization, environmentGroupName: groupName, hostnames: props.hostnames }),
    );
  if (!props.existingEnvironmentGroup) {
    const declared = (group as ApigeeEnvironmentGroup).hostnames;
    if (declared && JSON.stringify([...declared].sort()) !== JSON.stringify([...props.hostnames].sort())) {
      throw new Error(
        `${stack.node.path}: environment group ${JSON.stringify(groupName)} is declared with hostnames ${JSON.stringify(declared)} and again with ${JSON.stringify(props.hostnames)} (pipelines sharing a group must list the same hostnames)`,
      );
    }
  }
  environment.addToEnvironmentGroup(group);
  if (props.instanceName !== undefined && !props.existingEnvironment) {
    const instanceId = `ApigeeInstance-${props.instanceName}`;
    const instance = (stack.node.tryFindChild(instanceId) as ReturnType<typeof ApigeeInstance.fromInstanceName> | undefined) ??
      ApigeeInstance.fromInstanceName(stack, instanceId, organization, props.instanceName);
    environment.attachToInstance(instance);
  }
  return { environment, group };
}

function findOrDefine<T extends Construct>(stack: TerraformStack, id: string, define: (scope: Construct, id: string) => T): T {
  return (stack.node.tryFindChild(id) as T | undefined) ?? define(stack, id);
}
