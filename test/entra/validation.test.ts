import { Duration } from "../../src/core/duration";
import { defineAzureadProvider, EntraGateApplication, EntraGateCallerProps, FederatedCredential } from "../../src/entra";
import { Secret } from "../../src/secrets/secret";
import { newStack } from "../helpers";
import { TENANT } from "./fixtures";

const gh = () => FederatedCredential.githubActions({ repository: "acme/orders-pipelines" });
const keyless = (name: string, products = ["nightly"]): EntraGateCallerProps => ({ name, products, federatedCredentials: [gh()] });

function build(callers: readonly EntraGateCallerProps[], extra: Record<string, unknown> = {}) {
  const { stack } = newStack();
  return new EntraGateApplication(stack, "Entra", { tenantId: TENANT, audience: "api://orders-gate", callers, ...extra });
}

/** A caller with a password in a fresh stack. */
function withPassword(every: Duration | undefined, extra: Record<string, unknown> = {}) {
  const { stack } = newStack();
  const secret = new Secret(stack, "S", { secretId: "legacy" });
  return () =>
    new EntraGateApplication(stack, "Entra", {
      tenantId: TENANT,
      audience: "api://orders-gate",
      callers: [{ name: "legacy", products: ["nightly"], password: { secret, every } }],
      ...extra,
    });
}

describe("EntraGateApplication validation", () => {
  test("fails without callers", () => {
    expect(() => build([])).toThrow("test-stack/Entra: callers is empty (define at least one caller, or no one can call the gate)");
  });

  test("fails for a caller name used twice", () => {
    expect(() => build([keyless("ci"), keyless("ci")])).toThrow('test-stack/Entra: caller name "ci" is used twice (names are unique)');
  });

  test("fails for a caller name that is not a short lowercase name", () => {
    expect(() => build([keyless("ci_job")])).toThrow(
      "test-stack/Entra: caller name \"ci_job\" is not allowed (1-40 characters: lowercase letters, digits and '-', starting with a letter)",
    );
  });

  test("fails for a caller granted no product, or one product twice", () => {
    expect(() => build([keyless("ci", [])])).toThrow('test-stack/Entra: caller "ci" is granted no product (grant at least one, or it can trigger nothing)');
    expect(() => build([keyless("ci", ["nightly", "nightly"])])).toThrow('test-stack/Entra: caller "ci": product "nightly" is listed twice');
  });

  test("fails for a product that cannot be an app role value", () => {
    expect(() => build([keyless("ci", ["nightly runs"])])).toThrow(
      "test-stack/Entra: caller \"ci\": product \"nightly runs\" is not allowed (it becomes an app role value: letters, digits, '.', '_', ':' and '-', no spaces)",
    );
  });

  test("fails for a password next to federated credentials", () => {
    const { stack } = newStack();
    const secret = new Secret(stack, "S", { secretId: "ci" });
    expect(
      () => new EntraGateApplication(stack, "Entra", { tenantId: TENANT, audience: "api://g", callers: [{ ...keyless("ci"), password: { secret } }] }),
    ).toThrow('test-stack/Entra: caller "ci" has federatedCredentials and a password (no secret-based credential when a keyless one is configured; drop password)');
  });

  test("fails for a caller without any credential, or an empty credential list", () => {
    expect(() => build([{ name: "ci", products: ["nightly"] }])).toThrow('test-stack/Entra: caller "ci" has no credential (give federatedCredentials, or a password)');
    expect(() => build([{ name: "ci", products: ["nightly"], federatedCredentials: [] }])).toThrow(
      'test-stack/Entra: caller "ci": federatedCredentials is empty (give at least one)',
    );
  });

  test("fails for the same credential twice, the same subject twice, or more than Entra's 20", () => {
    expect(() => build([{ name: "ci", products: ["x"], federatedCredentials: [gh(), gh()] }])).toThrow(
      'test-stack/Entra: caller "ci": federated credential name "github-acme-orders-pipelines-main" is used twice (names are unique per application)',
    );
    const renamed = FederatedCredential.oidc({ issuer: "https://token.actions.githubusercontent.com", subject: "repo:acme/orders-pipelines:ref:refs/heads/main", name: "again" });
    expect(() => build([{ name: "ci", products: ["x"], federatedCredentials: [gh(), renamed] }])).toThrow(
      'test-stack/Entra: caller "ci": issuer https://token.actions.githubusercontent.com and subject "repo:acme/orders-pipelines:ref:refs/heads/main" are trusted twice',
    );
    const many = Array.from({ length: 21 }, (_, i) => FederatedCredential.githubActions({ repository: `acme/repo-${i}` }));
    expect(() => build([{ name: "ci", products: ["x"], federatedCredentials: many }])).toThrow(
      'test-stack/Entra: caller "ci": 21 federatedCredentials (Entra allows at most 20 per application)',
    );
  });

  test("fails when the password overlap is not longer than the gate's secret cache", () => {
    expect(withPassword(Duration.hours(1), { gateCacheTtl: Duration.hours(1) })).toThrow(
      'test-stack/Entra: caller "legacy": password.every 1 hour is not allowed (it is also how long the previous password stays valid, ' +
        "and must be longer than the gate's JWKS cache (300 s) and secret cache (1 hour))",
    );
  });

  test("fails when the password overlap is not longer than Apigee's 300 s JWKS cache", () => {
    expect(withPassword(Duration.minutes(5), { gateCacheTtl: Duration.minutes(1) })).toThrow(
      'test-stack/Entra: caller "legacy": password.every 5 minutes is not allowed (it is also how long the previous password stays valid, ' +
        "and must be longer than the gate's JWKS cache (300 s) and secret cache (1 minute))",
    );
  });

  test("fails for a password rotation whose passwords would live longer than a year (each lives two periods)", () => {
    expect(withPassword(Duration.days(366), {})).toThrow(
      'test-stack/Entra: caller "legacy": password.every 366 days is not allowed (a whole number of minutes, from 30 minutes to 182.5 days: each password is replaced two periods after it is made, and a credential that lives longer than 365 days is not rotated in any useful sense)',
    );
    expect(withPassword(Duration.days(183), {})).toThrow(
      'test-stack/Entra: caller "legacy": password.every 183 days is not allowed (a whole number of minutes, from 30 minutes to 182.5 days: each password is replaced two periods after it is made, and a credential that lives longer than 365 days is not rotated in any useful sense)',
    );
    // The longest: its two rotation clocks run a year each.
    expect(withPassword(Duration.days(182.5), {})).not.toThrow();
  });

  test("fails for a period the rotation clocks refuse (each runs twice the period, at least an hour)", () => {
    expect(withPassword(Duration.minutes(20), { gateCacheTtl: Duration.minutes(1) })).toThrow(
      'test-stack/Entra: caller "legacy": password.every 20 minutes is not allowed (a whole number of minutes, from 30 minutes to 182.5 days: each password is replaced two periods after it is made, and a credential that lives longer than 365 days is not rotated in any useful sense)',
    );
  });

  test("fails for two callers sharing one secret", () => {
    const { stack } = newStack();
    const secret = new Secret(stack, "S", { secretId: "shared" });
    expect(
      () =>
        new EntraGateApplication(stack, "Entra", {
          tenantId: TENANT,
          audience: "api://g",
          callers: [
            { name: "a", products: ["x"], password: { secret } },
            { name: "b", products: ["x"], password: { secret } },
          ],
        }),
    ).toThrow('test-stack/Entra: caller "b": secret test-stack/S already holds the password of caller "a" (one secret per caller)');
  });

  test("fails for a multi-tenant or malformed tenant id", () => {
    expect(() => build([keyless("ci")], { tenantId: "common" })).toThrow(
      "test-stack/Entra: tenantId \"common\" is not allowed (a UUID in lowercase hex, 8-4-4-4-12 digits, e.g. 6f1c2a3b-0000-4000-8000-000000000000; multi-tenant values like 'common' would trust every tenant)",
    );
  });

  test("fails for an audience that is not an identifier URI", () => {
    for (const audience of ["orders-gate", "api://orders-gate/", "https://api.acme.example/*", "api://x?y=1"]) {
      expect(() => build([keyless("ci")], { audience })).toThrow(
        `test-stack/Entra: audience ${JSON.stringify(audience)} is not allowed (the API's identifier URI: 'api://<name>' or an https URI on a verified domain, without query, fragment, wildcard or trailing '/')`,
      );
    }
  });

  test("fails for a display name Entra would refuse", () => {
    expect(() => build([keyless("ci")], { displayName: "-gate" })).toThrow(
      `test-stack/Entra: displayName "-gate" is not allowed (1-80 letters, digits, spaces, '.', '_' and '-')`,
    );
  });
});

describe("FederatedCredential presets", () => {
  test("GitHub Actions: a branch or an environment subject, the Actions issuer, the token-exchange audience", () => {
    expect({ ...FederatedCredential.githubActions({ repository: "acme/orders", branch: "release/2026" }) }).toEqual({
      name: "github-acme-orders-release-2026",
      issuer: "https://token.actions.githubusercontent.com",
      subject: "repo:acme/orders:ref:refs/heads/release/2026",
      audience: "api://AzureADTokenExchange",
      description: "GitHub Actions repo:acme/orders:ref:refs/heads/release/2026",
    });
    expect(FederatedCredential.githubActions({ repository: "acme/orders", environment: "prod" }).subject).toBe("repo:acme/orders:environment:prod");
  });

  test("fails for a repository that is not owner/name, both branch and environment, or a wildcard branch", () => {
    expect(() => FederatedCredential.githubActions({ repository: "orders" })).toThrow(
      `FederatedCredential.githubActions: repository "orders" is not allowed (owner/name, e.g. 'acme/orders-pipelines')`,
    );
    expect(() => FederatedCredential.githubActions({ repository: "acme/o", branch: "main", environment: "prod" })).toThrow(
      "FederatedCredential.githubActions(acme/o): give branch or environment, not both (a token's subject names one of them)",
    );
    expect(() => FederatedCredential.githubActions({ repository: "acme/o", branch: "*" })).toThrow(
      'FederatedCredential.githubActions(acme/o): branch "*" is not allowed (a branch or environment name without spaces or wildcards)',
    );
  });

  test("Google service account: Google's issuer, the unique id as subject; an email is refused", () => {
    const c = FederatedCredential.googleServiceAccount({ uniqueId: "112233445566778899001", audience: "api://custom" });
    expect([c.issuer, c.subject, c.audience, c.name]).toEqual(["https://accounts.google.com", "112233445566778899001", "api://custom", "google-112233445566778899001"]);
    expect(() => FederatedCredential.googleServiceAccount({ uniqueId: "agent@acme.iam.gserviceaccount.com" })).toThrow(
      'FederatedCredential.googleServiceAccount: uniqueId "agent@acme.iam.gserviceaccount.com" is not allowed (the service account\'s 21-digit unique id, not its email: the sub of its ID tokens)',
    );
  });

  test("fails for an OIDC issuer that is not https or a wildcard subject", () => {
    expect(() => FederatedCredential.oidc({ issuer: "http://sso.acme.example", subject: "svc" })).toThrow(
      'FederatedCredential.oidc: issuer "http://sso.acme.example" is not allowed (an https URL without query, fragment or credentials)',
    );
    expect(() => FederatedCredential.oidc({ issuer: "https://sso.acme.example", subject: "svc-*" })).toThrow(
      'FederatedCredential.oidc(https://sso.acme.example): subject "svc-*" is not allowed (the exact sub of the workload\'s tokens; no wildcards)',
    );
    expect(() => FederatedCredential.oidc({ issuer: "https://sso.acme.example", subject: "svc", name: "has space" })).toThrow(
      `FederatedCredential: name "has space" is not allowed (1-120 letters, digits, '_' and '-', starting with a letter or digit)`,
    );
  });
});

describe("defineAzureadProvider", () => {
  test("fails for a tenant that is not a GUID", () => {
    const { stack } = newStack();
    expect(() => defineAzureadProvider(stack, { tenantId: "organizations" })).toThrow(
      'test-stack: azuread tenantId "organizations" is not allowed (a UUID in lowercase hex, 8-4-4-4-12 digits, e.g. 6f1c2a3b-0000-4000-8000-000000000000)',
    );
  });
});
