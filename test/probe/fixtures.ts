// A gate manifest, keys and tokens for the probe's tests: keys are generated at runtime (no private key is committed).
// The manifest has a literal issuer (okta) and one whose JWKS URI and a caller's client id are known only at apply
// (corp), with a Terraform output for each apply-time value, as GatedPipeline writes them.
import { exportJWK, generateKeyPair, JWK, SignJWT } from "jose";
import { FORBIDDEN_BODY_FIELDS } from "../../src/gate/contract";
import type { GateManifest } from "../../src/gate/manifest";

export const NOW = 1_767_225_600; // 2026-01-01T00:00:00Z
export const OKTA_ISS = "https://acme.okta.com/oauth2/aus1probe";
export const CORP_ISS = "https://idp.corp.example";
export const AUDIENCE = "api://orders-gate";
/** The probe caller: an Okta service app whose product grants the nightly deployment only. */
export const PROBE_CLIENT = "0oa1probe";
export const CORP_CLIENT = "corp-agent-7";
export const CORP_JWKS_EXPRESSION = 'lookup(jsondecode(data.http.corp.response_body), "jwks_uri")';
export const CORP_CLIENT_EXPRESSION = "corp_client.agent.client_id";
export const NIGHTLY_ID_EXPRESSION = "prefect_deployment.nightly.id";

export function manifest(change: { oktaJwksUri?: string } = {}): GateManifest {
  return {
    version: 1,
    pipeline: "orders",
    basePath: "/orders",
    hostnames: ["api.acme.example"],
    issuers: [
      {
        name: "okta",
        issuer: OKTA_ISS,
        audiences: [AUDIENCE],
        jwksUri: change.oktaJwksUri ?? `${OKTA_ISS}/v1/keys`,
        algorithms: ["RS256", "ES256"],
        clockSkewSeconds: 30,
        maxTokenLifetimeSeconds: 3600,
        clientIdClaim: "cid",
      },
      {
        name: "corp",
        issuer: CORP_ISS,
        audiences: [AUDIENCE],
        jwksUri: { tfRef: CORP_JWKS_EXPRESSION },
        algorithms: ["RS256"],
        clockSkewSeconds: 30,
        maxTokenLifetimeSeconds: 3600,
        clientIdClaim: "azp",
        expectedType: "JWT",
      },
    ],
    deployments: [
      { name: "orders-etl-nightly", flowName: "orders-etl", deploymentName: "nightly", deploymentId: { tfRef: NIGHTLY_ID_EXPRESSION }, allowedParameters: ["date"] },
      { name: "orders-etl-backfill", flowName: "orders-etl", deploymentName: "backfill", deploymentId: "0b7e3c1a-0000-4000-8000-0000000000bf" },
    ],
    products: [
      { name: "probe", deployments: ["orders-etl-nightly"], quota: { limit: 2, interval: 1, timeUnit: "day" } },
      { name: "backfill", deployments: ["orders-etl-backfill"], quota: { limit: 4, interval: 1, timeUnit: "hour" } },
    ],
    clients: [
      { clientId: PROBE_CLIENT, issuer: "okta", products: ["probe"], description: "CI probe" },
      { clientId: { tfRef: CORP_CLIENT_EXPRESSION }, issuer: "corp", products: ["backfill"] },
    ],
    prefect: { apiUrl: "https://api.prefect.cloud", accountId: "6f1c2a3b-0000-4000-8000-000000000001", workspaceId: "6f1c2a3b-0000-4000-8000-000000000002" },
    gate: { spikeArrestRate: "20ps", callerSpikeArrestRate: "5ps", eventWindowSeconds: 600, forbiddenBodyFields: [...FORBIDDEN_BODY_FIELDS], maxBodyBytes: 4096 },
    outputs: {
      orders_client_id_corp_0123456789ab: CORP_CLIENT_EXPRESSION,
      "orders_deployment_id_orders-etl-nightly": NIGHTLY_ID_EXPRESSION,
      orders_jwks_uri_corp: CORP_JWKS_EXPRESSION,
    },
  } as GateManifest;
}

/** `terraform output -json` of the gate's stack, with the corp key set served at `corpJwksUri`. */
export function terraformOutputs(corpJwksUri = "https://idp.corp.example/keys"): Record<string, unknown> {
  const out = (value: string) => ({ sensitive: false, type: "string", value });
  return {
    orders_client_id_corp_0123456789ab: out(CORP_CLIENT),
    "orders_deployment_id_orders-etl-nightly": out("00000000-0000-4000-8000-00000000000a"),
    orders_jwks_uri_corp: out(corpJwksUri),
    some_other_output: out("ignored"),
  };
}

export type Key = Parameters<SignJWT["sign"]>[0];
export interface Keys {
  okta: Key;
  corp: Key;
  /** Public keys by issuer name. */
  jwks: { okta: { keys: JWK[] }; corp: { keys: JWK[] } };
  /** Private keys by key id, for a broken gate that re-signs what it receives. */
  byKid: Map<string, Key>;
}

export async function makeKeys(): Promise<Keys> {
  const pair = async (kid: string) => {
    const { privateKey, publicKey } = await generateKeyPair("RS256", { extractable: true });
    return { privateKey, jwk: { ...(await exportJWK(publicKey)), kid, alg: "RS256", use: "sig" } };
  };
  const [okta, corp] = await Promise.all([pair("okta-r1"), pair("corp-r1")]);
  return {
    okta: okta.privateKey,
    corp: corp.privateKey,
    jwks: { okta: { keys: [okta.jwk] }, corp: { keys: [corp.jwk] } },
    byKid: new Map([["okta-r1", okta.privateKey], ["corp-r1", corp.privateKey]]),
  };
}

/** The probe caller's token, valid at NOW. */
export function probeToken(keys: Keys): Promise<string> {
  return new SignJWT({ iss: OKTA_ISS, aud: AUDIENCE, sub: PROBE_CLIENT, cid: PROBE_CLIENT, iat: NOW - 60, exp: NOW + 540 })
    .setProtectedHeader({ alg: "RS256", kid: "okta-r1" })
    .sign(keys.okta);
}
