// Gate proxy specs for the tests: one issuer known literally (okta), one whose values are only known after apply and
// are read from the KVM (entra), Google's two iss spellings. Every id is an obviously fake placeholder.
import { Rate } from "../../src/core/rate";
import { GateProxySpec } from "../../src/pipeline/gate-proxy-spec";

export const OKTA_ISS = "https://acme.okta.com/oauth2/aus1abc";

export function gateSpec(overrides: Partial<GateProxySpec> = {}): GateProxySpec {
  return {
    pipeline: "orders",
    proxyName: "orders-gate",
    description: "Gate in front of the orders Prefect deployments",
    basePath: "/orders",
    kvmName: "orders-gate-config",
    issuers: [
      {
        name: "okta",
        issuers: [{ literal: OKTA_ISS }],
        audience: { literal: "api://orders-gate" },
        jwksUri: { literal: "https://acme.okta.com/oauth2/aus1abc/v1/keys" },
        algorithms: ["RS256", "ES256"],
        clockSkewSeconds: 60,
        maxTokenLifetimeSeconds: 3600,
        clientIdClaim: "cid",
        requiredClaims: {},
      },
      {
        name: "entra",
        issuers: [{ kvmKey: "issuer__entra__iss" }],
        audience: { kvmKey: "issuer__entra__audience" },
        jwksUri: { kvmKey: "issuer__entra__jwks_uri" },
        algorithms: ["RS256"],
        clockSkewSeconds: 30,
        maxTokenLifetimeSeconds: 5400,
        clientIdClaim: "azp",
        expectedType: "JWT",
        requiredClaims: { tid: { literal: "00000000-0000-4000-8000-00000000e17a" } },
      },
      {
        name: "google",
        issuers: [{ literal: "https://accounts.google.com" }, { literal: "accounts.google.com" }],
        audience: { literal: "https://api.acme.example/orders" },
        jwksUri: { literal: "https://www.googleapis.com/oauth2/v3/certs" },
        algorithms: ["RS256"],
        clockSkewSeconds: 60,
        maxTokenLifetimeSeconds: 3600,
        clientIdClaim: "azp",
        requiredClaims: {},
      },
    ],
    deployments: [{ name: "orders-etl-nightly", allowedParameters: ["date", "full_refresh"] }, { name: "orders-backfill" }],
    prefect: {
      targetServerName: "prefect-api",
      apiHost: "api.prefect.cloud",
      accountId: { literal: "6f1c2a3b-0000-4000-8000-000000000001" },
      workspaceId: { kvmKey: "prefect__workspace_id" },
    },
    prefectKeySecret: "projects/acme-data-prod/secrets/orders-gate-prefect-key",
    webhookSecret: "projects/acme-data-prod/secrets/orders-gate-webhook",
    secretCacheTtlSeconds: 300,
    auditLogName: "projects/acme-data-prod/logs/orders-gate-audit",
    statusTopic: "projects/acme-data-prod/topics/orders-gate-status",
    spikeArrestRate: Rate.perSecond(20),
    callerSpikeArrestRate: Rate.perSecond(5),
    eventWindowSeconds: 600,
    maxBodyBytes: 16384,
    connectTimeoutMillis: 3000,
    ioTimeoutMillis: 10000,
    ...overrides,
  };
}
