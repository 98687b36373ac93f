import { Construct, IConstruct } from "constructs";
import { ApigeeDeveloper as ApigeeDeveloperResource } from "../internal/google";
import { IApigeeOrganization } from "./organization";
import { checkName, DEVELOPER_EMAIL, sortedEntries } from "./validation";

/** An Apigee developer: the owner of developer apps (one per caller). */
export interface IApigeeDeveloper extends IConstruct {
  /** The organization the developer belongs to. */
  readonly organization: IApigeeOrganization;
  /**
   * The developer's email (lowercase); apps reference their developer by it.
   * @attribute
   */
  readonly developerEmail: string;
}

/** Props of {@link ApigeeDeveloper}. */
export interface ApigeeDeveloperProps {
  /** The organization to define the developer in. */
  readonly organization: IApigeeOrganization;
  /** Email, lowercase only (Apigee refuses uppercase), e.g. `platform-team@acme.example`. ForceNew. */
  readonly email: string;
  /**
   * User name.
   * @default - the part of the email before '@'
   */
  readonly userName?: string;
  /**
   * First name.
   * @default - the user name
   */
  readonly firstName?: string;
  /**
   * Last name.
   * @default "gated-pipeline"
   */
  readonly lastName?: string;
  /**
   * Custom attributes (name → value), rendered sorted by name.
   * @default - none
   */
  readonly attributes?: Readonly<Record<string, string>>;
}

/**
 * Defines an Apigee developer (`google_apigee_developer`). The gate's callers are machines; the developer is the team
 * that owns their apps, and exists because Apigee apps must belong to one.
 */
export class ApigeeDeveloper extends Construct implements IApigeeDeveloper {
  /** An existing developer, by email. Defines nothing. */
  public static fromEmail(scope: Construct, id: string, organization: IApigeeOrganization, email: string): IApigeeDeveloper {
    checkEmail(`${scope.node.path}/${id}`, email);
    return new DeveloperReference(scope, id, organization, email);
  }

  public readonly organization: IApigeeOrganization;
  public readonly developerEmail: string;
  /** The underlying `google_apigee_developer`. */
  public readonly resource: ApigeeDeveloperResource;

  public constructor(scope: Construct, id: string, props: ApigeeDeveloperProps) {
    super(scope, id);
    checkEmail(this.node.path, props.email);
    this.organization = props.organization;
    this.developerEmail = props.email;
    const userName = props.userName ?? props.email.split("@")[0];
    const attributes = sortedEntries(props.attributes);
    this.resource = new ApigeeDeveloperResource(this, "Resource", {
      orgId: props.organization.organizationId,
      email: props.email,
      userName,
      firstName: props.firstName ?? userName,
      lastName: props.lastName ?? "gated-pipeline",
      attributes: attributes.length > 0 ? attributes : undefined,
    });
  }
}

class DeveloperReference extends Construct implements IApigeeDeveloper {
  public constructor(
    scope: Construct,
    id: string,
    public readonly organization: IApigeeOrganization,
    public readonly developerEmail: string,
  ) {
    super(scope, id);
  }
}

function checkEmail(path: string, email: string): void {
  checkName(path, "email", email, DEVELOPER_EMAIL);
}
