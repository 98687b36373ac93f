import { Testing } from "cdktf";
import { EntraTokenVersion } from "../../src/identity/entra-token-version";
import { stackTokenResolver } from "../../src/identity/manifest-entries";
import { entraSetup, find, TENANT } from "./fixtures";
import { applyTimeFields } from "../helpers";

/* eslint-disable @typescript-eslint/no-explicit-any */

describe("EntraGateApplication: the Entra objects", () => {
  const { json, entra } = entraSetup();
  const api = find(json, "azuread_application", "OrdersEntra_8").name;
  const apiSp = find(json, "azuread_service_principal", "OrdersEntra_ServicePrincipal_").name;

  test("the gate's API: identifier URI = audience, v2 tokens, one application-only app role per product", () => {
    expect(json.resource.azuread_application[api]).toEqual({
      display_name: "orders-gate",
      identifier_uris: ["api://orders-gate"],
      sign_in_audience: "AzureADMyOrg",
      api: { requested_access_token_version: 2 },
      app_role: ["adhoc", "nightly"].map((p) => ({
        id: entra.appRoleId(p),
        value: p,
        display_name: `Gate product ${p}`,
        description: `Trigger the deployments of gate product ${p}`,
        allowed_member_types: ["Application"],
        enabled: true,
      })),
    });
  });

  test("app role ids are UUIDs derived from audience and product: stable, distinct", () => {
    const ids = ["adhoc", "nightly"].map((p) => entra.appRoleId(p));
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(new Set(ids).size).toBe(2);
    expect(entraSetup().entra.appRoleId("nightly")).toBe(ids[1]);
    expect(() => entra.appRoleId("weekly")).toThrow('test-stack/OrdersEntra: no app role for product "weekly" (products: adhoc, nightly)');
  });

  test("the API's service principal requires an app-role assignment, so unassigned applications get no token", () => {
    expect(json.resource.azuread_service_principal[apiSp]).toEqual({
      client_id: `\${azuread_application.${api}.client_id}`,
      app_role_assignment_required: true,
    });
  });

  test("per caller an application, its service principal and one assignment per product, so roles names exactly its products", () => {
    const app = find(json, "azuread_application", "OrdersEntra_Caller-agent_").name;
    expect(json.resource.azuread_application[app]).toEqual({ display_name: "orders-gate-agent", sign_in_audience: "AzureADMyOrg" });
    const sp = find(json, "azuread_service_principal", "OrdersEntra_Caller-agent_");
    expect(sp.body).toEqual({ client_id: `\${azuread_application.${app}.client_id}` });
    const assignments = Object.entries(json.resource.azuread_app_role_assignment).filter(([n]) => n.startsWith("OrdersEntra_Caller-agent_"));
    expect(assignments.map(([, a]) => a)).toEqual(
      ["adhoc", "nightly"].map((p) => ({
        app_role_id: entra.appRoleId(p),
        principal_object_id: `\${azuread_service_principal.${sp.name}.object_id}`,
        resource_object_id: `\${azuread_service_principal.${apiSp}.object_id}`,
      })),
    );
    expect(Object.keys(json.resource.azuread_app_role_assignment)).toHaveLength(4);
    expect(entra.productsClaim).toBe("roles");
  });

  test("keyless credentials: GitHub Actions pinned to main, a Google service account by unique id, any OIDC subject", () => {
    const app = (n: string) => `\${azuread_application.${find(json, "azuread_application", `OrdersEntra_Caller-${n}_`).name}.id}`;
    const fics = Object.values(json.resource.azuread_application_federated_identity_credential) as any[];
    expect(fics).toEqual([
      {
        application_id: app("agent"),
        display_name: "google-112233445566778899001",
        description: "Google service account",
        issuer: "https://accounts.google.com",
        subject: "112233445566778899001",
        audiences: ["api://AzureADTokenExchange"],
      },
      {
        application_id: app("agent"),
        display_name: "oidc-sso-acme-example-svc-agent",
        description: "OIDC https://sso.acme.example/realms/ops",
        issuer: "https://sso.acme.example/realms/ops",
        subject: "svc-agent",
        audiences: ["api://AzureADTokenExchange"],
      },
      {
        application_id: app("deployer"),
        display_name: "github-acme-orders-pipelines-main",
        description: "GitHub Actions repo:acme/orders-pipelines:ref:refs/heads/main",
        issuer: "https://token.actions.githubusercontent.com",
        subject: "repo:acme/orders-pipelines:ref:refs/heads/main",
        audiences: ["api://AzureADTokenExchange"],
      },
    ]);
    // Keyless callers have no password at all.
    const passwords = Object.keys(json.resource.azuread_application_password);
    expect(passwords.every((n) => n.startsWith("OrdersEntra_Caller-legacy_"))).toBe(true);
  });

  test("the azuread provider names the tenant and carries no credential", () => {
    expect(json.provider.azuread).toEqual([{ tenant_id: TENANT }]);
    expect(json.terraform.required_providers.azuread).toEqual({ source: "hashicorp/azuread", version: "3.7.0" });
  });

  test("the same program synthesizes the same bytes", () => {
    expect(Testing.synth(entraSetup().stack)).toBe(Testing.synth(entraSetup().stack));
  });
});

describe("EntraGateApplication: what the gate consumes refers to the Entra objects", () => {
  test("v2: the tenant's v2 issuer, the API application's client id as audience (tfRef), azp, tid pinned", () => {
    const { stack, identities, json } = entraSetup();
    const api = find(json, "azuread_application", "OrdersEntra_8").name;
    const manifest = identities.toManifest(stackTokenResolver(stack));
    expect(manifest.issuers).toEqual([
      {
        name: "entra",
        issuer: `https://login.microsoftonline.com/${TENANT}/v2.0`,
        audiences: [{ tfRef: `azuread_application.${api}.client_id` }],
        jwksUri: `https://login.microsoftonline.com/${TENANT}/discovery/v2.0/keys`,
        algorithms: ["RS256"],
        clockSkewSeconds: 30,
        maxTokenLifetimeSeconds: 7200,
        clientIdClaim: "azp",
        expectedType: "JWT",
        requiredClaims: { tid: TENANT },
      },
    ]);
    const resolve = stackTokenResolver(stack);
    expect(identities.issuers.map((i) => Object.fromEntries(Object.entries(applyTimeFields(i)).map(([k, v]) => [k, resolve(v)])))).toEqual([
      { "audiences[0]": `\${azuread_application.${api}.client_id}` },
    ]);
  });

  test("v1: the sts.windows.net issuer, the identifier URI as audience, appid, and requested_access_token_version 1", () => {
    const { stack, identities, json } = entraSetup({ tokenVersion: EntraTokenVersion.V1 });
    const [issuer] = identities.toManifest(stackTokenResolver(stack)).issuers;
    expect(issuer.issuer).toBe(`https://sts.windows.net/${TENANT}/`);
    expect(issuer.audiences).toEqual(["api://orders-gate"]);
    expect(issuer.clientIdClaim).toBe("appid");
    expect(identities.issuers.map(applyTimeFields)).toEqual([{}]);
    expect(find(json, "azuread_application", "OrdersEntra_8").body.api).toEqual({ requested_access_token_version: 1 });
  });

  test("each caller's client id is its application's client_id reference, with its products", () => {
    const { stack, identities, json } = entraSetup();
    const app = (n: string) => find(json, "azuread_application", `OrdersEntra_Caller-${n}_`).name;
    expect(identities.toManifest(stackTokenResolver(stack)).clients).toEqual([
      { clientId: { tfRef: `azuread_application.${app("deployer")}.client_id` }, issuer: "entra", products: ["nightly"], description: "CI deployer" },
      { clientId: { tfRef: `azuread_application.${app("agent")}.client_id` }, issuer: "entra", products: ["adhoc", "nightly"] },
      { clientId: { tfRef: `azuread_application.${app("legacy")}.client_id` }, issuer: "entra", products: ["adhoc"] },
    ]);
  });

  test("applicationFor returns a caller's application; unknown names fail with the known ones listed", () => {
    const { entra } = entraSetup();
    expect(entra.applicationFor("legacy").node.path).toBe("test-stack/OrdersEntra/Caller-legacy/Application");
    expect(() => entra.applicationFor("nobody")).toThrow('test-stack/OrdersEntra: no caller named "nobody" (callers: deployer, agent, legacy)');
  });
});
