import { Construct, IConstruct } from "constructs";
import { ApigeeDeveloperApp } from "../gen/providers/google/apigee-developer-app";
import { Token } from "../internal/cdk";
import { addressAt, movedFrom } from "../internal/moved";
import { RandomPassword } from "../internal/random";
import { IApiProduct } from "./api-product";
import { IApigeeDeveloper } from "./developer";
import { APP_NAME, attributeOf, checkName, sortedEntries } from "./validation";

/** Props of {@link DeveloperApp}. */
export interface DeveloperAppProps {
  /** The developer that owns the app. */
  readonly developer: IApigeeDeveloper;
  /** App name, unique per developer; treat it as immutable. */
  readonly appName: string;
  /**
   * The app's consumer key, which the gate's VerifyAPIKey step looks up among all apps of the organization. A gate
   * derives it from its pipeline, the caller's issuer and client id (`consumerKey(...)` of the gate contract), so no
   * client id of one issuer can act as another's. Apigee's key alphabet: 1-2048 letters, digits, `_` and `-`. May be a
   * Terraform expression (e.g. `sha256(...)` of a client id known only at apply). ForceNew.
   */
  readonly consumerKey: string;
  /** Products the caller is granted; at least one. */
  readonly apiProducts: readonly IApiProduct[];
  /**
   * Callback URL (required by the resource; unused: callers authenticate with their identity provider's JWTs).
   * @default "" (no callback)
   */
  readonly callbackUrl?: string;
  /**
   * Custom attributes (name → value), rendered sorted by name; at most 18.
   * @default - none
   */
  readonly attributes?: Readonly<Record<string, string>>;
}

/** Apigee's consumer key alphabet (doc: `organizations.developers.apps.keys.create`: "letters, numbers, underscores, and hyphens", at most 2 KB). */
const CONSUMER_KEY = /^[A-Za-z0-9_-]{1,2048}$/;

/**
 * Defines one caller's Apigee developer app (`google_apigee_developer_app`, google >= 7.38) with a static consumer key,
 * subscribed to its products. The gate verifies the caller's JWT, derives the key from the verifying issuer and the
 * verified client id, then calls VerifyAPIKey on it, which resolves this app and its products (and their quotas).
 *
 * **Product changes are in place.** Since google 7.38 an `api_products` change updates the products of the app's
 * existing key (keys API), and the app itself is only PUT when a non-key field changes (magic-modules
 * `custom_update/apigee_developer_app.go.tmpl`); `consumer_key` and `consumer_secret` force a new app, and Apigee
 * cannot rename an app (`apps.update`), so a new `appName` means a new app too.
 *
 * **Consumer secret.** Apigee requires a secret when a consumer key is given. It is never used (callers present
 * JWTs, not key + secret), so it is generated inside Terraform by `random_password` and is neither a prop, nor an
 * attribute of this construct, nor an output. It does sit in Terraform state (the provider stores `consumer_secret`,
 * marked sensitive), like every value of this stack's state: keep the backend encrypted and access-restricted.
 */
export class DeveloperApp extends Construct {
  /** The app name. @attribute */
  public readonly appName: string;
  /** The consumer key. @attribute */
  public readonly consumerKey: string;
  /** The names of the products the app is subscribed to. */
  public readonly productNames: readonly string[];
  /** The underlying `google_apigee_developer_app`. */
  public readonly resource: ApigeeDeveloperApp;

  public constructor(scope: Construct, id: string, props: DeveloperAppProps) {
    super(scope, id);
    const path = this.node.path;
    checkName(path, "appName", props.appName, APP_NAME);
    if (!Token.isUnresolved(props.consumerKey) && !CONSUMER_KEY.test(props.consumerKey)) {
      throw new Error(
        `${path}: consumerKey ${JSON.stringify(props.consumerKey)} is not allowed (Apigee consumer keys are 1-2048 letters, digits, '_' and '-'; ` +
          "a gate derives them from issuer and client id with consumerKey(...))",
      );
    }
    if (props.apiProducts.length === 0) {
      throw new Error(`${path}: apiProducts is empty (an app needs at least one product)`);
    }
    const attributes = sortedEntries(props.attributes);
    if (attributes.length > 18) {
      throw new Error(`${path}: attributes has ${attributes.length} entries (Apigee allows at most 18)`);
    }
    const org = props.developer.organization;
    for (const product of props.apiProducts) {
      const theirs = product.organization.organizationName;
      if (!Token.isUnresolved(theirs) && !Token.isUnresolved(org.organizationName) && theirs !== org.organizationName) {
        throw new Error(
          `${path}: product ${product.node.path} belongs to organization ${JSON.stringify(theirs)}, ` +
            `not to the developer's organization ${JSON.stringify(org.organizationName)}`,
        );
      }
    }
    this.appName = props.appName;
    this.consumerKey = props.consumerKey;
    this.productNames = props.apiProducts.map((p) => p.productName);

    // Never used for authentication; exists because Apigee requires a secret next to a static consumer key.
    const secret = new RandomPassword(this, "ConsumerSecret", { length: 40, special: false });
    this.resource = new ApigeeDeveloperApp(this, "Resource", {
      orgId: org.organizationId,
      // References: Terraform creates the developer and the products before the app that names them.
      developerEmail: attributeOf(props.developer, "email", props.developer.developerEmail),
      name: props.appName,
      callbackUrl: props.callbackUrl ?? "",
      consumerKey: props.consumerKey,
      consumerSecret: secret.result,
      apiProducts: props.apiProducts.map((p) => attributeOf(p, "name", p.productName)),
      // The key is the IdP client id; it expires when the caller is removed from code, not on a timer.
      keyExpiresIn: "-1",
      attributes: attributes.length > 0 ? attributes : undefined,
      // Destroying the app revokes the caller, which is what removing it from code means.
      deletionPolicy: "DELETE",
      timeouts: { create: "20m", update: "20m", delete: "20m" },
    });
  }

  /**
   * Declares that this app is the one Terraform state knows as the DeveloperApp at `previousPath` (its construct ids
   * below `scope`, e.g. `["App-0"]`): `moved` blocks carry the app and its consumer secret over, so Terraform replaces
   * the app as one resource (destroying the old app before creating this one, when a key or name change forces it)
   * rather than planning an unrelated delete and create. A no-op for state that never held the old address.
   */
  public movedFrom(scope: IConstruct, previousPath: readonly string[]): void {
    movedFrom(this.resource, addressAt(scope, this.resource.terraformResourceType, ...previousPath, "Resource"));
    const secret = this.node.findChild("ConsumerSecret") as RandomPassword;
    movedFrom(secret, addressAt(scope, secret.terraformResourceType, ...previousPath, "ConsumerSecret"));
  }
}
