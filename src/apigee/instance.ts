import { Construct, IConstruct } from "constructs";
import { IApigeeOrganization } from "./organization";
import { checkName, INSTANCE_NAME } from "./validation";

/** An Apigee X runtime instance (defined outside this library: it takes an hour and a VPC design). */
export interface IApigeeInstance extends IConstruct {
  /** The organization the instance belongs to. */
  readonly organization: IApigeeOrganization;
  /**
   * The instance name, e.g. `euw1`.
   * @attribute
   */
  readonly instanceName: string;
  /**
   * `organizations/{org}/instances/{instance}`: the form `google_apigee_instance_attachment` expects.
   * @attribute
   */
  readonly instanceId: string;
}

/** References to existing Apigee X instances; defining one is out of scope. */
export class ApigeeInstance {
  /** An existing instance, by name. Defines nothing. */
  public static fromInstanceName(scope: Construct, id: string, organization: IApigeeOrganization, instanceName: string): IApigeeInstance {
    checkName(`${scope.node.path}/${id}`, "instanceName", instanceName, INSTANCE_NAME);
    return new InstanceReference(scope, id, organization, instanceName);
  }

  private constructor() {}
}

class InstanceReference extends Construct implements IApigeeInstance {
  public readonly instanceId: string;

  public constructor(
    scope: Construct,
    id: string,
    public readonly organization: IApigeeOrganization,
    public readonly instanceName: string,
  ) {
    super(scope, id);
    this.instanceId = `${organization.organizationId}/instances/${instanceName}`;
  }
}
