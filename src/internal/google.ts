/**
 * Prebuilt google provider classes (hashicorp/google 6.50.0 bindings), deep-imported one module each: the package
 * barrel loads ~1,500 modules and costs seconds. At apply time the stack asks for google 7.x
 * (see provider-versions.ts); none of these resources changed incompatibly in 7.0.
 */
export { GoogleProvider } from "@cdktf/provider-google/lib/provider";
export { ApigeeEnvironment } from "@cdktf/provider-google/lib/apigee-environment";
export { ApigeeEnvgroup } from "@cdktf/provider-google/lib/apigee-envgroup";
export { ApigeeEnvgroupAttachment } from "@cdktf/provider-google/lib/apigee-envgroup-attachment";
export { ApigeeInstanceAttachment } from "@cdktf/provider-google/lib/apigee-instance-attachment";
export { ApigeeApi } from "@cdktf/provider-google/lib/apigee-api";
export { ApigeeSharedflow } from "@cdktf/provider-google/lib/apigee-sharedflow";
export { ApigeeSharedflowDeployment } from "@cdktf/provider-google/lib/apigee-sharedflow-deployment";
export { ApigeeFlowhook } from "@cdktf/provider-google/lib/apigee-flowhook";
export { ApigeeApiProduct } from "@cdktf/provider-google/lib/apigee-api-product";
export type { ApigeeApiProductOperationGroupOperationConfigs } from "@cdktf/provider-google/lib/apigee-api-product";
export { ApigeeDeveloper } from "@cdktf/provider-google/lib/apigee-developer";
export { ApigeeEnvironmentKeyvaluemaps } from "@cdktf/provider-google/lib/apigee-environment-keyvaluemaps";
export { ApigeeEnvironmentKeyvaluemapsEntries } from "@cdktf/provider-google/lib/apigee-environment-keyvaluemaps-entries";
export { ApigeeTargetServer } from "@cdktf/provider-google/lib/apigee-target-server";
export { ServiceAccount } from "@cdktf/provider-google/lib/service-account";
export { ServiceAccountIamMember } from "@cdktf/provider-google/lib/service-account-iam-member";
export { ProjectIamMember } from "@cdktf/provider-google/lib/project-iam-member";
export { ProjectIamCustomRole } from "@cdktf/provider-google/lib/project-iam-custom-role";
export { SecretManagerSecret } from "@cdktf/provider-google/lib/secret-manager-secret";
export { SecretManagerSecretVersion } from "@cdktf/provider-google/lib/secret-manager-secret-version";
export { SecretManagerSecretIamMember } from "@cdktf/provider-google/lib/secret-manager-secret-iam-member";
export { PubsubTopic } from "@cdktf/provider-google/lib/pubsub-topic";
export { PubsubTopicIamMember } from "@cdktf/provider-google/lib/pubsub-topic-iam-member";
export { PubsubSubscription } from "@cdktf/provider-google/lib/pubsub-subscription";
export { IamWorkloadIdentityPool } from "@cdktf/provider-google/lib/iam-workload-identity-pool";
export { IamWorkloadIdentityPoolProvider } from "@cdktf/provider-google/lib/iam-workload-identity-pool-provider";
export { DataGoogleProject } from "@cdktf/provider-google/lib/data-google-project";
// Audit trail: a dedicated log bucket, the sink and _Default exclusion that route the gate's logs into it, an optional
// linked BigQuery dataset, and the project's Logging service agent (for CMEK).
export { LoggingProjectBucketConfig } from "@cdktf/provider-google/lib/logging-project-bucket-config";
export { LoggingProjectSink } from "@cdktf/provider-google/lib/logging-project-sink";
export { LoggingProjectExclusion } from "@cdktf/provider-google/lib/logging-project-exclusion";
export { LoggingLinkedDataset } from "@cdktf/provider-google/lib/logging-linked-dataset";
export { DataGoogleLoggingProjectCmekSettings } from "@cdktf/provider-google/lib/data-google-logging-project-cmek-settings";
export { DataGoogleLoggingSink } from "@cdktf/provider-google/lib/data-google-logging-sink";
