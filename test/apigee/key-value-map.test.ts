import { TerraformVariable } from "cdktf";
import { ApigeeEnvironment } from "../../src/apigee/environment";
import { KeyValueMap } from "../../src/apigee/key-value-map";
import { synthJson } from "../helpers";
import { apigeeStack, only, onlyName } from "./fixtures";

describe("KeyValueMap", () => {
  test("defines the map in the environment id form (by reference to a defined environment) and one entry per key, apply-time values as references", () => {
    const { stack, env } = apigeeStack();
    const deploymentId = new TerraformVariable(stack, "deployment_id", { type: "string" });
    new KeyValueMap(stack, "Config", {
      environment: env,
      mapName: "gate-config",
      entries: [
        { key: "jwks-uri-okta", value: "https://acme.okta.com/oauth2/aus1abc/v1/keys" },
        { key: "deployment.orders-etl-nightly", value: deploymentId.stringValue },
        { key: "token-issuer", value: "https://acme.okta.com/oauth2/aus1abc" },
      ],
    });
    const json = synthJson(stack);
    const kvm = onlyName(json, "google_apigee_environment_keyvaluemaps");
    expect(only(json, "google_apigee_environment_keyvaluemaps")).toEqual({
      env_id: `organizations/acme-data-prod/environments/\${google_apigee_environment.${onlyName(json, "google_apigee_environment")}.name}`,
      name: "gate-config",
      timeouts: { create: "5m", delete: "5m" },
    });
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const entries = Object.values(json.resource.google_apigee_environment_keyvaluemaps_entries).sort((a: any, b: any) => a.name.localeCompare(b.name));
    expect(entries).toEqual([
      { env_keyvaluemap_id: `\${google_apigee_environment_keyvaluemaps.${kvm}.id}`, name: "deployment.orders-etl-nightly", value: "${var.deployment_id}", timeouts: { create: "5m", delete: "5m" } },
      { env_keyvaluemap_id: `\${google_apigee_environment_keyvaluemaps.${kvm}.id}`, name: "jwks-uri-okta", value: "https://acme.okta.com/oauth2/aus1abc/v1/keys", timeouts: { create: "5m", delete: "5m" } },
      { env_keyvaluemap_id: `\${google_apigee_environment_keyvaluemaps.${kvm}.id}`, name: "token-issuer", value: "https://acme.okta.com/oauth2/aus1abc", timeouts: { create: "5m", delete: "5m" } },
    ]);
  });

  const REFUSAL = (path: string, key: string, why: string) =>
    `${path}: entry ${JSON.stringify(key)} is refused because ${why} (key value map entries are clear text in Terraform state and ForceNew; ` +
    "store secrets in a Secret from src/secrets and grant the proxy's runtime service account read on it)";

  test("fails on an entry declared secret, pointing to Secret", () => {
    const { stack, env } = apigeeStack();
    const kvm = new KeyValueMap(stack, "Config", { environment: env, mapName: "gate-config" });
    expect(() => kvm.addEntry({ key: "upstream", value: "x", secret: true })).toThrow(REFUSAL("apigee/Config", "upstream", "it is declared secret"));
  });

  test.each(["prefect-api-key", "client_secret", "db.password", "refresh-token", "signing-key", "credentials", "private-jwk", "apikey"])(
    "fails on an entry whose key names a secret: %s",
    (key) => {
      const { stack, env } = apigeeStack();
      const kvm = new KeyValueMap(stack, "Config", { environment: env, mapName: "gate-config" });
      expect(() => kvm.addEntry({ key, value: "x" })).toThrow(REFUSAL("apigee/Config", key, "its key names a secret"));
    },
  );

  test.each(["key-id", "token-issuer", "token_endpoint", "api-key-header", "client-secret-name", "jwks-uri", "monkey-count"])(
    "accepts a key that names something public: %s",
    (key) => {
      const { stack, env } = apigeeStack();
      const kvm = new KeyValueMap(stack, "Config", { environment: env, mapName: "gate-config" });
      expect(() => kvm.addEntry({ key, value: "x" })).not.toThrow();
    },
  );

  test("fails on a PEM private key value under an innocent key", () => {
    const { stack, env } = apigeeStack();
    const kvm = new KeyValueMap(stack, "Config", { environment: env, mapName: "gate-config" });
    expect(() => kvm.addEntry({ key: "upstream-cert", value: "-----BEGIN RSA PRIVATE KEY-----\nplaceholder\n" })).toThrow(
      REFUSAL("apigee/Config", "upstream-cert", "its value is a PEM private key"),
    );
  });

  test("fails on a duplicate key, a bad key and a bad map name", () => {
    const { stack, env } = apigeeStack();
    const kvm = new KeyValueMap(stack, "Config", { environment: env, mapName: "gate-config" });
    kvm.addEntry({ key: "a", value: "1" });
    expect(() => kvm.addEntry({ key: "a", value: "2" })).toThrow('apigee/Config: entry key "a" is added twice');
    expect(() => kvm.addEntry({ key: "a b", value: "2" })).toThrow(
      "apigee/Config: entry key \"a b\" is not allowed (a literal of 1-255 letters, digits, '.', '_' and '-')",
    );
    expect(() => new KeyValueMap(stack, "Bad", { environment: env, mapName: "gate config" })).toThrow(
      "apigee/Bad: mapName \"gate config\" is not allowed (1-255 characters: letters, digits, '.', '_' and '-', starting with a letter or digit)",
    );
  });

  test("a map in an imported environment has no depends_on; importing a map defines nothing", () => {
    const { stack, org } = apigeeStack();
    const env = ApigeeEnvironment.fromEnvironmentName(stack, "Test", org, "test");
    new KeyValueMap(stack, "Config", { environment: env, mapName: "gate-config" });
    const imported = KeyValueMap.fromMapName(stack, "Old", env, "old-config");
    expect(imported.keyValueMapId).toBe("organizations/acme-data-prod/environments/test/keyvaluemaps/old-config");
    const maps = synthJson(stack).resource.google_apigee_environment_keyvaluemaps;
    expect(Object.values(maps)).toEqual([{ env_id: "organizations/acme-data-prod/environments/test", name: "gate-config", timeouts: { create: "5m", delete: "5m" } }]);
  });
});
