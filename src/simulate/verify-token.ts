/**
 * JWT verification as Apigee's VerifyJWT is configured by the gate (VerifyJWT policy reference), done with jose: the issuer
 * is chosen by the token's unverified `iss` and must match exactly; its algorithm allowlist, key set (by `kid`), exact
 * audience, time allowance and maximum lifetime apply; `exp`, `iat` and `sub` are required; any `crit` header is
 * refused (the gate knows no extensions); `typ` and claim values are checked when the issuer configures them; `sub`
 * must be a non-empty string (else `claim_missing`) and the client-id claim too (absent: `claim_missing`, another
 * type or empty: `claim_mismatch`), as the proxy's `gate-claims.js` reads them. Every failure maps to a stable
 * refusal code.
 */
import type { JSONWebKeySet, JWTPayload, ProtectedHeaderParameters } from "jose";
import { COMPACT_JWS, RefusalCode } from "../gate/contract";
import { GateManifest, isTfRef, ManifestIssuer } from "../gate/manifest";
import { jsonShapeProblem } from "./json-shape";
import { References } from "./references";
import { SimulationError } from "./simulation-error";

/** One key set for every issuer, or key sets by issuer name (`ManifestIssuer.name`). */
export type JwksOption = JSONWebKeySet | Readonly<Record<string, JSONWebKeySet>>;

export interface VerifiedToken {
  readonly ok: true;
  readonly issuer: ManifestIssuer;
  /** The exact `iss` of the token. */
  readonly iss: string;
  /**
   * The issuer's canonical `iss` (its first spelling), whichever spelling the token carries: the caller tag and the
   * idempotency key are derived from it.
   */
  readonly canonicalIss: string;
  readonly sub: string;
  readonly clientId: string;
  readonly payload: JWTPayload;
}

export interface TokenRefusal {
  readonly ok: false;
  readonly code: RefusalCode;
  readonly detail?: string;
}

export async function verifyToken(
  manifest: GateManifest,
  token: string,
  at: number,
  jwks: JwksOption | undefined,
  refs: References,
): Promise<VerifiedToken | TokenRefusal> {
  const no = (code: RefusalCode, detail?: string): TokenRefusal => ({ ok: false, code, detail });
  // Loaded on first use: importing the library (or the CLI's --help) never pays for jose, an ES module.
  const { createLocalJWKSet, decodeJwt, decodeProtectedHeader, jwtVerify } = await import("jose");
  if (!COMPACT_JWS.test(token)) return no("token_malformed", "expected three base64url parts (a compact JWS)");
  let header: ProtectedHeaderParameters;
  let claims: JWTPayload;
  try {
    header = decodeProtectedHeader(token);
    claims = decodeJwt(token);
  } catch (e) {
    return no("token_malformed", (e as Error).message);
  }

  if (typeof claims.iss !== "string") return no("issuer_unknown", "the token has no iss claim");
  const issuer = chooseIssuer(manifest, claims.iss, refs);
  if (!issuer) return no("issuer_unknown", `iss ${JSON.stringify(claims.iss)}`);

  // The order below follows jose's (crit, then alg, then key) so the offline answer matches a real verifier's.
  if (header.crit !== undefined) return no("critical_header_unsupported", `crit ${JSON.stringify(header.crit)}`);
  if (typeof header.alg !== "string" || !issuer.algorithms.includes(header.alg)) {
    return no("algorithm_not_allowed", `alg ${JSON.stringify(header.alg)}; issuer ${issuer.name} allows ${issuer.algorithms.join(", ")}`);
  }
  // VerifyJWT with a JWKS needs a kid (steps.jwt.KeyIdMissing); jose alone would try every key.
  if (typeof header.kid !== "string" || header.kid === "") return no("key_not_found", "the token has no kid header");

  const audiences = issuer.audiences.map((a) => refs.resolve(a));
  const literalAudiences = audiences.filter((a): a is string => a !== undefined);
  const allAudiencesKnown = literalAudiences.length === audiences.length;

  let payload: JWTPayload;
  try {
    ({ payload } = await jwtVerify(token, createLocalJWKSet(keySetFor(issuer, jwks)), {
      issuer: claims.iss,
      audience: allAudiencesKnown ? literalAudiences : undefined,
      algorithms: [...issuer.algorithms],
      clockTolerance: issuer.clockSkewSeconds,
      maxTokenAge: issuer.maxTokenLifetimeSeconds,
      requiredClaims: ["exp", "iat", "sub"],
      typ: issuer.expectedType,
      currentDate: new Date(at * 1000),
    }));
  } catch (e) {
    if (e instanceof SimulationError) throw e;
    return joseRefusal(e);
  }

  if (!allAudiencesKnown) {
    const tokenAud = typeof payload.aud === "string" ? [payload.aud] : (payload.aud ?? []);
    if (tokenAud.length === 0) return no("claim_missing", 'missing required "aud" claim');
    if (!tokenAud.some((a) => literalAudiences.includes(a))) {
      const unknown = issuer.audiences.find((a) => isTfRef(a) && refs.resolve(a) === undefined)!;
      refs.required(unknown, `issuer ${issuer.name}'s audience`);
    }
  }
  // The proxy's order: VerifyJWT checks the required claims (<AdditionalClaims>), then the lifetime is refused, then
  // gate-claims.js reads the claims' JSON types from the payload.
  for (const [claim, expected] of Object.entries(issuer.requiredClaims ?? {})) {
    if (payload[claim] === undefined) return no("claim_missing", `missing required ${JSON.stringify(claim)} claim`);
    if (payload[claim] !== refs.required(expected, `issuer ${issuer.name}'s required claim ${claim}`)) return no("claim_mismatch", `unexpected ${JSON.stringify(claim)} claim value`);
  }
  const lifetime = (payload.exp as number) - (payload.iat as number);
  if (lifetime > issuer.maxTokenLifetimeSeconds) {
    return no("token_lifetime_exceeded", `exp - iat = ${lifetime} s, issuer ${issuer.name} allows at most ${issuer.maxTokenLifetimeSeconds} s`);
  }
  const shape = jsonShapeProblem(Buffer.from(token.split(".")[1], "base64url").toString("utf8"));
  if (shape) return no("token_malformed", `the payload: ${shape}`);
  if (typeof payload.sub !== "string" || payload.sub === "") return no("claim_missing", 'the "sub" claim must be a non-empty string');
  const clientId = Object.hasOwn(payload, issuer.clientIdClaim) ? payload[issuer.clientIdClaim] : undefined;
  if (clientId === undefined) return no("claim_missing", `missing client id claim ${JSON.stringify(issuer.clientIdClaim)}`);
  if (typeof clientId !== "string" || clientId === "") return no("claim_mismatch", `the client id claim ${JSON.stringify(issuer.clientIdClaim)} must be a non-empty string`);

  const canonicalIss = refs.required(issuer.issuer, `issuer ${issuer.name}'s iss (the caller tag and idempotency key use its first spelling)`);
  return { ok: true, issuer, iss: claims.iss, canonicalIss, sub: payload.sub, clientId, payload };
}

/** The issuer whose configured `iss` equals the token's exactly; unresolved issuers stop the simulation if needed. */
function chooseIssuer(manifest: GateManifest, iss: string, refs: References): ManifestIssuer | undefined {
  for (const issuer of manifest.issuers) {
    if (refs.resolve(issuer.issuer) === iss || (issuer.alternateIssuers ?? []).includes(iss)) return issuer;
  }
  const unresolved = manifest.issuers.find((i) => refs.resolve(i.issuer) === undefined);
  if (unresolved) refs.required(unresolved.issuer, `issuer ${unresolved.name}'s iss (a token says ${JSON.stringify(iss)})`);
  return undefined;
}

function keySetFor(issuer: ManifestIssuer, jwks: JwksOption | undefined): JSONWebKeySet {
  const set = jwks === undefined ? undefined : isKeySet(jwks) ? jwks : (jwks as Record<string, JSONWebKeySet>)[issuer.name];
  if (set === undefined) {
    const where = isTfRef(issuer.jwksUri) ? `discovered at apply time (${issuer.jwksUri.tfRef})` : issuer.jwksUri;
    throw new SimulationError(`issuer ${issuer.name}: no key set offline (its JWKS is ${where}); pass --jwks <file> with {"keys": [...]} or {"${issuer.name}": {"keys": [...]}}`);
  }
  if (!isKeySet(set)) throw new SimulationError(`issuer ${issuer.name}: the key set must be {"keys": [...]}`);
  if (set.keys.some((k) => typeof k === "object" && k !== null && "d" in k)) {
    throw new SimulationError(`issuer ${issuer.name}: the key set holds a private key; give public keys only`);
  }
  return set;
}

function isKeySet(value: unknown): value is JSONWebKeySet {
  return typeof value === "object" && value !== null && Array.isArray((value as JSONWebKeySet).keys);
}

/**
 * jose's error codes (`JOSEError.code`: `ERR_JWT_EXPIRED`, `ERR_JWS_SIGNATURE_VERIFICATION_FAILED`, ...) mapped to the
 * gate's refusal codes.
 */
export function joseRefusal(error: unknown): TokenRefusal {
  const e = error as { code?: string; claim?: string; reason?: string; message?: string };
  const no = (code: RefusalCode): TokenRefusal => ({ ok: false, code, detail: e.message });
  switch (e.code) {
    case "ERR_JOSE_ALG_NOT_ALLOWED":
    case "ERR_JOSE_NOT_SUPPORTED":
      return no("algorithm_not_allowed");
    case "ERR_JWKS_NO_MATCHING_KEY":
    case "ERR_JWKS_MULTIPLE_MATCHING_KEYS":
      return no("key_not_found");
    case "ERR_JWS_SIGNATURE_VERIFICATION_FAILED":
      return no("signature_invalid");
    case "ERR_JWT_EXPIRED":
      return no(e.claim === "iat" ? "token_lifetime_exceeded" : "token_expired");
    case "ERR_JWT_CLAIM_VALIDATION_FAILED":
      if (e.reason === "missing") return no("claim_missing");
      if (e.reason === "invalid") return no("token_malformed");
      switch (e.claim) {
        case "aud":
          return no("audience_mismatch");
        case "iss":
          return no("issuer_unknown");
        case "nbf":
        case "iat":
          return no("token_not_yet_valid");
        case "typ":
          return no("type_mismatch");
        default:
          return no("claim_mismatch");
      }
    default:
      return no("token_malformed");
  }
}
