// The public API, as a reviewer reads it: the names each entry point exports, listed here so that any change to the API
// is a visible diff; every exported declaration documented and every optional property with its `@default`; no type
// the API mentions left unexported; and the apps users copy (the examples, the reference app, the scaffold's main.ts)
// type-checking against the entry points alone. The TypeScript compiler reads the sources as a consumer's compiler
// reads the typings.
import * as fs from "fs";
import * as path from "path";
import * as ts from "typescript";
import { scaffoldFiles } from "../../src/cli/scaffold";
import { createPublicApi, documentationProblems, ENTRY_POINTS, PublicApi, unexportedTypes } from "../support/public-api";
import { ROOT, tsFiles } from "../support/source-files";

/** The scaffold's main.ts, as `gated-pipeline init` writes it, placed (in memory only) at the project root. */
const SCAFFOLD_MAIN = path.join(ROOT, "scaffold-main.ts");
/** The apps users copy or run: every example, the reference app and the scaffold's main.ts. */
const APPS = [...tsFiles("examples").map((f) => path.join(ROOT, f)), path.join(ROOT, "stacks", "main.ts"), SCAFFOLD_MAIN];

let api: PublicApi;
beforeAll(() => {
  const scaffold = scaffoldFiles({ name: "orders-gate", stackName: "orders-gate", projectId: "00000000-0000-4000-8000-000000000000", versions: { library: "0.0.0", packages: {} } });
  api = createPublicApi(
    APPS.filter((f) => f !== SCAFFOLD_MAIN),
    { [SCAFFOLD_MAIN]: scaffold["main.ts"] },
  );
});

describe("the public names", () => {
  test("cdktf-gated-pipeline", () => {
    expect(api.names["cdktf-gated-pipeline"]).toEqual([
      "AccessMatrix",
      "AccessMatrixRow",
      "ApiProduct",
      "ApiProductOperation",
      "ApiProductProps",
      "ApiProxy",
      "ApiProxyProps",
      "ApigeeDeveloper",
      "ApigeeDeveloperProps",
      "ApigeeEnvironment",
      "ApigeeEnvironmentGroup",
      "ApigeeEnvironmentGroupProps",
      "ApigeeEnvironmentProps",
      "ApigeeEnvironmentType",
      "ApigeeInstance",
      "ApigeeOrganization",
      "AuditLinkedDataset",
      "AuditLinkedDatasetProps",
      "AuditLogBucket",
      "AuditLogBucketAttributes",
      "AuditLogBucketProps",
      "AuditLogRoute",
      "AuditLogRouteProps",
      "Auth0IssuerProps",
      "AzurePullStepOptions",
      "Backend",
      "BucketPullStepOptions",
      "Caller",
      "CallerConfig",
      "CallerOptions",
      "CheckLevel",
      "CheckReport",
      "CheckSuppression",
      "CheckSuppressions",
      "CiProvider",
      "ClientIpResolution",
      "CollisionStrategy",
      "CronScheduleOptions",
      "DEPLOYER_PERMISSION_TABLE",
      "Decision",
      "DecisionCode",
      "DeployerIdentity",
      "DeployerIdentityProps",
      "DeployerOutputs",
      "DeployerOutputsProps",
      "DeploymentSla",
      "DeploymentSlaOptions",
      "DeveloperApp",
      "DeveloperAppProps",
      "Duration",
      "EntraIdIssuerProps",
      "EntraTokenVersion",
      "Finding",
      "FlowHookPoint",
      "FlowRunState",
      "GateAuditTrail",
      "GateAuditTrailAttributes",
      "GateAuditTrailProps",
      "GateIdentities",
      "GateIdentitiesProps",
      "GateManifest",
      "GateOutputs",
      "GateOutputsProps",
      "GateRequest",
      "GateRuntimeServiceAccount",
      "GateRuntimeServiceAccountProps",
      "GateServiceAccount",
      "GateServiceAccountProps",
      "GatedPipeline",
      "GatedPipelineAdminStack",
      "GatedPipelineAdminStackProps",
      "GatedPipelineApigeeProps",
      "GatedPipelineAuditProps",
      "GatedPipelineChecks",
      "GatedPipelineGateProps",
      "GatedPipelinePrefectProps",
      "GatedPipelineProduct",
      "GatedPipelineProps",
      "GatedPipelineRotationProps",
      "GatedPipelineStack",
      "GatedPipelineStackPipeline",
      "GatedPipelineStackPrefectProps",
      "GatedPipelineStackProps",
      "GatedPipelineStatusEventsProps",
      "GcsBackendOptions",
      "GitClonePullStepOptions",
      "GithubActionsProps",
      "GitlabProps",
      "GoogleIssuerProps",
      "GoogleProjectProps",
      "GoogleServiceAccountCallerProps",
      "GrantReadOptions",
      "HttpMethod",
      "IApiProduct",
      "IApiProxy",
      "IApigeeDeveloper",
      "IApigeeEnvironment",
      "IApigeeEnvironmentGroup",
      "IApigeeInstance",
      "IApigeeOrganization",
      "IAuditLogBucket",
      "IBundleSource",
      "IGateAuditTrail",
      "IGateRuntimeServiceAccount",
      "IKeyValueMap",
      "IPrefectDeployment",
      "IPrefectWorkspace",
      "IPrincipal",
      "ISecret",
      "ISharedFlow",
      "ITargetServer",
      "IWorkPool",
      "IntervalScheduleOptions",
      "Issuer",
      "IssuerConfig",
      "IssuerOptions",
      "JsonValue",
      "JwksOption",
      "JwtAlgorithm",
      "KeyValueMap",
      "KeyValueMapEntry",
      "KeyValueMapProps",
      "KeycloakIssuerProps",
      "LoggingServiceAgent",
      "MANIFEST_VERSION",
      "ManifestApigee",
      "ManifestAudit",
      "ManifestAuditTrail",
      "ManifestAuditTrailFacts",
      "ManifestClient",
      "ManifestDeployment",
      "ManifestGateSettings",
      "ManifestIssuer",
      "ManifestPrefect",
      "ManifestProduct",
      "ManifestQuota",
      "ManifestRotation",
      "ManifestValue",
      "OidcIssuerProps",
      "OktaIssuerProps",
      "PipInstallPullStepOptions",
      "PrefectConnectionProps",
      "PrefectDeployment",
      "PrefectDeploymentOptions",
      "PrefectDeploymentProps",
      "PrefectDeployments",
      "PrefectFlow",
      "PrefectFlowProps",
      "PrefectWorkspace",
      "PrefectWorkspaceProps",
      "PrefectYamlOptions",
      "Principal",
      "PullStep",
      "PullStepOptions",
      "PushStatusEventsSubscriptionOptions",
      "Quota",
      "QuotaState",
      "QuotaTimeUnit",
      "Rate",
      "RenderedQuota",
      "ResourceTypePermissions",
      "RotationSchedule",
      "RotationScheduleProps",
      "RotationTimings",
      "Schedule",
      "ScheduleOptions",
      "Secret",
      "SecretProps",
      "SecretReplica",
      "SecretReplication",
      "SecretRotationNotificationProps",
      "SecretVersionProps",
      "SharedFlow",
      "SharedFlowProps",
      "ShellScriptPullStepOptions",
      "SimulateOptions",
      "SimulationError",
      "SlaSeverity",
      "StatusAutomation",
      "StatusAutomationProps",
      "StatusEventsSubscription",
      "StatusEventsSubscriptionOptions",
      "StoragePullStepOptions",
      "TargetServer",
      "TargetServerProps",
      "TfRef",
      "UpstreamRequest",
      "WorkPool",
      "WorkPoolProps",
      "WorkPoolType",
      "WorkQueueOptions",
      "WorkspaceRef",
      "bundle",
      "gate",
      "isTfRef",
      "parseGateManifest",
      "simulateGate",
    ]);
  });

  test("cdktf-gated-pipeline/okta", () => {
    expect(api.names["cdktf-gated-pipeline/okta"]).toEqual([
      "ClientPublicKey",
      "OktaClientSecretProps",
      "OktaConnectionProps",
      "OktaGateAuthorization",
      "OktaGateAuthorizationProps",
      "OktaGateCallerProps",
      "OktaIssuerMode",
      "PublicJwk",
      "defineOktaProvider",
    ]);
  });

  test("cdktf-gated-pipeline/entra", () => {
    expect(api.names["cdktf-gated-pipeline/entra"]).toEqual([
      "AZURE_AD_TOKEN_EXCHANGE",
      "AzureadConnectionProps",
      "EntraGateApplication",
      "EntraGateApplicationProps",
      "EntraGateCallerProps",
      "EntraPasswordProps",
      "FederatedCredential",
      "GitHubActionsCredentialProps",
      "GoogleServiceAccountCredentialProps",
      "OidcCredentialProps",
      "defineAzureadProvider",
    ]);
  });

  test("the gate namespace: the contract clients rely on", () => {
    expect(api.names.gate).toEqual([
      "ALLOWED_BODY_FIELDS",
      "AUDIT_RECORD_FIELDS",
      "AUDIT_RECORD_VERSION",
      "AuditFieldName",
      "AuditRecordField",
      "BEARER_CREDENTIAL",
      "CALLER_TAG_HASH_LENGTH",
      "CALLER_TAG_PREFIX",
      "COMPACT_JWS",
      "DECISION_ORDER",
      "DEFAULT_EVENT_WINDOW_SECONDS",
      "DEPLOYMENT_SLUG",
      "EVENT_CLOCK_SKEW_SECONDS",
      "EVENT_DECISION_ORDER",
      "EVENT_ID",
      "EVENT_OUTCOMES",
      "FLOW_RUN_ID",
      "FORBIDDEN_BODY_FIELDS",
      "IDEMPOTENCY_HEADER",
      "IDEMPOTENCY_KEY",
      "JSON_CONTENT_TYPE",
      "JSON_LIMITS",
      "JWS_LIKE",
      "MESSAGE_TAG_PREFIX",
      "PREFECT_HYDRATION_KEY",
      "REFUSALS",
      "RESERVED_TAG_PREFIX",
      "ROUTES",
      "ROUTE_PARAMETERS",
      "RefusalCode",
      "RouteParameter",
      "SECURITY_HEADERS",
      "STATUS_EVENT_FIELDS",
      "TOKEN_QUERY_PARAMETERS",
      "UPSTREAM_HEADERS",
      "WEBHOOK_SECRET_HEADER",
      "callerTag",
      "consumerKey",
      "createFlowRunPath",
      "eventMemorySeconds",
      "eventWithinWindow",
      "idempotencyKey",
      "isJsonContentType",
      "messageTag",
      "readFlowRunPath",
    ]);
  });

  test("the bundle namespace: the Apigee bundle model", () => {
    expect(api.names.bundle).toEqual([
      "AssignMessage",
      "AssignMessageProps",
      "AssignMessageSet",
      "AssignVariable",
      "CacheKey",
      "CacheScope",
      "CacheSettings",
      "Condition",
      "DecodeJwt",
      "DecodeJwtProps",
      "DefaultFaultRule",
      "DefaultFaultRuleProps",
      "EndpointFlows",
      "EndpointFlowsProps",
      "ExtractVariables",
      "ExtractVariablesProps",
      "FaultRule",
      "FaultRuleProps",
      "Flow",
      "FlowCallout",
      "FlowCalloutProps",
      "FlowProps",
      "FlowSteps",
      "FlowStepsProps",
      "FlowValue",
      "GoogleAuthentication",
      "Javascript",
      "JavascriptProps",
      "JsonPathVariable",
      "JsonThreatProtection",
      "JsonThreatProtectionProps",
      "JwtAlgorithm",
      "JwtClaim",
      "JwtKeySource",
      "KeyValueMapOperations",
      "KeyValueMapOperationsProps",
      "KvmGet",
      "LookupCache",
      "LookupCacheProps",
      "MessageLogging",
      "MessageLoggingProps",
      "MessagePayload",
      "NamedPatterns",
      "PackedBundle",
      "Policy",
      "PolicyProps",
      "PopulateCache",
      "PopulateCacheProps",
      "ProxyBundle",
      "ProxyBundleProps",
      "ProxyEndpoint",
      "ProxyEndpointProps",
      "PublishMessage",
      "PublishMessageProps",
      "Quota",
      "QuotaLimit",
      "QuotaProps",
      "QuotaTimeUnit",
      "QuotaType",
      "RaiseFault",
      "RaiseFaultProps",
      "ResourceFile",
      "RouteRule",
      "RouteRuleProps",
      "ServiceCallout",
      "ServiceCalloutProps",
      "SharedFlow",
      "SharedFlowBundle",
      "SharedFlowBundleProps",
      "SharedFlowProps",
      "SpikeArrest",
      "SpikeArrestProps",
      "SslInfoProps",
      "Step",
      "StepLike",
      "StepSite",
      "TargetConnection",
      "TargetEndpoint",
      "TargetEndpointProps",
      "TargetServerConnectionOptions",
      "UrlConnectionOptions",
      "VerifyApiKey",
      "VerifyApiKeyProps",
      "VerifyJwt",
      "VerifyJwtProps",
      "XmlAttributes",
      "XmlChild",
      "XmlElement",
    ]);
  });

  test("no module of src/ re-exports with `export * from`: every public name is listed by name", () => {
    const found: string[] = [];
    for (const file of tsFiles("src", ["src/gen"])) {
      const source = ts.createSourceFile(file, fs.readFileSync(path.join(ROOT, file), "utf8"), ts.ScriptTarget.Latest, true);
      for (const s of source.statements) {
        // `export * as ns from` names the namespace; the module it points at lists its names.
        if (ts.isExportDeclaration(s) && !s.exportClause) found.push(`${file}: ${s.getText()}`);
      }
    }
    expect(found).toEqual([]);
  });
});

describe("the documentation of the public API", () => {
  test("every exported declaration and every property of an exported interface has a doc comment, every optional property a @default", () => {
    expect(documentationProblems(api)).toEqual([]);
  });

  test("every type of the project the public API mentions is exported too", () => {
    expect(unexportedTypes(api)).toEqual([]);
  });

  test("the checks find what they look for", () => {
    // A program over a made-up entry point: an undocumented class, an optional prop without @default, an undocumented
    // prop, and a props interface that names an unexported type.
    const file = path.join(ROOT, "src", "fixture-entry.ts");
    const fixture = createPublicApi([], {
      [file]: [
        "interface Hidden { readonly x: number }",
        "export class Undocumented {}",
        "/** Props. */",
        "export interface FixtureProps {",
        "  /** No default stated. */",
        "  readonly size?: number;",
        "  /**",
        "   * Stated.",
        "   * @default 3",
        "   */",
        "  readonly count?: number;",
        "  /** Mentions a type users cannot import. */",
        "  readonly hidden: Hidden;",
        "  readonly bare: string;",
        "}",
      ].join("\n"),
    });
    const module = fixture.checker.getSymbolAtLocation(fixture.program.getSourceFile(file)!)!;
    const own: PublicApi = {
      ...fixture,
      symbols: fixture.checker.getExportsOfModule(module).map((symbol) => ({ qualifiedName: symbol.name, symbol })),
    };
    expect(documentationProblems(own)).toEqual([
      "FixtureProps.bare (src/fixture-entry.ts:14): no doc comment",
      "FixtureProps.size (src/fixture-entry.ts:6): optional without @default",
      "Undocumented (src/fixture-entry.ts:2): no doc comment",
    ]);
    expect(unexportedTypes(own)).toEqual(["Hidden (src/fixture-entry.ts:1), used by FixtureProps"]);
  });
});

describe("the apps users copy type-check against the entry points alone", () => {
  test.each(APPS.map((f) => [path.relative(ROOT, f)]))("%s", (rel) => {
    const file = path.join(ROOT, rel);
    const source = api.program.getSourceFile(file)!;
    const diagnostics = ts.getPreEmitDiagnostics(api.program, source).map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"));
    expect(diagnostics).toEqual([]);
    // Whatever it imports from this package resolves to an entry point, never to a module behind one.
    const entryFiles = Object.values(ENTRY_POINTS).map((f) => path.join(ROOT, f));
    const src = path.join(ROOT, "src") + path.sep;
    const deep = source.statements
      .filter((s): s is ts.ImportDeclaration => ts.isImportDeclaration(s))
      .map((s) => (s.moduleSpecifier as ts.StringLiteral).text)
      .filter((specifier) => {
        const resolved = ts.resolveModuleName(specifier, file, api.program.getCompilerOptions(), ts.sys).resolvedModule?.resolvedFileName;
        return resolved !== undefined && path.resolve(resolved).startsWith(src) && !entryFiles.includes(path.resolve(resolved));
      });
    expect(deep).toEqual([]);
  });

  test("they import the package by its entry points", () => {
    const specifiers = new Set(
      APPS.flatMap((f) =>
        api.program
          .getSourceFile(f)!
          .statements.filter((s): s is ts.ImportDeclaration => ts.isImportDeclaration(s))
          .map((s) => (s.moduleSpecifier as ts.StringLiteral).text),
      ),
    );
    // The reference app is part of this repository and imports the main entry point by path.
    expect([...specifiers].filter((s) => s.includes("gated-pipeline") || s.startsWith(".")).sort()).toEqual([
      "../src",
      "cdktf-gated-pipeline",
      "cdktf-gated-pipeline/entra",
      "cdktf-gated-pipeline/okta",
    ]);
  });
});
