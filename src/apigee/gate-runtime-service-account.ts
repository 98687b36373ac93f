import { Construct, IConstruct } from "constructs";
import { checkRule, SERVICE_ACCOUNT_EMAIL, SERVICE_ACCOUNT_ID } from "../core/rules";
import { IPrincipal, Principal } from "../identity/principal";
import { Token } from "../internal/cdk";
import { ProjectIamMember, ServiceAccount } from "../internal/google";
import { ISecret } from "../secrets/secret";
import { IApigeeOrganization } from "./organization";

/** The Google identity an Apigee proxy or shared flow runs as (its deployment's `service_account`). */
export interface IGateRuntimeServiceAccount extends IConstruct {
  /**
   * The service account email, e.g. `orders-gate@acme-data-prod.iam.gserviceaccount.com` (a Terraform reference for
   * an account defined in the stack).
   * @attribute
   */
  readonly serviceAccountEmail: string;
  /**
   * The IAM member form, `serviceAccount:{email}` (a Terraform reference for an account defined in the stack).
   * @attribute
   */
  readonly serviceAccountMember: string;
  /** The account as a principal roles are granted to. */
  readonly principal: IPrincipal;
}

/** Props of {@link GateRuntimeServiceAccount}. */
export interface GateRuntimeServiceAccountProps {
  /** The Apigee organization whose proxies run as this account. */
  readonly organization: IApigeeOrganization;
  /** Account id: 6-30 lowercase letters, digits and hyphens, starting with a letter and ending with a letter or digit. */
  readonly accountId: string;
  /**
   * The project to define the account in and to write logs to.
   * @default - the organization name (an Apigee X organization is named after its project)
   */
  readonly project?: string;
  /**
   * Display name.
   * @default - "Apigee gate runtime ({accountId})"
   */
  readonly displayName?: string;
  /**
   * A secret the proxy reads at runtime (e.g. the Prefect key); the account gets `roles/secretmanager.secretAccessor`
   * on that secret alone. `grantSecretRead` grants others the same way.
   * @default - no secret access
   */
  readonly readableSecret?: ISecret;
}

/**
 * The service account a gate proxy is deployed with, holding only what the proxy does at runtime:
 * - `roles/logging.logWriter` on the project, for the MessageLogging audit record to Cloud Logging. Log writing has
 *   no narrower grant: logs are written to a project's log bucket and the role is only grantable at project (or
 *   higher) level.
 * - `roles/secretmanager.secretAccessor` on the secrets it reads, bound on each secret, never on the project.
 *
 * Grants name the account by reference (`google_service_account.<id>.member`), so Terraform creates the account first.
 *
 * Whoever runs `terraform apply` also needs `iam.serviceAccounts.actAs` on this account to deploy a proxy with it
 * (standard GCP behaviour, unverified here); that is the deployer's grant, not defined by this construct.
 */
export class GateRuntimeServiceAccount extends Construct implements IGateRuntimeServiceAccount {
  /** An existing service account, by email. Defines nothing. */
  public static fromEmail(scope: Construct, id: string, email: string): IGateRuntimeServiceAccount {
    if (!Token.isUnresolved(email)) checkRule(`${scope.node.path}/${id}`, "email", email, SERVICE_ACCOUNT_EMAIL);
    return new ServiceAccountReference(scope, id, email);
  }

  public readonly serviceAccountEmail: string;
  public readonly serviceAccountMember: string;
  public readonly principal: IPrincipal;
  /** The underlying `google_service_account`. */
  public readonly resource: ServiceAccount;
  private readonly grantList: IConstruct[] = [];
  /** Keeps the construct ids of secret bindings what they were when grants named the account by a literal. */
  private readonly bindingId: string;

  public constructor(scope: Construct, id: string, props: GateRuntimeServiceAccountProps) {
    super(scope, id);
    if (!Token.isUnresolved(props.accountId)) checkRule(this.node.path, "accountId", props.accountId, SERVICE_ACCOUNT_ID);
    const project = props.project ?? props.organization.organizationName;
    this.resource = new ServiceAccount(this, "Resource", {
      accountId: props.accountId,
      project,
      displayName: props.displayName ?? `Apigee gate runtime (${props.accountId})`,
      // Updated in place (the provider patches `description`), so correcting it never replaces the account.
      description: "Runtime identity of an Apigee gate proxy: writes audit logs, reads the secrets and publishes to the topics it is granted",
    });
    this.serviceAccountEmail = this.resource.email;
    this.serviceAccountMember = this.resource.member;
    this.principal = Principal.fromMember(this.serviceAccountMember);
    this.bindingId = `Read-serviceAccount:${props.accountId}@${project}.iam.gserviceaccount.com`;

    // Log writing has no grant narrower than the project. The CI deployer may grant exactly this project role
    // (DeployerIdentity's condition on setIamPolicy).
    this.grantList.push(new ProjectIamMember(this, "LogWriter", {
      project,
      role: "roles/logging.logWriter",
      member: this.serviceAccountMember,
    }));
    if (props.readableSecret) this.grantSecretRead(props.readableSecret);
  }

  /** The IAM bindings defined for the account (log writing, and each secret read). */
  public get grants(): readonly IConstruct[] {
    return [...this.grantList];
  }

  /**
   * Lets the account read `secret` (`roles/secretmanager.secretAccessor` on that secret alone). Call it before the
   * proxy that runs as this account is constructed: its deployment waits for the grants.
   */
  public grantSecretRead(secret: ISecret): IConstruct {
    const grant = secret.grantRead(this.principal, { id: this.bindingId });
    if (!this.grantList.includes(grant)) this.grantList.push(grant);
    return grant;
  }
}

class ServiceAccountReference extends Construct implements IGateRuntimeServiceAccount {
  public readonly serviceAccountMember: string;
  public readonly principal: IPrincipal;

  public constructor(
    scope: Construct,
    id: string,
    public readonly serviceAccountEmail: string,
  ) {
    super(scope, id);
    this.principal = Principal.serviceAccount(serviceAccountEmail);
    this.serviceAccountMember = this.principal.member;
  }
}
