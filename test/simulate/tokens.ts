// Test keys and tokens for the simulator: generated at runtime (no private key is ever committed) and signed with jose.
import { createHash } from "crypto";
import * as fs from "fs";
import * as path from "path";
import { exportJWK, generateKeyPair, JWK, JWTPayload, SignJWT } from "jose";
import type { GateManifest } from "../../src/gate/manifest";

export const MANIFEST_FILE = path.join(__dirname, "..", "fixtures", "simulate", "orders-gate.json");
export const MANIFEST = JSON.parse(fs.readFileSync(MANIFEST_FILE, "utf8")) as GateManifest;

export const NOW = 1_767_225_600; // 2026-01-01T00:00:00Z
export const OKTA_ISS = "https://acme.okta.com/oauth2/aus1abc";
export const ENTRA_TID = "00000000-0000-4000-8000-00000000e17a";
export const ENTRA_ISS = `https://login.microsoftonline.com/${ENTRA_TID}/v2.0`;
export const AUDIENCE = "api://orders-gate";
export const AGENT_CLIENT_ID = "11111111-0000-4000-8000-00000000a9e7";
/** What `--set` supplies for the entra caller's client id (a tfRef in the manifest). */
export const AGENT_SET = { "azuread_application.orders_agent.client_id": AGENT_CLIENT_ID };

export type Key = Parameters<SignJWT["sign"]>[0];
export interface Keys {
  oktaRsa: Key;
  oktaEc: Key;
  entraRsa: Key;
  attackerRsa: Key;
  oktaRsaPublicJwk: JWK;
  /** `{ okta: {keys}, entra: {keys} }`: public keys only. */
  jwks: { okta: { keys: JWK[] }; entra: { keys: JWK[] } };
}

export async function makeKeys(): Promise<Keys> {
  const pair = async (alg: string, kid: string) => {
    const { privateKey, publicKey } = await generateKeyPair(alg, { extractable: true });
    return { privateKey, jwk: { ...(await exportJWK(publicKey)), kid, alg, use: "sig" } };
  };
  const [oktaRsa, oktaEc, entraRsa, attacker] = await Promise.all([
    pair("RS256", "okta-r1"),
    pair("ES256", "okta-e1"),
    pair("RS256", "entra-r1"),
    pair("RS256", "okta-r1"), // same kid as the real key: a forgery
  ]);
  return {
    oktaRsa: oktaRsa.privateKey,
    oktaEc: oktaEc.privateKey,
    entraRsa: entraRsa.privateKey,
    attackerRsa: attacker.privateKey,
    oktaRsaPublicJwk: oktaRsa.jwk,
    jwks: { okta: { keys: [oktaRsa.jwk, oktaEc.jwk] }, entra: { keys: [entraRsa.jwk] } },
  };
}

export interface TokenSpec {
  key: Key;
  header?: Record<string, unknown>;
  claims?: Record<string, unknown>;
  /** Claims to remove from the defaults. */
  omit?: string[];
}

/** The claims of the okta CI deployer's token, valid at NOW, changed by `claims` and without `omit`. */
export function oktaClaims(claims: Record<string, unknown> = {}, omit: readonly string[] = []): Record<string, unknown> {
  const all: Record<string, unknown> = { iss: OKTA_ISS, aud: AUDIENCE, sub: "0oa1ci-deployer", cid: "0oa1ci-deployer", iat: NOW - 60, exp: NOW + 540, ...claims };
  for (const c of omit) delete all[c];
  return all;
}

/** A token for the okta CI deployer, valid at NOW, changed by `spec`. */
export async function oktaToken(keys: Keys, spec: Partial<TokenSpec> = {}): Promise<string> {
  return sign({ key: spec.key ?? keys.oktaRsa, header: { alg: "RS256", kid: "okta-r1", ...spec.header }, claims: oktaClaims(spec.claims, spec.omit) });
}

/** A token for the entra agent, valid at NOW, changed by `spec`. */
export async function entraToken(keys: Keys, spec: Partial<TokenSpec> = {}): Promise<string> {
  return sign({
    key: spec.key ?? keys.entraRsa,
    header: { alg: "RS256", kid: "entra-r1", typ: "JWT", ...spec.header },
    claims: { iss: ENTRA_ISS, aud: AUDIENCE, sub: "agent-object-id", azp: AGENT_CLIENT_ID, tid: ENTRA_TID, iat: NOW - 60, exp: NOW + 3000, ...spec.claims },
    omit: spec.omit,
  });
}

export async function sign(spec: TokenSpec): Promise<string> {
  const claims: JWTPayload = { ...spec.claims };
  for (const c of spec.omit ?? []) delete claims[c];
  const crit = spec.header?.crit as string[] | undefined;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  return new SignJWT(claims).setProtectedHeader(spec.header as any).sign(spec.key, crit ? { crit: Object.fromEntries(crit.map((c) => [c, true])) } : undefined);
}

/** An unsecured token (`alg: none`), built by hand: jose refuses to make one that looks signed. */
export function unsecuredToken(claims: Record<string, unknown>): string {
  const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString("base64url");
  return `${b64({ alg: "none", kid: "okta-r1" })}.${b64(claims)}.`;
}

/** Replaces the payload of a signed token, keeping its header and signature (a tampered token). */
export function tamper(token: string, claims: Record<string, unknown>): string {
  const [h, p, s] = token.split(".");
  const payload = { ...JSON.parse(Buffer.from(p, "base64url").toString()), ...claims };
  return `${h}.${Buffer.from(JSON.stringify(payload)).toString("base64url")}.${s}`;
}

/** The idempotency key, computed here independently of the library. */
export function expectedIdempotencyKey(iss: string, sub: string, deployment: string, key: string): string {
  return createHash("sha256").update([iss, sub, deployment, key].join("|"), "utf8").digest("hex");
}

export function runRequest(
  token: string | undefined,
  deployment = "orders-etl-nightly",
  body: unknown = { parameters: { date: "2026-01-01" } },
  headers: Record<string, string | string[]> = {},
) {
  return {
    method: "POST",
    path: `/orders/deployments/${deployment}/runs`,
    headers: { ...(token ? { Authorization: `Bearer ${token}` } : {}), "Content-Type": "application/json", "Idempotency-Key": "run-2026-01-01", ...headers } as Record<string, string | string[]>,
    body,
  };
}
