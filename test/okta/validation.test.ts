import { Duration } from "../../src/core/duration";
import { ClientPublicKey, defineOktaProvider, OktaGateAuthorization, OktaGateCallerProps } from "../../src/okta";
import { Secret } from "../../src/secrets/secret";
import { newStack } from "../helpers";
import { EC_JWK, RSA_JWK, rsaKey } from "./fixtures";

function build(callers: readonly OktaGateCallerProps[], extra: Record<string, unknown> = {}) {
  const { stack } = newStack();
  return new OktaGateAuthorization(stack, "Okta", { audience: "api://orders-gate", callers, ...extra });
}
const keyless = (name: string, products = ["nightly"]): OktaGateCallerProps => ({ name, products, publicKeys: [rsaKey()] });

describe("OktaGateAuthorization validation", () => {
  test("fails without callers", () => {
    expect(() => build([])).toThrow("test-stack/Okta: callers is empty (define at least one caller, or no one can call the gate)");
  });

  test("fails for a caller name used twice", () => {
    expect(() => build([keyless("ci"), keyless("ci")])).toThrow('test-stack/Okta: caller name "ci" is used twice (names are unique)');
  });

  test("fails for a caller name that is not a short lowercase name", () => {
    expect(() => build([keyless("CI Job")])).toThrow(
      "test-stack/Okta: caller name \"CI Job\" is not allowed (1-40 characters: lowercase letters, digits and '-', starting with a letter)",
    );
  });

  test("fails for a caller granted no product", () => {
    expect(() => build([keyless("ci", [])])).toThrow('test-stack/Okta: caller "ci" is granted no product (grant at least one, or it can trigger nothing)');
  });

  test("fails for a product listed twice", () => {
    expect(() => build([keyless("ci", ["nightly", "nightly"])])).toThrow('test-stack/Okta: caller "ci": product "nightly" is listed twice');
  });

  test("fails for a product that cannot be an Okta scope", () => {
    expect(() => build([keyless("ci", ["nightly runs"])])).toThrow(
      "test-stack/Okta: caller \"ci\": product \"nightly runs\" is not allowed (it becomes an Okta scope: letters, digits, '.', '_', ':' and '-', no spaces)",
    );
  });

  test("fails for a secret-based credential next to a keyless one", () => {
    const { stack } = newStack();
    const secret = new Secret(stack, "S", { secretId: "ci-okta" });
    expect(
      () => new OktaGateAuthorization(stack, "Okta", { audience: "api://g", callers: [{ ...keyless("ci"), clientSecret: { secret } }] }),
    ).toThrow('test-stack/Okta: caller "ci" has publicKeys and a clientSecret (no secret-based credential when a keyless one is configured; drop clientSecret)');
  });

  test("fails for a caller without any credential", () => {
    expect(() => build([{ name: "ci", products: ["nightly"] }])).toThrow(
      'test-stack/Okta: caller "ci" has no credential (give publicKeys for private_key_jwt, or a clientSecret)',
    );
  });

  test("fails for an empty key list", () => {
    expect(() => build([{ name: "ci", products: ["nightly"], publicKeys: [] }])).toThrow('test-stack/Okta: caller "ci": publicKeys is empty (give at least one public key)');
  });

  test("fails for a key id used twice by one caller", () => {
    expect(() => build([{ name: "ci", products: ["nightly"], publicKeys: [rsaKey(), rsaKey()] }])).toThrow(
      'test-stack/Okta: caller "ci": key id "deployer-2026-11" is used twice (kids are unique per caller)',
    );
  });

  test("fails for two callers sharing one secret", () => {
    const { stack } = newStack();
    const secret = new Secret(stack, "S", { secretId: "shared" });
    expect(
      () =>
        new OktaGateAuthorization(stack, "Okta", {
          audience: "api://g",
          callers: [
            { name: "a", products: ["x"], clientSecret: { secret } },
            { name: "b", products: ["x"], clientSecret: { secret } },
          ],
        }),
    ).toThrow('test-stack/Okta: caller "b": secret test-stack/S already holds the client secret of caller "a" (one secret per caller)');
  });

  test("fails for a client-secret rotation longer than a year", () => {
    const { stack } = newStack();
    const secret = new Secret(stack, "S", { secretId: "ci-okta" });
    expect(
      () => new OktaGateAuthorization(stack, "Okta", { audience: "api://g", callers: [{ name: "ci", products: ["x"], clientSecret: { secret, every: Duration.days(400) } }] }),
    ).toThrow('test-stack/Okta: caller "ci": clientSecret.every 400 days is not allowed (a whole number of minutes, from 1 hour to 365 days: a credential that lives longer than a year is not rotated in any useful sense)');
  });

  test("fails for a client-secret rotation shorter than an hour (the rotation schedule's rule)", () => {
    const { stack } = newStack();
    const secret = new Secret(stack, "S", { secretId: "ci-okta" });
    expect(
      () => new OktaGateAuthorization(stack, "Okta", { audience: "api://g", callers: [{ name: "ci", products: ["x"], clientSecret: { secret, every: Duration.minutes(30) } }] }),
    ).toThrow('test-stack/Okta: caller "ci": clientSecret.every 30 minutes is not allowed (a whole number of minutes, from 1 hour to 365 days: a credential that lives longer than a year is not rotated in any useful sense)');
  });

  test("fails for an empty audience", () => {
    expect(() => build([keyless("ci")], { audience: " " })).toThrow(`test-stack/Okta: audience " " is not allowed (the gate's audience, e.g. 'api://orders-gate')`);
  });

  test("fails for a token lifetime outside Okta's 5 minutes to 24 hours", () => {
    expect(() => build([keyless("ci")], { accessTokenLifetime: Duration.minutes(4) })).toThrow(
      "test-stack/Okta: accessTokenLifetime 4 minutes is not allowed (whole minutes from 5 minutes to 24 hours, Okta's limits)",
    );
    expect(() => build([keyless("ci")], { accessTokenLifetime: Duration.seconds(330) })).toThrow("accessTokenLifetime 330 seconds is not allowed");
    expect(() => build([keyless("ci")], { accessTokenLifetime: Duration.hours(25) })).toThrow("accessTokenLifetime 25 hours is not allowed");
  });

  test("fails for a server name Okta would refuse and a scope prefix with spaces", () => {
    expect(() => build([keyless("ci")], { name: "" })).toThrow(`test-stack/Okta: name "" is not allowed (1-80 letters, digits, spaces, '.', '_' and '-')`);
    expect(() => build([keyless("ci")], { scopePrefix: "gate " })).toThrow(
      "test-stack/Okta: scopePrefix \"gate \" is not allowed (letters, digits, '.', '_', ':' and '-')",
    );
  });
});

describe("ClientPublicKey", () => {
  test("fails for a JWK with private members, without echoing them", () => {
    let message = "";
    try {
      ClientPublicKey.fromJwk({ ...RSA_JWK, d: "PRIVATE-EXPONENT-PLACEHOLDER", p: "P-PLACEHOLDER" });
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toBe(
      'ClientPublicKey("deployer-2026-11"): the JWK has private member(s) d, p (give the public key only: kty, kid and n/e or crv/x/y; the private key must never leave the caller)',
    );
    expect(message).not.toContain("PLACEHOLDER");
  });

  test("fails for a symmetric key", () => {
    expect(() => ClientPublicKey.fromJwk({ kty: "oct", kid: "hmac", k: "c2VjcmV0" })).toThrow('ClientPublicKey("hmac"): the JWK has private member(s) k');
  });

  test("fails for an RSA modulus under 2048 bits", () => {
    expect(() => ClientPublicKey.rsa({ kid: "small", n: "AQAB".repeat(64), e: "AQAB" })).toThrow(
      'ClientPublicKey("small"): n is 256 base64url characters long (an RSA modulus of at least 2048 bits has at least 342)',
    );
  });

  test("fails for a missing or non-base64url member", () => {
    expect(() => ClientPublicKey.fromJwk({ kty: "RSA", kid: "k", e: "AQAB" })).toThrow(
      'ClientPublicKey("k"): n is missing or not base64url (the JWK\'s public n member, RFC 7518)',
    );
    expect(() => ClientPublicKey.ec({ ...EC_JWK, y: "not base64!" })).toThrow('ClientPublicKey("agent-p256"): y is missing or not base64url');
  });

  test("fails for an unknown curve or key type, and a bad kid", () => {
    expect(() => ClientPublicKey.ec({ ...EC_JWK, crv: "secp256k1" })).toThrow(
      'ClientPublicKey("agent-p256"): crv "secp256k1" is not allowed (one of P-256, P-384, P-521)',
    );
    expect(() => ClientPublicKey.fromJwk({ kty: "OKP", kid: "ed", x: "abc" })).toThrow('ClientPublicKey("ed"): kty "OKP" is not allowed (RSA or EC)');
    expect(() => ClientPublicKey.fromJwk({ ...RSA_JWK, kid: "has space" })).toThrow(
      'ClientPublicKey("has space"): kid "has space" is not allowed (1-255 characters without spaces)',
    );
  });

  test("keeps only the public members Okta takes", () => {
    expect(ClientPublicKey.fromJwk({ ...RSA_JWK, alg: "RS256", use: "sig" }).toOktaJwk()).toEqual({ kid: RSA_JWK.kid, kty: "RSA", n: RSA_JWK.n, e: "AQAB" });
  });
});

describe("defineOktaProvider", () => {
  test("fails for an org name that is a URL and an unknown base URL", () => {
    const { stack } = newStack();
    expect(() => defineOktaProvider(stack, { orgName: "https://acme.okta.com" })).toThrow(
      "test-stack: okta orgName \"https://acme.okta.com\" is not allowed (the first label of the org's host, e.g. 'acme' for acme.okta.com)",
    );
    expect(() => defineOktaProvider(stack, { orgName: "acme", baseUrl: "evil.example" })).toThrow(
      'test-stack: okta baseUrl "evil.example" is not allowed (one of okta.com, oktapreview.com, okta-emea.com, okta-gov.com, okta.mil)',
    );
  });
});
