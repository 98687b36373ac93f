// Schema flags the prebuilt cdktf packages do not carry, per provider: settable attributes that are also computed
// (the generator's `// x - computed: true, optional: true` comment sits on a field declaration TypeScript erases),
// `sensitive` and `write_only` (cdktf never records them). Paths are `<type>.<attribute>` or
// `<type>.<block>.<attribute>`; the extractor refuses an entry whose attribute does not exist or cannot be set, so the
// table cannot drift silently from the packages.
//
// Sources. google 6.50.0 and azuread 3.7.0: `terraform providers schema -json` dumps of exactly those releases,
// published as github.com/lonegunmanb/terraform-google-schema (tag v6.50.0) and
// github.com/lonegunmanb/terraform-azuread-schema (tag v3.7.0), generated/{resource,data}/<type>.go; every other
// flag of every extracted type was compared with them and matches. okta 4.20.0, random 3.7.2, time 0.13.1 and
// http 3.5.0: the providers' Go schemas at those tags (okta/okta `okta/resource_okta_<type>.go` and `okta/app.go`;
// hashicorp/terraform-provider-{random,time,http} `internal/provider/{resource,data_source}_<type>.go`).
"use strict";

/**
 * terraform-plugin-sdk v2 adds `id` as Optional+Computed to every resource and data source that does not declare it
 * (helper/schema/core_schema.go); cdktf turns it into an ordinary optional `id` prop.
 */
const SDKV2_IMPLICIT_ID = "sdkv2-implicit-id";

module.exports = {
  SDKV2_IMPLICIT_ID,
  providers: {
    "registry.terraform.io/hashicorp/google": {
      rules: [SDKV2_IMPLICIT_ID],
      optionalComputed: [
        "google_apigee_environment.api_proxy_type",
        "google_apigee_environment.deployment_type",
        "google_apigee_environment.type",
        "google_apigee_target_server.protocol",
        "google_iam_workload_identity_pool.project",
        "google_iam_workload_identity_pool_provider.project",
        "google_project_iam_custom_role.project",
        "google_pubsub_subscription.ack_deadline_seconds",
        "google_pubsub_subscription.project",
        "google_pubsub_topic.project",
        "google_pubsub_topic_iam_member.project",
        "google_secret_manager_secret.expire_time",
        "google_secret_manager_secret.project",
        "google_secret_manager_secret_iam_member.project",
        "google_service_account.project",
      ],
      sensitive: ["google_secret_manager_secret_version.secret_data"],
      writeOnly: ["google_secret_manager_secret_version.secret_data_wo"],
    },
    "registry.terraform.io/hashicorp/azuread": {
      rules: [SDKV2_IMPLICIT_ID],
      optionalComputed: [
        "azuread_application.password.end_date",
        "azuread_application.password.start_date",
        "azuread_application.tags",
        "azuread_application.template_id",
        "azuread_application_password.display_name",
        "azuread_application_password.end_date",
        "azuread_application_password.start_date",
        "azuread_service_principal.tags",
      ],
      sensitive: ["azuread_application.password.value", "azuread_application_password.value"],
      writeOnly: [],
    },
    "registry.terraform.io/okta/okta": {
      rules: [SDKV2_IMPLICIT_ID],
      optionalComputed: [
        "okta_app_oauth.authentication_policy",
        "okta_app_oauth.client_id",
        "okta_app_oauth.grant_types",
        "okta_app_oauth.pkce_required",
        "okta_app_oauth.response_types",
      ],
      sensitive: ["okta_app_oauth.client_basic_secret", "okta_app_oauth.client_secret"],
      writeOnly: [],
    },
    "registry.terraform.io/hashicorp/random": {
      rules: [],
      optionalComputed: [
        "random_password.lower",
        "random_password.min_lower",
        "random_password.min_numeric",
        "random_password.min_special",
        "random_password.min_upper",
        "random_password.number",
        "random_password.numeric",
        "random_password.special",
        "random_password.upper",
      ],
      sensitive: ["random_password.bcrypt_hash", "random_password.result"],
      writeOnly: [],
    },
    "registry.terraform.io/hashicorp/time": {
      rules: [],
      optionalComputed: ["time_rotating.rfc3339", "time_rotating.rotation_rfc3339", "time_static.rfc3339"],
      sensitive: [],
      writeOnly: [],
    },
    "registry.terraform.io/hashicorp/http": {
      rules: [],
      optionalComputed: [],
      sensitive: [],
      writeOnly: [],
    },
  },
};
