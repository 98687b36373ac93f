import { Duration } from "../../src/core/duration";
import { EntraTokenVersion } from "../../src/identity/entra-token-version";
import { Issuer, OktaIssuerProps } from "../../src/identity/issuer";
import { JwtAlgorithm } from "../../src/identity/jwt-algorithm";
import { issuerManifest, stackTokenResolver } from "../../src/identity/manifest-entries";
import { applyTimeFields, newStack, synthJson } from "../helpers";

const TENANT = "72f988bf-86f1-41af-91ab-2d7cd011db47";

/** Binds an issuer in a fresh stack and returns its manifest entry: the values the gate enforces. */
function enforced(issuer: Issuer) {
  const { stack } = newStack();
  return issuerManifest(issuer.bind(stack), stackTokenResolver(stack));
}

describe("issuer presets: the values the gate enforces", () => {
  test("Google ID tokens: both issuer spellings, Google's JWKS, RS256, azp, typ JWT", () => {
    expect(enforced(Issuer.google({ audience: "https://api.acme.example/orders" }))).toEqual({
      name: "google",
      issuer: "https://accounts.google.com",
      alternateIssuers: ["accounts.google.com"],
      audiences: ["https://api.acme.example/orders"],
      jwksUri: "https://www.googleapis.com/oauth2/v3/certs",
      algorithms: ["RS256"],
      clockSkewSeconds: 30,
      maxTokenLifetimeSeconds: 3600,
      clientIdClaim: "azp",
      expectedType: "JWT",
    });
  });

  test("Okta custom authorization server: its issuer and keys, client id in cid", () => {
    expect(enforced(Issuer.okta({ domain: "acme.okta.com", authorizationServerId: "aus1abc2def", audience: "api://orders-gate" }))).toEqual({
      name: "okta",
      issuer: "https://acme.okta.com/oauth2/aus1abc2def",
      audiences: ["api://orders-gate"],
      jwksUri: "https://acme.okta.com/oauth2/aus1abc2def/v1/keys",
      algorithms: ["RS256"],
      clockSkewSeconds: 30,
      maxTokenLifetimeSeconds: 3600,
      clientIdClaim: "cid",
    });
  });

  test("Entra ID v2: login.microsoftonline.com issuer, azp, tid pinned", () => {
    expect(enforced(Issuer.entraId({ tenantId: TENANT, audience: "api://orders-gate", tokenVersion: EntraTokenVersion.V2 }))).toEqual({
      name: "entra",
      issuer: `https://login.microsoftonline.com/${TENANT}/v2.0`,
      audiences: ["api://orders-gate"],
      jwksUri: `https://login.microsoftonline.com/${TENANT}/discovery/v2.0/keys`,
      algorithms: ["RS256"],
      clockSkewSeconds: 30,
      maxTokenLifetimeSeconds: 7200,
      clientIdClaim: "azp",
      expectedType: "JWT",
      requiredClaims: { tid: TENANT },
    });
  });

  test("Entra ID v1: sts.windows.net issuer with trailing slash, appid, tid pinned", () => {
    const m = enforced(Issuer.entraId({ tenantId: TENANT, audience: "api://orders-gate", tokenVersion: EntraTokenVersion.V1 }));
    expect(m.issuer).toBe(`https://sts.windows.net/${TENANT}/`);
    expect(m.jwksUri).toBe(`https://login.microsoftonline.com/${TENANT}/discovery/keys`);
    expect(m.clientIdClaim).toBe("appid");
    expect(m.requiredClaims).toEqual({ tid: TENANT });
  });

  test("Entra ID defaults to v2 tokens", () => {
    expect(enforced(Issuer.entraId({ tenantId: TENANT, audience: "api://x" })).issuer).toBe(`https://login.microsoftonline.com/${TENANT}/v2.0`);
  });

  test("Auth0: issuer with Auth0's trailing slash, .well-known/jwks.json, azp, 24 h default lifetime", () => {
    expect(enforced(Issuer.auth0({ domain: "acme.eu.auth0.com", audience: "https://api.acme.example/orders" }))).toEqual({
      name: "auth0",
      issuer: "https://acme.eu.auth0.com/",
      audiences: ["https://api.acme.example/orders"],
      jwksUri: "https://acme.eu.auth0.com/.well-known/jwks.json",
      algorithms: ["RS256"],
      clockSkewSeconds: 30,
      maxTokenLifetimeSeconds: 86400,
      clientIdClaim: "azp",
    });
  });

  test("Keycloak realm: /realms/<realm> issuer and its certs endpoint", () => {
    const m = enforced(Issuer.keycloak({ baseUrl: "https://sso.acme.example/", realm: "data", audience: "orders-gate" }));
    expect(m.issuer).toBe("https://sso.acme.example/realms/data");
    expect(m.jwksUri).toBe("https://sso.acme.example/realms/data/protocol/openid-connect/certs");
    expect(m.clientIdClaim).toBe("azp");
    expect(m.name).toBe("keycloak");
  });

  test("generic OIDC with a static JWKS URI and every option set", () => {
    const m = enforced(
      Issuer.oidc({
        name: "acme-idp",
        issuerUrl: "https://idp.acme.example",
        audiences: ["orders-gate", "orders-gate-2"],
        jwksUri: "https://idp.acme.example/keys",
        clientIdClaim: "client_id",
        algorithms: [JwtAlgorithm.ES256, JwtAlgorithm.PS256, JwtAlgorithm.ES256],
        clockSkew: Duration.seconds(60),
        maxTokenLifetime: Duration.minutes(15),
        expectedType: "at+jwt",
        requiredClaims: { tenant: "acme" },
      }),
    );
    expect(m).toEqual({
      name: "acme-idp",
      issuer: "https://idp.acme.example",
      audiences: ["orders-gate", "orders-gate-2"],
      jwksUri: "https://idp.acme.example/keys",
      algorithms: ["ES256", "PS256"],
      clockSkewSeconds: 60,
      maxTokenLifetimeSeconds: 900,
      clientIdClaim: "client_id",
      expectedType: "at+jwt",
      requiredClaims: { tenant: "acme" },
    });
  });

  test("name, claim and type overrides apply to presets", () => {
    const m = enforced(
      Issuer.okta({ name: "okta-eu", domain: "acme.okta.com", authorizationServerId: "default", audience: "a", clientIdClaim: "client_id", expectedType: "application/okta-internal-at+jwt" }),
    );
    expect([m.name, m.clientIdClaim, m.expectedType]).toEqual(["okta-eu", "client_id", "application/okta-internal-at+jwt"]);
  });

  test("a static issuer defines nothing in the stack and its values are all literals (no KVM entry in a gate)", () => {
    const { stack } = newStack();
    const config = Issuer.google({ audience: "a" }).bind(stack);
    expect(applyTimeFields(config)).toEqual({});
    expect(config.discovery).toBeUndefined();
    expect(synthJson(stack).data).toBeUndefined();
  });
});

describe("discovered JWKS URI", () => {
  const discovered = () =>
    Issuer.oidc({
      name: "acme-idp",
      issuerUrl: "https://idp.acme.example/tenant-1",
      audiences: ["orders-gate"],
      discoverJwksUri: true,
      clientIdClaim: "client_id",
      algorithms: [JwtAlgorithm.RS256],
    });

  test("reads the discovery document with data.http, checked by postconditions at plan time", () => {
    const { stack } = newStack();
    discovered().bind(stack);
    const http = synthJson(stack).data.http;
    expect(Object.keys(http)).toEqual(["OidcDiscovery-idp-acme-example-tenant-1"]);
    const source = http["OidcDiscovery-idp-acme-example-tenant-1"];
    expect(source.url).toBe("https://idp.acme.example/tenant-1/.well-known/openid-configuration");
    expect(source.lifecycle.postcondition.map((p: { condition: string }) => p.condition)).toEqual([
      "${self.status_code == 200}",
      '${jsondecode(self.response_body).issuer == "https://idp.acme.example/tenant-1"}',
      '${startswith(jsondecode(self.response_body).jwks_uri, "https://")}',
    ]);
  });

  test("the JWKS URI is a Terraform reference to the discovery document (a gate reads it from its KVM) and the manifest's tfRef", () => {
    const { stack } = newStack();
    const config = discovered().bind(stack);
    const resolve = stackTokenResolver(stack);
    expect(Object.keys(applyTimeFields(config))).toEqual(["jwksUri"]);
    expect(resolve(config.jwksUri)).toBe(
      "${jsondecode(data.http.OidcDiscovery-idp-acme-example-tenant-1.response_body).jwks_uri}",
    );
    expect(issuerManifest(config, resolve).jwksUri).toEqual({
      tfRef: "jsondecode(data.http.OidcDiscovery-idp-acme-example-tenant-1.response_body).jwks_uri",
    });
  });

  test("one discovery source per issuer URL and stack, shared by every pipeline that binds it", () => {
    const { stack } = newStack();
    const a = discovered().bind(stack);
    const b = discovered().bind(stack);
    expect(a.discovery).toBe(b.discovery);
    expect(Object.keys(synthJson(stack).data.http)).toHaveLength(1);
  });
});

describe("JwtAlgorithm", () => {
  test("offers asymmetric algorithms only", () => {
    expect(JwtAlgorithm.all().map((a) => a.name)).toEqual(["RS256", "RS384", "RS512", "PS256", "PS384", "PS512", "ES256", "ES384", "ES512"]);
    expect(JwtAlgorithm.of("PS384")).toBe(JwtAlgorithm.PS384);
  });

  test("fails on a symmetric algorithm by name", () => {
    expect(() => JwtAlgorithm.of("HS256")).toThrow(
      'JwtAlgorithm.of: "HS256" is not allowed (symmetric or unsigned tokens are refused; use one of RS256, RS384, RS512, PS256, PS384, PS512, ES256, ES384, ES512)',
    );
  });

  test("fails on none", () => {
    expect(() => JwtAlgorithm.of("none")).toThrow('JwtAlgorithm.of: "none" is not allowed (symmetric or unsigned tokens are refused; use one of RS256, RS384, RS512, PS256, PS384, PS512, ES256, ES384, ES512)');
  });

  test("fails on an unknown algorithm", () => {
    expect(() => JwtAlgorithm.of("EdDSA")).toThrow(
      'JwtAlgorithm.of: "EdDSA" is not a known algorithm (use one of RS256, RS384, RS512, PS256, PS384, PS512, ES256, ES384, ES512)',
    );
  });
});

describe("issuer validation", () => {
  const oidc = { name: "acme-idp", issuerUrl: "https://idp.acme.example", audiences: ["a"], jwksUri: "https://idp.acme.example/keys", clientIdClaim: "client_id", algorithms: [JwtAlgorithm.RS256] };

  test("fails on Okta's org authorization server (absent id, which only JavaScript callers can leave out)", () => {
    expect(() => Issuer.okta({ domain: "acme.okta.com", audience: "a" } as OktaIssuerProps)).toThrow(
      "Issuer.okta: authorizationServerId null is not allowed (tokens of Okta's org authorization server are meant for Okta's own APIs " +
        "and cannot be validated by the gate; create a custom authorization server, or use 'default', and give its id, e.g. 'aus1abc2def')",
    );
  });

  test("fails on Okta's org authorization server named 'org'", () => {
    expect(() => Issuer.okta({ domain: "acme.okta.com", authorizationServerId: "org", audience: "a" })).toThrow(
      "Issuer.okta: authorizationServerId \"org\" is not allowed (tokens of Okta's org authorization server are meant for Okta's own APIs " +
        "and cannot be validated by the gate; create a custom authorization server, or use 'default', and give its id, e.g. 'aus1abc2def')",
    );
  });

  test("fails on a malformed Okta authorization server id", () => {
    expect(() => Issuer.okta({ domain: "acme.okta.com", authorizationServerId: "aus/../x", audience: "a" })).toThrow(
      "Issuer.okta: authorizationServerId \"aus/../x\" is not allowed (1-64 letters and digits, e.g. 'aus1abc2def' or 'default')",
    );
  });

  test("fails on a domain with a scheme", () => {
    expect(() => Issuer.auth0({ domain: "https://acme.auth0.com", audience: "a" })).toThrow(
      "Issuer.auth0: domain \"https://acme.auth0.com\" is not allowed (a DNS hostname: lowercase labels of letters, digits and '-' joined by '.', at least two labels, the last not all digits; no scheme, port, path or wildcard, e.g. api.acme.example)",
    );
  });

  test("fails on a multi-tenant Entra endpoint", () => {
    expect(() => Issuer.entraId({ tenantId: "common", audience: "a" })).toThrow(
      "Issuer.entraId: tenantId \"common\" is not allowed (a UUID in lowercase hex, 8-4-4-4-12 digits, e.g. 6f1c2a3b-0000-4000-8000-000000000000; " +
        "multi-tenant endpoints like 'common' or 'organizations' would trust every tenant)",
    );
  });

  test("fails on a bad Keycloak realm", () => {
    expect(() => Issuer.keycloak({ baseUrl: "https://sso.acme.example", realm: "da ta", audience: "a" })).toThrow(
      "Issuer.keycloak: realm \"da ta\" is not allowed (1-255 letters, digits, '.', '_' and '-')",
    );
  });

  test.each([
    ["http://idp.acme.example"],
    ["idp.acme.example"],
    ["https://user:pw@idp.acme.example"],
    ["https://idp.acme.example?x=1"],
    ["https://idp.acme.example#f"],
  ])("fails on issuer URL %s (https, well formed)", (url) => {
    expect(() => Issuer.oidc({ ...oidc, issuerUrl: url })).toThrow(
      `Issuer.oidc: issuerUrl ${JSON.stringify(url)} is not allowed (an https URL with a host and no credentials, query or fragment, e.g. 'https://idp.acme.example/')`,
    );
  });

  test("fails on a Keycloak base URL over http", () => {
    expect(() => Issuer.keycloak({ baseUrl: "http://sso.acme.example", realm: "data", audience: "a" })).toThrow(
      "Issuer.keycloak: baseUrl \"http://sso.acme.example\" is not allowed (an https URL with a host and no credentials, query or fragment, e.g. 'https://idp.acme.example/')",
    );
  });

  test("fails on a static JWKS URI over http", () => {
    expect(() => Issuer.oidc({ ...oidc, jwksUri: "http://idp.acme.example/keys" })).toThrow(
      "Issuer.oidc(acme-idp): jwksUri \"http://idp.acme.example/keys\" is not allowed (an https URL with a host and no credentials, query or fragment, e.g. 'https://idp.acme.example/')",
    );
  });

  test("fails with both a JWKS URI and discovery", () => {
    expect(() => Issuer.oidc({ ...oidc, discoverJwksUri: true })).toThrow(
      "Issuer.oidc: give exactly one of jwksUri and discoverJwksUri: true (got both)",
    );
  });

  test("fails with neither a JWKS URI nor discovery", () => {
    expect(() => Issuer.oidc({ ...oidc, jwksUri: undefined })).toThrow(
      "Issuer.oidc: give exactly one of jwksUri and discoverJwksUri: true (got neither)",
    );
  });

  test("fails on a bad name", () => {
    expect(() => Issuer.google({ name: "Google", audience: "a" })).toThrow(
      "Issuer.google: name \"Google\" is not allowed (1-32 characters: lowercase letters, digits and '-', starting with a letter)",
    );
  });

  test("fails on empty audiences", () => {
    expect(() => Issuer.oidc({ ...oidc, audiences: [] })).toThrow(
      "Issuer.oidc(acme-idp): audiences is empty (give at least one audience, or tokens minted for any other API would be accepted)",
    );
  });

  test("fails on a blank audience", () => {
    expect(() => Issuer.google({ audience: " " })).toThrow(
      "Issuer.google(google): audience \" \" is not allowed (a non-empty value such as 'api://orders-gate')",
    );
  });

  test("fails on an empty algorithm list", () => {
    expect(() => Issuer.oidc({ ...oidc, algorithms: [] })).toThrow(
      "Issuer.oidc(acme-idp): algorithms is empty (give at least one of RS256, RS384, RS512, PS256, PS384, PS512, ES256, ES384, ES512)",
    );
  });

  test("fails on a clock skew above 60 s", () => {
    expect(() => Issuer.google({ audience: "a", clockSkew: Duration.minutes(2) })).toThrow(
      "Issuer.google(google): clockSkew 2 minutes is not allowed (whole seconds, at most 60 seconds)",
    );
  });

  test("fails on a token lifetime above 24 h", () => {
    expect(() => Issuer.auth0({ domain: "acme.auth0.com", audience: "a", maxTokenLifetime: Duration.days(2) })).toThrow(
      "Issuer.auth0(auth0): maxTokenLifetime 2 days is not allowed (whole seconds, between 1 minute and 24 hours)",
    );
  });

  test("fails on a token lifetime below 1 minute", () => {
    expect(() => Issuer.google({ audience: "a", maxTokenLifetime: Duration.seconds(10) })).toThrow(
      "Issuer.google(google): maxTokenLifetime 10 seconds is not allowed (whole seconds, between 1 minute and 24 hours)",
    );
  });

  test("fails on a registered claim as the client-id claim", () => {
    expect(() => Issuer.oidc({ ...oidc, clientIdClaim: "aud" })).toThrow(
      "Issuer.oidc(acme-idp): clientIdClaim \"aud\" is not allowed (a claim name such as 'azp', 'cid' or 'client_id': 1-128 characters: letters, digits, '_' and '-', not starting with a digit or '-'; not one of iss, aud, exp, nbf, iat, jti)",
    );
  });

  test("fails on a malformed expected typ", () => {
    expect(() => Issuer.google({ audience: "a", expectedType: "J W T" })).toThrow(
      "Issuer.google(google): expectedType \"J W T\" is not allowed (a media type name such as 'JWT' or 'at+jwt')",
    );
  });

  test("fails on an empty required claim value", () => {
    expect(() => Issuer.oidc({ ...oidc, requiredClaims: { tid: "" } })).toThrow(
      "Issuer.oidc(acme-idp): requiredClaims.tid is empty (give the exact value the claim must have)",
    );
  });
});
