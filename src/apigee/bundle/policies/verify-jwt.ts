import { Duration } from "../../../core/duration";
import { ASYMMETRIC_JWT_ALGORITHMS, isSymmetricJwtAlgorithm, SYMMETRIC_JWT_ALGORITHMS } from "../../../core/jwt-algorithms";
import { FlowValue } from "../flow-value";
import { variableProblem } from "../names";
import { Policy, PolicyProps } from "../policy";
import { XmlChild, XmlElement, el, optList, text } from "../xml";

/** Every algorithm VerifyJWT knows: the asymmetric ones, then HMAC. */
const SUPPORTED: readonly string[] = [...ASYMMETRIC_JWT_ALGORITHMS, ...SYMMETRIC_JWT_ALGORITHMS];
/** Claims VerifyJWT checks through dedicated elements; Apigee rejects them in AdditionalClaims. */
const REGISTERED_CLAIMS = ["iss", "sub", "aud", "iat", "exp", "nbf", "jti", "kid"];

/** A JWS signature algorithm VerifyJWT accepts. */
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
  public static readonly HS256 = new JwtAlgorithm("HS256");
  public static readonly HS384 = new JwtAlgorithm("HS384");
  public static readonly HS512 = new JwtAlgorithm("HS512");

  /** An algorithm by name (validated when the bundle is built). */
  public static of(name: string): JwtAlgorithm {
    return new JwtAlgorithm(name);
  }

  private constructor(public readonly name: string) {}

  /** HS*: verified with a shared secret, never with a public key. */
  public get isSymmetric(): boolean {
    return isSymmetricJwtAlgorithm(this.name);
  }
}

/** Where VerifyJWT gets the key that checks the signature. */
export class JwtKeySource {
  /** A JWKS fetched from `uri` (Apigee caches it for 300 s). */
  public static jwksUri(uri: string): JwtKeySource {
    return new JwtKeySource(false, el("PublicKey", [el("JWKS", [], { uri })]), uri.startsWith("https://") ? undefined : `JWKS uri ${JSON.stringify(uri)} must be an https:// URL`);
  }

  /** A JWKS fetched from the URI held in flow variable `variable` (a URI known only after apply, read from a KVM). */
  public static jwksUriRef(variable: string): JwtKeySource {
    return new JwtKeySource(false, el("PublicKey", [el("JWKS", [], { uriRef: variable })]), variableProblem("JWKS uriRef", variable));
  }

  /** A JWKS document held in flow variable `variable`. */
  public static jwksRef(variable: string): JwtKeySource {
    return new JwtKeySource(false, el("PublicKey", [el("JWKS", [], { ref: variable })]), variableProblem("JWKS ref", variable));
  }

  /** A PEM public key held in flow variable `variable`. */
  public static publicKeyRef(variable: string): JwtKeySource {
    return new JwtKeySource(false, el("PublicKey", [el("Value", [], { ref: variable })]), variableProblem("PublicKey Value ref", variable));
  }

  /** A shared secret (HS* only) held in flow variable `variable`, which must start with `private.`. */
  public static secretKeyRef(variable: string): JwtKeySource {
    return new JwtKeySource(
      true,
      el("SecretKey", [el("Value", [], { ref: variable })]),
      variable.startsWith("private.") ? variableProblem("SecretKey Value ref", variable) : `SecretKey Value ref ${JSON.stringify(variable)} must start with "private." (Apigee refuses other variables for secrets)`,
    );
  }

  private constructor(
    /** True for a shared secret. */
    public readonly isSecret: boolean,
    private readonly element: XmlElement,
    /** What is wrong with it, if anything. */
    public readonly problem: string | undefined,
  ) {}

  public toXmlElement(): XmlElement {
    return this.element;
  }
}

/** A claim the token must carry with a given value. */
export interface JwtClaim {
  /** The claim name (not a registered one: iss, sub, aud, iat, exp, nbf, jti). */
  readonly name: string;
  /** The expected value, literal or from a flow variable. */
  readonly value: string | FlowValue;
  /**
   * The claim's type.
   * @default "string"
   */
  readonly type?: "string" | "number" | "boolean" | "map";
  /**
   * The claim is an array that must contain the value.
   * @default false
   */
  readonly array?: boolean;
}

/** VerifyJWT: checks a signed JWT's signature, algorithm, issuer, audience and lifetime. Always fails closed. */
export interface VerifyJwtProps extends PolicyProps {
  /** The algorithm allowlist; one family, never `none`, never HS* with a public key. */
  readonly algorithms: readonly JwtAlgorithm[];
  /** The verification key. */
  readonly key: JwtKeySource;
  /** The required `iss`, literal or read at runtime (`FlowValue.ref`). */
  readonly issuer: string | FlowValue;
  /** The required `aud`, literal or read at runtime. */
  readonly audience: string | FlowValue;
  /**
   * The required `sub`.
   * @default - not checked
   */
  readonly subject?: string | FlowValue;
  /**
   * Other claims the token must carry.
   * @default - none
   */
  readonly additionalClaims?: readonly JwtClaim[];
  /**
   * Clock-skew grace applied to `exp` and `nbf`.
   * @default - none (0s)
   */
  readonly timeAllowance?: Duration;
  /**
   * The longest lifetime (`exp` - `iat`) a token may have.
   * @default - not bounded
   */
  readonly maxLifespan?: Duration;
  /**
   * Where the token is read from. Without it Apigee reads the Authorization header and strips `Bearer `.
   * @default - the Authorization header
   */
  readonly source?: string;
}

/** A VerifyJWT policy. */
export class VerifyJwt extends Policy {
  private readonly props: VerifyJwtProps;

  public constructor(props: VerifyJwtProps) {
    super("VerifyJWT", props);
    this.props = props;
  }

  protected body(): XmlChild[] {
    const p = this.props;
    return [
      text("Algorithm", (p.algorithms ?? []).map((a) => a.name).join(",")),
      p.source !== undefined && text("Source", p.source),
      text("IgnoreUnresolvedVariables", false),
      p.key?.toXmlElement(),
      valueElement("Subject", p.subject),
      valueElement("Issuer", p.issuer),
      valueElement("Audience", p.audience),
      optList("AdditionalClaims", p.additionalClaims, (c) =>
        claimElement(c),
      ),
      p.timeAllowance && text("TimeAllowance", p.timeAllowance.toGoDuration()),
      p.maxLifespan && text("MaxLifespan", p.maxLifespan.toGoDuration()),
      text("IgnoreCriticalHeaders", false),
    ];
  }

  protected validate(): string[] {
    const p = this.props;
    const out: string[] = [];
    const algorithms = p.algorithms ?? [];
    if (algorithms.length === 0) out.push("Algorithm is empty (give an allowlist, e.g. JwtAlgorithm.RS256)");
    for (const a of algorithms) {
      if (a.name.toLowerCase() === "none") out.push(`Algorithm "none" is never allowed (an unsigned token proves nothing)`);
      else if (!SUPPORTED.includes(a.name)) out.push(`Algorithm ${JSON.stringify(a.name)} is not supported (allowed: ${SUPPORTED.join(", ")})`);
      else if (a.isSymmetric && p.key && !p.key.isSecret) out.push(`Algorithm ${JSON.stringify(a.name)} is symmetric and must not be used with a public key (use RS*, PS* or ES*)`);
      else if (!a.isSymmetric && p.key?.isSecret) out.push(`Algorithm ${JSON.stringify(a.name)} needs a public key, not a SecretKey`);
    }
    if (!p.key) out.push("key is required (JwtKeySource.jwksUri, jwksUriRef, ...)");
    else if (p.key.problem) out.push(p.key.problem);
    out.push(...requiredValue("Issuer", p.issuer, "any issuer's token would be accepted"));
    out.push(...requiredValue("Audience", p.audience, "tokens meant for other services would be accepted"));
    for (const c of p.additionalClaims ?? []) {
      if (REGISTERED_CLAIMS.includes(c.name)) out.push(`AdditionalClaims claim ${JSON.stringify(c.name)} is a registered claim (use issuer, audience or subject; Apigee rejects it here)`);
    }
    if (this.continueOnError) out.push("continueOnError true is not allowed (a failed verification must stop the request)");
    return out;
  }
}

function valueElement(name: string, value: string | FlowValue | undefined): XmlElement | undefined {
  if (value === undefined) return undefined;
  const v = FlowValue.of(value);
  return v.isRef ? el(name, [], { ref: v.variable }) : text(name, v.literal ?? "");
}

function claimElement(c: JwtClaim): XmlElement {
  const v = FlowValue.of(c.value);
  const attributes = { name: c.name, type: c.type ?? "string", array: c.array ? true : undefined, ref: v.variable };
  return v.isRef ? el("Claim", [], attributes) : text("Claim", v.literal ?? "", attributes);
}

function requiredValue(what: string, value: string | FlowValue | undefined, consequence: string): string[] {
  if (value === undefined || (typeof value === "string" && value.trim() === "") || (typeof value !== "string" && !value.isRef && !value.literal)) {
    return [`${what} is required (without it ${consequence})`];
  }
  const v = FlowValue.of(value);
  const p = v.isRef ? variableProblem(`${what} ref`, v.variable) : undefined;
  return p ? [p] : [];
}
