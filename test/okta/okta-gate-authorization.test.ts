import { Testing } from "cdktf";
import { Duration } from "../../src/core/duration";
import { GateIdentities } from "../../src/identity/gate-identities";
import { stackTokenResolver } from "../../src/identity/manifest-entries";
import { defineOktaProvider, OktaGateAuthorization, OktaGateAuthorizationProps, OktaIssuerMode } from "../../src/okta";
import { Secret } from "../../src/secrets/secret";
import { applyTimeFields, newStack, synthJson } from "../helpers";
import { ecKey, rsaKey } from "./fixtures";

/* eslint-disable @typescript-eslint/no-explicit-any */

/** An Okta-backed gate: a keyless deployer (RSA), a keyless agent (EC) and a legacy caller that asked for a secret. */
function oktaSetup(overrides: Partial<OktaGateAuthorizationProps> = {}) {
  const { stack } = newStack();
  defineOktaProvider(stack, { orgName: "acme" });
  const legacySecret = new Secret(stack, "LegacySecret", { secretId: "orders-gate-legacy-okta" });
  const okta = new OktaGateAuthorization(stack, "OrdersOkta", {
    name: "orders-gate",
    audience: "api://orders-gate",
    callers: [
      { name: "deployer", products: ["nightly"], description: "CI deployer", publicKeys: [rsaKey()] },
      { name: "agent", products: ["adhoc", "nightly"], publicKeys: [ecKey()] },
      { name: "legacy", products: ["adhoc"], clientSecret: { secret: legacySecret, every: Duration.days(7) } },
    ],
    ...overrides,
  });
  const identities = new GateIdentities(stack, "Identities", { issuers: [okta.issuer], callers: okta.callers });
  return { stack, okta, identities, json: synthJson(stack) };
}

/** The resource of `type` whose synthesized name starts with `prefix`, and its address. */
function find(json: any, type: string, prefix: string): { name: string; body: any } {
  const entries = Object.entries(json.resource[type] ?? {}).filter(([n]) => n.startsWith(prefix));
  if (entries.length !== 1) throw new Error(`expected one ${type} ${prefix}*, found ${entries.map(([n]) => n).join(", ") || "none"}`);
  return { name: entries[0][0], body: entries[0][1] };
}

describe("OktaGateAuthorization: the Okta objects", () => {
  const { json } = oktaSetup();
  const server = find(json, "okta_auth_server", "OrdersOkta_");
  const serverId = `\${okta_auth_server.${server.name}.id}`;

  test("a custom authorization server whose only audience is the gate's, with Okta-managed key rotation", () => {
    expect(server.body).toEqual({
      name: "orders-gate",
      description: "Gate authorization server for api://orders-gate",
      audiences: ["api://orders-gate"],
      issuer_mode: "ORG_URL",
      credentials_rotation_mode: "AUTO",
    });
  });

  test("one scope per product, named gate.<product>, not advertised in metadata", () => {
    const scopes = Object.values(json.resource.okta_auth_server_scope) as any[];
    expect(scopes.map((s) => s.name).sort()).toEqual(["gate.adhoc", "gate.nightly"]);
    for (const s of scopes) {
      expect(s).toMatchObject({ auth_server_id: serverId, consent: "IMPLICIT", metadata_publish: "NO_CLIENTS" });
    }
  });

  test("one service app per caller: client credentials only, private_key_jwt with the caller's public keys and no secret", () => {
    expect(find(json, "okta_app_oauth", "OrdersOkta_Caller-deployer_").body).toEqual({
      label: "orders-gate-deployer",
      type: "service",
      grant_types: ["client_credentials"],
      response_types: ["token"],
      token_endpoint_auth_method: "private_key_jwt",
      jwks: [{ kid: "deployer-2026-11", kty: "RSA", n: rsaKey().toOktaJwk().n, e: "AQAB" }],
      omit_secret: true,
    });
    expect(find(json, "okta_app_oauth", "OrdersOkta_Caller-agent_").body.jwks).toEqual([
      { kid: "agent-p256", kty: "EC", x: ecKey().toOktaJwk().x, y: ecKey().toOktaJwk().y },
    ]);
  });

  test("per caller an access policy assigned to its app only, and a rule allowing only client_credentials and its own scopes", () => {
    const app = find(json, "okta_app_oauth", "OrdersOkta_Caller-agent_").name;
    const policy = find(json, "okta_auth_server_policy", "OrdersOkta_Caller-agent_");
    expect(policy.body).toEqual({
      auth_server_id: serverId,
      name: "orders-gate-agent",
      description: "Client credentials for agent only",
      priority: 2,
      client_whitelist: [`\${okta_app_oauth.${app}.client_id}`],
    });
    const scope = (p: string) => `\${okta_auth_server_scope.${find(json, "okta_auth_server_scope", `OrdersOkta_Scope-${p}_`).name}.name}`;
    expect(find(json, "okta_auth_server_policy_rule", "OrdersOkta_Caller-agent_").body).toEqual({
      auth_server_id: serverId,
      policy_id: `\${okta_auth_server_policy.${policy.name}.id}`,
      name: "client-credentials",
      priority: 1,
      grant_type_whitelist: ["client_credentials"],
      scope_whitelist: [scope("adhoc"), scope("nightly")],
      group_whitelist: ["EVERYONE"],
      access_token_lifetime_minutes: 60,
    });
    expect(find(json, "okta_auth_server_policy_rule", "OrdersOkta_Caller-deployer_").body.scope_whitelist).toEqual([scope("nightly")]);
    const priorities = (Object.values(json.resource.okta_auth_server_policy) as any[]).map((p) => p.priority).sort();
    expect(priorities).toEqual([1, 2, 3]);
  });

  test("the okta provider names the org and carries no credential", () => {
    expect(json.provider.okta).toEqual([{ org_name: "acme", base_url: "okta.com" }]);
    expect(json.terraform.required_providers.okta).toEqual({ source: "okta/okta", version: "4.20.0" });
  });

  test("CUSTOM_URL issuer mode and a shorter token lifetime reach the server and every rule", () => {
    const { json: j } = oktaSetup({ issuerMode: OktaIssuerMode.CUSTOM_URL, accessTokenLifetime: Duration.minutes(15) });
    expect(find(j, "okta_auth_server", "OrdersOkta_").body.issuer_mode).toBe("CUSTOM_URL");
    for (const rule of Object.values(j.resource.okta_auth_server_policy_rule) as any[]) expect(rule.access_token_lifetime_minutes).toBe(15);
  });
});

describe("OktaGateAuthorization: what the gate consumes refers to the Okta objects", () => {
  const { stack, okta, identities, json } = oktaSetup();
  const server = find(json, "okta_auth_server", "OrdersOkta_").name;
  const manifest = identities.toManifest(stackTokenResolver(stack));

  test("the issuer: the server's issuer and keys URL as tfRefs, the gate's audience, cid, RS256, the rules' lifetime", () => {
    expect(manifest.issuers).toEqual([
      {
        name: "okta",
        issuer: { tfRef: `okta_auth_server.${server}.issuer` },
        audiences: ["api://orders-gate"],
        jwksUri: { tfRef: `format("%s/v1/keys", okta_auth_server.${server}.issuer)` },
        algorithms: ["RS256"],
        clockSkewSeconds: 30,
        maxTokenLifetimeSeconds: 3600,
        clientIdClaim: "cid",
      },
    ]);
    expect(okta.productsClaim).toBe("scp");
  });

  test("the issuer and keys URL are references to the server, never copies (a gate reads them from its KVM)", () => {
    const resolve = stackTokenResolver(stack);
    expect(identities.issuers.map((i) => Object.fromEntries(Object.entries(applyTimeFields(i)).map(([k, v]) => [k, resolve(v)])))).toEqual([
      {
        issuer: `\${okta_auth_server.${server}.issuer}`,
        jwksUri: `\${format("%s/v1/keys", okta_auth_server.${server}.issuer)}`,
      },
    ]);
  });

  test("each caller's client id is its app's client_id reference, with its products", () => {
    const app = (n: string) => find(json, "okta_app_oauth", `OrdersOkta_Caller-${n}_`).name;
    expect(manifest.clients).toEqual([
      { clientId: { tfRef: `okta_app_oauth.${app("deployer")}.client_id` }, issuer: "okta", products: ["nightly"], description: "CI deployer" },
      { clientId: { tfRef: `okta_app_oauth.${app("agent")}.client_id` }, issuer: "okta", products: ["adhoc", "nightly"] },
      { clientId: { tfRef: `okta_app_oauth.${app("legacy")}.client_id` }, issuer: "okta", products: ["adhoc"] },
    ]);
  });

  test("appFor and scopeFor return the defined resources; unknown names fail with the known ones listed", () => {
    expect(okta.appFor("agent").label).toBeDefined();
    expect(okta.scopeFor("adhoc").node.id).toBe("Scope-adhoc");
    expect(() => okta.appFor("nobody")).toThrow('test-stack/OrdersOkta: no caller named "nobody" (callers: deployer, agent, legacy)');
    expect(() => okta.scopeFor("weekly")).toThrow('test-stack/OrdersOkta: no scope for product "weekly" (products: adhoc, nightly)');
  });
});

describe("OktaGateAuthorization: a client secret only when asked, rotated, never output", () => {
  const { json } = oktaSetup();
  const rotation = find(json, "time_rotating", "OrdersOkta_Caller-legacy_Rotation_").name;
  const password = find(json, "random_password", "OrdersOkta_Caller-legacy_ClientSecret_");

  test("generated inside Terraform and renewed with the caller's rotation", () => {
    expect(find(json, "time_rotating", "OrdersOkta_Caller-legacy_Rotation_").body).toEqual({ rotation_days: 7 });
    expect(password.body).toEqual({ length: 64, special: false, keepers: { rotation: `\${time_rotating.${rotation}.rfc3339}` } });
  });

  test("set on the app as client_secret_basic and written into the caller's Secret as a write-only version bound to the rotation", () => {
    const app = find(json, "okta_app_oauth", "OrdersOkta_Caller-legacy_").body;
    expect(app.token_endpoint_auth_method).toBe("client_secret_basic");
    expect(app.client_basic_secret).toBe(`\${random_password.${password.name}.result}`);
    expect(app.omit_secret).toBeUndefined();
    expect(Object.values(json.resource.google_secret_manager_secret_version)).toEqual([
      {
        secret: `\${google_secret_manager_secret.${Object.keys(json.resource.google_secret_manager_secret)[0]}.id}`,
        secret_data_wo: `\${random_password.${password.name}.result}`,
        secret_data_wo_version: `\${time_rotating.${rotation}.unix}`,
        lifecycle: { create_before_destroy: true },
      },
    ]);
  });

  test("no output exists, no Okta-generated client_secret is read, and the value appears only as a reference", () => {
    expect(json.output).toBeUndefined();
    const text = JSON.stringify(json);
    expect(text).not.toContain(".client_secret}");
    const uses = text.match(/random_password\.[^.]+\.result/g) ?? [];
    expect(uses).toHaveLength(2); // the app's client_basic_secret and the Secret version's write-only value
  });

  test("keyless callers get no rotation, password or secret version", () => {
    expect(Object.keys(json.resource.time_rotating)).toEqual([rotation]);
    expect(Object.keys(json.resource.random_password)).toEqual([password.name]);
  });

  test("the same program synthesizes the same bytes", () => {
    const a = Testing.synth(oktaSetup().stack);
    const b = Testing.synth(oktaSetup().stack);
    expect(a).toBe(b);
  });
});
