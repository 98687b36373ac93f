import { Token } from "../internal/cdk";

/** Props of {@link FederatedCredential.githubActions}. */
export interface GitHubActionsCredentialProps {
  /** `owner/repository`, e.g. `acme/orders-pipelines`. */
  readonly repository: string;
  /**
   * The branch whose workflow runs may sign in (`repo:<repository>:ref:refs/heads/<branch>`).
   * @default "main" - unless `environment` is given
   */
  readonly branch?: string;
  /**
   * A GitHub environment instead of a branch (`repo:<repository>:environment:<environment>`); jobs that use it get
   * tokens with this subject, whatever their branch.
   * @default - none: the branch is pinned
   */
  readonly environment?: string;
}

/** Props of {@link FederatedCredential.googleServiceAccount}. */
export interface GoogleServiceAccountCredentialProps {
  /** The service account's unique id (21 digits), the `sub` of its Google ID tokens; may be a reference. */
  readonly uniqueId: string;
  /**
   * The audience the service account requests its ID token for.
   * @default "api://AzureADTokenExchange"
   */
  readonly audience?: string;
}

/** Props of {@link FederatedCredential.oidc}. */
export interface OidcCredentialProps {
  /** The issuer's exact `iss`, an https URL. */
  readonly issuer: string;
  /** The exact `sub` of the workload's tokens. */
  readonly subject: string;
  /**
   * The `aud` of the workload's tokens.
   * @default "api://AzureADTokenExchange"
   */
  readonly audience?: string;
  /**
   * The credential's name (unique per application).
   * @default - derived from the issuer host and subject
   */
  readonly name?: string;
}

/** The audience Microsoft recommends for tokens exchanged with Entra ID. */
export const AZURE_AD_TOKEN_EXCHANGE = "api://AzureADTokenExchange";
const GITHUB_ISSUER = "https://token.actions.githubusercontent.com";
const GOOGLE_ISSUER = "https://accounts.google.com";
const REPOSITORY = /^[A-Za-z0-9-]{1,39}\/[A-Za-z0-9._-]{1,100}$/;
const REF_NAME = /^[A-Za-z0-9._\/-]{1,200}$/;
const UNIQUE_ID = /^[0-9]{21}$/;
const NAME = /^[A-Za-z0-9][A-Za-z0-9_-]{0,119}$/;

/**
 * A keyless credential of a caller's Entra application: Entra trusts tokens of another issuer with this exact issuer,
 * subject and audience, and exchanges them for an access token to the gate. No secret exists anywhere.
 */
export class FederatedCredential {
  /** GitHub Actions workflow runs of one repository, pinned to a branch (default `main`) or an environment. */
  public static githubActions(props: GitHubActionsCredentialProps): FederatedCredential {
    const where = "FederatedCredential.githubActions";
    if (!REPOSITORY.test(props.repository)) {
      throw new Error(`${where}: repository ${JSON.stringify(props.repository)} is not allowed (owner/name, e.g. 'acme/orders-pipelines')`);
    }
    if (props.branch !== undefined && props.environment !== undefined) {
      throw new Error(`${where}(${props.repository}): give branch or environment, not both (a token's subject names one of them)`);
    }
    const [kind, value] = props.environment !== undefined ? ["environment", props.environment] : ["branch", props.branch ?? "main"];
    if (!REF_NAME.test(value)) {
      throw new Error(`${where}(${props.repository}): ${kind} ${JSON.stringify(value)} is not allowed (a branch or environment name without spaces or wildcards)`);
    }
    const subject = kind === "environment" ? `repo:${props.repository}:environment:${value}` : `repo:${props.repository}:ref:refs/heads/${value}`;
    return new FederatedCredential(`github-${slug(props.repository)}-${slug(value)}`, GITHUB_ISSUER, subject, AZURE_AD_TOKEN_EXCHANGE, `GitHub Actions ${subject}`);
  }

  /** A Google service account's ID tokens (issuer `https://accounts.google.com`, subject = the account's unique id). */
  public static googleServiceAccount(props: GoogleServiceAccountCredentialProps): FederatedCredential {
    const where = "FederatedCredential.googleServiceAccount";
    if (!Token.isUnresolved(props.uniqueId) && !UNIQUE_ID.test(props.uniqueId)) {
      throw new Error(
        `${where}: uniqueId ${JSON.stringify(props.uniqueId)} is not allowed (the service account's 21-digit unique id, not its email: the sub of its ID tokens)`,
      );
    }
    const name = Token.isUnresolved(props.uniqueId) ? "google-service-account" : `google-${props.uniqueId}`;
    return new FederatedCredential(name, GOOGLE_ISSUER, props.uniqueId, props.audience ?? AZURE_AD_TOKEN_EXCHANGE, "Google service account");
  }

  /** Any OpenID Connect issuer's tokens with an exact subject. */
  public static oidc(props: OidcCredentialProps): FederatedCredential {
    const where = "FederatedCredential.oidc";
    let host = "";
    try {
      const url = new URL(props.issuer);
      host = url.protocol === "https:" && url.search === "" && url.hash === "" && url.username === "" ? url.hostname : "";
    } catch {
      host = "";
    }
    if (host === "") {
      throw new Error(`${where}: issuer ${JSON.stringify(props.issuer)} is not allowed (an https URL without query, fragment or credentials)`);
    }
    if (!Token.isUnresolved(props.subject) && (props.subject === "" || props.subject.includes("*"))) {
      throw new Error(`${where}(${props.issuer}): subject ${JSON.stringify(props.subject)} is not allowed (the exact sub of the workload's tokens; no wildcards)`);
    }
    const name = props.name ?? `oidc-${slug(host)}-${slug(props.subject)}`.slice(0, 120);
    return new FederatedCredential(name, props.issuer, props.subject, props.audience ?? AZURE_AD_TOKEN_EXCHANGE, `OIDC ${props.issuer}`);
  }

  private constructor(
    /** The credential's name, unique per application. */
    public readonly name: string,
    /** The trusted issuer. */
    public readonly issuer: string,
    /** The exact subject. */
    public readonly subject: string,
    /** The exact audience. */
    public readonly audience: string,
    /** A description for reviewers. */
    public readonly description: string,
  ) {
    if (!NAME.test(name)) {
      throw new Error(`FederatedCredential: name ${JSON.stringify(name)} is not allowed (1-120 letters, digits, '_' and '-', starting with a letter or digit)`);
    }
  }
}

function slug(value: string): string {
  return value.replace(/[^A-Za-z0-9]+/g, "-").replace(/^-+|-+$/g, "").toLowerCase();
}
