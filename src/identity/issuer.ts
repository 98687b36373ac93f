import { Construct } from "constructs";
import { Duration } from "../core/duration";
import { checkRule, CLAIM_NAME, HOSTNAME, ISSUER_NAME, notAllowed, UUID } from "../core/rules";
import { Fn, TerraformStack, Token } from "../internal/cdk";
import { DataHttp } from "../internal/http";
import { EntraTokenVersion } from "./entra-token-version";
import { JwtAlgorithm } from "./jwt-algorithm";

/** Options every issuer accepts. */
export interface IssuerOptions {
  /**
   * The short name callers refer to (`Caller.client(id, { issuer: name })`): lowercase letters, digits and `-`.
   * @default - the preset's name: `google`, `okta`, `entra`, `auth0`, `keycloak`; required for `Issuer.oidc`
   */
  readonly name?: string;
  /**
   * Leeway applied to `exp` and `nbf` (Apigee `TimeAllowance`). At most 60 s: RFC 8725 asks for a small leeway and
   * FAPI rejects tokens 60 s or more in the future.
   * @default Duration.seconds(30)
   */
  readonly clockSkew?: Duration;
  /**
   * Longest accepted token lifetime, `exp - iat` (Apigee `MaxLifespan`): a mis-issued long-lived token is refused.
   * Between 1 minute and 24 hours.
   * @default - the IdP's default access-token lifetime: 1 hour (Google, Okta, Keycloak, OIDC), 2 hours (Entra ID,
   * whose tokens live 60-90 minutes), 24 hours (Auth0, whose APIs issue 86400 s tokens unless configured lower)
   */
  readonly maxTokenLifetime?: Duration;
  /**
   * Accepted signing algorithms, asymmetric only (the type has no `HS*` and no `none`).
   * @default [JwtAlgorithm.RS256]
   */
  readonly algorithms?: readonly JwtAlgorithm[];
  /**
   * The JOSE `typ` header tokens must carry (compared case-insensitively), so another kind of JWT from the same IdP
   * cannot be replayed here (RFC 8725 §3.11).
   * @default - `JWT` for Google and Entra ID (what they send); not checked for the others, whose `typ` depends on
   * tenant settings — set it once you have seen a real token
   */
  readonly expectedType?: string;
  /**
   * The claim that carries the caller's client id (from which, with the issuer, the gate derives the Apigee app's consumer key).
   * @default - the preset's claim: `azp` (Google, Entra v2, Auth0, Keycloak), `cid` (Okta), `appid` (Entra v1)
   */
  readonly clientIdClaim?: string;
}

/** Google-signed ID tokens, e.g. of service accounts (`generateIdToken`, metadata server, `gcloud auth print-identity-token`). */
export interface GoogleIssuerProps extends IssuerOptions {
  /** The audience the callers request, normally the gate's URL, e.g. `https://api.acme.example/orders`. */
  readonly audience: string;
}

/** Access tokens of an Okta custom authorization server. */
export interface OktaIssuerProps extends IssuerOptions {
  /** The Okta org's host, e.g. `acme.okta.com` (no scheme, no path). */
  readonly domain: string;
  /**
   * The custom authorization server id, e.g. `aus1abc2def` or `default`: 1-64 letters and digits. Okta's org
   * authorization server (`org`) is refused: its tokens are meant for Okta's own APIs and cannot be validated by a
   * third party.
   */
  readonly authorizationServerId: string;
  /** The authorization server's audience, e.g. `api://orders-gate`. */
  readonly audience: string;
}

/** Access tokens of a Microsoft Entra ID tenant. */
export interface EntraIdIssuerProps extends IssuerOptions {
  /**
   * The directory (tenant) id: a UUID in lowercase, as Entra writes it in `tid` and `iss`. Multi-tenant endpoints
   * (`common`, `organizations`) are refused.
   */
  readonly tenantId: string;
  /** The API's application id URI or client id, as it appears in `aud`, e.g. `api://orders-gate`. */
  readonly audience: string;
  /**
   * The token format the API's app registration asks for.
   * @default EntraTokenVersion.V2
   */
  readonly tokenVersion?: EntraTokenVersion;
}

/** Access tokens of an Auth0 tenant. */
export interface Auth0IssuerProps extends IssuerOptions {
  /** The tenant's domain, e.g. `acme.eu.auth0.com` or a custom domain (no scheme, no path). */
  readonly domain: string;
  /** The API identifier, e.g. `https://api.acme.example/orders`. */
  readonly audience: string;
}

/** Access tokens of a Keycloak realm. */
export interface KeycloakIssuerProps extends IssuerOptions {
  /** Keycloak's base URL, e.g. `https://sso.acme.example` (with `/auth` for Keycloak < 17). */
  readonly baseUrl: string;
  /** The realm name. */
  readonly realm: string;
  /** The audience the gate's client scope adds to tokens. */
  readonly audience: string;
}

/** Any OpenID Connect issuer, given its issuer URL. */
export interface OidcIssuerProps extends IssuerOptions {
  /** The short name callers refer to. */
  readonly name: string;
  /**
   * The exact `iss` value, an https URL; may be a Terraform reference (e.g. an authorization server defined in the same
   * stack), which the gate then reads from its KVM at runtime. A referenced issuer needs a `jwksUri`.
   */
  readonly issuerUrl: string;
  /** Accepted `aud` values; at least one. */
  readonly audiences: readonly string[];
  /**
   * The issuer's JWKS URI (https).
   * @default - none: then `discoverJwksUri` must be true
   */
  readonly jwksUri?: string;
  /**
   * Read the JWKS URI at plan time from `<issuerUrl>/.well-known/openid-configuration` (a `data.http` source).
   * @default false
   */
  readonly discoverJwksUri?: boolean;
  /** The claim that carries the caller's client id. */
  readonly clientIdClaim: string;
  /** Accepted signing algorithms. */
  readonly algorithms: readonly JwtAlgorithm[];
  /**
   * Claims whose values must equal these, e.g. `{ tid: "<tenant>" }`.
   * @default - none
   */
  readonly requiredClaims?: Readonly<Record<string, string>>;
}

/** What an issuer is, resolved for one stack: every value the gate enforces. */
export interface IssuerConfig {
  /** The issuer's short name, e.g. `okta`; callers refer to it. */
  readonly name: string;
  /** The exact `iss`: a literal, or a Terraform reference when the IdP object is defined in the same stack. */
  readonly issuer: string;
  /** Other exact `iss` spellings of the same issuer (Google). */
  readonly alternateIssuers: readonly string[];
  /** The audiences a token must carry (one of them). */
  readonly audiences: readonly string[];
  /** The JWKS URI: a literal, or a Terraform reference to the discovery document's `jwks_uri`. */
  readonly jwksUri: string;
  /** Algorithm names, e.g. `["RS256"]`. */
  readonly algorithms: readonly string[];
  /** Leeway applied to `exp` and `nbf`. */
  readonly clockSkew: Duration;
  /** Longest accepted token lifetime, `exp - iat`. */
  readonly maxTokenLifetime: Duration;
  /** The claim holding the caller's client id, e.g. `azp`, `cid`. */
  readonly clientIdClaim: string;
  /**
   * The JOSE `typ` header tokens must carry, compared case-insensitively.
   * @default - not checked
   */
  readonly expectedType?: string;
  /**
   * Claims whose values must equal these. Any value here, like `issuer`, `audiences` and `jwksUri`, may be a Terraform
   * reference (known only at apply time): the gate then reads it from its KVM at runtime, never from bundle bytes.
   */
  readonly requiredClaims: Readonly<Record<string, string>>;
  /**
   * The `data.http` source that reads the discovery document, when the JWKS URI is discovered.
   * @default - none (the JWKS URI is given)
   */
  readonly discovery?: DataHttp;
}

interface IssuerSpec {
  readonly name: string;
  readonly issuer: string;
  readonly alternateIssuers?: readonly string[];
  readonly audiences: readonly string[];
  readonly jwksUri?: string;
  readonly discoverJwksUri?: boolean;
  readonly algorithms?: readonly JwtAlgorithm[];
  readonly clockSkew?: Duration;
  readonly maxTokenLifetime: Duration;
  readonly clientIdClaim: string;
  readonly expectedType?: string;
  readonly requiredClaims?: Readonly<Record<string, string>>;
}

const OKTA_SERVER_ID = /^[A-Za-z0-9]{1,64}$/;
const REALM = /^[A-Za-z0-9._-]{1,255}$/;
const TYP = /^[A-Za-z0-9.+/-]{1,64}$/;
/** Claims the gate already checks by their own rule; naming one as the client-id claim would be a mistake. */
const REGISTERED_CLAIMS = ["iss", "aud", "exp", "nbf", "iat", "jti"];
const MAX_SKEW_SECONDS = 60;
const MIN_LIFETIME_SECONDS = 60;
const MAX_LIFETIME_SECONDS = 86400;

/**
 * An identity provider whose tokens the gate accepts. A pure description (no constructs), so one issuer can be used by
 * several pipelines and stacks; {@link Issuer.bind} resolves it inside a stack.
 *
 * The JWKS URI is configuration, never taken from a token (`jku`/`x5u` are ignored by design). A literal URI is checked
 * for https here; a discovered one is a Terraform reference, so its check is a `lifecycle.postcondition` on the
 * `data.http` source (`startswith(jwks_uri, "https://")`, plus status 200 and `issuer` equal to the configured one):
 * `terraform plan` fails before anything is deployed if the discovery document is wrong.
 */
export class Issuer {
  /** Google ID tokens (issuer `https://accounts.google.com`, also spelled `accounts.google.com`), client id in `azp`. */
  public static google(props: GoogleIssuerProps): Issuer {
    return new Issuer("Issuer.google", {
      name: props.name ?? "google",
      issuer: "https://accounts.google.com",
      alternateIssuers: ["accounts.google.com"],
      audiences: [props.audience],
      jwksUri: "https://www.googleapis.com/oauth2/v3/certs",
      algorithms: props.algorithms,
      clockSkew: props.clockSkew,
      maxTokenLifetime: props.maxTokenLifetime ?? Duration.hours(1),
      clientIdClaim: props.clientIdClaim ?? "azp",
      expectedType: props.expectedType ?? "JWT",
    });
  }

  /**
   * An Okta custom authorization server (`https://{domain}/oauth2/{authorizationServerId}`), client id in `cid`.
   * The authorization server id is required: Okta's org authorization server (`org`) is refused, its tokens are for
   * Okta's own APIs.
   */
  public static okta(props: OktaIssuerProps): Issuer {
    const where = "Issuer.okta";
    checkRule(where, "domain", props.domain, HOSTNAME);
    const server = props.authorizationServerId;
    if (server === undefined || server === "" || server.toLowerCase() === "org") {
      throw new Error(
        `${where}: authorizationServerId ${JSON.stringify(server ?? null)} is not allowed (tokens of Okta's org authorization server ` +
          "are meant for Okta's own APIs and cannot be validated by the gate; create a custom authorization server, or use 'default', " +
          "and give its id, e.g. 'aus1abc2def')",
      );
    }
    if (!OKTA_SERVER_ID.test(server)) {
      throw new Error(`${where}: authorizationServerId ${JSON.stringify(server)} is not allowed (1-64 letters and digits, e.g. 'aus1abc2def' or 'default')`);
    }
    const issuer = `https://${props.domain}/oauth2/${server}`;
    return new Issuer(where, {
      name: props.name ?? "okta",
      issuer,
      audiences: [props.audience],
      jwksUri: `${issuer}/v1/keys`,
      algorithms: props.algorithms,
      clockSkew: props.clockSkew,
      maxTokenLifetime: props.maxTokenLifetime ?? Duration.hours(1),
      clientIdClaim: props.clientIdClaim ?? "cid",
      expectedType: props.expectedType,
    });
  }

  /** A Microsoft Entra ID tenant; the token's `tid` must equal the tenant. */
  public static entraId(props: EntraIdIssuerProps): Issuer {
    const where = "Issuer.entraId";
    checkRule(where, "tenantId", props.tenantId, UUID, "multi-tenant endpoints like 'common' or 'organizations' would trust every tenant");
    const version = props.tokenVersion ?? EntraTokenVersion.V2;
    return new Issuer(where, {
      name: props.name ?? "entra",
      issuer: version.issuerFor(props.tenantId),
      audiences: [props.audience],
      jwksUri: version.jwksUriFor(props.tenantId),
      algorithms: props.algorithms,
      clockSkew: props.clockSkew,
      maxTokenLifetime: props.maxTokenLifetime ?? Duration.hours(2),
      clientIdClaim: props.clientIdClaim ?? version.clientIdClaim,
      expectedType: props.expectedType ?? "JWT",
      requiredClaims: { tid: props.tenantId },
    });
  }

  /** An Auth0 tenant (issuer `https://{domain}/`, with the trailing slash Auth0 puts in `iss`), client id in `azp`. */
  public static auth0(props: Auth0IssuerProps): Issuer {
    const where = "Issuer.auth0";
    checkRule(where, "domain", props.domain, HOSTNAME);
    return new Issuer(where, {
      name: props.name ?? "auth0",
      issuer: `https://${props.domain}/`,
      audiences: [props.audience],
      jwksUri: `https://${props.domain}/.well-known/jwks.json`,
      algorithms: props.algorithms,
      clockSkew: props.clockSkew,
      maxTokenLifetime: props.maxTokenLifetime ?? Duration.hours(24),
      clientIdClaim: props.clientIdClaim ?? "azp",
      expectedType: props.expectedType,
    });
  }

  /** A Keycloak realm (issuer `{baseUrl}/realms/{realm}`), client id in `azp`. */
  public static keycloak(props: KeycloakIssuerProps): Issuer {
    const where = "Issuer.keycloak";
    checkHttpsUrl(where, "baseUrl", props.baseUrl);
    if (!REALM.test(props.realm)) {
      throw new Error(`${where}: realm ${JSON.stringify(props.realm)} is not allowed (1-255 letters, digits, '.', '_' and '-')`);
    }
    const issuer = `${props.baseUrl.replace(/\/+$/, "")}/realms/${props.realm}`;
    return new Issuer(where, {
      name: props.name ?? "keycloak",
      issuer,
      audiences: [props.audience],
      jwksUri: `${issuer}/protocol/openid-connect/certs`,
      algorithms: props.algorithms,
      clockSkew: props.clockSkew,
      maxTokenLifetime: props.maxTokenLifetime ?? Duration.hours(1),
      clientIdClaim: props.clientIdClaim ?? "azp",
      expectedType: props.expectedType,
    });
  }

  /** Any OpenID Connect issuer: a static JWKS URI, or one discovered at plan time. */
  public static oidc(props: OidcIssuerProps): Issuer {
    const where = "Issuer.oidc";
    checkHttpsUrl(where, "issuerUrl", props.issuerUrl);
    const discover = props.discoverJwksUri ?? false;
    if (discover && Token.isUnresolved(props.issuerUrl)) {
      throw new Error(
        `${where}: discoverJwksUri is not allowed with an issuerUrl known only after apply (the discovery document is read at plan time; give jwksUri, e.g. \`\${issuerUrl}/v1/keys\`)`,
      );
    }
    if ((props.jwksUri === undefined) === !discover) {
      throw new Error(
        `${where}: give exactly one of jwksUri and discoverJwksUri: true (got ${props.jwksUri === undefined ? "neither" : "both"})`,
      );
    }
    return new Issuer(where, {
      name: props.name,
      issuer: props.issuerUrl,
      audiences: props.audiences,
      jwksUri: props.jwksUri,
      discoverJwksUri: discover,
      algorithms: props.algorithms,
      clockSkew: props.clockSkew,
      maxTokenLifetime: props.maxTokenLifetime ?? Duration.hours(1),
      clientIdClaim: props.clientIdClaim,
      expectedType: props.expectedType,
      requiredClaims: props.requiredClaims,
    });
  }

  /** The short name callers refer to. */
  public readonly name: string;
  /** The exact `iss`; a Terraform reference for an issuer defined in the same stack (then also a KVM entry on bind). */
  public readonly issuerUrl: string;
  /** Other exact `iss` spellings accepted. */
  public readonly alternateIssuers: readonly string[];
  public readonly audiences: readonly string[];
  /** The static JWKS URI; undefined when it is discovered at plan time. */
  public readonly jwksUri?: string;
  /** Whether the JWKS URI is read from the discovery document. */
  public readonly discoverJwksUri: boolean;
  public readonly algorithms: readonly JwtAlgorithm[];
  public readonly clockSkew: Duration;
  public readonly maxTokenLifetime: Duration;
  public readonly clientIdClaim: string;
  public readonly expectedType?: string;
  public readonly requiredClaims: Readonly<Record<string, string>>;

  private constructor(where: string, spec: IssuerSpec) {
    checkRule(where, "name", spec.name, ISSUER_NAME);
    where = `${where}(${spec.name})`;
    if (spec.audiences.length === 0) {
      throw new Error(`${where}: audiences is empty (give at least one audience, or tokens minted for any other API would be accepted)`);
    }
    for (const audience of spec.audiences) {
      if (!Token.isUnresolved(audience) && audience.trim() === "") {
        throw new Error(`${where}: audience ${JSON.stringify(audience)} is not allowed (a non-empty value such as 'api://orders-gate')`);
      }
    }
    if (spec.jwksUri !== undefined) checkHttpsUrl(where, "jwksUri", spec.jwksUri);
    const algorithms = [...new Set(spec.algorithms ?? [JwtAlgorithm.RS256])];
    if (algorithms.length === 0) {
      throw new Error(`${where}: algorithms is empty (give at least one of ${JwtAlgorithm.all().join(", ")})`);
    }
    const skew = spec.clockSkew ?? Duration.seconds(30);
    if (!skew.isWholeSeconds() || skew.toSeconds() > MAX_SKEW_SECONDS) {
      throw new Error(`${where}: clockSkew ${skew} is not allowed (whole seconds, at most 60 seconds)`);
    }
    const lifetime = spec.maxTokenLifetime;
    if (!lifetime.isWholeSeconds() || lifetime.toSeconds() < MIN_LIFETIME_SECONDS || lifetime.toSeconds() > MAX_LIFETIME_SECONDS) {
      throw new Error(`${where}: maxTokenLifetime ${lifetime} is not allowed (whole seconds, between 1 minute and 24 hours)`);
    }
    checkClaimName(where, "clientIdClaim", spec.clientIdClaim);
    if (spec.expectedType !== undefined && !TYP.test(spec.expectedType)) {
      throw new Error(`${where}: expectedType ${JSON.stringify(spec.expectedType)} is not allowed (a media type name such as 'JWT' or 'at+jwt')`);
    }
    for (const [claim, value] of Object.entries(spec.requiredClaims ?? {})) {
      checkClaimName(where, "requiredClaims key", claim);
      if (!Token.isUnresolved(value) && value === "") {
        throw new Error(`${where}: requiredClaims.${claim} is empty (give the exact value the claim must have)`);
      }
    }

    this.name = spec.name;
    this.issuerUrl = spec.issuer;
    this.alternateIssuers = spec.alternateIssuers ?? [];
    this.audiences = [...spec.audiences];
    this.jwksUri = spec.jwksUri;
    this.discoverJwksUri = spec.discoverJwksUri ?? false;
    this.algorithms = algorithms;
    this.clockSkew = skew;
    this.maxTokenLifetime = lifetime;
    this.clientIdClaim = spec.clientIdClaim;
    this.expectedType = spec.expectedType;
    this.requiredClaims = { ...(spec.requiredClaims ?? {}) };
  }

  /** Where the discovery document is read from: `<issuer>/.well-known/openid-configuration` (OIDC Discovery §4). */
  public get discoveryUrl(): string {
    return `${this.issuerUrl.replace(/\/+$/, "")}/.well-known/openid-configuration`;
  }

  /**
   * Resolves the issuer in the stack of `scope`. A discovered JWKS URI defines one `data.http` source per issuer URL
   * and stack (shared by every pipeline of the stack) and becomes a Terraform reference, which the gate reads from its
   * KVM.
   */
  public bind(scope: Construct): IssuerConfig {
    let jwksUri = this.jwksUri;
    let discovery: DataHttp | undefined;
    if (this.discoverJwksUri) {
      discovery = this.discoveryDataSource(scope);
      jwksUri = Fn.lookup(Fn.jsondecode(discovery.responseBody), "jwks_uri") as string;
    }
    return {
      name: this.name,
      issuer: this.issuerUrl,
      alternateIssuers: this.alternateIssuers,
      audiences: this.audiences,
      jwksUri: jwksUri as string,
      algorithms: this.algorithms.map((a) => a.name),
      clockSkew: this.clockSkew,
      maxTokenLifetime: this.maxTokenLifetime,
      clientIdClaim: this.clientIdClaim,
      expectedType: this.expectedType,
      requiredClaims: this.requiredClaims,
      discovery,
    };
  }

  private discoveryDataSource(scope: Construct): DataHttp {
    const stack = TerraformStack.of(scope);
    const id = `OidcDiscovery-${this.issuerUrl.replace(/^https:\/\//, "").replace(/[^A-Za-z0-9]+/g, "-").replace(/-+$/, "")}`;
    const existing = stack.node.tryFindChild(id);
    if (existing) return existing as DataHttp;
    const issuer = JSON.stringify(this.issuerUrl);
    return new DataHttp(stack, id, {
      url: this.discoveryUrl,
      requestHeaders: { Accept: "application/json" },
      lifecycle: {
        postcondition: [
          {
            condition: "${self.status_code == 200}",
            errorMessage: `The OIDC discovery document ${this.discoveryUrl} did not answer 200.`,
          },
          {
            condition: `\${jsondecode(self.response_body).issuer == ${issuer}}`,
            errorMessage: `The discovery document names another issuer than ${this.issuerUrl} (OIDC Discovery 4.3).`,
          },
          {
            condition: '${startswith(jsondecode(self.response_body).jwks_uri, "https://")}',
            errorMessage: `The jwks_uri of ${this.issuerUrl} is not an https URL; the gate only fetches keys over https.`,
          },
        ],
      },
    });
  }
}

/** An https URL with a host, and no credentials, query or fragment (`iss` and key URLs are compared and fetched verbatim). */
function checkHttpsUrl(where: string, field: string, value: string): void {
  // A reference (or a URL built on one) is checked by the IdP that generates it.
  if (Token.isUnresolved(value)) return;
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    url = undefined;
  }
  if (
    url === undefined ||
    url.protocol !== "https:" ||
    url.hostname === "" ||
    url.username !== "" ||
    url.password !== "" ||
    url.search !== "" ||
    url.hash !== "" ||
    /\s/.test(value)
  ) {
    throw new Error(
      `${where}: ${field} ${JSON.stringify(value)} is not allowed (an https URL with a host and no credentials, query or fragment, e.g. 'https://idp.acme.example/')`,
    );
  }
}

function checkClaimName(where: string, field: string, value: string): void {
  if (!CLAIM_NAME.pattern.test(value) || REGISTERED_CLAIMS.includes(value)) {
    throw new Error(notAllowed(where, field, value, `a claim name such as 'azp', 'cid' or 'client_id': ${CLAIM_NAME.allowed}; not one of ${REGISTERED_CLAIMS.join(", ")}`));
  }
}
