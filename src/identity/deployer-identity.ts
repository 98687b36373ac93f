import { Construct } from "constructs";
import { checkRule, PROJECT_ID, SERVICE_ACCOUNT_ID } from "../core/rules";
import { markAppliedByAdministrator } from "../core/stack-metadata";
import { TerraformStack } from "../internal/cdk";
import {
  IamWorkloadIdentityPool,
  IamWorkloadIdentityPoolProvider,
  ProjectIamCustomRole,
  ProjectIamMember,
  ServiceAccount,
  ServiceAccountIamMember,
} from "../internal/google";
import { CiProvider } from "./ci-provider";
import { DeployerOutputs, outputPrefix } from "./deployer-outputs";
import { CONDITIONED_PERMISSIONS, DEPLOYER_GRANTABLE_PROJECT_ROLES, GATE_DEPLOYER_PERMISSIONS } from "./deployer-permissions";

/** Permissions that would let the deployer escalate, mint long-lived keys or read the secrets it writes. */
const FORBIDDEN_PERMISSIONS = [
  /^resourcemanager\.(projects|folders|organizations)\.setIamPolicy$/,
  /^iam\.roles\./,
  /^iam\.serviceAccountKeys\./,
  /^iam\.serviceAccounts\.(getAccessToken|signBlob|signJwt|implicitDelegation|getOpenIdToken)$/,
  /^iam\.workloadIdentityPool/,
  /^secretmanager\.versions\.access$/,
  /^cloudkms\.cryptoKeyVersions\.useToDecrypt(ViaDelegation)?$/,
];

/** Props of {@link DeployerIdentity}. */
export interface DeployerIdentityProps {
  /** The CI system, repository and branch allowed to deploy. */
  readonly ci: CiProvider;
  /** The project the gate is deployed into; the custom role and its binding live there. */
  readonly project: string;
  /**
   * The workload identity pool id: 4-32 characters of lowercase letters, digits and `-` (no `gcp-` prefix).
   * @default "ci-deployers"
   */
  readonly poolId?: string;
  /**
   * The pool provider id: 4-32 characters of lowercase letters, digits and `-`.
   * @default - `github-actions` or `gitlab`
   */
  readonly providerId?: string;
  /**
   * The deployer service account's id.
   * @default "gate-deployer"
   */
  readonly serviceAccountId?: string;
  /**
   * The custom role's id: 3-54 letters, digits, `_` and `.` (the project IAM role, `<roleId>ProjectIam`, must fit
   * IAM's 64).
   * @default "gatedPipelineDeployer"
   */
  readonly roleId?: string;
  /**
   * Permissions added to the deployer role's own (derived from {@link DEPLOYER_PERMISSION_TABLE}; see
   * {@link DeployerIdentity.permissions}), e.g. for resources your own stacks add. Escalating ones
   * (project `setIamPolicy`, `iam.roles.*`, service-account keys or token minting, pool management,
   * `secretmanager.versions.access`, Cloud KMS decryption) are refused.
   * @default - none
   */
  readonly additionalPermissions?: readonly string[];
  /**
   * Project-level roles, beyond those the library grants (`roles/logging.logWriter`), that the deployer may grant and
   * revoke, e.g. for project IAM members your own stacks add. The deployer may grant them to anyone, itself included,
   * so basic roles, admin roles, roles of IAM or Resource Manager (which would let it widen its own access) and roles
   * that read secrets or decrypt (`roles/secretmanager.secretAccessor`, the Cloud KMS decrypter roles) are refused.
   * @default - none
   */
  readonly additionalGrantableProjectRoles?: readonly string[];
}

const POOL_ID = /^[a-z0-9-]{4,32}$/;
const ROLE_ID = /^[A-Za-z0-9_.]{3,64}$/;
const PERMISSION = /^[a-z][a-zA-Z0-9]*(\.[a-zA-Z0-9]+){2}$/;
const PREDEFINED_ROLE = /^roles\/[A-Za-z0-9_.]{1,128}$/;
/** Roles the deployer may never hand out: they would let it (or whoever it grants them) widen access. */
const UNGRANTABLE_ROLE = /^roles\/(owner|editor|viewer|iam\..*|resourcemanager\..*|.*[aA]dmin)$/;
/**
 * Predefined roles UNGRANTABLE_ROLE's names miss that carry a permission of FORBIDDEN_PERMISSIONS, with that permission
 * (IAM roles and permissions index: Secret Manager roles, Cloud Key Management Service roles). Granted at project level
 * they reach every secret or key of the project.
 */
const ROLES_WITH_FORBIDDEN_PERMISSIONS: Readonly<Record<string, string>> = {
  "roles/secretmanager.secretAccessor": "secretmanager.versions.access",
  "roles/cloudkms.cryptoKeyDecrypter": "cloudkms.cryptoKeyVersions.useToDecrypt",
  "roles/cloudkms.cryptoKeyEncrypterDecrypter": "cloudkms.cryptoKeyVersions.useToDecrypt",
  "roles/cloudkms.cryptoOperator": "cloudkms.cryptoKeyVersions.useToDecrypt",
  "roles/cloudkms.cryptoKeyDecrypterViaDelegation": "cloudkms.cryptoKeyVersions.useToDecryptViaDelegation",
  "roles/cloudkms.cryptoKeyEncrypterDecrypterViaDelegation": "cloudkms.cryptoKeyVersions.useToDecryptViaDelegation",
};

/**
 * Keyless deploys from CI: a Workload Identity Federation pool and OIDC provider pinned to one repository and branch, a
 * deployer service account that only those CI runs may impersonate (`roles/iam.workloadIdentityUser` on that account
 * for the pinned principal set), and two custom roles — no predefined admin role, no primitive role, and never a
 * `google_service_account_key`:
 * - the deployer role, derived from {@link DEPLOYER_PERMISSION_TABLE}: what Terraform needs to create, read, update
 *   and delete every resource type a gate stack holds;
 * - `resourcemanager.projects.setIamPolicy` alone, bound under an IAM condition that lets a setIamPolicy call add or
 *   remove grants of {@link grantableProjectRoles} only (the proxy runtime's `roles/logging.logWriter`, which exists
 *   only at project level, and `additionalGrantableProjectRoles`). The condition limits which roles, not to whom: the
 *   deployer can grant those roles to itself, so none of them may widen access, mint credentials or read secrets.
 *
 * Apply it with an administrator's credentials, in its own stack: the deployer cannot manage its own pool, roles or
 * grants. Re-apply it (an administrator) before CI deploys a library version whose gate stacks hold new resource
 * types: the role follows the table. CI authenticates with `workloadIdentityProviderName` and `serviceAccountEmail`.
 * The construct marks its stack as administrator-applied, which the policy pack (GP020) reads.
 */
export class DeployerIdentity extends Construct {
  /** The permissions of the deployer's custom role, sorted. */
  public readonly permissions: readonly string[];
  /** `projects/<number>/locations/global/workloadIdentityPools/<pool>/providers/<provider>`, for CI's auth step. */
  public readonly workloadIdentityProviderName: string;
  /** The deployer service account's email, for CI's auth step. */
  public readonly serviceAccountEmail: string;
  /** The principal set of the pinned CI runs. */
  public readonly principalSet: string;
  public readonly pool: IamWorkloadIdentityPool;
  public readonly provider: IamWorkloadIdentityPoolProvider;
  public readonly serviceAccount: ServiceAccount;
  public readonly role: ProjectIamCustomRole;
  /** The project roles the deployer may grant and revoke, sorted. */
  public readonly grantableProjectRoles: readonly string[];
  /** The custom role holding only `resourcemanager.projects.setIamPolicy`, bound under the grant-limiting condition. */
  public readonly projectIamRole: ProjectIamCustomRole;
  /**
   * Terraform outputs for CI: `<id>_workload_identity_provider`, `<id>_service_account_email` and
   * `<id>_service_account_unique_id`, with the construct id in snake case (`deployer_...` for id `Deployer`).
   */
  public readonly outputs: DeployerOutputs;

  public constructor(scope: Construct, id: string, props: DeployerIdentityProps) {
    super(scope, id);
    const path = this.node.path;
    checkRule(path, "project", props.project, PROJECT_ID);
    const poolId = props.poolId ?? "ci-deployers";
    const providerId = props.providerId ?? props.ci.defaultProviderId;
    for (const [field, value] of [["poolId", poolId], ["providerId", providerId]] as const) {
      if (!POOL_ID.test(value) || value.startsWith("gcp-")) {
        throw new Error(`${path}: ${field} ${JSON.stringify(value)} is not allowed (4-32 characters: lowercase letters, digits and '-', not starting with 'gcp-')`);
      }
    }
    const accountId = props.serviceAccountId ?? "gate-deployer";
    checkRule(path, "serviceAccountId", accountId, SERVICE_ACCOUNT_ID);
    const roleId = props.roleId ?? "gatedPipelineDeployer";
    if (!ROLE_ID.test(roleId)) {
      throw new Error(`${path}: roleId ${JSON.stringify(roleId)} is not allowed (3-64 characters: letters, digits, '_' and '.')`);
    }
    for (const permission of props.additionalPermissions ?? []) {
      if (!PERMISSION.test(permission)) {
        throw new Error(`${path}: permission ${JSON.stringify(permission)} is not allowed (service.resource.verb, e.g. 'pubsub.subscriptions.create')`);
      }
      if (FORBIDDEN_PERMISSIONS.some((p) => p.test(permission))) {
        throw new Error(
          `${path}: permission ${JSON.stringify(permission)} is not allowed (it would let the deployer widen its own access, mint credentials or read secrets)`,
        );
      }
    }
    const projectIamRoleId = `${roleId}ProjectIam`;
    if (!ROLE_ID.test(projectIamRoleId)) {
      throw new Error(`${path}: roleId ${JSON.stringify(roleId)} is too long (the project IAM role ${JSON.stringify(projectIamRoleId)} must fit 64 characters)`);
    }
    for (const role of props.additionalGrantableProjectRoles ?? []) {
      if (!PREDEFINED_ROLE.test(role) || UNGRANTABLE_ROLE.test(role)) {
        throw new Error(
          `${path}: additionalGrantableProjectRoles ${JSON.stringify(role)} is not allowed (a predefined role 'roles/<service>.<role>'; ` +
            "not a basic role, an admin role or a role of iam or resourcemanager, which would let the deployer widen access)",
        );
      }
      const carried = ROLES_WITH_FORBIDDEN_PERMISSIONS[role];
      if (carried !== undefined) {
        throw new Error(
          `${path}: additionalGrantableProjectRoles ${JSON.stringify(role)} is not allowed (it carries ${carried}, which the deployer may not hold: ` +
            "it could grant the role to itself and read or decrypt every secret of the project)",
        );
      }
    }
    this.permissions = [...new Set([...GATE_DEPLOYER_PERMISSIONS, ...(props.additionalPermissions ?? [])])].sort();
    this.grantableProjectRoles = [...new Set([...DEPLOYER_GRANTABLE_PROJECT_ROLES, ...(props.additionalGrantableProjectRoles ?? [])])].sort();

    this.pool = new IamWorkloadIdentityPool(this, "Pool", {
      project: props.project,
      workloadIdentityPoolId: poolId,
      displayName: "CI deployers",
      description: "CI runs allowed to deploy gated pipelines",
    });
    this.provider = new IamWorkloadIdentityPoolProvider(this, "Provider", {
      project: props.project,
      workloadIdentityPoolId: this.pool.workloadIdentityPoolId,
      workloadIdentityPoolProviderId: providerId,
      displayName: providerId,
      description: props.ci.description,
      attributeMapping: { ...props.ci.attributeMapping },
      attributeCondition: props.ci.attributeCondition,
      oidc: { issuerUri: props.ci.issuerUri },
    });
    this.serviceAccount = new ServiceAccount(this, "ServiceAccount", {
      project: props.project,
      accountId,
      displayName: "Gated pipeline deployer",
      description: `Deploys gated pipelines from ${props.ci.description}`,
    });
    this.principalSet = `principalSet://iam.googleapis.com/${this.pool.name}/${props.ci.principalAttribute}`;
    new ServiceAccountIamMember(this, "WorkloadIdentityUser", {
      serviceAccountId: this.serviceAccount.name,
      role: "roles/iam.workloadIdentityUser",
      member: this.principalSet,
    });
    this.role = new ProjectIamCustomRole(this, "Role", {
      project: props.project,
      roleId,
      title: "Gated pipeline deployer",
      description: "What cdktf deploy of a gated pipeline needs; nothing to widen its own access",
      permissions: [...this.permissions],
    });
    new ProjectIamMember(this, "RoleBinding", {
      project: props.project,
      role: this.role.name,
      member: this.serviceAccount.member,
    });
    this.projectIamRole = new ProjectIamCustomRole(this, "ProjectIamRole", {
      project: props.project,
      roleId: projectIamRoleId,
      title: "Gated pipeline deployer: project grants",
      description: "Project setIamPolicy, bound only for the project roles a gate grants",
      permissions: [...CONDITIONED_PERMISSIONS],
    });
    new ProjectIamMember(this, "ProjectIamRoleBinding", {
      project: props.project,
      role: this.projectIamRole.name,
      member: this.serviceAccount.member,
      condition: {
        title: "Only the gate's project roles",
        description: `setIamPolicy may add or remove grants of ${this.grantableProjectRoles.join(", ")} only`,
        expression: grantLimit(this.grantableProjectRoles),
      },
    });
    markAppliedByAdministrator(TerraformStack.of(this));
    this.workloadIdentityProviderName = this.provider.name;
    this.serviceAccountEmail = this.serviceAccount.email;
    this.outputs = new DeployerOutputs(this, "Outputs", {
      prefix: outputPrefix(id),
      workloadIdentityProviderName: this.workloadIdentityProviderName,
      serviceAccountEmail: this.serviceAccountEmail,
      serviceAccountUniqueId: this.serviceAccount.uniqueId,
    });
  }
}

/**
 * The IAM condition that limits a setIamPolicy call to adding or removing grants of `roles` (IAM "Set limits on
 * granting roles"; for a request that modifies no grant the attribute is empty and the condition holds).
 */
function grantLimit(roles: readonly string[]): string {
  return `api.getAttribute('iam.googleapis.com/modifiedGrantsByRole', []).hasOnly([${roles.map((r) => `'${r}'`).join(", ")}])`;
}
