import { Construct } from "constructs";
import { Duration } from "../core/duration";
import { Caller } from "../identity/caller";
import { Issuer } from "../identity/issuer";
import { checkIdpCallers } from "../identity/idp-callers";
import { JwtAlgorithm } from "../identity/jwt-algorithm";
import { Fn, Token } from "../internal/cdk";
import {
  OktaAppOauth,
  OktaAuthServer,
  OktaAuthServerPolicy,
  OktaAuthServerPolicyRule,
  OktaAuthServerScope,
} from "../internal/okta";
import { RandomPassword } from "../internal/random";
import { RotationSchedule, rotationPeriodProblem } from "../secrets/rotation-schedule";
import { ISecret } from "../secrets/secret";
import { ClientPublicKey } from "./client-public-key";
import { OktaIssuerMode } from "./okta-issuer-mode";

/** A client secret for an Okta caller, generated inside Terraform and delivered into a Secret Manager secret. */
export interface OktaClientSecretProps {
  /** The secret the caller reads its client secret from (`versions/latest`). One secret per caller. */
  readonly secret: ISecret;
  /**
   * How often a new client secret is generated (on the first apply after the period): from 1 hour to 365 days.
   * @default Duration.days(30)
   */
  readonly every?: Duration;
}

/** One service that calls the gate: an Okta service app allowed the client-credentials grant and its products' scopes. */
export interface OktaGateCallerProps {
  /** Short name: lowercase letters, digits and `-`; names the app (`<server name>-<name>`) and its access policy. */
  readonly name: string;
  /** The products granted; each is also a scope (`<scopePrefix><product>`) the caller may request. At least one. */
  readonly products: readonly string[];
  /**
   * Who or what the caller is, for reviewers and the access matrix.
   * @default - none
   */
  readonly description?: string;
  /**
   * The caller's public keys: the app authenticates with `private_key_jwt`, so no shared secret exists. Preferred.
   * @default - none: then `clientSecret` must be given
   */
  readonly publicKeys?: readonly ClientPublicKey[];
  /**
   * A client secret (`client_secret_basic`), only when the caller cannot sign client assertions. Never together with
   * `publicKeys`.
   * @default - none
   */
  readonly clientSecret?: OktaClientSecretProps;
}

/** Props of {@link OktaGateAuthorization}. */
export interface OktaGateAuthorizationProps {
  /** The gate's audience: the authorization server's only audience and the `aud` the gate requires, e.g. `api://orders-gate`. */
  readonly audience: string;
  /** The callers; names unique, at least one. */
  readonly callers: readonly OktaGateCallerProps[];
  /**
   * The authorization server's name; app labels and policy names start with it.
   * @default - the construct id
   */
  readonly name?: string;
  /**
   * The issuer's short name, which the callers and the gate manifest refer to.
   * @default "okta"
   */
  readonly issuerName?: string;
  /**
   * Prefix of the product scopes.
   * @default "gate."
   */
  readonly scopePrefix?: string;
  /**
   * Access-token lifetime set on every rule, also the longest lifetime the gate accepts: 5 minutes to 24 hours.
   * @default Duration.hours(1)
   */
  readonly accessTokenLifetime?: Duration;
  /**
   * The host in the tokens' `iss`.
   * @default OktaIssuerMode.ORG_URL
   */
  readonly issuerMode?: OktaIssuerMode;
}

const SERVER_NAME = /^[A-Za-z0-9][A-Za-z0-9 ._-]{0,79}$/;
/** Okta scope names and the product names mapped to them: no spaces (scopes are space-separated in requests). */
const SCOPE_PART = /^[A-Za-z0-9._:-]{1,100}$/;
const MIN_TOKEN_MINUTES = 5;
const MAX_TOKEN_MINUTES = 1440;

/**
 * The Okta side of a gate in the same stack: a custom authorization server whose only audience is the gate's, a scope
 * per product, one `okta_app_oauth` service app per caller, and per caller an access policy assigned to that app only
 * with one rule that allows only the client-credentials grant and only that caller's product scopes (so `scp` can never
 * name a product the caller was not granted).
 *
 * {@link issuer} and {@link callers} are what the gate consumes: the issuer URL and the client ids are Okta-generated,
 * so they stay Terraform references, which the gate reads from its KVM at runtime and the manifest records as `tfRef`.
 * Okta puts the client id in `cid` and the scopes in `scp`.
 *
 * Credentials: `private_key_jwt` with the caller's public keys (no shared secret). A client secret only when asked:
 * a `random_password` renewed with the caller's {@link RotationSchedule}, set as the app's `client_basic_secret` and
 * written into the caller's {@link Secret} as a write-only version bound to the same rotation; never an output. The okta
 * provider keeps one secret per app, so a rotated secret replaces the previous one at that apply: callers fetch
 * `versions/latest` again when the token endpoint answers `invalid_client`. Public keys have no such gap.
 */
export class OktaGateAuthorization extends Construct {
  /** The issuer the gate trusts: this authorization server, by reference. */
  public readonly issuer: Issuer;
  /** The callers, with client ids that reference their apps. */
  public readonly callers: readonly Caller[];
  /** The claim that carries the granted products (as `<scopePrefix><product>` scopes). */
  public readonly productsClaim = "scp";
  /** The `okta_auth_server`. */
  public readonly authServer: OktaAuthServer;
  private readonly apps = new Map<string, OktaAppOauth>();
  private readonly scopes = new Map<string, OktaAuthServerScope>();

  public constructor(scope: Construct, id: string, props: OktaGateAuthorizationProps) {
    super(scope, id);
    const path = this.node.path;
    const serverName = props.name ?? id;
    if (!SERVER_NAME.test(serverName)) {
      throw new Error(`${path}: name ${JSON.stringify(serverName)} is not allowed (1-80 letters, digits, spaces, '.', '_' and '-')`);
    }
    if (!Token.isUnresolved(props.audience) && props.audience.trim() === "") {
      throw new Error(`${path}: audience ${JSON.stringify(props.audience)} is not allowed (the gate's audience, e.g. 'api://orders-gate')`);
    }
    const prefix = props.scopePrefix ?? "gate.";
    const lifetime = props.accessTokenLifetime ?? Duration.hours(1);
    const minutes = lifetime.toMinutes();
    if (!Number.isInteger(minutes) || minutes < MIN_TOKEN_MINUTES || minutes > MAX_TOKEN_MINUTES) {
      throw new Error(`${path}: accessTokenLifetime ${lifetime} is not allowed (whole minutes from 5 minutes to 24 hours, Okta's limits)`);
    }
    const scopeNames = checkCallers(path, prefix, props.callers);

    this.authServer = new OktaAuthServer(this, "Resource", {
      name: serverName,
      description: `Gate authorization server for ${props.audience}`,
      audiences: [props.audience],
      issuerMode: (props.issuerMode ?? OktaIssuerMode.ORG_URL).value,
      // Okta publishes the next signing key before using it, which covers the gate's 300 s JWKS cache.
      credentialsRotationMode: "AUTO",
    });
    for (const product of scopeNames) {
      this.scopes.set(
        product,
        new OktaAuthServerScope(this, `Scope-${product}`, {
          authServerId: this.authServer.id,
          name: `${prefix}${product}`,
          description: `Trigger the deployments of gate product ${product}`,
          consent: "IMPLICIT",
          // Not advertised in the discovery document: only the callers granted a product need its name.
          metadataPublish: "NO_CLIENTS",
        }),
      );
    }

    const callers: Caller[] = [];
    props.callers.forEach((caller, i) => {
      const holder = new Construct(this, `Caller-${caller.name}`);
      const app = this.defineApp(holder, serverName, caller);
      this.apps.set(caller.name, app);
      const policy = new OktaAuthServerPolicy(holder, "Policy", {
        authServerId: this.authServer.id,
        name: `${serverName}-${caller.name}`,
        description: `Client credentials for ${caller.name} only`,
        priority: i + 1,
        clientWhitelist: [app.clientId],
      });
      new OktaAuthServerPolicyRule(holder, "Rule", {
        authServerId: this.authServer.id,
        policyId: policy.id,
        name: "client-credentials",
        priority: 1,
        grantTypeWhitelist: ["client_credentials"],
        scopeWhitelist: caller.products.map((p) => (this.scopes.get(p) as OktaAuthServerScope).name),
        // Okta requires a people condition; client-credentials tokens have no user, so EVERYONE matches no one extra.
        groupWhitelist: ["EVERYONE"],
        accessTokenLifetimeMinutes: minutes,
      });
      callers.push(Caller.client(app.clientId, { issuer: props.issuerName ?? "okta", products: caller.products, description: caller.description }));
    });
    this.callers = callers;

    // The issuer URL and the keys' URL exist only once Okta created the server: references, read by the gate at runtime.
    this.issuer = Issuer.oidc({
      name: props.issuerName ?? "okta",
      issuerUrl: this.authServer.issuer,
      audiences: [props.audience],
      jwksUri: Fn.format("%s/v1/keys", [this.authServer.issuer]) as string,
      clientIdClaim: "cid",
      algorithms: [JwtAlgorithm.RS256],
      maxTokenLifetime: lifetime,
    });
  }

  /** The service app of the caller named `name`. */
  public appFor(name: string): OktaAppOauth {
    const app = this.apps.get(name);
    if (!app) throw new Error(`${this.node.path}: no caller named ${JSON.stringify(name)} (callers: ${[...this.apps.keys()].join(", ")})`);
    return app;
  }

  /** The scope of product `product`. */
  public scopeFor(product: string): OktaAuthServerScope {
    const scope = this.scopes.get(product);
    if (!scope) throw new Error(`${this.node.path}: no scope for product ${JSON.stringify(product)} (products: ${[...this.scopes.keys()].join(", ")})`);
    return scope;
  }

  private defineApp(holder: Construct, serverName: string, caller: OktaGateCallerProps): OktaAppOauth {
    const common = {
      label: `${serverName}-${caller.name}`,
      type: "service",
      grantTypes: ["client_credentials"],
      responseTypes: ["token"],
    };
    if (caller.publicKeys !== undefined) {
      return new OktaAppOauth(holder, "App", {
        ...common,
        tokenEndpointAuthMethod: "private_key_jwt",
        jwks: caller.publicKeys.map((k) => k.toOktaJwk()),
        // No secret exists for this app; keep Okta's generated one out of state.
        omitSecret: true,
      });
    }
    const secretProps = caller.clientSecret as OktaClientSecretProps;
    const rotation = new RotationSchedule(holder, "Rotation", { every: secretProps.every ?? Duration.days(30) });
    const value = new RandomPassword(holder, "ClientSecret", {
      length: 64,
      special: false,
      keepers: { rotation: rotation.startedAtRfc3339 },
    });
    secretProps.secret.addVersion(`${this.node.id}-${caller.name}`, { value: value.result, rotation });
    return new OktaAppOauth(holder, "App", {
      ...common,
      tokenEndpointAuthMethod: "client_secret_basic",
      clientBasicSecret: value.result,
    });
  }
}

/** Checks the callers; returns the products to define scopes for, sorted. */
function checkCallers(path: string, prefix: string, callers: readonly OktaGateCallerProps[]): string[] {
  if (!SCOPE_PART.test(prefix)) {
    throw new Error(`${path}: scopePrefix ${JSON.stringify(prefix)} is not allowed (letters, digits, '.', '_', ':' and '-')`);
  }
  const secrets = new Map<ISecret, string>();
  const scope = { pattern: SCOPE_PART, becomes: "an Okta scope", allowed: "letters, digits, '.', '_', ':' and '-', no spaces" };
  return checkIdpCallers(path, callers, scope, (caller, where) => {
    const keyless = caller.publicKeys !== undefined;
    if (keyless && caller.clientSecret !== undefined) {
      throw new Error(`${where} has publicKeys and a clientSecret (no secret-based credential when a keyless one is configured; drop clientSecret)`);
    }
    if (!keyless && caller.clientSecret === undefined) {
      throw new Error(`${where} has no credential (give publicKeys for private_key_jwt, or a clientSecret)`);
    }
    if (keyless) {
      if (caller.publicKeys?.length === 0) throw new Error(`${where}: publicKeys is empty (give at least one public key)`);
      const kids = new Set<string>();
      for (const key of caller.publicKeys ?? []) {
        if (kids.has(key.kid)) throw new Error(`${where}: key id ${JSON.stringify(key.kid)} is used twice (kids are unique per caller)`);
        kids.add(key.kid);
      }
    } else {
      const { secret, every } = caller.clientSecret as OktaClientSecretProps;
      const period = rotationPeriodProblem(where, "clientSecret.every", every ?? Duration.days(30));
      if (period !== undefined) throw new Error(period);
      const other = secrets.get(secret);
      if (other !== undefined) {
        throw new Error(`${where}: secret ${secret.node.path} already holds the client secret of caller ${JSON.stringify(other)} (one secret per caller)`);
      }
      secrets.set(secret, caller.name);
    }
  });
}
