/** The public members of an RSA or EC JSON Web Key (RFC 7517/7518), as a caller publishes it. */
export interface PublicJwk {
  /** `RSA` or `EC`. */
  readonly kty: string;
  /** The key id the caller puts in its client assertion's `kid` header. */
  readonly kid: string;
  /**
   * RSA modulus (base64url).
   * @default - none; required for an RSA key
   */
  readonly n?: string;
  /**
   * RSA exponent (base64url).
   * @default - none; required for an RSA key
   */
  readonly e?: string;
  /**
   * EC curve: `P-256`, `P-384` or `P-521`.
   * @default - none; required for an EC key
   */
  readonly crv?: string;
  /**
   * EC x coordinate (base64url).
   * @default - none; required for an EC key
   */
  readonly x?: string;
  /**
   * EC y coordinate (base64url).
   * @default - none; required for an EC key
   */
  readonly y?: string;
  /** Any other member; private ones (`d`, `p`, `q`, `dp`, `dq`, `qi`, `oth`, `k`) are refused. */
  readonly [member: string]: unknown;
}

const KID = /^[A-Za-z0-9._~:+/=-]{1,255}$/;
const B64URL = /^[A-Za-z0-9_-]+$/;
/** JWK members that only a private (or symmetric) key has (RFC 7518 §6.2.2, §6.3.2, §6.4.1). */
const PRIVATE_MEMBERS = ["d", "p", "q", "dp", "dq", "qi", "oth", "k"];
const CURVES = ["P-256", "P-384", "P-521"];

/**
 * A public key a caller signs its `private_key_jwt` client assertions with. Only the public half is ever configured:
 * the private key stays with the caller, so there is no shared secret to store, copy or rotate here. Rotate by adding
 * the next key before the caller switches to it, then removing the old one.
 */
export class ClientPublicKey {
  /** An RSA public key (at least 2048 bits, like Okta and jose require). */
  public static rsa(props: { readonly kid: string; readonly n: string; readonly e: string }): ClientPublicKey {
    return ClientPublicKey.fromJwk({ kty: "RSA", ...props });
  }

  /** An EC public key on P-256, P-384 or P-521. */
  public static ec(props: { readonly kid: string; readonly crv: string; readonly x: string; readonly y: string }): ClientPublicKey {
    return ClientPublicKey.fromJwk({ kty: "EC", ...props });
  }

  /** A public JWK as published (e.g. one entry of the caller's JWKS). Refused if it carries private members. */
  public static fromJwk(jwk: PublicJwk): ClientPublicKey {
    const where = `ClientPublicKey(${JSON.stringify(jwk.kid)})`;
    const secret = PRIVATE_MEMBERS.filter((m) => m in jwk);
    if (secret.length > 0) {
      // Never echo the value: it is key material.
      throw new Error(
        `${where}: the JWK has private member(s) ${secret.join(", ")} (give the public key only: kty, kid and n/e or crv/x/y; the private key must never leave the caller)`,
      );
    }
    if (typeof jwk.kid !== "string" || !KID.test(jwk.kid)) {
      throw new Error(`${where}: kid ${JSON.stringify(jwk.kid)} is not allowed (1-255 characters without spaces)`);
    }
    if (jwk.kty === "RSA") {
      for (const m of ["n", "e"] as const) checkB64(where, m, jwk[m]);
      // 2048 bits = 256 bytes = 342 base64url characters (leading zero bytes aside).
      if ((jwk.n as string).length < 342) {
        throw new Error(`${where}: n is ${(jwk.n as string).length} base64url characters long (an RSA modulus of at least 2048 bits has at least 342)`);
      }
      return new ClientPublicKey(jwk.kid, "RSA", { n: jwk.n as string, e: jwk.e as string });
    }
    if (jwk.kty === "EC") {
      if (typeof jwk.crv !== "string" || !CURVES.includes(jwk.crv)) {
        throw new Error(`${where}: crv ${JSON.stringify(jwk.crv ?? null)} is not allowed (one of ${CURVES.join(", ")})`);
      }
      for (const m of ["x", "y"] as const) checkB64(where, m, jwk[m]);
      return new ClientPublicKey(jwk.kid, "EC", { x: jwk.x as string, y: jwk.y as string });
    }
    throw new Error(`${where}: kty ${JSON.stringify(jwk.kty)} is not allowed (RSA or EC)`);
  }

  private constructor(
    /** The key id. */
    public readonly kid: string,
    /** `RSA` or `EC`. */
    public readonly kty: string,
    private readonly members: { readonly n?: string; readonly e?: string; readonly x?: string; readonly y?: string },
  ) {}

  /** The JWK as the okta provider's `jwks` block takes it. */
  public toOktaJwk(): { kid: string; kty: string; n?: string; e?: string; x?: string; y?: string } {
    return { kid: this.kid, kty: this.kty, ...this.members };
  }
}

function checkB64(where: string, member: string, value: unknown): void {
  if (typeof value !== "string" || !B64URL.test(value)) {
    throw new Error(`${where}: ${member} is missing or not base64url (the JWK's public ${member} member, RFC 7518)`);
  }
}
