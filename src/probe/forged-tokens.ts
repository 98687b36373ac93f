/**
 * Tokens the probe forges to see the gate refuse them: unsigned (`alg: none`), with a signature made of random bytes,
 * with a key id no issuer has, with a critical header, HS256 keyed with an issuer's public key (algorithm confusion),
 * and a caller's real token with one signature character changed. None of them can verify; the probe never puts a
 * real token anywhere but the Authorization header (query strings land in Apigee's analytics), so the token-shaped
 * value it sends in a query string is a forgery too.
 */
import { createHmac, createPublicKey, JsonWebKey, randomBytes } from "crypto";

/** The name the probe's forged tokens carry as subject and client id, so they are easy to find in the audit trail. */
export const PROBE_SUBJECT = "gated-pipeline-probe";

/** Base64url of a JSON value (a JWS segment). */
export function segment(value: unknown): string {
  return Buffer.from(JSON.stringify(value), "utf8").toString("base64url");
}

/** The header and claims of a compact JWS, decoded without verification; undefined when it is not one. */
export function decodeToken(token: string): { header: Record<string, unknown>; claims: Record<string, unknown> } | undefined {
  const parts = token.split(".");
  if (parts.length !== 3) return undefined;
  try {
    const header = JSON.parse(Buffer.from(parts[0], "base64url").toString("utf8"));
    const claims = JSON.parse(Buffer.from(parts[1], "base64url").toString("utf8"));
    if (typeof header !== "object" || header === null || typeof claims !== "object" || claims === null) return undefined;
    return { header, claims };
  } catch {
    return undefined;
  }
}

/** An unsecured JWS (`alg: none`, empty signature) with `header`'s other members. */
export function unsecuredToken(header: Record<string, unknown>, claims: Record<string, unknown>): string {
  return `${segment({ ...header, alg: "none" })}.${segment(claims)}.`;
}

/** A JWS whose signature is random bytes of the length `alg` produces: it parses, and never verifies. */
export function randomlySignedToken(header: Record<string, unknown>, claims: Record<string, unknown>): string {
  const alg = String(header.alg ?? "RS256");
  const length = /^ES(256|384|512)$/.test(alg) ? { ES256: 64, ES384: 96, ES512: 132 }[alg as "ES256"] : 256;
  return `${segment(header)}.${segment(claims)}.${randomBytes(length).toString("base64url")}`;
}

/**
 * `header` with `alg: HS256` over `payloadSegment`, keyed with the PEM text of `publicJwk`: the classic confusion
 * attack on verifiers that take the algorithm from the token.
 */
export function hmacWithPublicKey(header: Record<string, unknown>, payloadSegment: string, publicJwk: JsonWebKey): string {
  const pem = createPublicKey({ key: publicJwk, format: "jwk" }).export({ type: "spki", format: "pem" }).toString();
  const signingInput = `${segment({ ...header, alg: "HS256" })}.${payloadSegment}`;
  return `${signingInput}.${createHmac("sha256", pem).update(signingInput).digest("base64url")}`;
}

/** `token` with one character of its signature changed (one in the middle, so the decoded bytes change). */
export function tamperedSignature(token: string): string {
  const [h, p, s] = token.split(".");
  if (!s) return `${h}.${p}.${randomBytes(32).toString("base64url")}`;
  const i = Math.floor(s.length / 2);
  return `${h}.${p}.${s.slice(0, i)}${s[i] === "A" ? "B" : "A"}${s.slice(i + 1)}`;
}

/**
 * A token-shaped value for a query string (it matches the gate's JWS pattern), made of nothing a caller owns: an
 * unsecured header and the probe's subject.
 */
export function queryStringForgery(): string {
  return unsecuredToken({ typ: "JWT" }, { sub: PROBE_SUBJECT });
}
