import { Construct, IConstruct } from "constructs";
import { ApigeeEnvgroup } from "../internal/google";
import { IApigeeOrganization } from "./organization";
import { checkHostname, checkName, ENVIRONMENT_GROUP_NAME } from "./validation";

/** An Apigee environment group: the hostnames callers use, routed to the environments attached to it. */
export interface IApigeeEnvironmentGroup extends IConstruct {
  /** The organization the group belongs to. */
  readonly organization: IApigeeOrganization;
  /**
   * The group name, e.g. `gate`.
   * @attribute
   */
  readonly environmentGroupName: string;
  /**
   * `organizations/{org}/envgroups/{group}`: the form `google_apigee_envgroup_attachment` expects.
   * @attribute
   */
  readonly environmentGroupId: string;
}

/** Props of {@link ApigeeEnvironmentGroup}. */
export interface ApigeeEnvironmentGroupProps {
  /** The organization to define the group in. */
  readonly organization: IApigeeOrganization;
  /** Group name: 1-63 lowercase letters, digits and hyphens; unique in the organization. */
  readonly environmentGroupName: string;
  /**
   * Hostnames routed to this group, e.g. `api.acme.example`. Their DNS and TLS (load balancer) are not defined here.
   * Wildcards are refused: whether Apigee accepts them is unverified.
   */
  readonly hostnames: readonly string[];
}

abstract class ApigeeEnvironmentGroupBase extends Construct implements IApigeeEnvironmentGroup {
  public abstract readonly organization: IApigeeOrganization;
  public abstract readonly environmentGroupName: string;

  public get environmentGroupId(): string {
    return `${this.organization.organizationId}/envgroups/${this.environmentGroupName}`;
  }
}

/** Defines an Apigee environment group (`google_apigee_envgroup`) with its hostnames. */
export class ApigeeEnvironmentGroup extends ApigeeEnvironmentGroupBase {
  /** An existing group, by name. Defines nothing. */
  public static fromGroupName(
    scope: Construct,
    id: string,
    organization: IApigeeOrganization,
    environmentGroupName: string,
  ): IApigeeEnvironmentGroup {
    checkName(`${scope.node.path}/${id}`, "environmentGroupName", environmentGroupName, ENVIRONMENT_GROUP_NAME);
    return new (class extends ApigeeEnvironmentGroupBase {
      public readonly organization = organization;
      public readonly environmentGroupName = environmentGroupName;
    })(scope, id);
  }

  public readonly organization: IApigeeOrganization;
  public readonly environmentGroupName: string;
  /** The hostnames of the group. */
  public readonly hostnames: readonly string[];
  /** The underlying `google_apigee_envgroup`. */
  public readonly resource: ApigeeEnvgroup;

  public constructor(scope: Construct, id: string, props: ApigeeEnvironmentGroupProps) {
    super(scope, id);
    const path = this.node.path;
    checkName(path, "environmentGroupName", props.environmentGroupName, ENVIRONMENT_GROUP_NAME);
    if (props.hostnames.length === 0) {
      throw new Error(`${path}: hostnames is empty (an environment group needs at least one hostname)`);
    }
    const seen = new Set<string>();
    for (const host of props.hostnames) {
      checkHostname(path, "hostname", host);
      if (seen.has(host)) throw new Error(`${path}: hostname ${JSON.stringify(host)} is listed twice`);
      seen.add(host);
    }
    this.organization = props.organization;
    this.environmentGroupName = props.environmentGroupName;
    this.hostnames = [...props.hostnames];
    this.resource = new ApigeeEnvgroup(this, "Resource", {
      orgId: props.organization.organizationId,
      name: props.environmentGroupName,
      hostnames: [...props.hostnames],
      timeouts: { create: "30m", update: "30m", delete: "30m" },
    });
  }
}
