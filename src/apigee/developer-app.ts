import { Construct } from "constructs";
import { ApigeeDeveloperApp } from "../gen/providers/google/apigee-developer-app";
import { Token } from "../internal/cdk";
import { RandomPassword } from "../internal/random";
import { IApiProduct } from "./api-product";
import { IApigeeDeveloper } from "./developer";
import { APP_NAME, checkName, definedResources, orNone, sortedEntries } from "./validation";

/** Props of {@link DeveloperApp}. */
export interface DeveloperAppProps {
  /** The developer that owns the app. */
  readonly developer: IApigeeDeveloper;
  /** App name, unique per developer; treat it as immutable. */
  readonly appName: string;
  /**
   * The caller's client id at its identity provider (the JWT's `client_id`/`azp` claim); becomes the app's consumer
   * key, which the gate's VerifyAPIKey step looks up. May be a Terraform reference (e.g. an Okta app's client id).
   * ForceNew.
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

/**
 * Defines one caller's Apigee developer app (`google_apigee_developer_app`, google >= 7.38) whose consumer key is the
 * caller's identity-provider client id, subscribed to its products. The gate verifies the caller's JWT, then calls
 * VerifyAPIKey on the verified client id, which resolves this app and its products (and their quotas).
 *
 * **Consumer secret.** Apigee requires a secret when a consumer key is given. It is never used (callers present
 * JWTs, not key + secret), so it is generated inside Terraform by `random_password` and is neither a prop, nor an
 * attribute of this construct, nor an output. It does sit in Terraform state (the provider stores `consumer_secret`,
 * marked sensitive), like every value of this stack's state: keep the backend encrypted and access-restricted.
 */
export class DeveloperApp extends Construct {
  /** The app name. @attribute */
  public readonly appName: string;
  /** The consumer key (the caller's client id). @attribute */
  public readonly consumerKey: string;
  /** The names of the products the app is subscribed to. */
  public readonly productNames: readonly string[];
  /** The underlying `google_apigee_developer_app`. */
  public readonly resource: ApigeeDeveloperApp;

  public constructor(scope: Construct, id: string, props: DeveloperAppProps) {
    super(scope, id);
    const path = this.node.path;
    checkName(path, "appName", props.appName, APP_NAME);
    if (!Token.isUnresolved(props.consumerKey) && !/^[\x21-\x7e]{1,255}$/.test(props.consumerKey)) {
      throw new Error(
        `${path}: consumerKey ${JSON.stringify(props.consumerKey)} is not allowed (the caller's client id: 1-255 printable characters, no spaces)`,
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
      developerEmail: props.developer.developerEmail,
      name: props.appName,
      callbackUrl: props.callbackUrl ?? "",
      consumerKey: props.consumerKey,
      consumerSecret: secret.result,
      apiProducts: [...this.productNames],
      // The key is the IdP client id; it expires when the caller is removed from code, not on a timer.
      keyExpiresIn: "-1",
      attributes: attributes.length > 0 ? attributes : undefined,
      // Destroying the app revokes the caller, which is what removing it from code means.
      deletionPolicy: "DELETE",
      timeouts: { create: "20m", update: "20m", delete: "20m" },
      dependsOn: orNone(definedResources(props.developer, ...props.apiProducts)),
    });
  }
}
