/**
 * The gate manifest (DESIGN §4): what synthesis writes to `cdktf.out/stacks/<stack>/gated-pipeline/<pipeline>.json`
 * and what the simulator and the CLI read. Pure types: no cdktf, no constructs. Fields may be added; the ones below
 * are never renamed or dropped.
 */

/** A value known only at apply time, recorded by its Terraform expression (DESIGN decision 5). */
export interface TfRef {
  readonly tfRef: string;
}

/** A literal, or a Terraform reference to a value only known after apply. */
export type ManifestValue<T> = T | TfRef;

export function isTfRef(value: unknown): value is TfRef {
  return typeof value === "object" && value !== null && typeof (value as TfRef).tfRef === "string";
}

export const MANIFEST_VERSION = 1;

export interface GateManifest {
  readonly version: 1;
  /** Pipeline id, e.g. `orders`. */
  readonly pipeline: string;
  /** The proxy base path, e.g. `/orders`. */
  readonly basePath: string;
  /** Hostnames of the environment group that serves the gate. */
  readonly hostnames: readonly string[];
  readonly issuers: readonly ManifestIssuer[];
  readonly deployments: readonly ManifestDeployment[];
  readonly products: readonly ManifestProduct[];
  readonly clients: readonly ManifestClient[];
  /** How the gate reaches Prefect. */
  readonly prefect: ManifestPrefect;
  /** Gate-wide limits and the names of the request fields it refuses. */
  readonly gate: ManifestGateSettings;
  /**
   * How the gate's Prefect key and webhook secret rotate.
   * @default - not recorded (manifests written before this field existed)
   */
  readonly rotation?: ManifestRotation;
  /**
   * Where the gate's audit records go and how long they are kept.
   * @default - not recorded (manifests written before this field existed)
   */
  readonly audit?: ManifestAudit;
  /**
   * Terraform outputs of the gate's stack that hold this manifest's apply-time values: output name → the `tfRef`
   * expression whose value it holds. With them, `terraform output -json` supplies every `{"tfRef"}` the simulator needs
   * (`gated-pipeline probe --outputs`). Never a secret.
   * @default - none (manifests written before this field existed)
   */
  readonly outputs?: Readonly<Record<string, string>>;
}

export interface ManifestIssuer {
  /** A short name callers refer to, e.g. `okta`. */
  readonly name: string;
  /** Exact `iss` values accepted (Google accepts two spellings). */
  readonly issuer: ManifestValue<string>;
  /** Additional exact `iss` values accepted for the same issuer. */
  readonly alternateIssuers?: readonly string[];
  readonly audiences: readonly ManifestValue<string>[];
  readonly jwksUri: ManifestValue<string>;
  /** Asymmetric algorithms only, e.g. `["RS256"]`. */
  readonly algorithms: readonly string[];
  readonly clockSkewSeconds: number;
  readonly maxTokenLifetimeSeconds: number;
  /** The claim holding the caller's client id (with the gate and the issuer, it gives the Apigee app's consumer key), e.g. `azp`, `client_id`, `cid`. */
  readonly clientIdClaim: string;
  /** Expected JOSE `typ` header, compared case-insensitively; absent: not checked. */
  readonly expectedType?: string;
  /** Claims whose values must equal these (e.g. Entra `tid`). */
  readonly requiredClaims?: Readonly<Record<string, ManifestValue<string>>>;
}

export interface ManifestDeployment {
  /** The route slug: `POST {basePath}/deployments/{name}/runs`. */
  readonly name: string;
  readonly flowName: string;
  readonly deploymentName: string;
  /** The Prefect deployment UUID: only known after apply. */
  readonly deploymentId: ManifestValue<string>;
  /**
   * Top-level keys of `parameters` a caller may send.
   * Absent: any parameters are forwarded (Prefect validates them when `enforce_parameter_schema` is on).
   */
  readonly allowedParameters?: readonly string[];
}

export interface ManifestQuota {
  /** Requests allowed per interval. */
  readonly limit: number;
  readonly interval: number;
  readonly timeUnit: "minute" | "hour" | "day" | "month";
}

export interface ManifestProduct {
  readonly name: string;
  /** Deployment route slugs the product grants. */
  readonly deployments: readonly string[];
  readonly quota: ManifestQuota | null;
}

export interface ManifestClient {
  /** The IdP client id: the value of the issuer's client-id claim in the caller's tokens (the Apigee app's consumer key is derived from it). */
  readonly clientId: ManifestValue<string>;
  /**
   * The Apigee app's consumer key, `consumerKey(pipeline, issuer, clientId)` of the gate contract (a `sha256(...)`
   * Terraform expression when the client id is known only at apply).
   */
  readonly consumerKey?: ManifestValue<string>;
  /** The issuer's short name (`ManifestIssuer.name`). */
  readonly issuer: string;
  readonly products: readonly string[];
  readonly description?: string;
}

export interface ManifestPrefect {
  readonly apiUrl: string;
  readonly accountId: ManifestValue<string>;
  readonly workspaceId: ManifestValue<string>;
}

export interface ManifestGateSettings {
  /**
   * Spike-arrest rate per client IP, before anything else is checked, as SpikeArrest writes it (`20ps`, `600pm`).
   * (Until the per-caller limit existed this was one bucket for the whole gate.)
   */
  readonly spikeArrestRate: string;
  /**
   * Spike-arrest rate per caller (its consumer key), right after the token is verified.
   * @default - none (manifests written before the per-caller limit)
   */
  readonly callerSpikeArrestRate?: string;
  /**
   * How old a status event may be, in seconds; event ids are remembered for this window plus the clock skew.
   * @default 600
   */
  readonly eventWindowSeconds?: number;
  /** Body fields of a run request that are refused with 400. */
  readonly forbiddenBodyFields: readonly string[];
  /** Maximum JSON body size in bytes. */
  readonly maxBodyBytes: number;
}

/** The rotation of the Prefect key and the webhook secret, in seconds. */
export interface ManifestRotation {
  /** Rotation period. */
  readonly everySeconds: number;
  /** How long a key stays valid after its rotation is due. */
  readonly graceSeconds: number;
  /** How long the previous key keeps working after a rotation. */
  readonly overlapSeconds: number;
  /** How long the proxy caches secrets read from Secret Manager. */
  readonly cacheTtlSeconds: number;
  /** How often CI is expected to apply the stack (rotation only happens on apply). */
  readonly applyEverySeconds: number;
}

/** The gate's audit trail. */
export interface ManifestAudit {
  /** The Cloud Logging log the gate writes one record per request to: `projects/<project>/logs/<logId>`. */
  readonly logName: string;
  /** The dedicated bucket the log is routed to; null: none (the records stay in the project's `_Default` bucket). */
  readonly trail: ManifestAuditTrail | null;
}

/** What a trail states about itself: a dedicated log bucket and the sink that routes gates' logs into it. */
export interface ManifestAuditTrailFacts {
  readonly project: string;
  readonly location: string;
  readonly bucketId: string;
  /** `projects/<project>/locations/<location>/buckets/<bucketId>`. */
  readonly bucketName: string;
  /** Retention in days; null when the trail is defined elsewhere and its retention was not stated. */
  readonly retentionDays: number | null;
  /** Whether the bucket is locked; null when unknown. */
  readonly locked: boolean | null;
  /** Whether Log Analytics is enabled; null when unknown. */
  readonly logAnalytics: boolean | null;
  /** The customer-managed key encrypting the bucket; null for Google-managed encryption or unknown. */
  readonly kmsKeyName: string | null;
  /** The linked BigQuery dataset, `<project>.<linkId>`; null when none (or unknown). */
  readonly linkedDataset: string | null;
  /** Name of the sink routing the log into the bucket, and of the exclusion keeping it out of `_Default`. */
  readonly sinkName: string;
  /** The stack of this app that defines the trail; null when it is defined outside this app. */
  readonly definedIn: string | null;
}

/** The trail a gate's log is routed to. */
export interface ManifestAuditTrail extends ManifestAuditTrailFacts {
  /**
   * Whether the gate's own stack reads the sink at plan time and fails unless it routes the gate's log to this bucket
   * (true whenever the trail is defined in another stack or outside this app).
   */
  readonly verifiedAtPlan: boolean;
}
