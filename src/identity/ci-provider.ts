import { checkRule, HOSTNAME } from "../core/rules";

/** Props of {@link CiProvider.githubActions}. */
export interface GithubActionsProps {
  /** `owner/name` of the repository whose workflows may deploy, e.g. `acme/data-gates`. */
  readonly repository: string;
  /**
   * The branch whose workflow runs may deploy.
   * @default "main"
   */
  readonly branch?: string;
}

/** Props of {@link CiProvider.gitlab}. */
export interface GitlabProps {
  /** The project path, `group[/subgroup...]/project`, e.g. `acme/data-gates`. */
  readonly project: string;
  /**
   * The protected branch whose pipelines may deploy.
   * @default "main"
   */
  readonly branch?: string;
  /**
   * The GitLab host (self-managed instances).
   * @default "gitlab.com"
   */
  readonly host?: string;
}

const GITHUB_REPOSITORY = /^[A-Za-z0-9_.-]{1,100}\/[A-Za-z0-9_.-]{1,100}$/;
const GITLAB_PROJECT = /^[A-Za-z0-9_.-]+(\/[A-Za-z0-9_.-]+)+$/;
// Git ref names without the characters that could break out of a CEL string literal.
const BRANCH = /^(?!\/)(?!.*\.\.)(?!.*\/\/)[A-Za-z0-9._/-]{1,200}(?<![/.])$/;

/**
 * The CI system whose OIDC tokens may be exchanged for the deployer's credentials (Workload Identity Federation).
 * Each preset pins one repository and one branch in the provider's attribute condition, so a token of any other
 * repository, fork or branch is refused by Google before any role applies.
 */
export class CiProvider {
  /** GitHub Actions (`https://token.actions.githubusercontent.com`), pinned to `repository` and `refs/heads/<branch>`. */
  public static githubActions(props: GithubActionsProps): CiProvider {
    const where = "CiProvider.githubActions";
    if (!GITHUB_REPOSITORY.test(props.repository)) {
      throw new Error(`${where}: repository ${JSON.stringify(props.repository)} is not allowed (owner/name, e.g. 'acme/data-gates')`);
    }
    const branch = checkBranch(where, props.branch ?? "main");
    return new CiProvider({
      defaultProviderId: "github-actions",
      issuerUri: "https://token.actions.githubusercontent.com",
      attributeMapping: {
        "google.subject": "assertion.sub",
        "attribute.repository": "assertion.repository",
        "attribute.ref": "assertion.ref",
      },
      attributeCondition: `assertion.repository == "${props.repository}" && assertion.ref == "refs/heads/${branch}"`,
      principalAttribute: `attribute.repository/${props.repository}`,
      description: `GitHub Actions of ${props.repository} on ${branch}`,
    });
  }

  /** GitLab CI/CD ID tokens, pinned to `project` and a protected `branch`. */
  public static gitlab(props: GitlabProps): CiProvider {
    const where = "CiProvider.gitlab";
    if (!GITLAB_PROJECT.test(props.project)) {
      throw new Error(`${where}: project ${JSON.stringify(props.project)} is not allowed (group[/subgroup]/project, e.g. 'acme/data-gates')`);
    }
    const branch = checkBranch(where, props.branch ?? "main");
    const host = props.host ?? "gitlab.com";
    checkRule(where, "host", host, HOSTNAME);
    return new CiProvider({
      defaultProviderId: "gitlab",
      issuerUri: `https://${host}`,
      attributeMapping: {
        "google.subject": "assertion.sub",
        "attribute.project_path": "assertion.project_path",
        "attribute.ref": "assertion.ref",
        "attribute.ref_type": "assertion.ref_type",
      },
      attributeCondition:
        `assertion.project_path == "${props.project}" && assertion.ref_type == "branch" && ` +
        `assertion.ref == "${branch}" && assertion.ref_protected == "true"`,
      principalAttribute: `attribute.project_path/${props.project}`,
      description: `GitLab CI of ${props.project} on ${branch}`,
    });
  }

  /** The workload identity pool provider id used when none is given. */
  public readonly defaultProviderId: string;
  /** The CI system's OIDC issuer. */
  public readonly issuerUri: string;
  /** Google attributes from token claims. */
  public readonly attributeMapping: Readonly<Record<string, string>>;
  /** The CEL condition every exchanged token must satisfy. */
  public readonly attributeCondition: string;
  /** The principalSet path (after the pool name) that receives `roles/iam.workloadIdentityUser`. */
  public readonly principalAttribute: string;
  /** A human description for the provider. */
  public readonly description: string;

  private constructor(spec: {
    defaultProviderId: string;
    issuerUri: string;
    attributeMapping: Record<string, string>;
    attributeCondition: string;
    principalAttribute: string;
    description: string;
  }) {
    this.defaultProviderId = spec.defaultProviderId;
    this.issuerUri = spec.issuerUri;
    this.attributeMapping = spec.attributeMapping;
    this.attributeCondition = spec.attributeCondition;
    this.principalAttribute = spec.principalAttribute;
    this.description = spec.description;
  }
}

function checkBranch(where: string, branch: string): string {
  if (!BRANCH.test(branch) || branch.startsWith("refs/")) {
    throw new Error(`${where}: branch ${JSON.stringify(branch)} is not allowed (a branch name such as 'main' or 'release/prod', without 'refs/heads/')`);
  }
  return branch;
}
