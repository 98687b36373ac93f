// The package's public API, name by name: what a stack, a reviewer's tooling or a test of the gate may import. Each
// name comes from the file that defines it. Anything not listed here is internal and may change in any release.
// The Okta and Entra ID modules are separate entry points (`cdktf-gated-pipeline/okta`, `/entra`), so their provider
// packages load only when a user imports them.

// Values with units
export { Duration } from "./core/duration";
export { Rate } from "./core/rate";

// The gated pipeline (L3) and the stacks that hold it
export { Backend } from "./pipeline/backend";
export type { GcsBackendOptions } from "./pipeline/backend";
export { GatedPipeline } from "./pipeline/gated-pipeline";
export { GateOutputs } from "./pipeline/gate-outputs";
export type { GateOutputsProps } from "./pipeline/gate-outputs";
export type {
  GatedPipelineApigeeProps,
  GatedPipelineAuditProps,
  GatedPipelineGateProps,
  GatedPipelinePrefectProps,
  GatedPipelineProduct,
  GatedPipelineProps,
  GatedPipelineRotationProps,
  GatedPipelineStatusEventsProps,
} from "./pipeline/gated-pipeline-props";
export { GatedPipelineStack } from "./pipeline/gated-pipeline-stack";
export type { GatedPipelineStackPipeline, GatedPipelineStackPrefectProps, GatedPipelineStackProps } from "./pipeline/gated-pipeline-stack";
export type { GoogleProjectProps } from "./pipeline/google-project";
export { GatedPipelineAdminStack } from "./pipeline/gated-pipeline-admin-stack";
export type { GatedPipelineAdminStackProps } from "./pipeline/gated-pipeline-admin-stack";
export { StatusEventsSubscription } from "./pipeline/status-events-subscription";
export type { PushStatusEventsSubscriptionOptions, StatusEventsSubscriptionOptions } from "./pipeline/status-events-subscription";
export type { AccessMatrix, AccessMatrixRow } from "./pipeline/access-matrix";

// Apigee (L2)
export { ApiProduct, HttpMethod } from "./apigee/api-product";
export type { ApiProductOperation, ApiProductProps, IApiProduct } from "./apigee/api-product";
export { ApiProxy } from "./apigee/api-proxy";
export type { ApiProxyProps, IApiProxy } from "./apigee/api-proxy";
export type { IBundleSource } from "./apigee/bundle-source";
export { ClientIpResolution } from "./apigee/client-ip-resolution";
export { ApigeeDeveloper } from "./apigee/developer";
export type { ApigeeDeveloperProps, IApigeeDeveloper } from "./apigee/developer";
export { DeveloperApp } from "./apigee/developer-app";
export type { DeveloperAppProps } from "./apigee/developer-app";
export { ApigeeEnvironment, ApigeeEnvironmentType } from "./apigee/environment";
export type { ApigeeEnvironmentProps, IApigeeEnvironment } from "./apigee/environment";
export { ApigeeEnvironmentGroup } from "./apigee/environment-group";
export type { ApigeeEnvironmentGroupProps, IApigeeEnvironmentGroup } from "./apigee/environment-group";
export { FlowHookPoint } from "./apigee/flow-hook-point";
export { GateRuntimeServiceAccount } from "./apigee/gate-runtime-service-account";
export type { GateRuntimeServiceAccountProps, IGateRuntimeServiceAccount } from "./apigee/gate-runtime-service-account";
export { ApigeeInstance } from "./apigee/instance";
export type { IApigeeInstance } from "./apigee/instance";
export { KeyValueMap } from "./apigee/key-value-map";
export type { IKeyValueMap, KeyValueMapEntry, KeyValueMapProps } from "./apigee/key-value-map";
export { ApigeeOrganization } from "./apigee/organization";
export type { IApigeeOrganization } from "./apigee/organization";
export { Quota, QuotaTimeUnit } from "./apigee/quota";
export type { RenderedQuota } from "./apigee/quota";
export { SharedFlow } from "./apigee/shared-flow";
export type { ISharedFlow, SharedFlowProps } from "./apigee/shared-flow";
export { TargetServer } from "./apigee/target-server";
export type { ITargetServer, TargetServerProps } from "./apigee/target-server";
// The Apigee bundle model. Its Quota and SharedFlow are policy and bundle elements, not the L2 constructs of the same
// name.
export * as bundle from "./apigee/bundle";

// Identities: issuers, callers, principals, the CI deployer
export { Caller } from "./identity/caller";
export type { CallerConfig, CallerOptions, GoogleServiceAccountCallerProps } from "./identity/caller";
export { CiProvider } from "./identity/ci-provider";
export type { GithubActionsProps, GitlabProps } from "./identity/ci-provider";
export { DeployerIdentity } from "./identity/deployer-identity";
export type { DeployerIdentityProps } from "./identity/deployer-identity";
export { DeployerOutputs } from "./identity/deployer-outputs";
export type { DeployerOutputsProps } from "./identity/deployer-outputs";
export { DEPLOYER_PERMISSION_TABLE } from "./identity/deployer-permissions";
export type { ResourceTypePermissions } from "./identity/deployer-permissions";
export { EntraTokenVersion } from "./identity/entra-token-version";
export { GateIdentities } from "./identity/gate-identities";
export type { GateIdentitiesProps } from "./identity/gate-identities";
export { Issuer } from "./identity/issuer";
export type {
  Auth0IssuerProps,
  EntraIdIssuerProps,
  GoogleIssuerProps,
  IssuerConfig,
  IssuerOptions,
  KeycloakIssuerProps,
  OidcIssuerProps,
  OktaIssuerProps,
} from "./identity/issuer";
export { JwtAlgorithm } from "./identity/jwt-algorithm";
export { Principal } from "./identity/principal";
export type { IPrincipal } from "./identity/principal";

// Secrets and their rotation
export { RotationSchedule } from "./secrets/rotation-schedule";
export type { RotationScheduleProps } from "./secrets/rotation-schedule";
export { Secret, SecretReplication } from "./secrets/secret";
export type { GrantReadOptions, ISecret, SecretProps, SecretReplica, SecretRotationNotificationProps, SecretVersionProps } from "./secrets/secret";

// The audit trail
export { AuditLinkedDataset } from "./audit/audit-linked-dataset";
export type { AuditLinkedDatasetProps } from "./audit/audit-linked-dataset";
export { AuditLogBucket } from "./audit/audit-log-bucket";
export type { AuditLogBucketAttributes, AuditLogBucketProps, IAuditLogBucket } from "./audit/audit-log-bucket";
export { AuditLogRoute } from "./audit/audit-log-route";
export type { AuditLogRouteProps } from "./audit/audit-log-route";
export { GateAuditTrail } from "./audit/gate-audit-trail";
export type { GateAuditTrailAttributes, GateAuditTrailProps, IGateAuditTrail } from "./audit/gate-audit-trail";
export { LoggingServiceAgent } from "./audit/logging-service-agent";

// Prefect (L2)
export { CollisionStrategy, PrefectDeployment } from "./prefect/deployment";
export type { IPrefectDeployment, PrefectDeploymentOptions, PrefectDeploymentProps } from "./prefect/deployment";
export { PrefectDeployments } from "./prefect/deployments";
export { PrefectFlow } from "./prefect/flow";
export type { PrefectFlowProps } from "./prefect/flow";
export { GateServiceAccount } from "./prefect/gate-service-account";
export type { GateServiceAccountProps } from "./prefect/gate-service-account";
export type { JsonValue } from "./prefect/json-value";
export type { PrefectConnectionProps } from "./prefect/prefect-provider";
export type { PrefectYamlOptions } from "./prefect/prefect-yaml";
export type { RotationTimings } from "./prefect/rotation-invariant";
export { PullStep } from "./prefect/pull-step";
export type {
  AzurePullStepOptions,
  BucketPullStepOptions,
  GitClonePullStepOptions,
  PipInstallPullStepOptions,
  PullStepOptions,
  ShellScriptPullStepOptions,
  StoragePullStepOptions,
} from "./prefect/pull-step";
export { Schedule } from "./prefect/schedule";
export type { CronScheduleOptions, IntervalScheduleOptions, ScheduleOptions } from "./prefect/schedule";
export { DeploymentSla, SlaSeverity } from "./prefect/sla";
export type { DeploymentSlaOptions } from "./prefect/sla";
export { FlowRunState, StatusAutomation } from "./prefect/status-automation";
export type { StatusAutomationProps } from "./prefect/status-automation";
export { WorkPool, WorkPoolType } from "./prefect/work-pool";
export type { IWorkPool, WorkPoolProps, WorkQueueOptions } from "./prefect/work-pool";
export { PrefectWorkspace, WorkspaceRef } from "./prefect/workspace";
export type { IPrefectWorkspace, PrefectWorkspaceProps } from "./prefect/workspace";

// The gate: its contract (routes, checks, refusal codes) and the manifest synthesis writes for each pipeline
export * as gate from "./gate";
export { isTfRef, MANIFEST_VERSION } from "./gate/manifest";
export type {
  GateManifest,
  ManifestApigee,
  ManifestAudit,
  ManifestAuditTrail,
  ManifestAuditTrailFacts,
  ManifestClient,
  ManifestDeployment,
  ManifestGateSettings,
  ManifestIssuer,
  ManifestPrefect,
  ManifestProduct,
  ManifestQuota,
  ManifestRotation,
  ManifestValue,
  TfRef,
} from "./gate/manifest";

// The policy pack
export { CheckSuppressions } from "./checks/check-suppressions";
export { GatedPipelineChecks } from "./checks/gated-pipeline-checks";
export type { CheckLevel, CheckReport, CheckSuppression, Finding } from "./checks/model";

// The simulator: what the gate would decide for a request, offline
export type { Decision, DecisionCode, UpstreamRequest } from "./simulate/decision";
export type { GateRequest } from "./simulate/gate-request";
export { parseGateManifest } from "./simulate/parse-manifest";
export { QuotaState } from "./simulate/quota-state";
export { simulateGate } from "./simulate/simulate-gate";
export type { SimulateOptions } from "./simulate/simulate-gate";
export { SimulationError } from "./simulate/simulation-error";
export type { JwksOption } from "./simulate/verify-token";
