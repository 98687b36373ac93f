import { Caller } from "../../src/identity/caller";
import { GateIdentities } from "../../src/identity/gate-identities";
import { Issuer } from "../../src/identity/issuer";
import { JwtAlgorithm } from "../../src/identity/jwt-algorithm";
import { callerManifest, stackTokenResolver } from "../../src/identity/manifest-entries";
import { Principal } from "../../src/identity/principal";
import { applyTimeFields, newStack, synthJson } from "../helpers";

const okta = Issuer.okta({ domain: "acme.okta.com", authorizationServerId: "aus1abc2def", audience: "api://orders-gate" });
const google = Issuer.google({ audience: "https://api.acme.example/orders" });
const SCHEDULER = Principal.serviceAccount("scheduler@acme-data-prod.iam.gserviceaccount.com");

describe("Caller.client", () => {
  test("binds to its client id, issuer, products and description", () => {
    const { stack } = newStack();
    const config = Caller.client("0oa1ci-deployer", { issuer: "okta", products: ["nightly", "adhoc"], description: "CI deployer" }).bind(stack);
    expect(callerManifest(config, stackTokenResolver(stack))).toEqual({
      clientId: "0oa1ci-deployer",
      issuer: "okta",
      products: ["nightly", "adhoc"],
      description: "CI deployer",
    });
    expect(synthJson(stack).resource).toBeUndefined();
  });
});

describe("Caller.googleServiceAccount", () => {
  const sa = () =>
    Caller.googleServiceAccount({
      accountId: "orders-scheduler",
      tokenCreators: [SCHEDULER, Principal.group("data-oncall@acme.example")],
      products: ["nightly"],
      description: "Cloud Scheduler job that starts the nightly run",
    });

  test("defines the service account and grants token creation on it only, to the principals named", () => {
    const { stack } = newStack();
    sa().bind(stack);
    const resource = synthJson(stack).resource;
    expect(Object.values(resource.google_service_account)).toEqual([
      { account_id: "orders-scheduler", display_name: "orders-scheduler", description: "Cloud Scheduler job that starts the nightly run" },
    ]);
    const saName = `\${google_service_account.${Object.keys(resource.google_service_account)[0]}.name}`;
    expect(Object.values(resource.google_service_account_iam_member)).toEqual([
      { service_account_id: saName, role: "roles/iam.serviceAccountTokenCreator", member: SCHEDULER.member },
      { service_account_id: saName, role: "roles/iam.serviceAccountTokenCreator", member: "group:data-oncall@acme.example" },
    ]);
    expect(resource.google_project_iam_member).toBeUndefined();
  });

  test("its client id is the account's unique id, an apply-time value recorded as a tfRef", () => {
    const { stack } = newStack();
    const config = sa().bind(stack);
    const manifest = callerManifest(config, stackTokenResolver(stack));
    expect(manifest.clientId).toEqual({ tfRef: expect.stringMatching(/^google_service_account\.CallerServiceAccount-orders-scheduler_[0-9A-F]{8}\.unique_id$/) });
    expect(manifest.issuer).toBe("google");
  });

  test("binding the same caller twice in a stack defines one service account", () => {
    const { stack } = newStack();
    const caller = sa();
    expect(caller.bind(stack).serviceAccount).toBe(caller.bind(stack).serviceAccount);
    expect(Object.keys(synthJson(stack).resource.google_service_account)).toHaveLength(1);
  });

  test("fails on a bad account id", () => {
    expect(() => Caller.googleServiceAccount({ accountId: "Orders", tokenCreators: [SCHEDULER], products: ["p"] })).toThrow(
      'Caller.googleServiceAccount("Orders"): accountId "Orders" is not allowed (6-30 characters: lowercase letters, digits and hyphens, starting with a letter and ending with a letter or digit)',
    );
  });

  test("fails without token creators", () => {
    expect(() => Caller.googleServiceAccount({ accountId: "orders-scheduler", tokenCreators: [], products: ["p"] })).toThrow(
      'Caller.googleServiceAccount("orders-scheduler"): tokenCreators is empty (name the principals that may mint this caller\'s tokens)',
    );
  });

  test("fails on a public token creator, even from a principal of the caller's own making", () => {
    expect(() => Caller.googleServiceAccount({ accountId: "orders-scheduler", tokenCreators: [{ member: "allUsers" }], products: ["p"] })).toThrow(
      'Caller.googleServiceAccount("orders-scheduler"): tokenCreators member "allUsers" is not allowed (an IAM principal such as ' +
        "'serviceAccount:ci@acme.iam.gserviceaccount.com', 'user:', 'group:', 'domain:', 'principal://' or 'principalSet://'; never allUsers or allAuthenticatedUsers)",
    );
  });
});

describe("caller validation", () => {
  test("fails without products", () => {
    expect(() => Caller.client("0oa1", { issuer: "okta", products: [] })).toThrow(
      'Caller.client("0oa1"): products is empty (grant at least one product, or the caller can trigger nothing)',
    );
  });

  test("fails on a product listed twice", () => {
    expect(() => Caller.client("0oa1", { issuer: "okta", products: ["a", "a"] })).toThrow('Caller.client("0oa1"): product "a" is listed twice');
  });

  test("fails on a malformed product name", () => {
    expect(() => Caller.client("0oa1", { issuer: "okta", products: ["a/b"] })).toThrow(
      "Caller.client(\"0oa1\"): product \"a/b\" is not allowed (1-40 characters: lowercase letters, digits, '.', '_' and '-', starting with a letter; a product of the pipeline)",
    );
  });

  test("fails on a client id with spaces", () => {
    expect(() => Caller.client("ci deployer", { issuer: "okta", products: ["a"] })).toThrow(
      'Caller.client("ci deployer"): clientId "ci deployer" is not allowed (1-255 characters without spaces, as the IdP issued it)',
    );
  });

  test("fails on a malformed issuer name", () => {
    expect(() => Caller.client("0oa1", { issuer: "Okta", products: ["a"] })).toThrow(
      "Caller.client(\"0oa1\"): issuer \"Okta\" is not allowed (1-32 characters: lowercase letters, digits and '-', starting with a letter; the short name of an issuer, e.g. 'okta')",
    );
  });

  test("fails on a description over 256 characters", () => {
    expect(() => Caller.client("0oa1", { issuer: "okta", products: ["a"], description: "x".repeat(257) })).toThrow(
      'Caller.client("0oa1"): description is 257 characters long (at most 256)',
    );
  });
});

describe("GateIdentities", () => {
  test("binds issuers and callers and produces the manifest's issuers and clients", () => {
    const { stack } = newStack();
    const ids = new GateIdentities(stack, "Identities", {
      issuers: [okta, google],
      callers: [
        Caller.client("0oa1ci-deployer", { issuer: "okta", products: ["nightly"] }),
        Caller.googleServiceAccount({ accountId: "orders-scheduler", tokenCreators: [SCHEDULER], products: ["nightly"] }),
      ],
    });
    const manifest = ids.toManifest(stackTokenResolver(stack));
    expect(manifest.issuers.map((i) => i.name)).toEqual(["okta", "google"]);
    expect(manifest.clients.map((c) => [c.issuer, typeof c.clientId === "string" ? c.clientId : "tfRef"])).toEqual([
      ["okta", "0oa1ci-deployer"],
      ["google", "tfRef"],
    ]);
    expect(ids.issuers.map(applyTimeFields)).toEqual([{}, {}]);
  });

  test("a discovered issuer's JWKS URI is an apply-time value (a gate reads it from its KVM)", () => {
    const { stack } = newStack();
    const ids = new GateIdentities(stack, "Identities", {
      issuers: [Issuer.oidc({ name: "acme-idp", issuerUrl: "https://idp.acme.example", audiences: ["a"], discoverJwksUri: true, clientIdClaim: "client_id", algorithms: [JwtAlgorithm.RS256] })],
    });
    expect(ids.issuers.map((i) => Object.keys(applyTimeFields(i)))).toEqual([["jwksUri"]]);
  });

  test("the same client id may be registered at two issuers", () => {
    const { stack } = newStack();
    const ids = new GateIdentities(stack, "Identities", {
      issuers: [okta, Issuer.auth0({ domain: "acme.auth0.com", audience: "a" })],
      callers: [Caller.client("shared-id", { issuer: "okta", products: ["a"] }), Caller.client("shared-id", { issuer: "auth0", products: ["a"] })],
    });
    expect(ids.callers).toHaveLength(2);
  });

  test("fails without issuers", () => {
    const { stack } = newStack();
    expect(() => new GateIdentities(stack, "Identities", { issuers: [] })).toThrow("test-stack/Identities: issuers is empty (trust at least one identity provider)");
  });

  test("fails on two issuers with one name", () => {
    const { stack } = newStack();
    expect(() => new GateIdentities(stack, "Identities", { issuers: [okta, Issuer.okta({ domain: "other.okta.com", authorizationServerId: "default", audience: "a" })] })).toThrow(
      'test-stack/Identities: issuer name "okta" is used twice (give each issuer its own name)',
    );
  });

  test("fails on a caller of an unknown issuer", () => {
    const { stack } = newStack();
    expect(() => new GateIdentities(stack, "Identities", { issuers: [okta, google], callers: [Caller.client("0oa1", { issuer: "entra", products: ["a"] })] })).toThrow(
      'test-stack/Identities: caller "0oa1" refers to issuer "entra", which is not one of "okta", "google"',
    );
  });

  test("fails on a client id used twice at one issuer", () => {
    const { stack } = newStack();
    expect(
      () =>
        new GateIdentities(stack, "Identities", {
          issuers: [okta],
          callers: [Caller.client("0oa1", { issuer: "okta", products: ["a"] }), Caller.client("0oa1", { issuer: "okta", products: ["b"] })],
        }),
    ).toThrow('test-stack/Identities: client id "0oa1" appears twice for issuer "okta" (client ids are unique per issuer)');
  });

  test("fails on one service account declared twice as a caller", () => {
    const { stack } = newStack();
    const sa = () => Caller.googleServiceAccount({ accountId: "orders-scheduler", tokenCreators: [SCHEDULER], products: ["a"] });
    expect(() => new GateIdentities(stack, "Identities", { issuers: [google], callers: [sa(), sa()] })).toThrow(
      'test-stack/Identities: client id "serviceAccount:orders-scheduler" appears twice for issuer "google" (client ids are unique per issuer)',
    );
  });

  test("fails on a service-account caller bound to a non-Google issuer", () => {
    const { stack } = newStack();
    const sa = Caller.googleServiceAccount({ accountId: "orders-scheduler", tokenCreators: [SCHEDULER], products: ["a"], issuer: "okta" });
    expect(() => new GateIdentities(stack, "Identities", { issuers: [okta], callers: [sa] })).toThrow(
      'test-stack/Identities: caller "serviceAccount:orders-scheduler" is a Google service account but issuer "okta" is ' +
        "https://acme.okta.com/oauth2/aus1abc2def (its ID tokens are issued by https://accounts.google.com; refer to an Issuer.google)",
    );
  });
});
