// Everything identity and secrets synthesize, in one stack, scanned the way a reviewer would: no service-account key,
// no primitive or admin role, no project-wide impersonation grant, no secret value outside a write-only attribute.
import { Token } from "cdktf";
import { Duration } from "../../src/core/duration";
import { Caller } from "../../src/identity/caller";
import { CiProvider } from "../../src/identity/ci-provider";
import { DeployerIdentity } from "../../src/identity/deployer-identity";
import { GateIdentities } from "../../src/identity/gate-identities";
import { Issuer } from "../../src/identity/issuer";
import { JwtAlgorithm } from "../../src/identity/jwt-algorithm";
import { Principal } from "../../src/identity/principal";
import { RotationSchedule } from "../../src/secrets/rotation-schedule";
import { Secret } from "../../src/secrets/secret";
import { newStack, synthJson } from "../helpers";

function everything() {
  const { stack } = newStack();
  new GateIdentities(stack, "Identities", {
    issuers: [
      Issuer.google({ audience: "https://api.acme.example/orders" }),
      Issuer.oidc({ name: "acme-idp", issuerUrl: "https://idp.acme.example", audiences: ["orders"], discoverJwksUri: true, clientIdClaim: "client_id", algorithms: [JwtAlgorithm.ES256] }),
    ],
    callers: [
      Caller.googleServiceAccount({ accountId: "orders-scheduler", tokenCreators: [Principal.serviceAccount("scheduler@acme-data-prod.iam.gserviceaccount.com")], products: ["nightly"] }),
      Caller.client("acme-ci", { issuer: "acme-idp", products: ["nightly"] }),
    ],
  });
  new DeployerIdentity(stack, "GithubDeployer", { ci: CiProvider.githubActions({ repository: "acme/data-gates" }), project: "acme-data-prod" });
  new DeployerIdentity(stack, "GitlabDeployer", {
    ci: CiProvider.gitlab({ project: "acme/data-gates" }),
    project: "acme-data-prod",
    poolId: "gitlab-deployers",
    serviceAccountId: "gitlab-deployer",
    roleId: "gitlabGateDeployer",
  });
  const secret = new Secret(stack, "PrefectKey", { secretId: "orders-gate-prefect-key", rotationNotification: { every: Duration.days(30) } });
  secret.addVersion("Current", { value: Token.asString({ resolve: () => "${random_password.fake.result}" }), rotation: new RotationSchedule(stack, "Rotation") });
  secret.grantRead(Principal.serviceAccount("gate@acme-data-prod.iam.gserviceaccount.com"));
  return synthJson(stack);
}

/** Every value of a `role` attribute anywhere in the document. */
function roles(node: unknown, found: string[] = []): string[] {
  if (Array.isArray(node)) node.forEach((n) => roles(n, found));
  else if (node && typeof node === "object") {
    for (const [key, value] of Object.entries(node)) {
      if (key === "role" && typeof value === "string") found.push(value);
      else roles(value, found);
    }
  }
  return found;
}

describe("least privilege and no keys in what identity and secrets synthesize", () => {
  const json = everything();

  test("the stack under test holds every kind of resource these constructs define", () => {
    expect(Object.keys(json.resource).sort()).toEqual([
      "google_iam_workload_identity_pool",
      "google_iam_workload_identity_pool_provider",
      "google_project_iam_custom_role",
      "google_project_iam_member",
      "google_pubsub_topic",
      "google_pubsub_topic_iam_member",
      "google_secret_manager_secret",
      "google_secret_manager_secret_iam_member",
      "google_secret_manager_secret_version",
      "google_service_account",
      "google_service_account_iam_member",
      "time_rotating",
      "time_static",
    ]);
  });

  test("declares no service-account key", () => {
    expect(json.resource.google_service_account_key).toBeUndefined();
    expect(JSON.stringify(json)).not.toMatch(/service_account_key/);
  });

  test("grants no primitive or predefined admin role", () => {
    const granted = roles(json.resource);
    expect(granted).toHaveLength(9); // 3 per-account, 4 project (custom), 1 topic publisher, 1 secret accessor
    expect(granted.filter((r) => /^roles\/(owner|editor|viewer)$/.test(r) || /admin$/i.test(r))).toEqual([]);
  });

  test("project-level bindings are only the custom deployer roles; impersonation is granted per service account", () => {
    const projectRoles = (Object.values(json.resource.google_project_iam_member) as { role: string }[]).map((m) => m.role);
    expect(projectRoles).toHaveLength(4);
    for (const role of projectRoles) expect(role).toMatch(/^\$\{google_project_iam_custom_role\.[^.]+\.name\}$/);
    const perAccount = (Object.values(json.resource.google_service_account_iam_member) as { role: string }[]).map((m) => m.role).sort();
    expect(perAccount).toEqual(["roles/iam.serviceAccountTokenCreator", "roles/iam.workloadIdentityUser", "roles/iam.workloadIdentityUser"]);
  });

  test("secret versions only use write-only attributes; the only outputs are the deployers' CI inputs, no secret", () => {
    for (const version of Object.values(json.resource.google_secret_manager_secret_version) as Record<string, unknown>[]) {
      expect(Object.keys(version).sort()).toEqual(["lifecycle", "secret", "secret_data_wo", "secret_data_wo_version"]);
    }
    const values = Object.values(json.output as Record<string, { value: string }>).map((o) => o.value);
    for (const value of values) expect(value).toMatch(/^\$\{(google_iam_workload_identity_pool_provider\.[^.]+\.name|google_service_account\.[^.]+\.(email|unique_id))\}$/);
    expect(values).toHaveLength(6);
  });

  test("the same program synthesizes the same bytes", () => {
    expect(JSON.stringify(everything())).toBe(JSON.stringify(json));
  });
});
