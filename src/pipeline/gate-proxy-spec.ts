/**
 * What the gate proxy generator needs to know, as plain data: the L3 `GatedPipeline` fills it from its constructs,
 * `buildGateProxy` turns it into a bundle. Pure: no cdktf, no constructs. Values known only at apply time are never
 * in here as literals; the spec names the KVM key the proxy reads them from at runtime.
 */
import { Rate } from "../core/rate";

/** A value the proxy either knows literally or reads from the gate's KVM at runtime. */
export type GateValue = { readonly literal: string } | { readonly kvmKey: string };

export interface GateIssuerSpec {
  /** Short name (`okta`); it names the VerifyJWT policy and is what the `iss` lookup yields. */
  readonly name: string;
  /** Every exact `iss` spelling accepted (Google has two); each gets its own VerifyJWT policy. */
  readonly issuers: readonly GateValue[];
  /** The one audience the issuer's tokens must carry. */
  readonly audience: GateValue;
  readonly jwksUri: GateValue;
  /** Asymmetric algorithm names, e.g. `["RS256"]`. */
  readonly algorithms: readonly string[];
  readonly clockSkewSeconds: number;
  readonly maxTokenLifetimeSeconds: number;
  /** Claim carrying the client id (the Apigee app's consumer key is derived from it: `consumerKey`). */
  readonly clientIdClaim: string;
  /** Expected `typ` header; absent: not checked. */
  readonly expectedType?: string;
  /** Claims that must equal these values (e.g. Entra `tid`). */
  readonly requiredClaims: Readonly<Record<string, GateValue>>;
}

export interface GateDeploymentSpec {
  /** The route slug; its Prefect deployment id is at KVM key `gateKvmKeys.deployment(name)`. */
  readonly name: string;
  /** Top-level parameter names a caller may send; absent: any. */
  readonly allowedParameters?: readonly string[];
}

export interface GateProxySpec {
  /**
   * The pipeline id, e.g. `orders`: part of every caller's consumer key (`consumerKey(pipeline, issuer, clientId)`),
   * since Apigee looks keys up across the whole organization.
   */
  readonly pipeline: string;
  /** Proxy name (`A-Za-z0-9._-`), e.g. `orders-gate`. */
  readonly proxyName: string;
  readonly description: string;
  /** Base path, e.g. `/orders`. */
  readonly basePath: string;
  /** The encrypted KVM holding routing and apply-time values (read with `mapIdentifier`). */
  readonly kvmName: string;
  readonly issuers: readonly GateIssuerSpec[];
  readonly deployments: readonly GateDeploymentSpec[];
  readonly prefect: {
    /** Target server the proxy calls Prefect through (TLS enforced), e.g. `prefect-api`. */
    readonly targetServerName: string;
    /** Host of that target server, e.g. `api.prefect.cloud`. */
    readonly apiHost: string;
    readonly accountId: GateValue;
    readonly workspaceId: GateValue;
  };
  /** Secret Manager resource name of the Prefect key (`projects/p/secrets/s`), read at runtime via `versions/latest`. */
  readonly prefectKeySecret: string;
  /** Secret Manager resource name of the status webhook's shared secret. */
  readonly webhookSecret: string;
  /** How long the proxy caches secrets; below the Prefect key overlap (rotation invariant). */
  readonly secretCacheTtlSeconds: number;
  /** Cloud Logging log name of the audit trail, e.g. `projects/acme-data-prod/logs/orders-gate-audit`. */
  readonly auditLogName: string;
  /** Pub/Sub topic (`projects/p/topics/t`) the status events are published to. */
  readonly statusTopic: string;
  /** Spike arrest per client IP (`client.ip`), before anything else is checked. */
  readonly spikeArrestRate: Rate;
  /** Spike arrest per caller (its consumer key), right after its token is verified. */
  readonly callerSpikeArrestRate: Rate;
  /** How old a status event may be, in seconds; older ones are refused and ids are remembered this long plus skew. */
  readonly eventWindowSeconds: number;
  /** Largest request body accepted, in bytes. */
  readonly maxBodyBytes: number;
  /**
   * Body fields refused besides the contract's `FORBIDDEN_BODY_FIELDS` (the manifest's `gate.forbiddenBodyFields`).
   * @default - the contract's fields only
   */
  readonly forbiddenBodyFields?: readonly string[];
  readonly connectTimeoutMillis: number;
  readonly ioTimeoutMillis: number;
}

/** KVM keys the proxy reads and the pipeline writes, and the issuer selectors: the gate contract's. */
export { GATE_KVM_KEYS as gateKvmKeys, issuerSelector } from "../gate/contract";
