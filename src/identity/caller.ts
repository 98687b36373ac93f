import { Construct } from "constructs";
import { checkRule, ISSUER_NAME, PRODUCT_NAME, SERVICE_ACCOUNT_ID } from "../core/rules";
import { TerraformStack, Token } from "../internal/cdk";
import { ServiceAccount, ServiceAccountIamMember } from "../internal/google";
import { IPrincipal, memberOf } from "./principal";

/** Options of {@link Caller.client}. */
export interface CallerOptions {
  /** The short name of the issuer whose tokens carry this client id (`Issuer.name`), e.g. `okta`. */
  readonly issuer: string;
  /**
   * Names of the pipeline's products granted to the caller (`GatedPipelineProduct.name`: 1-40 lowercase letters,
   * digits, `.`, `_` and `-`, starting with a letter); at least one.
   */
  readonly products: readonly string[];
  /**
   * Who or what the caller is, for reviewers and the access matrix.
   * @default - none
   */
  readonly description?: string;
}

/** Props of {@link Caller.googleServiceAccount}. */
export interface GoogleServiceAccountCallerProps {
  /**
   * The new service account's id: 6-30 characters, lowercase letters, digits and `-`, starting with a letter and ending
   * with a letter or digit.
   */
  readonly accountId: string;
  /**
   * The service account's display name.
   * @default - the accountId
   */
  readonly displayName?: string;
  /**
   * The principals allowed to mint ID tokens as this service account (`roles/iam.serviceAccountTokenCreator` on this
   * service account only), e.g. `Principal.serviceAccount("scheduler@acme.iam.gserviceaccount.com")`. At least one.
   */
  readonly tokenCreators: readonly IPrincipal[];
  /** Names of the pipeline's products granted to the caller (as for {@link CallerOptions.products}); at least one. */
  readonly products: readonly string[];
  /**
   * Who or what the caller is; also the service account's description.
   * @default - none
   */
  readonly description?: string;
  /**
   * The short name of the Google issuer.
   * @default "google"
   */
  readonly issuer?: string;
  /**
   * Project of the service account.
   * @default - the google provider's project
   */
  readonly project?: string;
}

/** A caller resolved for one stack. */
export interface CallerConfig {
  /**
   * The IdP client id (the gate derives the Apigee app's consumer key from it and the issuer); a Terraform reference for
   * a service account defined here.
   */
  readonly clientId: string;
  /** The name of the issuer whose tokens the caller presents. */
  readonly issuer: string;
  /** The names of the products the caller holds. */
  readonly products: readonly string[];
  /**
   * What the caller is, for reviewers.
   * @default - none
   */
  readonly description?: string;
  /**
   * The service account defined for a `Caller.googleServiceAccount`.
   * @default - none (a caller of another kind)
   */
  readonly serviceAccount?: ServiceAccount;
}

const CLIENT_ID = /^[A-Za-z0-9._~@:+\-/=]{1,255}$/;
const TOKEN_CREATOR_ROLE = "roles/iam.serviceAccountTokenCreator";

/**
 * A client that may call the gate: its client id at an issuer and the products it is granted. A pure description, bound
 * into a stack with {@link Caller.bind}.
 */
export class Caller {
  /** A client registered at an IdP, e.g. an Okta service app `0oa1ci-deployer`. */
  public static client(clientId: string, options: CallerOptions): Caller {
    const where = `Caller.client(${JSON.stringify(clientId)})`;
    if (!Token.isUnresolved(clientId) && !CLIENT_ID.test(clientId)) {
      throw new Error(`${where}: clientId ${JSON.stringify(clientId)} is not allowed (1-255 characters without spaces, as the IdP issued it)`);
    }
    return new Caller(where, { clientId, issuer: options.issuer, products: options.products, description: options.description });
  }

  /**
   * A new Google service account whose ID tokens identify the caller. Its client id (the `azp` of its ID tokens) is the
   * account's unique id, known only after apply: the gate and the manifest see it as a Terraform reference.
   */
  public static googleServiceAccount(props: GoogleServiceAccountCallerProps): Caller {
    const where = `Caller.googleServiceAccount(${JSON.stringify(props.accountId)})`;
    checkRule(where, "accountId", props.accountId, SERVICE_ACCOUNT_ID);
    if (props.tokenCreators.length === 0) {
      throw new Error(`${where}: tokenCreators is empty (name the principals that may mint this caller's tokens)`);
    }
    props.tokenCreators.forEach((p) => memberOf(where, "tokenCreators member", p));
    return new Caller(where, {
      issuer: props.issuer ?? "google",
      products: props.products,
      description: props.description,
      serviceAccount: props,
    });
  }

  /** The client id; undefined for a service account defined by the library (known after apply). */
  public readonly clientId?: string;
  /** The issuer's short name. */
  public readonly issuer: string;
  public readonly products: readonly string[];
  public readonly description?: string;
  /** The id of the service account the library defines for this caller, if it is one. */
  public readonly serviceAccountId?: string;
  private readonly serviceAccount?: GoogleServiceAccountCallerProps;

  private constructor(
    where: string,
    spec: {
      clientId?: string;
      issuer: string;
      products: readonly string[];
      description?: string;
      serviceAccount?: GoogleServiceAccountCallerProps;
    },
  ) {
    checkRule(where, "issuer", spec.issuer, ISSUER_NAME, "the short name of an issuer, e.g. 'okta'");
    if (spec.products.length === 0) {
      throw new Error(`${where}: products is empty (grant at least one product, or the caller can trigger nothing)`);
    }
    const seen = new Set<string>();
    for (const product of spec.products) {
      checkRule(where, "product", product, PRODUCT_NAME, "a product of the pipeline");
      if (seen.has(product)) throw new Error(`${where}: product ${JSON.stringify(product)} is listed twice`);
      seen.add(product);
    }
    if (spec.description !== undefined && spec.description.length > 256) {
      throw new Error(`${where}: description is ${spec.description.length} characters long (at most 256)`);
    }
    this.clientId = spec.clientId;
    this.issuer = spec.issuer;
    this.products = [...spec.products];
    this.description = spec.description;
    this.serviceAccount = spec.serviceAccount;
    this.serviceAccountId = spec.serviceAccount?.accountId;
  }

  /**
   * A key that identifies the caller before binding: its client id, or `serviceAccount:<accountId>`. Used to find
   * duplicates.
   */
  public get identityKey(): string {
    return this.serviceAccount ? `serviceAccount:${this.serviceAccount.accountId}` : (this.clientId as string);
  }

  /**
   * Resolves the caller in the stack of `scope`. A Google service-account caller defines, once per stack, its
   * `google_service_account` and one `roles/iam.serviceAccountTokenCreator` member per named principal, on that
   * service account only (never on the project).
   */
  public bind(scope: Construct): CallerConfig {
    if (!this.serviceAccount) {
      return { clientId: this.clientId as string, issuer: this.issuer, products: this.products, description: this.description };
    }
    const sa = this.defineServiceAccount(TerraformStack.of(scope), this.serviceAccount);
    return { clientId: sa.uniqueId, issuer: this.issuer, products: this.products, description: this.description, serviceAccount: sa };
  }

  private defineServiceAccount(stack: Construct, props: GoogleServiceAccountCallerProps): ServiceAccount {
    const id = `CallerServiceAccount-${props.accountId}`;
    const existing = stack.node.tryFindChild(id);
    if (existing) return (existing as Construct).node.findChild("Resource") as ServiceAccount;
    const holder = new Construct(stack, id);
    const sa = new ServiceAccount(holder, "Resource", {
      accountId: props.accountId,
      displayName: props.displayName ?? props.accountId,
      description: props.description,
      project: props.project,
    });
    [...props.tokenCreators].forEach((principal, i) => {
      new ServiceAccountIamMember(holder, `TokenCreator${i}`, {
        serviceAccountId: sa.name,
        role: TOKEN_CREATOR_ROLE,
        member: principal.member,
      });
    });
    return sa;
  }
}
