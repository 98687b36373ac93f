import { createHash } from "crypto";
import { Construct } from "constructs";
import { Duration } from "../core/duration";
import { checkRule, UUID } from "../core/rules";
import { Caller } from "../identity/caller";
import { EntraTokenVersion } from "../identity/entra-token-version";
import { checkIdpCallers } from "../identity/idp-callers";
import { Issuer } from "../identity/issuer";
import { Fn, Op, TerraformResource } from "../internal/cdk";
import {
  AzureadApplication,
  AzureadApplicationFederatedIdentityCredential,
  AzureadApplicationPassword,
  AzureadAppRoleAssignment,
  AzureadServicePrincipal,
} from "../internal/azuread";
import { MAX_ROTATION_PERIOD, RotationSchedule, rotationPeriodProblem } from "../secrets/rotation-schedule";
import { ISecret } from "../secrets/secret";
import { FederatedCredential } from "./federated-credential";

/** An application password for an Entra caller, delivered into a Secret Manager secret. */
export interface EntraPasswordProps {
  /** The secret the caller reads its password from (`versions/latest`). One secret per caller. */
  readonly secret: ISecret;
  /**
   * How often a new password is made: whole minutes, from 30 minutes to 182.5 days (each password is replaced two
   * periods after it is made, so it lives at most a year), and longer than the gate's JWKS cache (300 s) and secret
   * cache. The previous one stays valid for this long after its successor is delivered (two passwords alternate), so
   * this is also the overlap.
   * @default Duration.days(30)
   */
  readonly every?: Duration;
}

/** One service that calls the gate: an Entra application assigned the app roles of its products. */
export interface EntraGateCallerProps {
  /** Short name: lowercase letters, digits and `-`; names the application (`<displayName>-<name>`). */
  readonly name: string;
  /** The products granted; each is an app role of the gate's API, so the token's `roles` names them. At least one. */
  readonly products: readonly string[];
  /**
   * Who or what the caller is, for reviewers and the access matrix.
   * @default - none
   */
  readonly description?: string;
  /**
   * Keyless credentials: tokens of GitHub Actions, Google service accounts or any OIDC issuer that Entra exchanges for
   * an access token. Preferred.
   * @default - none: then `password` must be given
   */
  readonly federatedCredentials?: readonly FederatedCredential[];
  /**
   * An application password, only when the caller has no token to federate. Never together with
   * `federatedCredentials`.
   * @default - none
   */
  readonly password?: EntraPasswordProps;
}

/** Props of {@link EntraGateApplication}. */
export interface EntraGateApplicationProps {
  /** The directory (tenant) id: a UUID in lowercase, as Entra writes it. Tokens must carry it in `tid`. */
  readonly tenantId: string;
  /** The gate API's application id URI (its identifier URI), e.g. `api://orders-gate`. */
  readonly audience: string;
  /** The callers; names unique, at least one. */
  readonly callers: readonly EntraGateCallerProps[];
  /**
   * Display name of the gate's API application; caller applications are named `<displayName>-<caller>`.
   * @default - the construct id
   */
  readonly displayName?: string;
  /**
   * The access-token format of the API (`requested_access_token_version`). v2 tokens carry the API's client id in
   * `aud` and the caller's in `azp`; v1 tokens carry the identifier URI in `aud` and the caller's client id in `appid`.
   * @default EntraTokenVersion.V2
   */
  readonly tokenVersion?: EntraTokenVersion;
  /**
   * The issuer's short name, which the callers and the gate manifest refer to.
   * @default "entra"
   */
  readonly issuerName?: string;
  /**
   * How long the gate caches secrets it reads; password rotation overlap must be longer than it and than Apigee's
   * 300 s JWKS cache.
   * @default Duration.minutes(5)
   */
  readonly gateCacheTtl?: Duration;
  /**
   * Object ids of the applications' owners.
   * @default - none: only directory administrators and the identity that applies the stack manage them
   */
  readonly owners?: readonly string[];
}

const DISPLAY_NAME = /^[A-Za-z0-9][A-Za-z0-9 ._-]{0,79}$/;
/** Identifier URIs the gate can require in `aud`: `api://` or `https://`, no query, fragment, wildcard or trailing `/`. */
const IDENTIFIER_URI = /^(api|https):\/\/[^\s/?#*]([^\s?#*]*[^\s/?#*])?$/;
/** App role values: they appear in `roles`; Entra refuses spaces. */
const ROLE_VALUE = /^[A-Za-z0-9._:-]{1,120}$/;
/** Apigee's VerifyJWT caches a JWKS for 300 s, which is not configurable (Apigee staff, Google Developer forums). */
const JWKS_CACHE_SECONDS = 300;
/** Entra allows at most 20 federated identity credentials per application. */
const MAX_FEDERATED_CREDENTIALS = 20;

/**
 * The Entra ID side of a gate in the same stack: the gate's API application (identifier URI = the audience, an app
 * role per product for applications, `requested_access_token_version` set), its service principal with app-role
 * assignment required, and per caller an application, its service principal and one app-role assignment per product,
 * so a caller's token names exactly its products in `roles`.
 *
 * {@link issuer} and {@link callers} are what the gate consumes. The tenant issuer is a literal; with v2 tokens the
 * audience is the API application's client id, and the callers' client ids are their applications' — all Entra
 * generated, so they stay Terraform references that the gate reads from its KVM at runtime.
 *
 * Credentials: federated identity credentials (keyless) preferred. A password only when asked: two passwords alternate
 * (`Blue` and `Green`), each renewed every `2 x every` by its own `time_rotating` (`rotate_when_changed`), Green started
 * `every` after Blue, so each new password is delivered while the previous one stays valid for `every` more. Each is
 * written into the caller's Secret as a write-only version bound to its rotation; `versions/latest` is always the
 * newest. Azure's `rotate_when_changed` deletes the password it replaces, which is why one password cannot overlap
 * itself. The stack must be applied at least once per `every`; if an apply is later than that, both can rotate at once.
 */
export class EntraGateApplication extends Construct {
  /** The issuer the gate trusts: this tenant, with this API as the audience. */
  public readonly issuer: Issuer;
  /** The callers, with client ids that reference their applications. */
  public readonly callers: readonly Caller[];
  /** The claim that carries the granted products (app role values). */
  public readonly productsClaim = "roles";
  /** The gate's API application. */
  public readonly apiApplication: AzureadApplication;
  /** The API's service principal, the resource of every app-role assignment. */
  public readonly servicePrincipal: AzureadServicePrincipal;
  private readonly roleIds = new Map<string, string>();
  private readonly applications = new Map<string, AzureadApplication>();

  public constructor(scope: Construct, id: string, props: EntraGateApplicationProps) {
    super(scope, id);
    const path = this.node.path;
    checkRule(path, "tenantId", props.tenantId, UUID, "multi-tenant values like 'common' would trust every tenant");
    if (!IDENTIFIER_URI.test(props.audience)) {
      throw new Error(
        `${path}: audience ${JSON.stringify(props.audience)} is not allowed (the API's identifier URI: 'api://<name>' or an https URI on a verified domain, without query, fragment, wildcard or trailing '/')`,
      );
    }
    const displayName = props.displayName ?? id;
    if (!DISPLAY_NAME.test(displayName)) {
      throw new Error(`${path}: displayName ${JSON.stringify(displayName)} is not allowed (1-80 letters, digits, spaces, '.', '_' and '-')`);
    }
    const version = props.tokenVersion ?? EntraTokenVersion.V2;
    const cacheTtl = props.gateCacheTtl ?? Duration.minutes(5);
    const products = checkCallers(path, props.callers, cacheTtl);
    const owners = props.owners ? [...props.owners] : undefined;

    for (const product of products) this.roleIds.set(product, appRoleId(props.audience, product));
    this.apiApplication = new AzureadApplication(this, "Resource", {
      displayName,
      identifierUris: [props.audience],
      signInAudience: "AzureADMyOrg",
      owners,
      api: { requestedAccessTokenVersion: version === EntraTokenVersion.V2 ? 2 : 1 },
      appRole: products.map((product) => ({
        id: this.appRoleId(product),
        value: product,
        displayName: `Gate product ${product}`,
        description: `Trigger the deployments of gate product ${product}`,
        allowedMemberTypes: ["Application"],
        enabled: true,
      })),
    });
    this.servicePrincipal = new AzureadServicePrincipal(this, "ServicePrincipal", {
      clientId: this.apiApplication.clientId,
      // Only applications assigned a role get tokens for the gate at all.
      appRoleAssignmentRequired: true,
      owners,
    });

    const issuerName = props.issuerName ?? "entra";
    this.callers = props.callers.map((caller) => {
      const holder = new Construct(this, `Caller-${caller.name}`);
      const app = new AzureadApplication(holder, "Application", {
        displayName: `${displayName}-${caller.name}`,
        signInAudience: "AzureADMyOrg",
        description: caller.description,
        owners,
      });
      this.applications.set(caller.name, app);
      const sp = new AzureadServicePrincipal(holder, "ServicePrincipal", { clientId: app.clientId, owners });
      for (const product of caller.products) {
        new AzureadAppRoleAssignment(holder, `Role-${product}`, {
          appRoleId: this.appRoleId(product),
          principalObjectId: sp.objectId,
          resourceObjectId: this.servicePrincipal.objectId,
        });
      }
      for (const credential of caller.federatedCredentials ?? []) {
        new AzureadApplicationFederatedIdentityCredential(holder, `Federated-${credential.name}`, {
          applicationId: app.id,
          displayName: credential.name,
          description: credential.description,
          issuer: credential.issuer,
          subject: credential.subject,
          audiences: [credential.audience],
        });
      }
      if (caller.password) this.definePasswords(holder, app, caller.name, caller.password);
      return Caller.client(app.clientId, { issuer: issuerName, products: caller.products, description: caller.description });
    });

    this.issuer = Issuer.entraId({
      name: issuerName,
      tenantId: props.tenantId,
      // v2 tokens always carry the API's client id in aud; v1 tokens the identifier URI the caller asked for.
      audience: version === EntraTokenVersion.V2 ? this.apiApplication.clientId : props.audience,
      tokenVersion: version,
    });
  }

  /** The app role id (a UUID derived from the audience and the product, so it is stable) of `product`. */
  public appRoleId(product: string): string {
    const roleId = this.roleIds.get(product);
    if (!roleId) throw new Error(`${this.node.path}: no app role for product ${JSON.stringify(product)} (products: ${[...this.roleIds.keys()].join(", ")})`);
    return roleId;
  }

  /** The application of the caller named `name`. */
  public applicationFor(name: string): AzureadApplication {
    const app = this.applications.get(name);
    if (!app) throw new Error(`${this.node.path}: no caller named ${JSON.stringify(name)} (callers: ${[...this.applications.keys()].join(", ")})`);
    return app;
  }

  private definePasswords(holder: Construct, app: AzureadApplication, caller: string, props: EntraPasswordProps): void {
    const every = props.every ?? Duration.days(30);
    const offset = every.toGoDuration();
    const twice = doubled(every);
    const blue = new RotationSchedule(holder, "BlueRotation", { every: twice });
    const green = new RotationSchedule(holder, "GreenRotation", { every: twice });
    // Green's clock starts `every` before Blue's on the first apply, so it rotates half a period after Blue; when it
    // rotates later it restarts at that plan's time. Its start is then kept (ignore_changes): Blue's rotations must
    // not restart Green.
    const greenClock = green.node.findChild("Resource") as TerraformResource;
    const plannedAt = Fn.plantimestamp();
    greenClock.addOverride(
      "rfc3339",
      Fn.conditional(
        // timecmp answers -1, 0 or 1; "== 1" because cdktf renders a literal 0 operand as "undefined".
        Op.eq(Fn.timecmp(Fn.timeadd(blue.startedAtRfc3339, offset), plannedAt), 1),
        Fn.timeadd(blue.startedAtRfc3339, `-${offset}`),
        plannedAt,
      ),
    );
    greenClock.addOverride("lifecycle.ignore_changes", ["rfc3339"]);
    // Green first: on the first apply `versions/latest` must be Blue, whose password lives a full period longer
    // (Green's is the first to rotate, and a caller still holding it would lose it at that apply).
    const versions: TerraformResource[] = [];
    for (const [slot, rotation] of [
      ["Green", green],
      ["Blue", blue],
    ] as const) {
      const password = new AzureadApplicationPassword(holder, `${slot}Password`, {
        applicationId: app.id,
        displayName: `gate-${slot.toLowerCase()}`,
        rotateWhenChanged: { rotation: rotation.startedAtRfc3339 },
        // Valid until `every` after its scheduled replacement: a late apply still finds it working, a stopped CI does not
        // leave it valid forever.
        endDate: Fn.timeadd(rotation.dueAtRfc3339, offset),
        lifecycle: { createBeforeDestroy: true },
      });
      const versionId = `${this.node.id}-${caller}-${slot.toLowerCase()}`;
      versions.push(props.secret.addVersion(versionId, { value: password.value, rotation }) as TerraformResource);
    }
    // A construct dependency renders no depends_on for resources; set it on the resource itself.
    versions[1].dependsOn = [`${versions[0].terraformResourceType}.${versions[0].friendlyUniqueId}`];
  }
}

/** `2 x d` in the largest unit that expresses it, so messages and plans read `60 days` rather than seconds. */
function doubled(d: Duration): Duration {
  const s = 2 * d.toSeconds();
  if (s % 86400 === 0) return Duration.days(s / 86400);
  if (s % 3600 === 0) return Duration.hours(s / 3600);
  if (s % 60 === 0) return Duration.minutes(s / 60);
  return Duration.seconds(s);
}

/** A UUID (version 5 layout) derived from the audience and the product: the same program gives the same role ids. */
function appRoleId(audience: string, product: string): string {
  const hash = createHash("sha1").update(`cdktf-gated-pipeline/entra-app-role\n${audience}\n${product}`).digest();
  hash[6] = (hash[6] & 0x0f) | 0x50;
  hash[8] = (hash[8] & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Checks the callers; returns the products to define app roles for, sorted. */
function checkCallers(path: string, callers: readonly EntraGateCallerProps[], cacheTtl: Duration): string[] {
  const secrets = new Map<ISecret, string>();
  const role = { pattern: ROLE_VALUE, becomes: "an app role value", allowed: "letters, digits, '.', '_', ':' and '-', no spaces" };
  return checkIdpCallers(path, callers, role, (caller, where) => {
    const federated = caller.federatedCredentials;
    if (federated !== undefined && caller.password !== undefined) {
      throw new Error(`${where} has federatedCredentials and a password (no secret-based credential when a keyless one is configured; drop password)`);
    }
    if (federated === undefined && caller.password === undefined) {
      throw new Error(`${where} has no credential (give federatedCredentials, or a password)`);
    }
    if (federated !== undefined) {
      checkFederated(where, federated);
    } else {
      const password = caller.password as EntraPasswordProps;
      const overlap = password.every ?? Duration.days(30);
      const floor = Math.max(JWKS_CACHE_SECONDS, cacheTtl.toMillis() / 1000);
      if (overlap.toMillis() / 1000 <= floor) {
        throw new Error(
          `${where}: password.every ${overlap} is not allowed (it is also how long the previous password stays valid, and must be longer than ` +
            `the gate's JWKS cache (300 s) and secret cache (${cacheTtl}))`,
        );
      }
      // Two schedules of twice the period alternate, so a RotationSchedule's bounds halve here, and each password lives
      // two periods.
      const period = rotationPeriodProblem(where, "password.every", overlap, {
        min: Duration.minutes(30),
        max: Duration.days(MAX_ROTATION_PERIOD.toDays() / 2),
        why: `each password is replaced two periods after it is made, and a credential that lives longer than ${MAX_ROTATION_PERIOD} is not rotated in any useful sense`,
      });
      if (period !== undefined) throw new Error(period);
      const other = secrets.get(password.secret);
      if (other !== undefined) {
        throw new Error(`${where}: secret ${password.secret.node.path} already holds the password of caller ${JSON.stringify(other)} (one secret per caller)`);
      }
      secrets.set(password.secret, caller.name);
    }
  });
}

function checkFederated(where: string, credentials: readonly FederatedCredential[]): void {
  if (credentials.length === 0) throw new Error(`${where}: federatedCredentials is empty (give at least one)`);
  if (credentials.length > MAX_FEDERATED_CREDENTIALS) {
    throw new Error(`${where}: ${credentials.length} federatedCredentials (Entra allows at most 20 per application)`);
  }
  const names = new Set<string>();
  const subjects = new Set<string>();
  for (const c of credentials) {
    if (names.has(c.name)) throw new Error(`${where}: federated credential name ${JSON.stringify(c.name)} is used twice (names are unique per application)`);
    names.add(c.name);
    const key = `${c.issuer} ${c.subject}`;
    if (subjects.has(key)) throw new Error(`${where}: issuer ${c.issuer} and subject ${JSON.stringify(c.subject)} are trusted twice`);
    subjects.add(key);
  }
}
