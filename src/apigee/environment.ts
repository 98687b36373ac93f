import { Construct, IConstruct } from "constructs";
import { ApigeeEnvgroupAttachment, ApigeeEnvironment as ApigeeEnvironmentResource, ApigeeInstanceAttachment } from "../internal/google";
import { Token } from "../internal/cdk";
import { ClientIpResolution } from "./client-ip-resolution";
import { DeploymentRegistry } from "./deployment-registry";
import { IApigeeEnvironmentGroup } from "./environment-group";
import { IApigeeInstance } from "./instance";
import { IApigeeOrganization } from "./organization";
import { attributeOf, checkInteger, checkName, ENVIRONMENT_NAME, environmentNameRef } from "./validation";

/** An Apigee environment: where proxies, shared flows, key value maps and target servers are deployed. */
export interface IApigeeEnvironment extends IConstruct {
  /** The organization the environment belongs to. */
  readonly organization: IApigeeOrganization;
  /**
   * The bare environment name, e.g. `prod` (what deployments, flow hooks and attachments expect).
   * @attribute
   */
  readonly environmentName: string;
  /**
   * `organizations/{org}/environments/{env}` (what key value maps and target servers expect).
   * @attribute
   */
  readonly environmentId: string;
  /** The environment groups this app attaches the environment to (groups attached elsewhere are not known). */
  readonly environmentGroups: readonly IApigeeEnvironmentGroup[];
  /**
   * How the environment resolves `client.ip`, when this app defines it; undefined for an environment defined
   * elsewhere (its setting is not known here) or defined without one.
   * @default - not known
   */
  readonly clientIpResolution?: ClientIpResolution;
  /** Attaches the environment to `group`, so the group's hostnames route to it. Idempotent. */
  addToEnvironmentGroup(group: IApigeeEnvironmentGroup): IConstruct;
  /** Attaches the environment to a runtime `instance`, so its deployments run there. Idempotent. */
  attachToInstance(instance: IApigeeInstance): IConstruct;
}

/**
 * Pay-as-you-go environment types (`BASE`, `INTERMEDIATE`, `COMPREHENSIVE`; the Apigee environment's `type`).
 * Subscription organizations leave the type unset.
 */
export class ApigeeEnvironmentType {
  /** Basic proxies; no advanced features. */
  public static readonly BASE = new ApigeeEnvironmentType("BASE");
  /** Adds features such as advanced policies (pay-as-you-go). */
  public static readonly INTERMEDIATE = new ApigeeEnvironmentType("INTERMEDIATE");
  /** All features (pay-as-you-go). */
  public static readonly COMPREHENSIVE = new ApigeeEnvironmentType("COMPREHENSIVE");

  private constructor(public readonly value: string) {}
}

/** Props of {@link ApigeeEnvironment}. */
export interface ApigeeEnvironmentProps {
  /** The organization to define the environment in. */
  readonly organization: IApigeeOrganization;
  /** Environment name: 2-32 lowercase letters, digits and hyphens, starting with a letter. Cannot change later. */
  readonly environmentName: string;
  /**
   * Display name.
   * @default - the environment name
   */
  readonly displayName?: string;
  /**
   * Description.
   * @default - none
   */
  readonly description?: string;
  /**
   * Pay-as-you-go environment type.
   * @default - unset (the organization's default; required to stay unset on subscription organizations)
   */
  readonly type?: ApigeeEnvironmentType;
  /**
   * Minimum number of runtime nodes (pay-as-you-go only).
   * @default - Apigee's default
   */
  readonly minNodeCount?: number;
  /**
   * Maximum number of runtime nodes (pay-as-you-go only).
   * @default - Apigee's default
   */
  readonly maxNodeCount?: number;
  /**
   * Environment groups to attach the environment to; same as calling `addToEnvironmentGroup` for each.
   * @default - none
   */
  readonly environmentGroups?: readonly IApigeeEnvironmentGroup[];
  /**
   * Instances to attach the environment to; same as calling `attachToInstance` for each.
   * @default - none
   */
  readonly instances?: readonly IApigeeInstance[];
  /**
   * How the environment resolves the caller's address (`client_ip_resolution_config`), e.g.
   * `ClientIpResolution.behindGoogleLoadBalancer()`. Needed by anything keyed by `client.ip`. Changing it updates the
   * environment in place (the field is mutable in the Apigee API and the provider: magic-modules
   * `mmv1/products/apigee/Environment.yaml`), so adding it to an existing environment does not replace it.
   * @default - not configured: Apigee's default resolution, which the caller's own X-Forwarded-For can influence
   */
  readonly clientIpResolution?: ClientIpResolution;
}

abstract class ApigeeEnvironmentBase extends Construct implements IApigeeEnvironment {
  public abstract readonly organization: IApigeeOrganization;
  public abstract readonly environmentName: string;
  private readonly groups: IApigeeEnvironmentGroup[] = [];

  public get environmentId(): string {
    return this.organization.environmentId(this.environmentName);
  }

  public get environmentGroups(): readonly IApigeeEnvironmentGroup[] {
    return [...this.groups];
  }

  public addToEnvironmentGroup(group: IApigeeEnvironmentGroup): IConstruct {
    const id = `EnvironmentGroupAttachment-${attachmentKey(group.environmentGroupName, group)}`;
    const existing = this.node.tryFindChild(id);
    if (existing) return existing;
    checkSameOrganization(this, "environment group", group.node.path, group.organization);
    // References to both ends: Terraform creates the environment and the group first.
    const attachment = new ApigeeEnvgroupAttachment(this, id, {
      envgroupId: `${group.organization.organizationId}/envgroups/${attributeOf(group, "name", group.environmentGroupName)}`,
      environment: environmentNameRef(this),
      timeouts: { create: "30m", delete: "30m" },
    });
    this.groups.push(group);
    DeploymentRegistry.of(this).recheckEnvironment(this);
    return attachment;
  }

  public attachToInstance(instance: IApigeeInstance): IConstruct {
    const id = `InstanceAttachment-${attachmentKey(instance.instanceName, instance)}`;
    const existing = this.node.tryFindChild(id);
    if (existing) return existing;
    checkSameOrganization(this, "instance", instance.node.path, instance.organization);
    // Attaching an environment to an instance provisions runtime capacity; it can take tens of minutes.
    return new ApigeeInstanceAttachment(this, id, {
      instanceId: instance.instanceId,
      environment: environmentNameRef(this),
      timeouts: { create: "60m", delete: "60m" },
    });
  }
}

/**
 * Defines an Apigee environment (`google_apigee_environment`, deployment type PROXY) or, with
 * `fromEnvironmentName`, references an existing one. Either can be attached to environment groups and instances.
 */
export class ApigeeEnvironment extends ApigeeEnvironmentBase {
  /** An existing environment, by name. Defines nothing (attachments added later are defined, as usual). */
  public static fromEnvironmentName(
    scope: Construct,
    id: string,
    organization: IApigeeOrganization,
    environmentName: string,
  ): IApigeeEnvironment {
    checkName(`${scope.node.path}/${id}`, "environmentName", environmentName, ENVIRONMENT_NAME);
    return new (class extends ApigeeEnvironmentBase {
      public readonly organization = organization;
      public readonly environmentName = environmentName;
    })(scope, id);
  }

  public readonly organization: IApigeeOrganization;
  public readonly environmentName: string;
  public readonly clientIpResolution?: ClientIpResolution;
  /** The underlying `google_apigee_environment`. */
  public readonly resource: ApigeeEnvironmentResource;

  public constructor(scope: Construct, id: string, props: ApigeeEnvironmentProps) {
    super(scope, id);
    const path = this.node.path;
    checkName(path, "environmentName", props.environmentName, ENVIRONMENT_NAME);
    if (props.minNodeCount !== undefined) checkInteger(path, "minNodeCount", props.minNodeCount, 1, 1000);
    if (props.maxNodeCount !== undefined) checkInteger(path, "maxNodeCount", props.maxNodeCount, 1, 1000);
    if (
      props.minNodeCount !== undefined &&
      props.maxNodeCount !== undefined &&
      !Token.isUnresolved(props.minNodeCount) &&
      !Token.isUnresolved(props.maxNodeCount) &&
      props.minNodeCount > props.maxNodeCount
    ) {
      throw new Error(`${path}: minNodeCount ${props.minNodeCount} is greater than maxNodeCount ${props.maxNodeCount}`);
    }
    this.organization = props.organization;
    this.environmentName = props.environmentName;
    this.clientIpResolution = props.clientIpResolution;
    const nodeConfig =
      props.minNodeCount !== undefined || props.maxNodeCount !== undefined
        ? {
            minNodeCount: props.minNodeCount === undefined ? undefined : String(props.minNodeCount),
            maxNodeCount: props.maxNodeCount === undefined ? undefined : String(props.maxNodeCount),
          }
        : undefined;
    this.resource = new ApigeeEnvironmentResource(this, "Resource", {
      orgId: props.organization.organizationId,
      name: props.environmentName,
      displayName: props.displayName ?? props.environmentName,
      description: props.description,
      type: props.type?.value,
      // PROXY: an ARCHIVE environment refuses API deployments and target-server changes.
      deploymentType: "PROXY",
      nodeConfig,
      clientIpResolutionConfig: props.clientIpResolution
        ? { headerIndexAlgorithm: { ipHeaderName: props.clientIpResolution.headerName, ipHeaderIndex: props.clientIpResolution.ipHeaderIndex } }
        : undefined,
      timeouts: { create: "30m", update: "30m", delete: "30m" },
    });
    for (const group of props.environmentGroups ?? []) this.addToEnvironmentGroup(group);
    for (const instance of props.instances ?? []) this.attachToInstance(instance);
  }
}

/** The readable name when known, else the construct's address: construct ids must not hold tokens. */
function attachmentKey(name: string, target: IConstruct): string {
  return Token.isUnresolved(name) ? target.node.addr : name;
}

function checkSameOrganization(env: ApigeeEnvironmentBase, what: string, targetPath: string, org: IApigeeOrganization): void {
  const mine = env.organization.organizationName;
  const theirs = org.organizationName;
  if (!Token.isUnresolved(mine) && !Token.isUnresolved(theirs) && mine !== theirs) {
    throw new Error(
      `${env.node.path}: ${what} ${targetPath} belongs to organization ${JSON.stringify(theirs)}, ` +
        `not to the environment's organization ${JSON.stringify(mine)}`,
    );
  }
}
