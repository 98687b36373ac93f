/**
 * What the CI deployer needs, per Google resource type the library creates: the IAM permissions Terraform's create,
 * read (refresh), update and delete of that type call for, each with the documentation it rests on. The deployer's
 * custom role is derived from this table, and the policy pack (GP020) checks every `google_*` type of a stack against
 * it. Pure data: no cdktf, no constructs, so the check command can read it.
 *
 * Sources: the Apigee API reference states, per REST method, "Authorization requires the following IAM permission"
 * (cloud.google.com/apigee/docs/reference/apis/apigee/rest/v1/...); Secret Manager, Pub/Sub, IAM and Resource Manager
 * state theirs in their access-control pages and in the IAM permissions reference
 * (cloud.google.com/iam/docs/permissions-reference).
 */

/** The permissions one resource type needs, by Terraform operation. */
export interface ResourceTypePermissions {
  /** Create. */
  readonly create: readonly string[];
  /** Refresh (every plan) and import. */
  readonly read: readonly string[];
  /** In-place updates; empty when every argument forces replacement. */
  readonly update: readonly string[];
  /** Destroy. */
  readonly delete: readonly string[];
  /** The documentation fact the permissions rest on. */
  readonly docs: string;
}

const APIGEE = "Apigee API reference, 'Authorization requires the following IAM permission' of";
/** Apigee's long-running operations (environments, groups, attachments, deployments) are polled with this. */
const APIGEE_OPERATIONS = "apigee.operations.get";

/**
 * Project-level roles the deployer may grant and revoke: its `resourcemanager.projects.setIamPolicy` is bound under
 * an IAM condition that allows only these (IAM "Set limits on granting roles": the condition
 * `api.getAttribute('iam.googleapis.com/modifiedGrantsByRole', []).hasOnly([...])` limits the roles a setIamPolicy
 * call may add or remove). The library grants one role at project level: the proxy runtime's log writer, which has no
 * narrower grant (logs are written to a project's log buckets).
 */
export const DEPLOYER_GRANTABLE_PROJECT_ROLES: readonly string[] = ["roles/logging.logWriter"];

/**
 * Resource (and data source, as `data.<type>`) types the library creates in stacks CI applies, and what the deployer
 * needs for each. Keys are sorted.
 */
export const DEPLOYER_PERMISSION_TABLE: Readonly<Record<string, ResourceTypePermissions>> = {
  // The gate's plan-time check that the administrator's audit trail routes its log (the trail itself is never CI's).
  "data.google_logging_sink": {
    create: [],
    read: ["logging.sinks.get"],
    update: [],
    delete: [],
    docs: "Cloud Logging API reference, projects.sinks.get: logging.sinks.get",
  },
  "data.google_project": {
    create: [],
    read: ["resourcemanager.projects.get"],
    update: [],
    delete: [],
    docs: "Resource Manager API reference, projects.get: resourcemanager.projects.get",
  },
  google_apigee_api: {
    create: ["apigee.proxies.create"],
    read: ["apigee.proxies.get", "apigee.proxyrevisions.get", "apigee.proxyrevisions.list"],
    update: ["apigee.proxies.create", "apigee.proxies.update", "apigee.proxyrevisions.update"],
    delete: ["apigee.proxies.delete", "apigee.proxyrevisions.delete"],
    docs: `${APIGEE} organizations.apis.create (apigee.proxies.create; importing a bundle for an existing proxy makes a new revision), .get, .patch, .delete and organizations.apis.revisions.*`,
  },
  google_apigee_api_product: {
    create: ["apigee.apiproducts.create"],
    read: ["apigee.apiproducts.get"],
    update: ["apigee.apiproducts.update"],
    delete: ["apigee.apiproducts.delete"],
    docs: `${APIGEE} organizations.apiproducts.create, .get, .update, .delete`,
  },
  google_apigee_developer: {
    create: ["apigee.developers.create"],
    read: ["apigee.developers.get"],
    update: ["apigee.developers.update"],
    delete: ["apigee.developers.delete"],
    docs: `${APIGEE} organizations.developers.create, .get, .update, .delete`,
  },
  google_apigee_developer_app: {
    // google >= 7.38 creates the app, then its static key with the keys API (and deletes the generated one), and
    // reconciles api_products on that key (magic-modules custom_update/apigee_developer_app.go.tmpl).
    create: ["apigee.developerapps.create", "apigee.appkeys.create", "apigee.appkeys.delete", "apigee.appkeys.manage"],
    read: ["apigee.developerapps.get", "apigee.appkeys.get"],
    update: ["apigee.developerapps.manage", "apigee.appkeys.manage"],
    delete: ["apigee.developerapps.delete"],
    docs:
      `${APIGEE} organizations.developers.apps.create/.get/.delete (apigee.developerapps.*), apps.update ` +
      "(apigee.developerapps.manage), apps.keys.create (apigee.appkeys.create) and apps.keys.updateDeveloperAppKey (apigee.appkeys.manage)",
  },
  google_apigee_envgroup: {
    create: ["apigee.envgroups.create", APIGEE_OPERATIONS],
    read: ["apigee.envgroups.get"],
    update: ["apigee.envgroups.update", APIGEE_OPERATIONS],
    delete: ["apigee.envgroups.delete", APIGEE_OPERATIONS],
    docs: `${APIGEE} organizations.envgroups.create, .get, .patch, .delete and organizations.operations.get`,
  },
  google_apigee_envgroup_attachment: {
    create: ["apigee.envgroupattachments.create", APIGEE_OPERATIONS],
    read: ["apigee.envgroupattachments.get", "apigee.envgroupattachments.list"],
    update: [],
    delete: ["apigee.envgroupattachments.delete", APIGEE_OPERATIONS],
    docs: `${APIGEE} organizations.envgroups.attachments.create, .get, .list, .delete`,
  },
  google_apigee_environment: {
    create: ["apigee.environments.create", APIGEE_OPERATIONS],
    read: ["apigee.environments.get"],
    update: ["apigee.environments.update", APIGEE_OPERATIONS],
    delete: ["apigee.environments.delete", APIGEE_OPERATIONS],
    docs: `${APIGEE} organizations.environments.create, .get, .update/.modifyEnvironment, .delete`,
  },
  google_apigee_environment_api_revision_deployment: {
    // Deploying with a service account also needs actAs on that account (Apigee "Using Google authentication").
    create: ["apigee.deployments.create", "apigee.proxyrevisions.deploy", "iam.serviceAccounts.actAs", APIGEE_OPERATIONS],
    read: ["apigee.deployments.get", "apigee.deployments.list"],
    update: [],
    delete: ["apigee.deployments.delete", "apigee.proxyrevisions.undeploy"],
    docs:
      `${APIGEE} organizations.environments.apis.revisions.deployments.deploy ("two permissions are required: ` +
      "apigee.deployments.create on the environment, apigee.proxyrevisions.deploy on the revision\"), .get and .undeploy",
  },
  google_apigee_environment_keyvaluemaps: {
    create: ["apigee.keyvaluemaps.create"],
    read: ["apigee.keyvaluemaps.list"],
    update: [],
    delete: ["apigee.keyvaluemaps.delete"],
    docs: `${APIGEE} organizations.environments.keyvaluemaps.create and .delete (a map has no get; it is read by listing)`,
  },
  google_apigee_environment_keyvaluemaps_entries: {
    create: ["apigee.keyvaluemapentries.create"],
    read: ["apigee.keyvaluemapentries.get", "apigee.keyvaluemapentries.list"],
    update: [],
    delete: ["apigee.keyvaluemapentries.delete"],
    docs: `${APIGEE} organizations.environments.keyvaluemaps.entries.create (apigee.keyvaluemapentries.create), .get, .list, .delete`,
  },
  google_apigee_flowhook: {
    create: ["apigee.flowhooks.attachSharedFlow"],
    read: ["apigee.flowhooks.getSharedFlow", "apigee.flowhooks.list"],
    update: [],
    delete: ["apigee.flowhooks.detachSharedFlow"],
    docs: `${APIGEE} organizations.environments.flowhooks.attachSharedFlowToFlowHook, .get, .detachSharedFlowFromFlowHook`,
  },
  google_apigee_instance_attachment: {
    create: ["apigee.instanceattachments.create", APIGEE_OPERATIONS],
    read: ["apigee.instanceattachments.get", "apigee.instanceattachments.list"],
    update: [],
    delete: ["apigee.instanceattachments.delete", APIGEE_OPERATIONS],
    docs: `${APIGEE} organizations.instances.attachments.create, .get, .list, .delete`,
  },
  google_apigee_sharedflow: {
    create: ["apigee.sharedflows.create"],
    read: ["apigee.sharedflows.get", "apigee.sharedflowrevisions.get", "apigee.sharedflowrevisions.list"],
    update: ["apigee.sharedflows.create", "apigee.sharedflowrevisions.update"],
    delete: ["apigee.sharedflows.delete", "apigee.sharedflowrevisions.delete"],
    docs: `${APIGEE} organizations.sharedflows.create (a bundle for an existing flow makes a new revision), .get, .delete and .revisions.*`,
  },
  google_apigee_sharedflow_deployment: {
    create: ["apigee.deployments.create", "apigee.sharedflowrevisions.deploy", "iam.serviceAccounts.actAs", APIGEE_OPERATIONS],
    read: ["apigee.deployments.get", "apigee.deployments.list"],
    update: ["apigee.deployments.create", "apigee.deployments.update", "apigee.sharedflowrevisions.deploy", "iam.serviceAccounts.actAs"],
    delete: ["apigee.deployments.delete", "apigee.sharedflowrevisions.undeploy"],
    docs: `${APIGEE} organizations.environments.sharedflows.revisions.deploy (apigee.deployments.create and apigee.sharedflowrevisions.deploy), .getDeployments, .undeploy`,
  },
  google_apigee_target_server: {
    create: ["apigee.targetservers.create"],
    read: ["apigee.targetservers.get"],
    update: ["apigee.targetservers.update"],
    delete: ["apigee.targetservers.delete"],
    docs: `${APIGEE} organizations.environments.targetservers.create, .get, .update, .delete`,
  },
  google_project_iam_member: {
    // setIamPolicy is bound under a condition (DEPLOYER_GRANTABLE_PROJECT_ROLES), never unconditionally.
    create: ["resourcemanager.projects.getIamPolicy", "resourcemanager.projects.setIamPolicy"],
    read: ["resourcemanager.projects.getIamPolicy"],
    update: ["resourcemanager.projects.getIamPolicy", "resourcemanager.projects.setIamPolicy"],
    delete: ["resourcemanager.projects.getIamPolicy", "resourcemanager.projects.setIamPolicy"],
    docs: "Resource Manager API reference, projects.getIamPolicy and projects.setIamPolicy (an IAM member resource reads, changes and writes back the project's policy)",
  },
  google_pubsub_subscription: {
    // A push subscription authenticating with an OIDC token also needs actAs on that token's service account.
    create: ["pubsub.subscriptions.create", "pubsub.topics.attachSubscription", "iam.serviceAccounts.actAs"],
    read: ["pubsub.subscriptions.get"],
    update: ["pubsub.subscriptions.update", "iam.serviceAccounts.actAs"],
    delete: ["pubsub.subscriptions.delete"],
    docs:
      "Pub/Sub access control, projects.subscriptions.create: \"pubsub.subscriptions.create on the containing Cloud project, and " +
      "pubsub.topics.attachSubscription on the requested topic\"; .get, .patch, .delete",
  },
  google_pubsub_topic: {
    create: ["pubsub.topics.create"],
    read: ["pubsub.topics.get"],
    update: ["pubsub.topics.update"],
    delete: ["pubsub.topics.delete"],
    docs: "Pub/Sub access control, projects.topics.create (on the project), .get, .patch, .delete (on the topic)",
  },
  google_pubsub_topic_iam_member: {
    create: ["pubsub.topics.getIamPolicy", "pubsub.topics.setIamPolicy"],
    read: ["pubsub.topics.getIamPolicy"],
    update: ["pubsub.topics.getIamPolicy", "pubsub.topics.setIamPolicy"],
    delete: ["pubsub.topics.getIamPolicy", "pubsub.topics.setIamPolicy"],
    docs: "Pub/Sub access control, projects.topics.getIamPolicy and .setIamPolicy",
  },
  google_secret_manager_secret: {
    create: ["secretmanager.secrets.create"],
    read: ["secretmanager.secrets.get"],
    update: ["secretmanager.secrets.update"],
    delete: ["secretmanager.secrets.delete"],
    docs: "Secret Manager access control, projects.secrets.create, .get, .patch, .delete",
  },
  google_secret_manager_secret_iam_member: {
    create: ["secretmanager.secrets.getIamPolicy", "secretmanager.secrets.setIamPolicy"],
    read: ["secretmanager.secrets.getIamPolicy"],
    update: ["secretmanager.secrets.getIamPolicy", "secretmanager.secrets.setIamPolicy"],
    delete: ["secretmanager.secrets.getIamPolicy", "secretmanager.secrets.setIamPolicy"],
    docs: "Secret Manager access control, projects.secrets.getIamPolicy and .setIamPolicy",
  },
  google_secret_manager_secret_version: {
    // Versions are written through write-only attributes and never read back: no secretmanager.versions.access.
    create: ["secretmanager.versions.add"],
    read: ["secretmanager.versions.get", "secretmanager.versions.list"],
    update: ["secretmanager.versions.enable", "secretmanager.versions.disable"],
    delete: ["secretmanager.versions.destroy", "secretmanager.versions.disable"],
    docs: "Secret Manager access control, projects.secrets.addVersion (secretmanager.versions.add), versions.get, .enable, .disable, .destroy",
  },
  google_service_account: {
    create: ["iam.serviceAccounts.create"],
    read: ["iam.serviceAccounts.get"],
    update: ["iam.serviceAccounts.update"],
    delete: ["iam.serviceAccounts.delete"],
    docs: "IAM API reference, projects.serviceAccounts.create, .get, .patch, .delete",
  },
  google_service_account_iam_member: {
    create: ["iam.serviceAccounts.getIamPolicy", "iam.serviceAccounts.setIamPolicy"],
    read: ["iam.serviceAccounts.getIamPolicy"],
    update: ["iam.serviceAccounts.getIamPolicy", "iam.serviceAccounts.setIamPolicy"],
    delete: ["iam.serviceAccounts.getIamPolicy", "iam.serviceAccounts.setIamPolicy"],
    docs: "IAM API reference, projects.serviceAccounts.getIamPolicy and .setIamPolicy",
  },
};

/**
 * Types the library creates only in the stack an administrator applies (`DeployerIdentity`): the deployer must never
 * manage them, or it could widen its own access (custom roles, workload identity pools and their providers).
 */
export const ADMINISTRATOR_RESOURCE_TYPES: Readonly<Record<string, string>> = {
  google_iam_workload_identity_pool: "who may become the deployer (iam.workloadIdentityPools.*)",
  google_iam_workload_identity_pool_provider: "which CI tokens may become the deployer (iam.workloadIdentityPoolProviders.*)",
  google_project_iam_custom_role: "what the deployer may do (iam.roles.*)",
  // The audit trail: an identity that can edit these could divert or shorten the record of what it did.
  google_logging_project_bucket_config: "how long the audit trail is kept (logging.buckets.*)",
  google_logging_project_sink: "where the gates' audit records go (logging.sinks.*)",
  google_logging_project_exclusion: "which records the project's default bucket drops (logging.exclusions.*)",
  google_logging_linked_dataset: "who can query the audit trail in BigQuery (logging.links.*)",
  "data.google_logging_project_cmek_settings": "the key of the audit trail's bucket (logging.cmekSettings.get)",
};

/** Every `google_*` type (and `data.google_*`) some construct of the library defines. */
export const LIBRARY_GOOGLE_TYPES: readonly string[] = [
  ...Object.keys(DEPLOYER_PERMISSION_TABLE),
  ...Object.keys(ADMINISTRATOR_RESOURCE_TYPES),
].sort();

/** The permissions one type needs for all four operations, sorted. */
function permissionsOf(entry: ResourceTypePermissions): string[] {
  return [...new Set([...entry.create, ...entry.read, ...entry.update, ...entry.delete])].sort();
}

/** Permissions that are granted only under the grant-limiting condition, never in the deployer's main role. */
export const CONDITIONED_PERMISSIONS: readonly string[] = ["resourcemanager.projects.setIamPolicy"];

/**
 * The deployer's main custom role: everything the table needs except the conditioned permissions, sorted.
 */
export const GATE_DEPLOYER_PERMISSIONS: readonly string[] = [
  ...new Set(Object.values(DEPLOYER_PERMISSION_TABLE).flatMap(permissionsOf)),
]
  .filter((p) => !CONDITIONED_PERMISSIONS.includes(p))
  .sort();
