/**
 * The gate manifest: what synthesis writes to `cdktf.out/stacks/<stack>/gated-pipeline/<pipeline>.json` and what the
 * simulator and the CLI read. Pure types: no cdktf, no constructs. Fields may be added; the ones below are never renamed
 * or dropped within a manifest `version`.
 */

/**
 * A value known only at apply time (a Prefect deployment id, a discovered JWKS URI, an IdP-generated client id),
 * recorded by its Terraform expression. Such values never become literals in a bundle or a manifest: Terraform writes
 * them into the gate's KVM, the proxy reads them at runtime, and the simulator takes them from `--set` or `terraform
 * output -json`.
 */
export interface TfRef {
  /** The Terraform expression, e.g. `prefect_deployment.orders_Deployments_orders-etl-nightly_A8C9966A.id`. */
  readonly tfRef: string;
}

/** A literal, or a Terraform reference to a value only known after apply. */
export type ManifestValue<T> = T | TfRef;

/** Whether a manifest value is a {@link TfRef} (known only at apply time) rather than a literal. */
export function isTfRef(value: unknown): value is TfRef {
  return typeof value === "object" && value !== null && typeof (value as TfRef).tfRef === "string";
}

/** The manifest `version` this library writes and reads. */
export const MANIFEST_VERSION = 1;

/**
 * Everything the deployed gate decides with, for one pipeline: its routes, issuers, deployments, products and callers,
 * its limits, rotation and audit trail. Synthesis writes it as `gated-pipeline/<pipeline>.json` in the stack's output
 * folder; `simulateGate`, `gated-pipeline simulate`, `probe` and `diff` read it.
 */
export interface GateManifest {
  /** The manifest format: {@link MANIFEST_VERSION}. */
  readonly version: 1;
  /** Pipeline id, e.g. `orders`. */
  readonly pipeline: string;
  /** The proxy base path, e.g. `/orders`. */
  readonly basePath: string;
  /** Hostnames of the environment group that serves the gate. */
  readonly hostnames: readonly string[];
  /** The identity providers whose tokens the gate verifies. */
  readonly issuers: readonly ManifestIssuer[];
  /** The Prefect deployments behind the gate, one route each. */
  readonly deployments: readonly ManifestDeployment[];
  /** The Apigee API products: which deployments each grants, with what quota. */
  readonly products: readonly ManifestProduct[];
  /** The callers (Apigee developer apps) and the products each holds. */
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
   * Where the gate runs in Apigee and the names of the objects it defines there.
   * @default - not recorded (manifests written before this field existed)
   */
  readonly apigee?: ManifestApigee;
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

/** An issuer the gate trusts, and what it checks in that issuer's tokens. */
export interface ManifestIssuer {
  /** A short name callers refer to, e.g. `okta`. */
  readonly name: string;
  /** The exact `iss` the issuer's tokens carry (its canonical spelling). */
  readonly issuer: ManifestValue<string>;
  /**
   * Additional exact `iss` values accepted for the same issuer (Google signs with two spellings).
   * @default - none
   */
  readonly alternateIssuers?: readonly string[];
  /** The audiences a token must carry (one of them). */
  readonly audiences: readonly ManifestValue<string>[];
  /** Where the issuer publishes its public keys. */
  readonly jwksUri: ManifestValue<string>;
  /** Asymmetric algorithms only, e.g. `["RS256"]`. */
  readonly algorithms: readonly string[];
  /** How far `exp`, `nbf` and `iat` may be off the gate's clock, in seconds. */
  readonly clockSkewSeconds: number;
  /** The longest lifetime (`exp - iat`) a token may have, in seconds. */
  readonly maxTokenLifetimeSeconds: number;
  /** The claim holding the caller's client id (with the gate and the issuer, it gives the Apigee app's consumer key), e.g. `azp`, `client_id`, `cid`. */
  readonly clientIdClaim: string;
  /**
   * Expected JOSE `typ` header, compared case-insensitively.
   * @default - not checked
   */
  readonly expectedType?: string;
  /**
   * Claims whose values must equal these (e.g. Entra `tid`).
   * @default - none
   */
  readonly requiredClaims?: Readonly<Record<string, ManifestValue<string>>>;
}

/** A Prefect deployment behind the gate. */
export interface ManifestDeployment {
  /** The route slug: `POST {basePath}/deployments/{name}/runs`. */
  readonly name: string;
  /** The Prefect flow's name. */
  readonly flowName: string;
  /** The Prefect deployment's name (within its flow). */
  readonly deploymentName: string;
  /** The Prefect deployment UUID: only known after apply. */
  readonly deploymentId: ManifestValue<string>;
  /**
   * Top-level keys of `parameters` a caller may send.
   * @default - any parameters are forwarded (Prefect validates them when `enforce_parameter_schema` is on)
   */
  readonly allowedParameters?: readonly string[];
}

/** A product quota: at most `limit` requests per caller in each window of `interval` × `timeUnit`. */
export interface ManifestQuota {
  /** Requests allowed per interval. */
  readonly limit: number;
  /** How many time units one window spans. */
  readonly interval: number;
  /** The unit of the window; windows start at the top of the unit, in UTC. */
  readonly timeUnit: "minute" | "hour" | "day" | "month";
}

/** An Apigee API product: the deployments it grants and its quota. */
export interface ManifestProduct {
  /** The product's name. */
  readonly name: string;
  /** Deployment route slugs the product grants. */
  readonly deployments: readonly string[];
  /** The quota per caller; null: none. */
  readonly quota: ManifestQuota | null;
  /**
   * What the product is for, for reviewers (also the Apigee product's description).
   * @default - none
   */
  readonly description?: string;
}

/** A caller: an IdP client registered as an Apigee developer app. */
export interface ManifestClient {
  /** The IdP client id: the value of the issuer's client-id claim in the caller's tokens (the Apigee app's consumer key is derived from it). */
  readonly clientId: ManifestValue<string>;
  /**
   * The Apigee app's consumer key, `consumerKey(pipeline, issuer, clientId)` of the gate contract (a `sha256(...)`
   * Terraform expression when the client id is known only at apply).
   * @default - not recorded (manifests written before this field existed)
   */
  readonly consumerKey?: ManifestValue<string>;
  /** The issuer's short name (`ManifestIssuer.name`). */
  readonly issuer: string;
  /** The names of the products the caller holds, in the order given; the first that grants a deployment is charged. */
  readonly products: readonly string[];
  /**
   * What the caller is, for reviewers.
   * @default - none
   */
  readonly description?: string;
}

/** How the gate reaches Prefect Cloud. */
export interface ManifestPrefect {
  /** The Prefect API's base URL, e.g. `https://api.prefect.cloud`. */
  readonly apiUrl: string;
  /** The Prefect account id. */
  readonly accountId: ManifestValue<string>;
  /** The Prefect workspace id. */
  readonly workspaceId: ManifestValue<string>;
}

/** Gate-wide limits and the names of the request fields it refuses. */
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

/** Where a gate runs in Apigee X, and the names of the objects it defines there. */
export interface ManifestApigee {
  /** The Apigee organization: on Apigee X, the Google Cloud project id. */
  readonly organization: string;
  /** The environment the gate's proxy is deployed to. */
  readonly environment: string;
  /** The gate proxy's name, e.g. `orders-gate`. */
  readonly proxy: string;
  /** The gate's key value map, which holds the values known only at apply time (never secrets). */
  readonly keyValueMap: string;
  /** Each product by its manifest name, with its Apigee name (`<pipeline>-<name>`). */
  readonly products: readonly { readonly name: string; readonly apigeeName: string }[];
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
  /** The Google Cloud project of the log bucket. */
  readonly project: string;
  /** The bucket's location, e.g. `europe-west1`. */
  readonly location: string;
  /** The bucket's id. */
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
