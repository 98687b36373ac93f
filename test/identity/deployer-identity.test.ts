import { CiProvider } from "../../src/identity/ci-provider";
import { DeployerIdentity } from "../../src/identity/deployer-identity";
import { DEPLOYER_GRANTABLE_PROJECT_ROLES, DEPLOYER_PERMISSION_TABLE, GATE_DEPLOYER_PERMISSIONS } from "../../src/identity/deployer-permissions";
import { stackTokenResolver } from "../../src/identity/manifest-entries";
import { newStack, synthJson } from "../helpers";

const github = () => CiProvider.githubActions({ repository: "acme/data-gates", branch: "main" });

function deploy(props: Partial<ConstructorParameters<typeof DeployerIdentity>[2]> = {}) {
  const { stack } = newStack();
  const deployer = new DeployerIdentity(stack, "Deployer", { ci: github(), project: "acme-data-prod", ...props });
  return { stack, deployer, json: synthJson(stack) };
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
function only(map: Record<string, any> | undefined): any {
  expect(Object.keys(map ?? {})).toHaveLength(1);
  return Object.values(map ?? {})[0];
}

describe("DeployerIdentity with GitHub Actions", () => {
  test("defines a pool and an OIDC provider pinned to the repository and branch", () => {
    const { json } = deploy();
    const pool = only(json.resource.google_iam_workload_identity_pool);
    expect(pool.workload_identity_pool_id).toBe("ci-deployers");
    const provider = only(json.resource.google_iam_workload_identity_pool_provider);
    expect(provider.workload_identity_pool_provider_id).toBe("github-actions");
    expect(provider.oidc).toEqual({ issuer_uri: "https://token.actions.githubusercontent.com" });
    expect(provider.attribute_condition).toBe('assertion.repository == "acme/data-gates" && assertion.ref == "refs/heads/main"');
    expect(provider.attribute_mapping).toEqual({
      "google.subject": "assertion.sub",
      "attribute.repository": "assertion.repository",
      "attribute.ref": "assertion.ref",
    });
  });

  test("only the pinned principal set may impersonate the deployer service account", () => {
    const { json } = deploy();
    const sa = Object.keys(json.resource.google_service_account)[0];
    const pool = Object.keys(json.resource.google_iam_workload_identity_pool)[0];
    expect(json.resource.google_service_account[sa].account_id).toBe("gate-deployer");
    expect(only(json.resource.google_service_account_iam_member)).toEqual({
      service_account_id: `\${google_service_account.${sa}.name}`,
      role: "roles/iam.workloadIdentityUser",
      member: `principalSet://iam.googleapis.com/\${google_iam_workload_identity_pool.${pool}.name}/attribute.repository/acme/data-gates`,
    });
  });

  test("binds the deployer role, derived from the permission table, to the deployer", () => {
    const { json, deployer } = deploy();
    const roles = Object.entries(json.resource.google_project_iam_custom_role) as [string, { role_id: string; permissions: string[] }][];
    const [roleKey, role] = roles.find(([, r]) => r.role_id === "gatedPipelineDeployer")!;
    expect(role.permissions).toEqual([...GATE_DEPLOYER_PERMISSIONS].sort());
    expect(deployer.permissions).toEqual(role.permissions);
    // Exactly what the table lists for create, read, update and delete of every type, minus the conditioned one.
    const fromTable = new Set(Object.values(DEPLOYER_PERMISSION_TABLE).flatMap((e) => [...e.create, ...e.read, ...e.update, ...e.delete]));
    fromTable.delete("resourcemanager.projects.setIamPolicy");
    expect(role.permissions).toEqual([...fromTable].sort());
    const sa = Object.keys(json.resource.google_service_account)[0];
    const members = Object.values(json.resource.google_project_iam_member) as { role: string }[];
    expect(members).toContainEqual({
      project: "acme-data-prod",
      role: `\${google_project_iam_custom_role.${roleKey}.name}`,
      member: `\${google_service_account.${sa}.member}`,
    });
  });

  test("project setIamPolicy is granted only under a condition that allows exactly the project roles the gate grants", () => {
    const { json, deployer } = deploy();
    const roles = Object.entries(json.resource.google_project_iam_custom_role) as [string, { role_id: string; permissions: string[] }][];
    const [roleKey, role] = roles.find(([, r]) => r.role_id === "gatedPipelineDeployerProjectIam")!;
    expect(role.permissions).toEqual(["resourcemanager.projects.setIamPolicy"]);
    const sa = Object.keys(json.resource.google_service_account)[0];
    expect(Object.values(json.resource.google_project_iam_member)).toContainEqual({
      project: "acme-data-prod",
      role: `\${google_project_iam_custom_role.${roleKey}.name}`,
      member: `\${google_service_account.${sa}.member}`,
      condition: {
        title: "Only the gate's project roles",
        description: "setIamPolicy may add or remove grants of roles/logging.logWriter only",
        expression: "api.getAttribute('iam.googleapis.com/modifiedGrantsByRole', []).hasOnly(['roles/logging.logWriter'])",
      },
    });
    expect(deployer.grantableProjectRoles).toEqual(DEPLOYER_GRANTABLE_PROJECT_ROLES);
    // Every project role a gate stack grants is one the condition allows.
    expect(DEPLOYER_GRANTABLE_PROJECT_ROLES).toEqual(["roles/logging.logWriter"]);
  });

  test("more grantable project roles can be added; escalating ones are refused", () => {
    const { json } = deploy({ additionalGrantableProjectRoles: ["roles/pubsub.subscriber"] });
    const conditioned = (Object.values(json.resource.google_project_iam_member) as { condition?: { expression: string } }[]).find((m) => m.condition);
    expect(conditioned?.condition?.expression).toBe(
      "api.getAttribute('iam.googleapis.com/modifiedGrantsByRole', []).hasOnly(['roles/logging.logWriter', 'roles/pubsub.subscriber'])",
    );
    for (const role of ["roles/owner", "roles/editor", "roles/iam.serviceAccountTokenCreator", "roles/resourcemanager.projectIamAdmin", "roles/pubsub.admin", "projects/p/roles/mine"]) {
      expect(() => deploy({ additionalGrantableProjectRoles: [role] })).toThrow(
        `test-stack/Deployer: additionalGrantableProjectRoles ${JSON.stringify(role)} is not allowed (a predefined role 'roles/<service>.<role>'; ` +
          "not a basic role, an admin role or a role of iam or resourcemanager, which would let the deployer widen access)",
      );
    }
  });

  // The condition limits which roles, not to whom: a grantable role is one the deployer can grant itself, so a role
  // carrying a permission additionalPermissions refuses is refused too (Secret Manager and Cloud KMS roles references).
  test.each([
    ["roles/secretmanager.secretAccessor", "secretmanager.versions.access"],
    ["roles/cloudkms.cryptoKeyDecrypter", "cloudkms.cryptoKeyVersions.useToDecrypt"],
    ["roles/cloudkms.cryptoKeyEncrypterDecrypter", "cloudkms.cryptoKeyVersions.useToDecrypt"],
    ["roles/cloudkms.cryptoOperator", "cloudkms.cryptoKeyVersions.useToDecrypt"],
    ["roles/cloudkms.cryptoKeyDecrypterViaDelegation", "cloudkms.cryptoKeyVersions.useToDecryptViaDelegation"],
    ["roles/cloudkms.cryptoKeyEncrypterDecrypterViaDelegation", "cloudkms.cryptoKeyVersions.useToDecryptViaDelegation"],
  ])("refuses the grantable role %s, which carries %s", (role, permission) => {
    expect(() => deploy({ additionalGrantableProjectRoles: [role] })).toThrow(
      `test-stack/Deployer: additionalGrantableProjectRoles ${JSON.stringify(role)} is not allowed (it carries ${permission}, which the deployer may not hold: ` +
        "it could grant the role to itself and read or decrypt every secret of the project)",
    );
    // The same permission asked for directly is refused as well.
    expect(() => deploy({ additionalPermissions: [permission] })).toThrow(`test-stack/Deployer: permission "${permission}" is not allowed`);
  });

  test("grantable roles that neither read secrets nor decrypt stay allowed", () => {
    for (const role of ["roles/secretmanager.secretVersionAdder", "roles/cloudkms.cryptoKeyEncrypter", "roles/pubsub.publisher"]) {
      expect(deploy({ additionalGrantableProjectRoles: [role] }).deployer.grantableProjectRoles).toContain(role);
    }
  });

  test("marks its stack as applied by an administrator", () => {
    const { stack } = deploy();
    expect(JSON.parse(JSON.stringify(stack.toTerraform()))["//"].gated_pipeline).toEqual({ applied_by: "administrator" });
  });

  test("the role covers every resource family the gate deploys and cannot widen itself or read secrets", () => {
    const families = new Set(GATE_DEPLOYER_PERMISSIONS.map((p) => p.split(".").slice(0, 2).join(".")));
    for (const needed of [
      "apigee.proxies", "apigee.proxyrevisions", "apigee.deployments", "apigee.sharedflows", "apigee.flowhooks", "apigee.apiproducts",
      "apigee.developers", "apigee.developerapps", "apigee.appkeys", "apigee.keyvaluemaps", "apigee.keyvaluemapentries", "apigee.targetservers",
      "apigee.envgroups", "apigee.envgroupattachments", "apigee.instanceattachments", "secretmanager.secrets", "secretmanager.versions",
      "pubsub.topics", "pubsub.subscriptions", "iam.serviceAccounts", "resourcemanager.projects",
    ]) {
      expect(families).toContain(needed);
    }
    expect(GATE_DEPLOYER_PERMISSIONS).toContain("iam.serviceAccounts.actAs");
    expect(GATE_DEPLOYER_PERMISSIONS).toContain("secretmanager.secrets.setIamPolicy");
    const escalating = GATE_DEPLOYER_PERMISSIONS.filter((p) =>
      /^(resourcemanager\.\w+\.setIamPolicy|iam\.roles\.|iam\.serviceAccountKeys\.|iam\.workloadIdentityPool|secretmanager\.versions\.access)/.test(p),
    );
    expect(escalating).toEqual([]);
    expect(new Set(GATE_DEPLOYER_PERMISSIONS).size).toBe(GATE_DEPLOYER_PERMISSIONS.length);
  });

  test("exposes what CI's auth step needs as Terraform references", () => {
    const { stack, deployer, json } = deploy();
    const resolve = stackTokenResolver(stack);
    expect(resolve(deployer.workloadIdentityProviderName)).toBe(
      `\${google_iam_workload_identity_pool_provider.${Object.keys(json.resource.google_iam_workload_identity_pool_provider)[0]}.name}`,
    );
    expect(resolve(deployer.serviceAccountEmail)).toBe(`\${google_service_account.${Object.keys(json.resource.google_service_account)[0]}.email}`);
  });

  test("additional permissions are added, sorted and deduplicated", () => {
    const { json } = deploy({ additionalPermissions: ["pubsub.subscriptions.create", "apigee.proxies.get"] });
    const permissions: string[] = (Object.values(json.resource.google_project_iam_custom_role) as { role_id: string; permissions: string[] }[]).find(
      (r) => r.role_id === "gatedPipelineDeployer",
    )!.permissions;
    expect(permissions).toContain("pubsub.subscriptions.create");
    expect(permissions.filter((p) => p === "apigee.proxies.get")).toHaveLength(1);
    expect(permissions).toEqual([...permissions].sort());
  });
});

describe("CiProvider.gitlab", () => {
  test("pins project path, protected branch and the gitlab.com issuer", () => {
    const { json } = deploy({ ci: CiProvider.gitlab({ project: "acme/platform/data-gates", branch: "main" }) });
    const provider = only(json.resource.google_iam_workload_identity_pool_provider);
    expect(provider.workload_identity_pool_provider_id).toBe("gitlab");
    expect(provider.oidc).toEqual({ issuer_uri: "https://gitlab.com" });
    expect(provider.attribute_condition).toBe(
      'assertion.project_path == "acme/platform/data-gates" && assertion.ref_type == "branch" && assertion.ref == "main" && assertion.ref_protected == "true"',
    );
    expect(only(json.resource.google_service_account_iam_member).member).toMatch(/\/attribute\.project_path\/acme\/platform\/data-gates$/);
  });

  test("a self-managed host becomes the issuer", () => {
    expect(CiProvider.gitlab({ project: "acme/data-gates", host: "gitlab.acme.example" }).issuerUri).toBe("https://gitlab.acme.example");
  });
});

describe("deployer validation", () => {
  test("fails on a repository that is not owner/name", () => {
    expect(() => CiProvider.githubActions({ repository: "data-gates" })).toThrow(
      "CiProvider.githubActions: repository \"data-gates\" is not allowed (owner/name, e.g. 'acme/data-gates')",
    );
  });

  test("fails on a repository that would break out of the CEL condition", () => {
    expect(() => CiProvider.githubActions({ repository: 'acme/x" || true || "' })).toThrow(
      "CiProvider.githubActions: repository \"acme/x\\\" || true || \\\"\" is not allowed (owner/name, e.g. 'acme/data-gates')",
    );
  });

  test("fails on a branch given as a full ref", () => {
    expect(() => CiProvider.githubActions({ repository: "acme/data-gates", branch: "refs/heads/main" })).toThrow(
      "CiProvider.githubActions: branch \"refs/heads/main\" is not allowed (a branch name such as 'main' or 'release/prod', without 'refs/heads/')",
    );
  });

  test("fails on a branch with a quote", () => {
    expect(() => CiProvider.gitlab({ project: "acme/data-gates", branch: 'main"' })).toThrow(
      "CiProvider.gitlab: branch \"main\\\"\" is not allowed (a branch name such as 'main' or 'release/prod', without 'refs/heads/')",
    );
  });

  test("fails on a GitLab project without a group", () => {
    expect(() => CiProvider.gitlab({ project: "data-gates" })).toThrow(
      "CiProvider.gitlab: project \"data-gates\" is not allowed (group[/subgroup]/project, e.g. 'acme/data-gates')",
    );
  });

  test("fails on a GitLab host with a scheme", () => {
    expect(() => CiProvider.gitlab({ project: "acme/data-gates", host: "https://gitlab.acme.example" })).toThrow(
      "CiProvider.gitlab: host \"https://gitlab.acme.example\" is not allowed (a DNS hostname: lowercase labels of letters, digits and '-' joined by '.', at least two labels, the last not all digits; no scheme, port, path or wildcard, e.g. api.acme.example)",
    );
  });

  test("fails on a reserved pool id", () => {
    expect(() => deploy({ poolId: "gcp-deployers" })).toThrow(
      "test-stack/Deployer: poolId \"gcp-deployers\" is not allowed (4-32 characters: lowercase letters, digits and '-', not starting with 'gcp-')",
    );
  });

  test("fails on a short provider id", () => {
    expect(() => deploy({ providerId: "gh" })).toThrow(
      "test-stack/Deployer: providerId \"gh\" is not allowed (4-32 characters: lowercase letters, digits and '-', not starting with 'gcp-')",
    );
  });

  test("fails on a bad service account id", () => {
    expect(() => deploy({ serviceAccountId: "Deployer" })).toThrow(
      'test-stack/Deployer: serviceAccountId "Deployer" is not allowed (6-30 characters: lowercase letters, digits and hyphens, starting with a letter and ending with a letter or digit)',
    );
  });

  test("fails on a bad role id", () => {
    expect(() => deploy({ roleId: "gated-deployer" })).toThrow(
      "test-stack/Deployer: roleId \"gated-deployer\" is not allowed (3-64 characters: letters, digits, '_' and '.')",
    );
    const long = "r".repeat(60);
    expect(() => deploy({ roleId: long })).toThrow(
      `test-stack/Deployer: roleId "${long}" is too long (the project IAM role "${long}ProjectIam" must fit 64 characters)`,
    );
  });

  test("fails on a bad project id", () => {
    expect(() => deploy({ project: "Acme" })).toThrow(
      'test-stack/Deployer: project "Acme" is not allowed (a project id: 6-30 characters, lowercase letters, digits and hyphens, starting with a letter and not ending with a hyphen)',
    );
  });

  test("fails on a malformed additional permission", () => {
    expect(() => deploy({ additionalPermissions: ["roles/editor"] })).toThrow(
      "test-stack/Deployer: permission \"roles/editor\" is not allowed (service.resource.verb, e.g. 'pubsub.subscriptions.create')",
    );
  });

  test.each([
    "resourcemanager.projects.setIamPolicy",
    "iam.roles.update",
    "iam.serviceAccountKeys.create",
    "iam.serviceAccounts.getAccessToken",
    "iam.workloadIdentityPoolProviders.update",
    "secretmanager.versions.access",
    "cloudkms.cryptoKeyVersions.useToDecrypt",
    "cloudkms.cryptoKeyVersions.useToDecryptViaDelegation",
  ])("fails on the escalating permission %s", (permission) => {
    expect(() => deploy({ additionalPermissions: [permission] })).toThrow(
      `test-stack/Deployer: permission "${permission}" is not allowed (it would let the deployer widen its own access, mint credentials or read secrets)`,
    );
  });
});
