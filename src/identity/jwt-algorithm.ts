/**
 * A JWS algorithm the gate accepts. Only asymmetric algorithms exist here: the gate verifies tokens with the issuer's
 * public keys (JWKS), and an HMAC algorithm next to them would let a public key be used as a shared secret
 * (algorithm confusion, RFC 8725 §2.1). There is deliberately no `none` and no `HS*`.
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

  /** Every algorithm the gate can verify, in the order Apigee documents them. */
  public static all(): readonly JwtAlgorithm[] {
    return [
      JwtAlgorithm.RS256,
      JwtAlgorithm.RS384,
      JwtAlgorithm.RS512,
      JwtAlgorithm.PS256,
      JwtAlgorithm.PS384,
      JwtAlgorithm.PS512,
      JwtAlgorithm.ES256,
      JwtAlgorithm.ES384,
    ];
  }

  /**
   * The algorithm named `name` (e.g. read from configuration). Refuses symmetric and unknown names with the reason, so
   * a configuration file cannot smuggle `HS256` or `none` in.
   */
  public static of(name: string): JwtAlgorithm {
    const found = JwtAlgorithm.all().find((a) => a.name === name);
    if (found) return found;
    const allowed = JwtAlgorithm.all().map((a) => a.name).join(", ");
    if (/^HS(256|384|512)$/.test(name) || name.toLowerCase() === "none") {
      throw new Error(`JwtAlgorithm.of: ${JSON.stringify(name)} is not allowed (symmetric or unsigned tokens are refused; use one of ${allowed})`);
    }
    throw new Error(`JwtAlgorithm.of: ${JSON.stringify(name)} is not a known algorithm (use one of ${allowed})`);
  }

  private constructor(
    /** The JWS `alg` value, e.g. `RS256`. */
    public readonly name: string,
  ) {}

  public toString(): string {
    return this.name;
  }
}
