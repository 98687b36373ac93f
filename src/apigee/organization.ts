import { IConstruct } from "constructs";
import { Token } from "../internal/cdk";
import { PROJECT_ID } from "../core/rules";
import { checkName, ENVIRONMENT_NAME } from "./validation";

/**
 * An existing Apigee X organization. Apigee resources disagree on how they name their parent (the bare name or
 * `organizations/{org}`), so each id form has its own property and constructs take this object, never a raw id string.
 */
export interface IApigeeOrganization {
  /**
   * The bare organization name (on Apigee X, the project id), e.g. `acme-data-prod`. The form `google_apigee_api`,
   * `_sharedflow`, `_sharedflow_deployment`, `_flowhook` and both proxy deployment resources expect.
   */
  readonly organizationName: string;
  /**
   * `organizations/{org}`: the form `google_apigee_environment`, `_envgroup`, `_instance`, `_api_product`,
   * `_developer` and `_developer_app` expect.
   */
  readonly organizationId: string;
  /**
   * `organizations/{org}/environments/{env}`: the form key value maps and target servers expect.
   */
  environmentId(environmentName: string): string;
}

/**
 * References to Apigee X organizations. Defining an organization (a 45-minute, billing-relevant, once-per-project
 * operation) is out of scope for this library.
 */
export class ApigeeOrganization {
  /**
   * The organization named `organizationName` (the bare name, i.e. the project id; not `organizations/...`).
   * Defines nothing. `scope` only serves to name the caller in error messages.
   */
  public static fromName(organizationName: string): IApigeeOrganization;
  public static fromName(scope: IConstruct, organizationName: string): IApigeeOrganization;
  public static fromName(scopeOrName: IConstruct | string, maybeName?: string): IApigeeOrganization {
    const where = typeof scopeOrName === "string" ? "ApigeeOrganization.fromName" : scopeOrName.node.path;
    const name = typeof scopeOrName === "string" ? scopeOrName : (maybeName as string);
    if (!Token.isUnresolved(name) && name.startsWith("organizations/")) {
      throw new Error(
        `${where}: organization ${JSON.stringify(name)} is an id, not a name ` +
          `(pass the bare organization name ${JSON.stringify(name.slice("organizations/".length))}; the id forms are derived)`,
      );
    }
    // On Apigee X the organization is named after its Google Cloud project.
    checkName(where, "organization", name, PROJECT_ID);
    return new OrganizationReference(name);
  }

  private constructor() {}
}

class OrganizationReference implements IApigeeOrganization {
  public readonly organizationId: string;

  public constructor(public readonly organizationName: string) {
    this.organizationId = `organizations/${organizationName}`;
  }

  public environmentId(environmentName: string): string {
    checkName(`ApigeeOrganization ${this.organizationName}`, "environment", environmentName, ENVIRONMENT_NAME);
    return `${this.organizationId}/environments/${environmentName}`;
  }
}
