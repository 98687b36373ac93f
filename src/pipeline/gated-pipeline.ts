import { createHash } from "crypto";
import { Construct } from "constructs";
import { ApiProduct, HttpMethod } from "../apigee/api-product";
import { ApiProxy } from "../apigee/api-proxy";
import { ApigeeDeveloper } from "../apigee/developer";
import { DeveloperApp } from "../apigee/developer-app";
import { IApigeeEnvironment } from "../apigee/environment";
import { IApigeeEnvironmentGroup } from "../apigee/environment-group";
import { GateRuntimeServiceAccount } from "../apigee/gate-runtime-service-account";
import { KeyValueMap } from "../apigee/key-value-map";
import { ApigeeOrganization, IApigeeOrganization } from "../apigee/organization";
import { TargetServer } from "../apigee/target-server";
import { ProxyBundle } from "../apigee/bundle";
import { IGateAuditTrail } from "../audit/gate-audit-trail";
import { connectAuditTrail } from "../audit/audit-trail-verification";
import { logNameOf } from "../audit/log-names";
import { throwProblems } from "../core/problems";
import { FORBIDDEN_BODY_FIELDS, GATE_KVM_KEYS } from "../gate/contract";
import { gateManifestFile } from "../gate/output-files";
import { GateManifest, MANIFEST_VERSION, ManifestAuditTrail, ManifestDeployment, ManifestProduct, ManifestRotation } from "../gate/manifest";
import { GateIdentities } from "../identity/gate-identities";
import { IssuerConfig } from "../identity/issuer";
import { manifestValue, stackTokenResolver } from "../identity/manifest-entries";
import { Annotations, Fn, TerraformStack, Token } from "../internal/cdk";
import { ApigeeEnvironmentKeyvaluemapsEntries, PubsubSubscription, PubsubTopic, PubsubTopicIamMember } from "../internal/google";
import { writeAtSynthesis } from "../internal/synthesis";
import { PrefectDeployment } from "../prefect/deployment";
import { GateServiceAccount } from "../prefect/gate-service-account";
import { StatusAutomation } from "../prefect/status-automation";
import { IPrefectWorkspace, WorkspaceRef } from "../prefect/workspace";
import { RotationSchedule } from "../secrets/rotation-schedule";
import { Secret } from "../secrets/secret";
import { ensureAccessMatrix } from "./access-matrix-writer";
import { CallerAppBinding, callerAppBinding } from "./caller-app-binding";
import { buildGateProxy } from "./gate-proxy";
import { GateIssuerSpec, GateProxySpec, GateValue, issuerSelector } from "./gate-proxy-spec";
import { GateOutputs } from "./gate-outputs";
import { GateSettings } from "./gate-settings";
import { GatedPipelineProps } from "./gated-pipeline-props";
import { brandPipeline, isBrandedPipeline } from "./pipeline-brand";
import { checkPipelineProps, DEFAULT_PREFECT_API_HOST, pipelineIdTakenProblem } from "./gated-pipeline-validation";
import { warnAboutOrganization } from "./google-project";
import { sharedEnvironment } from "./shared-environment";
import { pipelineDefaultsOf } from "./stack-defaults";

/**
 * A whole gated pipeline from one construct: callers' JWTs verified by an Apigee X proxy, authorized per Prefect
 * deployment through API products, limited by quotas and audited, then turned into Prefect flow runs with a key that
 * Terraform rotates without downtime; Prefect reports run states back through the gate.
 *
 * Every resource it defines is a public property. At synthesis it writes the gate manifest
 * (`gated-pipeline/<pipeline>.json`) and joins the stack's access matrix.
 */
export class GatedPipeline extends Construct {
  /** Whether `x` is a GatedPipeline (of any copy of this library). */
  public static isGatedPipeline(x: unknown): x is GatedPipeline {
    return isBrandedPipeline(x);
  }

  /** The pipeline id: names the proxy, its KVM, secrets, topic and manifest. */
  public readonly pipelineId: string;
  public readonly organization: IApigeeOrganization;
  public readonly environment: IApigeeEnvironment;
  public readonly environmentGroup: IApigeeEnvironmentGroup;
  public readonly basePath: string;
  public readonly hostnames: readonly string[];
  /** Issuers and callers, bound into the stack. */
  public readonly identities: GateIdentities;
  /** Routing and apply-time values the proxy reads at runtime (never secrets). */
  public readonly keyValueMap: KeyValueMap;
  /** The Prefect API host, TLS enforced. */
  public readonly targetServer: TargetServer;
  /** The identity the proxy runs as: writes logs, reads its two secrets, publishes status events. */
  public readonly runtimeServiceAccount: GateRuntimeServiceAccount;
  /** The one rotation the Prefect key and the webhook secret follow. */
  public readonly rotation: RotationSchedule;
  /** Holds the Prefect key (write-only versions). */
  public readonly prefectKeySecret: Secret;
  /** Holds the status webhook's shared secret (write-only versions). */
  public readonly webhookSecret: Secret;
  public readonly workspace: IPrefectWorkspace;
  /** The Prefect deployments, in the order given. */
  public readonly deployments: readonly PrefectDeployment[];
  /** The gate's Prefect service account (Runner) and its rotated key. */
  public readonly serviceAccount: GateServiceAccount;
  /** Pushes flow-run states to the gate's events route. */
  public readonly statusAutomation: StatusAutomation;
  /** Where the gate publishes status events. */
  public readonly statusTopic: PubsubTopic;
  /** Who reads the status events, when `statusEvents.subscription` is set. */
  public readonly statusSubscription?: PubsubSubscription;
  /** The gate proxy bundle (typed model; its zip is written at synthesis). */
  public readonly bundle: ProxyBundle;
  /** The uploaded and deployed gate proxy. */
  public readonly proxy: ApiProxy;
  /** One API product per entry of `products`. */
  public readonly products: readonly ApiProduct[];
  /** The developer owning the callers' apps. */
  public readonly developer: ApigeeDeveloper;
  /**
   * One developer app per caller, in the order of `callers`. Each is named and addressed by its issuer and client id
   * (so reordering callers changes nothing), and its consumer key is `consumerKey(pipeline, issuer, client id)` of the
   * gate contract (so no client id of one issuer, or of another gate in the organization, can act as this caller).
   */
  public readonly apps: readonly DeveloperApp[];
  /** The full name of the log the gate writes its audit records to: `projects/<organization>/logs/<auditLogName>`. */
  public readonly auditLogName: string;
  /** Where the audit records are kept, if a trail was given. */
  public readonly auditTrail?: IGateAuditTrail;
  /** The gate's apply-time values (deployment ids, discovered JWKS URIs, generated client ids) as Terraform outputs. */
  public readonly outputs: GateOutputs;

  private readonly props: GatedPipelineProps;
  private readonly gate: GateSettings;
  private readonly prefectAccountId: string;
  private readonly callerBindings: readonly CallerAppBinding[];
  private readonly rotationRecord: ManifestRotation;
  private readonly auditTrailRecord: ManifestAuditTrail | null;

  public constructor(scope: Construct, id: string, props: GatedPipelineProps) {
    super(scope, unusedPipelineId(scope, id));
    brandPipeline(this);
    const path = this.node.path;
    const stack = TerraformStack.of(this);
    const defaults = pipelineDefaultsOf(stack);
    // Every problem of the props in one error, before anything is defined.
    const checked = checkPipelineProps(path, id, props, defaults);
    throwProblems(path, checked.problems);
    const { gate, rotation: timings } = checked;

    this.pipelineId = id;
    this.props = props;
    this.gate = gate;
    const org = props.apigee.organization;
    this.organization = ApigeeOrganization.fromName(this, org);
    this.basePath = props.apigee.basePath;
    this.hostnames = [...props.apigee.hostnames];
    const accountId = (props.prefect?.accountId ?? defaults.prefectAccountId) as string;
    this.prefectAccountId = accountId;
    this.rotationRecord = {
      everySeconds: timings.every.toSeconds(),
      graceSeconds: timings.grace.toSeconds(),
      overlapSeconds: timings.overlap.toSeconds(),
      cacheTtlSeconds: timings.cacheTtl.toSeconds(),
      applyEverySeconds: timings.applyEvery.toSeconds(),
    };
    const auditLogId = props.auditLogName ?? `${id}-gate-audit`;
    this.auditLogName = logNameOf(org, auditLogId);
    warnAboutOrganization(this, org, stack);

    // Identity: issuers and callers, checked together.
    this.identities = new GateIdentities(this, "Identities", { issuers: props.issuers, callers: props.callers });

    // Prefect: workspace, deployments.
    const workspaceRef = (props.prefect?.workspace ?? defaults.workspace) as WorkspaceRef;
    this.workspace = workspaceRef.bind(this, "Workspace");
    this.deployments = props.deployments.bind(new Construct(this, "Deployments"), this.workspace);
    const routeNames = this.deployments.map((d) => d.routeName);
    for (const route of routeNames) {
      if (!props.products.some((p) => p.deployments.includes(route))) {
        Annotations.of(this).addWarning(`deployment ${JSON.stringify(route)} is in no product, so no caller can trigger it`);
      }
    }

    // Apigee topology: environment and group, shared by the pipelines of a stack that name them.
    const topology = sharedEnvironment(stack, this.organization, props.apigee);
    this.environment = topology.environment;
    this.environmentGroup = topology.group;
    if (props.apigee.existingEnvironment && props.apigee.clientIpResolution) {
      Annotations.of(this).addWarning(
        `apigee.clientIpResolution "${props.apigee.clientIpResolution}" is ignored: environment ${JSON.stringify(this.environment.environmentName)} is an existingEnvironment, ` +
          `which this pipeline does not define; configure its client IP resolution where it is defined`,
      );
    }
    if (props.apigee.existingEnvironment && !props.apigee.existingEnvironment.clientIpResolution) {
      Annotations.of(this).addWarning(
        `environment ${JSON.stringify(this.environment.environmentName)} is not defined in this stack, so its client IP resolution is not set here: configure it where the environment is defined ` +
          `(google_apigee_environment.client_ip_resolution_config, an X-Forwarded-For position counted from the right), or the gate's per-client-IP spike arrest keys on an address callers can influence`,
      );
    }

    // Secrets and rotation: one rotation drives the Prefect key and the webhook secret.
    this.rotation = new RotationSchedule(this, "Rotation", { every: timings.every });
    this.prefectKeySecret = new Secret(this, "PrefectKeySecret", { secretId: `${id}-gate-prefect-key`, project: org });
    this.webhookSecret = new Secret(this, "WebhookSecret", { secretId: `${id}-gate-webhook-secret`, project: org });
    this.serviceAccount = new GateServiceAccount(this, "PrefectServiceAccount", {
      name: `${id}-gate`,
      workspace: this.workspace,
      secret: this.prefectKeySecret,
      rotation: this.rotation,
      grace: timings.grace,
      overlap: timings.overlap,
      secretCacheTtl: timings.cacheTtl,
      applyEvery: timings.applyEvery,
    });
    this.statusAutomation = new StatusAutomation(this, "StatusAutomation", {
      name: `${id}-gate-status`,
      workspace: this.workspace,
      deployments: this.deployments,
      hostname: this.hostnames[0],
      basePath: this.basePath,
      rotation: this.rotation,
      secret: this.webhookSecret,
      states: props.statusEvents?.states,
    });

    // Runtime identity of the proxy: log writing, its two secrets, publishing status events.
    this.runtimeServiceAccount = new GateRuntimeServiceAccount(this, "RuntimeServiceAccount", {
      organization: this.organization,
      accountId: `${id}-gate-rt`,
      project: org,
      displayName: `Gate ${id} runtime`,
      readableSecret: this.prefectKeySecret,
    });
    this.runtimeServiceAccount.grantSecretRead(this.webhookSecret);
    const topicName = props.statusEvents?.topicName ?? `${id}-gate-status`;
    this.statusTopic = new PubsubTopic(this, "StatusTopic", { name: topicName, project: org });
    new PubsubTopicIamMember(this, "StatusTopicPublisher", {
      topic: this.statusTopic.id,
      project: org,
      role: "roles/pubsub.publisher",
      member: this.runtimeServiceAccount.serviceAccountMember,
    });
    const subscription = props.statusEvents?.subscription?._config();
    if (subscription) {
      this.statusSubscription = new PubsubSubscription(this, "StatusSubscription", {
        name: subscription.name ?? `${topicName}-sub`,
        project: org,
        topic: this.statusTopic.id,
        ackDeadlineSeconds: subscription.ackDeadlineSeconds,
        messageRetentionDuration: subscription.messageRetentionDuration,
        pushConfig: subscription.pushConfig,
        // An empty ttl never expires: by default Pub/Sub deletes a subscription after 31 days without activity.
        expirationPolicy: { ttl: "" },
      });
    }

    // Runtime values: routing and everything known only after apply, never literals in the bundle.
    const kvmName = `${id}-gate`;
    this.keyValueMap = new KeyValueMap(this, "Config", { environment: this.environment, mapName: kvmName });
    const runtime = new RuntimeValues(this, this.keyValueMap);
    for (const d of this.deployments) runtime.entry(GATE_KVM_KEYS.deployment(d.routeName), d.deploymentId);
    const issuerSpecs = this.identities.issuers.map((issuer) => issuerSpec(issuer, runtime));
    const accountValue = runtime.value(GATE_KVM_KEYS.prefectAccountId, accountId);
    const workspaceValue = runtime.value(GATE_KVM_KEYS.prefectWorkspaceId, this.workspace.workspaceId);

    const apiHost = props.prefect?.apiHost ?? DEFAULT_PREFECT_API_HOST;
    this.targetServer = new TargetServer(this, "PrefectApi", {
      environment: this.environment,
      targetServerName: `${id}-prefect-api`,
      host: apiHost,
      description: `Prefect API for gate ${id}`,
    });

    const spec: GateProxySpec = {
      pipeline: id,
      proxyName: `${id}-gate`,
      description: `Gated pipeline ${id}: verifies callers' JWTs and triggers Prefect deployments`,
      basePath: this.basePath,
      kvmName,
      issuers: issuerSpecs,
      deployments: this.deployments.map((d) => ({ name: d.routeName, allowedParameters: allowedParameters(props, d) })),
      prefect: { targetServerName: `${id}-prefect-api`, apiHost, accountId: accountValue, workspaceId: workspaceValue },
      prefectKeySecret: `projects/${org}/secrets/${id}-gate-prefect-key`,
      webhookSecret: `projects/${org}/secrets/${id}-gate-webhook-secret`,
      secretCacheTtlSeconds: timings.cacheTtl.toSeconds(),
      auditLogName: this.auditLogName,
      statusTopic: `projects/${org}/topics/${topicName}`,
      spikeArrestRate: gate.spikeArrestRate,
      callerSpikeArrestRate: gate.callerSpikeArrestRate,
      eventWindowSeconds: gate.replayWindow.toSeconds(),
      maxBodyBytes: gate.maxBodyBytes,
      connectTimeoutMillis: gate.connectTimeout.toMillis(),
      ioTimeoutMillis: gate.ioTimeout.toMillis(),
    };
    this.bundle = buildGateProxy(spec);
    this.proxy = new ApiProxy(this, "Proxy", {
      bundle: this.bundle,
      environment: this.environment,
      runtimeServiceAccount: this.runtimeServiceAccount,
      keyValueMaps: [this.keyValueMap],
      targetServers: [this.targetServer],
    });

    // Authorization: products group deployments; each caller is an app whose consumer key binds its client id to this
    // gate and its issuer (VerifyAPIKey looks keys up across the organization).
    this.products = props.products.map(
      (p) =>
        new ApiProduct(this, `Product-${p.name}`, {
          organization: this.organization,
          productName: `${id}-${p.name}`,
          displayName: `${id}: ${p.name}`,
          description: p.description,
          apiProxy: this.proxy,
          environments: [this.environment],
          quota: p.quota,
          operations: [
            ...p.deployments.map((d) => ({ resource: `/deployments/${d}/runs`, methods: [HttpMethod.POST] })),
            // Reading a run is granted with any product; the proxy then answers only for runs the caller started.
            { resource: "/runs/*", methods: [HttpMethod.GET] },
          ],
        }),
    );
    this.developer = new ApigeeDeveloper(this, "Developer", {
      organization: this.organization,
      email: props.apigee.developerEmail ?? `gate-callers-${id}@${org}.invalid`,
      firstName: "Gate",
      lastName: id,
    });
    this.callerBindings = this.identities.callers.map((caller) => callerAppBinding(this, id, caller));
    checkAppNames(path, this.callerBindings);
    this.apps = this.identities.callers.map((caller, i) => {
      const binding = this.callerBindings[i];
      const app = new DeveloperApp(this, binding.constructId, {
        developer: this.developer,
        appName: binding.appName,
        consumerKey: binding.consumerKey,
        apiProducts: caller.products.map((name) => this.products[props.products.findIndex((p) => p.name === name)]),
        attributes: caller.description ? { description: caller.description } : undefined,
      });
      // Up to 0.1 apps were addressed by position (`App-<i>`): carry each over, so the key and name change replaces
      // it as one resource. A no-op on state that never held those addresses.
      app.movedFrom(this, [`App-${i}`]);
      return app;
    });

    // Audit trail: the gate's log routed to a dedicated bucket (and verified at plan time when applied elsewhere).
    this.auditTrail = props.audit?.trail ?? defaults.auditTrail;
    this.auditTrailRecord = this.auditTrail ? connectAuditTrail(this, this.auditTrail, org, auditLogId) : null;

    writeAtSynthesis(this, "ManifestFile", () => [
      { path: gateManifestFile(id), content: `${JSON.stringify(this.manifest(), null, 2)}\n` },
    ]);
    ensureAccessMatrix(stack);
    this.outputs = new GateOutputs(this, "Outputs", {
      pipelineId: id,
      prefectAccountId: accountId,
      workspaceId: this.workspace.workspaceId,
      deployments: this.deployments,
      identities: this.identities,
    });
  }

  /**
   * The gate manifest (`gated-pipeline/<pipeline>.json`), with values known only at apply time as
   * `{"tfRef": "<expression>"}`. Valid once the construct tree is complete (it is written at synthesis).
   */
  public manifest(): GateManifest {
    const resolve = stackTokenResolver(this);
    const identities = this.identities.toManifest(resolve);
    const clients = identities.clients.map((client, i) => ({
      ...client,
      consumerKey: manifestValue(this.callerBindings[i].consumerKey, resolve),
    }));
    const deployments: ManifestDeployment[] = this.deployments.map((d) => {
      const allowed = allowedParameters(this.props, d);
      return {
        name: d.routeName,
        flowName: d.flow.flowName,
        deploymentName: d.deploymentName,
        deploymentId: manifestValue(d.deploymentId, resolve),
        ...(allowed ? { allowedParameters: allowed } : {}),
      };
    });
    const products: ManifestProduct[] = this.props.products.map((p) => ({
      name: p.name,
      deployments: [...p.deployments],
      quota: p.quota ? { limit: p.quota.limit, interval: p.quota.interval, timeUnit: p.quota.timeUnit } : null,
      ...(p.description ? { description: p.description } : {}),
    }));
    const gate = this.gate;
    return {
      version: MANIFEST_VERSION,
      pipeline: this.pipelineId,
      basePath: this.basePath,
      hostnames: [...this.hostnames],
      issuers: identities.issuers,
      deployments,
      products,
      clients,
      prefect: {
        apiUrl: `https://${this.props.prefect?.apiHost ?? DEFAULT_PREFECT_API_HOST}`,
        accountId: manifestValue(this.prefectAccountId, resolve),
        workspaceId: manifestValue(this.workspace.workspaceId, resolve),
      },
      gate: {
        spikeArrestRate: gate.spikeArrestRate.toSpikeArrestRate(),
        callerSpikeArrestRate: gate.callerSpikeArrestRate.toSpikeArrestRate(),
        eventWindowSeconds: gate.replayWindow.toSeconds(),
        forbiddenBodyFields: [...FORBIDDEN_BODY_FIELDS],
        maxBodyBytes: gate.maxBodyBytes,
      },
      apigee: {
        organization: this.organization.organizationName,
        environment: this.environment.environmentName,
        proxy: this.proxy.proxyName,
        keyValueMap: this.keyValueMap.mapName,
        products: this.props.products.map((p) => ({ name: p.name, apigeeName: `${this.pipelineId}-${p.name}` })),
      },
      rotation: this.rotationRecord,
      audit: { logName: this.auditLogName, trail: this.auditTrailRecord },
      outputs: this.outputs.manifestEntries(resolve),
    };
  }
}

/**
 * The construct id `id` under `scope`, refused with a clear message when `scope` already has a child of that id (the
 * construct library's own message, "There is already a Construct with name", does not say a pipeline id repeats).
 */
function unusedPipelineId(scope: Construct, id: string): string {
  const existing = scope.node.tryFindChild(id);
  if (existing !== undefined) {
    const where = scope.node.path || "app";
    const heldBy = GatedPipeline.isGatedPipeline(existing) ? "pipeline" : { constructPath: existing.node.path };
    throwProblems(where, [pipelineIdTakenProblem(where, id, heldBy)]);
  }
  return id;
}

/** Two callers whose app names collide (e.g. issuer `okta` with id `a-b`, issuer `okta-a` with id `b`) fail here, not at apply. */
function checkAppNames(path: string, bindings: readonly CallerAppBinding[]): void {
  const seen = new Map<string, CallerAppBinding>();
  for (const binding of bindings) {
    // A literal name, or (for a client id known only at apply) the reference it is derived from.
    const key = Token.isUnresolved(binding.appName) ? binding.constructId : binding.appName;
    const other = seen.get(key);
    if (other === undefined) {
      seen.set(key, binding);
    } else if (other.description === binding.description) {
      throw new Error(`${path}: caller ${binding.description} is listed twice`);
    } else {
      throw new Error(
        `${path}: callers ${other.description} and ${binding.description} would both get the app name ${JSON.stringify(binding.appName)} (rename an issuer)`,
      );
    }
  }
}

/** Parameter names a deployment accepts from callers: the properties of its OpenAPI parameter schema, if it has one. */
function allowedParameters(props: GatedPipelineProps, deployment: PrefectDeployment): string[] | undefined {
  const options = props.deployments.deployments.find(
    (d) => d.name === deployment.deploymentName && d.flowName === deployment.flow.flowName,
  );
  const properties = (options?.parameterOpenapiSchema as { properties?: Record<string, unknown> } | undefined)?.properties;
  return properties ? Object.keys(properties).sort() : undefined;
}

/**
 * Writes values into the gate's KVM and hands the proxy generator either the literal or the KVM key. Unresolved
 * values (known only after apply) always go through the KVM; literals stay in the bundle, where reviewers see them.
 */
class RuntimeValues {
  private readonly written = new Set<string>();

  public constructor(
    private readonly scope: Construct,
    private readonly kvm: KeyValueMap,
  ) {}

  public value(key: string, value: string): GateValue {
    if (!Token.isUnresolved(value)) return { literal: value };
    this.entry(key, value);
    return { kvmKey: key };
  }

  public entry(key: string, value: string): void {
    if (this.written.has(key)) return;
    this.written.add(key);
    this.kvm.addEntry({ key, value });
  }

  /**
   * The issuer-selection entry for one `iss` spelling: its key is the sha256 of the exact `iss`, which the proxy
   * computes from the token at runtime. An issuer known only after apply gets its hash from Terraform.
   */
  public issuerSelector(iss: string, policySuffix: string): void {
    if (!Token.isUnresolved(iss)) {
      this.entry(GATE_KVM_KEYS.issuerByIss(createHash("sha256").update(iss).digest("hex")), policySuffix);
      return;
    }
    new ApigeeEnvironmentKeyvaluemapsEntries(this.scope, `IssuerSelector-${policySuffix}`, {
      envKeyvaluemapId: this.kvm.keyValueMapId,
      name: GATE_KVM_KEYS.issuerByIss(Fn.sha256(iss)),
      value: policySuffix,
    });
  }
}

function issuerSpec(issuer: IssuerConfig, runtime: RuntimeValues): GateIssuerSpec {
  const spellings = [issuer.issuer, ...issuer.alternateIssuers];
  spellings.forEach((iss, i) => runtime.issuerSelector(iss, issuerSelector(issuer.name, i)));
  return {
    name: issuer.name,
    issuers: spellings.map((iss, i) => runtime.value(GATE_KVM_KEYS.issuerUrl(issuer.name, i), iss)),
    audience: runtime.value(GATE_KVM_KEYS.issuerAudience(issuer.name), issuer.audiences[0]),
    jwksUri: runtime.value(GATE_KVM_KEYS.issuerJwksUri(issuer.name), issuer.jwksUri),
    algorithms: [...issuer.algorithms],
    clockSkewSeconds: issuer.clockSkew.toSeconds(),
    maxTokenLifetimeSeconds: issuer.maxTokenLifetime.toSeconds(),
    clientIdClaim: issuer.clientIdClaim,
    expectedType: issuer.expectedType,
    requiredClaims: Object.fromEntries(
      Object.entries(issuer.requiredClaims).map(([claim, value]) => [claim, runtime.value(GATE_KVM_KEYS.issuerClaim(issuer.name, claim), value)]),
    ),
  };
}
