import { Construct } from "constructs";
import {
  IamWorkloadIdentityPool,
  IamWorkloadIdentityPoolProvider,
  ProjectIamCustomRole,
  ProjectIamMember,
  ServiceAccount,
  ServiceAccountIamMember,
} from "../internal/google";
import { CiProvider } from "./ci-provider";

/**
 * What `cdktf deploy` of a gate needs, and nothing that would let the deployer widen its own access: no
 * `resourcemanager.projects.setIamPolicy`, no `iam.roles.*`, no `iam.serviceAccountKeys.*`, no
 * `secretmanager.versions.access` (the deployer writes secret versions, it never reads them).
 */
export const GATE_DEPLOYER_PERMISSIONS: readonly string[] = [
  // Apigee: proxies and shared flows, their revisions and deployments
  "apigee.proxies.create",
  "apigee.proxies.delete",
  "apigee.proxies.get",
  "apigee.proxies.list",
  "apigee.proxies.update",
  "apigee.proxyrevisions.delete",
  "apigee.proxyrevisions.deploy",
  "apigee.proxyrevisions.get",
  "apigee.proxyrevisions.list",
  "apigee.proxyrevisions.undeploy",
  "apigee.proxyrevisions.update",
  "apigee.sharedflows.create",
  "apigee.sharedflows.delete",
  "apigee.sharedflows.get",
  "apigee.sharedflows.list",
  "apigee.sharedflowrevisions.delete",
  "apigee.sharedflowrevisions.deploy",
  "apigee.sharedflowrevisions.get",
  "apigee.sharedflowrevisions.list",
  "apigee.sharedflowrevisions.undeploy",
  "apigee.sharedflowrevisions.update",
  "apigee.deployments.create",
  "apigee.deployments.delete",
  "apigee.deployments.get",
  "apigee.deployments.list",
  "apigee.deployments.update",
  "apigee.flowhooks.attachSharedFlow",
  "apigee.flowhooks.detachSharedFlow",
  "apigee.flowhooks.getSharedFlow",
  "apigee.flowhooks.list",
  // Apigee: products, developers, apps and their keys
  "apigee.apiproducts.create",
  "apigee.apiproducts.delete",
  "apigee.apiproducts.get",
  "apigee.apiproducts.list",
  "apigee.apiproducts.update",
  "apigee.developers.create",
  "apigee.developers.delete",
  "apigee.developers.get",
  "apigee.developers.list",
  "apigee.developers.update",
  "apigee.developerapps.create",
  "apigee.developerapps.delete",
  "apigee.developerapps.get",
  "apigee.developerapps.list",
  "apigee.developerapps.manage",
  "apigee.appkeys.create",
  "apigee.appkeys.delete",
  "apigee.appkeys.get",
  "apigee.appkeys.manage",
  // Apigee: KVMs, target servers, environments and their groups and attachments
  "apigee.keyvaluemaps.create",
  "apigee.keyvaluemaps.delete",
  "apigee.keyvaluemaps.list",
  "apigee.keyvaluemapentries.create",
  "apigee.keyvaluemapentries.delete",
  "apigee.keyvaluemapentries.get",
  "apigee.keyvaluemapentries.list",
  "apigee.targetservers.create",
  "apigee.targetservers.delete",
  "apigee.targetservers.get",
  "apigee.targetservers.list",
  "apigee.targetservers.update",
  "apigee.environments.create",
  "apigee.environments.delete",
  "apigee.environments.get",
  "apigee.environments.list",
  "apigee.environments.update",
  "apigee.envgroups.create",
  "apigee.envgroups.delete",
  "apigee.envgroups.get",
  "apigee.envgroups.list",
  "apigee.envgroups.update",
  "apigee.envgroupattachments.create",
  "apigee.envgroupattachments.delete",
  "apigee.envgroupattachments.get",
  "apigee.envgroupattachments.list",
  "apigee.instanceattachments.create",
  "apigee.instanceattachments.delete",
  "apigee.instanceattachments.get",
  "apigee.instanceattachments.list",
  "apigee.operations.get",
  "apigee.operations.list",
  "apigee.organizations.get",
  // Secret Manager: secrets, versions (written, never read) and the IAM of those secrets
  "secretmanager.secrets.create",
  "secretmanager.secrets.delete",
  "secretmanager.secrets.get",
  "secretmanager.secrets.list",
  "secretmanager.secrets.update",
  "secretmanager.secrets.getIamPolicy",
  "secretmanager.secrets.setIamPolicy",
  "secretmanager.versions.add",
  "secretmanager.versions.destroy",
  "secretmanager.versions.disable",
  "secretmanager.versions.enable",
  "secretmanager.versions.get",
  "secretmanager.versions.list",
  // Pub/Sub: rotation and status topics and their IAM
  "pubsub.topics.create",
  "pubsub.topics.delete",
  "pubsub.topics.get",
  "pubsub.topics.list",
  "pubsub.topics.update",
  "pubsub.topics.getIamPolicy",
  "pubsub.topics.setIamPolicy",
  // Service accounts of the gate and of its callers, and the IAM policy on them
  "iam.serviceAccounts.actAs",
  "iam.serviceAccounts.create",
  "iam.serviceAccounts.delete",
  "iam.serviceAccounts.get",
  "iam.serviceAccounts.list",
  "iam.serviceAccounts.update",
  "iam.serviceAccounts.getIamPolicy",
  "iam.serviceAccounts.setIamPolicy",
  // Audit trail: log sinks and buckets
  "logging.sinks.create",
  "logging.sinks.delete",
  "logging.sinks.get",
  "logging.sinks.list",
  "logging.sinks.update",
  "logging.buckets.create",
  "logging.buckets.get",
  "logging.buckets.list",
  "logging.buckets.update",
  // Reading the project (data.google_project) and checking its enabled services
  "resourcemanager.projects.get",
  "serviceusage.services.get",
  "serviceusage.services.list",
  "serviceusage.services.use",
];

/** Permissions that would let the deployer escalate, mint long-lived keys or read the secrets it writes. */
const FORBIDDEN_PERMISSIONS = [
  /^resourcemanager\.(projects|folders|organizations)\.setIamPolicy$/,
  /^iam\.roles\./,
  /^iam\.serviceAccountKeys\./,
  /^iam\.serviceAccounts\.(getAccessToken|signBlob|signJwt|implicitDelegation|getOpenIdToken)$/,
  /^iam\.workloadIdentityPool/,
  /^secretmanager\.versions\.access$/,
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
   * The custom role's id: 3-64 letters, digits, `_` and `.`.
   * @default "gatedPipelineDeployer"
   */
  readonly roleId?: string;
  /**
   * Permissions added to {@link GATE_DEPLOYER_PERMISSIONS}, e.g. for resources your own stacks add. Escalating ones
   * (project `setIamPolicy`, `iam.roles.*`, service-account keys or token minting, pool management,
   * `secretmanager.versions.access`) are refused.
   * @default - none
   */
  readonly additionalPermissions?: readonly string[];
}

const POOL_ID = /^[a-z0-9-]{4,32}$/;
const ACCOUNT_ID = /^[a-z][-a-z0-9]{4,28}[a-z0-9]$/;
const ROLE_ID = /^[A-Za-z0-9_.]{3,64}$/;
const PERMISSION = /^[a-z][a-zA-Z0-9]*(\.[a-zA-Z0-9]+){2}$/;
const PROJECT_ID = /^[a-z][a-z0-9-]{4,28}[a-z0-9]$/;

/**
 * Keyless deploys from CI: a Workload Identity Federation pool and OIDC provider pinned to one repository and branch, a
 * deployer service account that only those CI runs may impersonate (`roles/iam.workloadIdentityUser` on that account
 * for the pinned principal set), and a custom role with the permissions `cdktf deploy` of a gate needs — no
 * predefined admin role, no primitive role, and never a `google_service_account_key`.
 *
 * Apply it once with an administrator's credentials (e.g. a bootstrap stack): the deployer cannot manage its own pool,
 * role or project IAM. CI then authenticates with `workloadIdentityProviderName` and `serviceAccountEmail`.
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

  public constructor(scope: Construct, id: string, props: DeployerIdentityProps) {
    super(scope, id);
    const path = this.node.path;
    if (!PROJECT_ID.test(props.project)) {
      throw new Error(`${path}: project ${JSON.stringify(props.project)} is not a project id (6-30 characters: lowercase letters, digits and hyphens, starting with a letter)`);
    }
    const poolId = props.poolId ?? "ci-deployers";
    const providerId = props.providerId ?? props.ci.defaultProviderId;
    for (const [field, value] of [["poolId", poolId], ["providerId", providerId]] as const) {
      if (!POOL_ID.test(value) || value.startsWith("gcp-")) {
        throw new Error(`${path}: ${field} ${JSON.stringify(value)} is not allowed (4-32 characters: lowercase letters, digits and '-', not starting with 'gcp-')`);
      }
    }
    const accountId = props.serviceAccountId ?? "gate-deployer";
    if (!ACCOUNT_ID.test(accountId)) {
      throw new Error(`${path}: serviceAccountId ${JSON.stringify(accountId)} is not allowed (6-30 characters: lowercase letters, digits and '-', starting with a letter)`);
    }
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
    this.permissions = [...new Set([...GATE_DEPLOYER_PERMISSIONS, ...(props.additionalPermissions ?? [])])].sort();

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
    this.workloadIdentityProviderName = this.provider.name;
    this.serviceAccountEmail = this.serviceAccount.email;
  }
}
