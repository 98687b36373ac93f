import { ASYMMETRIC_JWT_ALGORITHMS, AsymmetricJwtAlgorithmName, isAsymmetricJwtAlgorithm, isSymmetricJwtAlgorithm } from "../core/jwt-algorithms";

/**
 * A JWS algorithm the gate accepts. Only asymmetric algorithms exist here: the gate verifies tokens with the issuer's
 * public keys (JWKS), and an HMAC algorithm next to them would let a public key be used as a shared secret
 * (algorithm confusion, RFC 8725 §2.1). There is deliberately no `none` and no `HS*`: the constructor only takes the
 * names of the asymmetric list Apigee's VerifyJWT documents.
 */
export class JwtAlgorithm {
  public static readonly RS256 = new JwtAlgorithm("RS256");
  public static readonly RS384 = new JwtAlgorithm("RS384");
  public static readonly RS512 = new JwtAlgorithm("RS512");
  public static readonly PS256 = new JwtAlgorithm("PS256");
  public static readonly PS384 = new JwtAlgorithm("PS384");
  public static readonly PS512 = new JwtAlgorithm("PS512");
  public static readonly ES256 = new JwtAlgorithm("ES256");
  public static readonly ES384 = new JwtAlgorithm("ES384");
  public static readonly ES512 = new JwtAlgorithm("ES512");

  /** Every algorithm the gate can verify, in the order Apigee documents them. */
  public static all(): readonly JwtAlgorithm[] {
    return ASYMMETRIC_JWT_ALGORITHMS.map((name) => JwtAlgorithm[name]);
  }

  /**
   * The algorithm named `name` (e.g. read from configuration). Refuses symmetric and unknown names with the reason, so
   * a configuration file cannot smuggle `HS256` or `none` in.
   */
  public static of(name: string): JwtAlgorithm {
    // Each asymmetric name is also the name of its static instance.
    if (isAsymmetricJwtAlgorithm(name)) return JwtAlgorithm[name];
    const allowed = ASYMMETRIC_JWT_ALGORITHMS.join(", ");
    if (isSymmetricJwtAlgorithm(name) || name.toLowerCase() === "none") {
      throw new Error(`JwtAlgorithm.of: ${JSON.stringify(name)} is not allowed (symmetric or unsigned tokens are refused; use one of ${allowed})`);
    }
    throw new Error(`JwtAlgorithm.of: ${JSON.stringify(name)} is not a known algorithm (use one of ${allowed})`);
  }

  private constructor(
    /** The JWS `alg` value, e.g. `RS256`. */
    public readonly name: AsymmetricJwtAlgorithmName,
  ) {
    // The type already allows only the asymmetric names; JavaScript callers and casts are refused here.
    if (!isAsymmetricJwtAlgorithm(name)) throw new Error(`JwtAlgorithm: ${JSON.stringify(name)} is not an asymmetric algorithm`);
  }

  public toString(): string {
    return this.name;
  }
}
