// How the real providers plan, where a schema cannot say: which attributes force a replacement, which computed
// attributes a change makes unknown again, and which defaults a provider plans for an unset attribute. Each entry
// names the provider source it was read from (the release the schemas are for; 7.45.0 for the google 7.x extras).
// Types not listed here keep every prior value on update and never ask for a replacement.
"use strict";

const GOOGLE = "hashicorp/terraform-provider-google v6.50.0";
const GOOGLE7 = "hashicorp/terraform-provider-google v7.45.0";
const PREFECT = "PrefectHQ/terraform-provider-prefect v3.4.1";

/**
 * Attributes whose change needs a new object (`ForceNew` in SDKv2, `RequiresReplace` in the plugin framework), by type.
 * A changed or not-yet-known value of any of them makes the plan a replacement.
 */
const FORCE_NEW = {
  google_apigee_environment: { attrs: ["name", "org_id", "api_proxy_type", "deployment_type"], source: `${GOOGLE} google/services/apigee/resource_apigee_environment.go` },
  google_apigee_envgroup: { attrs: ["name", "org_id"], source: `${GOOGLE} google/services/apigee/resource_apigee_envgroup.go` },
  google_apigee_envgroup_attachment: { attrs: ["envgroup_id", "environment"], source: `${GOOGLE} google/services/apigee/resource_apigee_envgroup_attachment.go` },
  google_apigee_instance_attachment: { attrs: ["environment", "instance_id"], source: `${GOOGLE} google/services/apigee/resource_apigee_instance_attachment.go` },
  google_apigee_api: { attrs: ["name", "org_id"], source: `${GOOGLE} google/services/apigee/resource_apigee_api.go` },
  google_apigee_sharedflow: { attrs: ["name", "org_id"], source: `${GOOGLE} google/services/apigee/resource_apigee_sharedflow.go` },
  google_apigee_sharedflow_deployment: { attrs: ["environment", "org_id", "service_account", "sharedflow_id"], source: `${GOOGLE} google/services/apigee/resource_apigee_sharedflow_deployment.go` },
  google_apigee_flowhook: { attrs: ["continue_on_error", "description", "environment", "flow_hook_point", "org_id", "sharedflow"], source: `${GOOGLE} google/services/apigee/resource_apigee_flowhook.go` },
  google_apigee_api_product: { attrs: ["name", "org_id", "space"], source: `${GOOGLE} google/services/apigee/resource_apigee_api_product.go` },
  google_apigee_developer: { attrs: ["email", "org_id"], source: `${GOOGLE} google/services/apigee/resource_apigee_developer.go` },
  google_apigee_environment_keyvaluemaps: { attrs: ["env_id", "name"], source: `${GOOGLE} google/services/apigee/resource_apigee_environment_keyvaluemaps.go` },
  // An entry cannot be updated: a new value is a new entry of the same name (delete first, or Apigee answers 409).
  google_apigee_environment_keyvaluemaps_entries: { attrs: ["env_keyvaluemap_id", "name", "value"], source: `${GOOGLE} google/services/apigee/resource_apigee_environment_keyvaluemaps_entries.go` },
  google_apigee_target_server: { attrs: ["env_id", "name", "protocol"], source: `${GOOGLE} google/services/apigee/resource_apigee_target_server.go` },
  google_apigee_environment_api_revision_deployment: {
    attrs: ["api", "environment", "org_id", "override", "revision", "sequenced_rollout", "service_account"],
    source: `${GOOGLE7} google/services/apigee/resource_apigee_environment_api_revision_deployment.go`,
  },
  google_apigee_api_deployment: { attrs: ["environment", "org_id", "proxy_id", "revision", "service_account"], source: `${GOOGLE7} google/services/apigee/resource_apigee_api_deployment.go` },
  google_apigee_developer_app: {
    attrs: ["app_family", "consumer_key", "consumer_secret", "developer_email", "key_expires_in", "org_id", "status"],
    source: `${GOOGLE7} google/services/apigee/resource_apigee_developer_app.go`,
  },
  google_service_account: { attrs: ["account_id", "project"], source: `${GOOGLE} google/services/resourcemanager/resource_google_service_account.go` },
  google_project_service: { attrs: ["project", "service"], source: `${GOOGLE} google/services/resourcemanager/resource_google_project_service.go` },
  google_project_iam_custom_role: { attrs: ["project", "role_id"], source: `${GOOGLE} google/services/resourcemanager/resource_google_project_iam_custom_role.go` },
  google_project_iam_member: { attrs: ["condition", "member", "project", "role"], source: `${GOOGLE} google/tpgiamresource/resource_iam_member.go, google/services/resourcemanager/iam_project.go` },
  google_service_account_iam_member: { attrs: ["condition", "member", "role", "service_account_id"], source: `${GOOGLE} google/tpgiamresource/resource_iam_member.go, google/services/resourcemanager/iam_service_account.go` },
  google_secret_manager_secret_iam_member: { attrs: ["condition", "member", "project", "role", "secret_id"], source: `${GOOGLE} google/tpgiamresource/resource_iam_member.go, google/services/secretmanager/iam_secret_manager_secret.go` },
  google_pubsub_topic_iam_member: { attrs: ["condition", "member", "project", "role", "topic"], source: `${GOOGLE} google/tpgiamresource/resource_iam_member.go, google/services/pubsub/iam_pubsub_topic.go` },
  google_secret_manager_secret: { attrs: ["project", "replication", "secret_id", "tags"], source: `${GOOGLE} google/services/secretmanager/resource_secret_manager_secret.go` },
  google_secret_manager_secret_version: {
    attrs: ["is_secret_data_base64", "secret", "secret_data", "secret_data_wo_version"],
    source: `${GOOGLE} google/services/secretmanager/resource_secret_manager_secret_version.go`,
  },
  google_pubsub_topic: { attrs: ["name", "project"], source: `${GOOGLE} google/services/pubsub/resource_pubsub_topic.go` },
  google_pubsub_subscription: { attrs: ["name", "project", "topic", "enable_message_ordering", "filter"], source: `${GOOGLE} google/services/pubsub/resource_pubsub_subscription.go` },
  google_iam_workload_identity_pool: { attrs: ["project", "workload_identity_pool_id"], source: `${GOOGLE} google/services/iambeta/resource_iam_workload_identity_pool.go` },
  google_iam_workload_identity_pool_provider: {
    attrs: ["project", "workload_identity_pool_id", "workload_identity_pool_provider_id"],
    source: `${GOOGLE} google/services/iambeta/resource_iam_workload_identity_pool_provider.go`,
  },
  prefect_deployment: { attrs: ["account_id", "flow_id", "name", "workspace_id"], source: `${PREFECT} internal/provider/resources/deployment.go` },
  prefect_deployment_schedule: { attrs: ["account_id", "deployment_id", "workspace_id"], source: `${PREFECT} internal/provider/resources/deployment_schedule.go` },
  prefect_flow: { attrs: ["account_id", "name", "workspace_id"], source: `${PREFECT} internal/provider/resources/flow.go` },
  prefect_block: { attrs: ["account_id", "name", "type_slug", "workspace_id"], source: `${PREFECT} internal/provider/resources/block.go` },
  prefect_service_account: { attrs: ["account_id"], source: `${PREFECT} internal/provider/resources/service_account.go` },
  prefect_workspace: { attrs: ["account_id"], source: `${PREFECT} internal/provider/resources/workspace.go` },
  prefect_workspace_access: { attrs: ["account_id", "workspace_id"], source: `${PREFECT} internal/provider/resources/workspace_access.go` },
  prefect_automation: { attrs: ["account_id", "workspace_id"], source: `${PREFECT} internal/provider/resources/automation_schema.go` },
  okta_app_oauth: { attrs: ["client_id", "type"], source: "okta/terraform-provider-okta v4.20.0 okta/resource_okta_app_oauth.go" },
  azuread_application: { attrs: ["template_id"], source: "hashicorp/terraform-provider-azuread v3.7.0 internal/services/applications/application_resource.go" },
  azuread_service_principal: { attrs: ["client_id"], source: "hashicorp/terraform-provider-azuread v3.7.0 internal/services/serviceprincipals/service_principal_resource.go" },
  azuread_app_role_assignment: {
    attrs: ["app_role_id", "principal_object_id", "resource_object_id"],
    source: "hashicorp/terraform-provider-azuread v3.7.0 internal/services/approleassignments/app_role_assignment_resource.go",
  },
  azuread_application_password: {
    attrs: ["application_id", "display_name", "end_date", "end_date_relative", "rotate_when_changed", "start_date"],
    source: "hashicorp/terraform-provider-azuread v3.7.0 internal/services/applications/application_password_resource.go",
  },
  azuread_application_federated_identity_credential: {
    attrs: ["application_id", "display_name"],
    source: "hashicorp/terraform-provider-azuread v3.7.0 internal/services/applications/application_federated_identity_credential_resource.go",
  },
  random_password: {
    attrs: ["keepers", "length", "lower", "min_lower", "min_numeric", "min_special", "min_upper", "number", "numeric", "override_special", "special", "upper"],
    source: "hashicorp/terraform-provider-random v3.7.2 internal/provider/resource_password.go",
  },
  time_rotating: { attrs: ["rfc3339", "triggers"], source: "hashicorp/terraform-provider-time v0.13.1 internal/provider/resource_time_rotating.go" },
  time_static: { attrs: ["rfc3339", "triggers"], source: "hashicorp/terraform-provider-time v0.13.1 internal/provider/resource_time_static.go" },
};

/**
 * Computed attributes an update makes unknown again, by type: when any attribute of `when` changes, every attribute of
 * `unknown` is "(known after apply)".
 */
const COMPUTED_ON_CHANGE = {
  // customdiff.ComputedIf(meta_data | latest_revision_id | revision, apigeeApiDetectBundleUpdate): a new bundle is
  // a new proxy revision, so whatever deploys `latest_revision_id` follows it.
  google_apigee_api: [{ when: ["config_bundle", "detect_md5hash"], unknown: ["latest_revision_id", "meta_data", "revision"], source: `${GOOGLE} google/services/apigee/resource_apigee_api.go (CustomizeDiff)` }],
  google_apigee_sharedflow: [{ when: ["config_bundle", "detect_md5hash"], unknown: ["latest_revision_id", "meta_data", "revision"], source: `${GOOGLE} google/services/apigee/resource_apigee_sharedflow.go (CustomizeDiff)` }],
  // ModifyPlan recomputes the rotation timestamp from the base timestamp and the new period.
  time_rotating: [
    {
      when: ["rotation_days", "rotation_hours", "rotation_minutes", "rotation_months", "rotation_years"],
      unknown: ["rotation_rfc3339"],
      source: "hashicorp/terraform-provider-time v0.13.1 internal/provider/resource_time_rotating.go (ModifyPlan)",
    },
  ],
};

/**
 * Plugin-framework providers: on any update, every computed attribute left unset in the configuration is unknown
 * unless a plan modifier keeps the prior value (`UseStateForUnknown`), listed here by type. (SDKv2 providers keep
 * prior values.) Sources: the schema of each resource, at the releases above.
 */
const FRAMEWORK_PROVIDERS = ["registry.terraform.io/prefecthq/prefect", "registry.terraform.io/hashicorp/random", "registry.terraform.io/hashicorp/time"];
const KEEP_ON_UPDATE = {
  prefect_automation: ["created", "id"],
  prefect_block: ["created", "id"],
  prefect_deployment: ["created", "description", "entrypoint", "id", "path", "version", "work_pool_name", "work_queue_name"],
  prefect_deployment_schedule: ["id"],
  prefect_flow: ["id"],
  prefect_service_account: ["account_id", "created", "id"],
  prefect_workspace: ["created", "id"],
  prefect_workspace_access: ["id"],
  random_password: ["bcrypt_hash", "id", "result"],
};

/**
 * Values a provider plans for an optional+computed attribute left unset, by attribute path (nested attributes joined
 * with `.`, list positions left out): the schema `Default` of the Prefect resources (internal/provider/resources/
 * <type>.go at the release above; automation_schema.go for the automation's actions and triggers) and of
 * random_password (resource_password.go, where `number`/`numeric` are set to true by plan modifiers).
 */
const ACTION_DEFAULTS = (list) => ({ [list]: [], [`${list}.parameters`]: "{}", [`${list}.job_variables`]: "{}" });
const DEFAULTS = {
  prefect_automation: {
    description: "",
    enabled: true,
    ...ACTION_DEFAULTS("actions"),
    ...ACTION_DEFAULTS("actions_on_trigger"),
    ...ACTION_DEFAULTS("actions_on_resolve"),
    "trigger.event.after": [],
    "trigger.event.expect": [],
    "trigger.event.for_each": [],
    "trigger.event.match": "{}",
    "trigger.event.match_related": "{}",
  },
  prefect_deployment: { enforce_parameter_schema: true, job_variables: "{}", parameter_openapi_schema: "{}", parameters: "{}", paused: false, pull_steps: [], tags: [] },
  prefect_deployment_schedule: { parameters: "{}" },
  prefect_flow: { tags: [] },
  prefect_service_account: { account_role_name: "Member", old_key_expires_in_seconds: 0 },
  random_password: { lower: true, min_lower: 0, min_numeric: 0, min_special: 0, min_upper: 0, number: true, numeric: true, special: true, upper: true },
};

module.exports = { FORCE_NEW, COMPUTED_ON_CHANGE, FRAMEWORK_PROVIDERS, KEEP_ON_UPDATE, DEFAULTS };
