/**
 * The JWS algorithm names Apigee's VerifyJWT knows, stated once: the gate's issuers, the bundle model, the policy pack
 * (GP003) and the simulator all read these lists. Pure: no cdktf, no constructs.
 */

/**
 * Algorithms verified with a public key (RSA PKCS#1, RSA-PSS, ECDSA), in the order Apigee's VerifyJWT documents them
 * (`<Algorithm>`); VerifyJWT has no EdDSA. The only ones a gate accepts.
 */
export const ASYMMETRIC_JWT_ALGORITHMS = ["RS256", "RS384", "RS512", "PS256", "PS384", "PS512", "ES256", "ES384", "ES512"] as const;

/** A name in {@link ASYMMETRIC_JWT_ALGORITHMS}. */
export type AsymmetricJwtAlgorithmName = (typeof ASYMMETRIC_JWT_ALGORITHMS)[number];

/**
 * HMAC algorithms: VerifyJWT checks them with a shared `<SecretKey>`. Never next to a public key (algorithm confusion,
 * RFC 8725 §2.1), and never accepted by a gate.
 */
export const SYMMETRIC_JWT_ALGORITHMS = ["HS256", "HS384", "HS512"] as const;

/** Whether `name` is one of {@link ASYMMETRIC_JWT_ALGORITHMS}. */
export function isAsymmetricJwtAlgorithm(name: string): name is AsymmetricJwtAlgorithmName {
  return (ASYMMETRIC_JWT_ALGORITHMS as readonly string[]).includes(name);
}

/** Whether `name` is one of {@link SYMMETRIC_JWT_ALGORITHMS}. */
export function isSymmetricJwtAlgorithm(name: string): boolean {
  return (SYMMETRIC_JWT_ALGORITHMS as readonly string[]).includes(name);
}
