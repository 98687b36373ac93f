// The offline provider's behaviour on decoded values, without Terraform: what validate refuses, what plan marks unknown
// or asks to replace, what apply writes, what data sources answer, and cty's msgpack encoding of unknown and dynamic
// values. The Terraform suites show the same behaviour end to end.
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { ROOT } from "../support/source-files";

/* eslint-disable @typescript-eslint/no-require-imports, @typescript-eslint/no-explicit-any */
const cty = require("../../scripts/terraform/cty.js");
const { ProviderModel } = require("../../scripts/terraform/provider-model.js");
/* eslint-enable @typescript-eslint/no-require-imports */

type Obj = Record<string, any>;

function model(file: string): any {
  const doc = JSON.parse(fs.readFileSync(path.join(ROOT, "schemas", "terraform", file), "utf8"));
  const [address, schemas] = Object.entries(doc.provider_schemas)[0];
  return new ProviderModel(address, schemas);
}
const google = model("google-6.50.0-with-7.45.0-extras.json");
const prefect = model("prefect-3.4.1.json");
const time = model("time-0.13.1.json");
const http = model("http-3.5.0.json");
google.configure({ project: "acme-data-prod", region: "europe-west1" });

/** A full object of `typeName` (every attribute null) with `values` set. */
function config(m: any, typeName: string, values: Obj, kind = "resource"): Obj {
  const type = m.typeOf(kind, typeName);
  return { ...Object.fromEntries(Object.keys(type.attrs).map((k) => [k, null])), ...values };
}
const isUnknown = (v: unknown) => cty.isUnknown(v);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe("validate", () => {
  test("refuses a known-null required attribute and a value for a computed-only attribute, naming the path", () => {
    const c = config(google, "google_apigee_api", { name: null, org_id: "acme", config_bundle: "b.zip", latest_revision_id: "3" });
    expect(google.validate("resource", "google_apigee_api", c)).toEqual([
      expect.objectContaining({ severity: 1, summary: "Invalid Configuration for Read-Only Attribute", attribute: { steps: [{ attribute_name: "latest_revision_id" }] } }),
      expect.objectContaining({ severity: 1, summary: "Missing Configuration for Required Attribute", attribute: { steps: [{ attribute_name: "name" }] } }),
    ]);
  });

  test("accepts unknown values (references) for required attributes, and checks inside nested blocks", () => {
    const ok = config(google, "google_apigee_api", { name: cty.UNKNOWN, org_id: "acme", config_bundle: "b.zip" });
    expect(google.validate("resource", "google_apigee_api", ok)).toEqual([]);
    const secret = config(google, "google_secret_manager_secret", {
      secret_id: "s",
      replication: [{ auto: null, user_managed: [{ replicas: [{ location: null, customer_managed_encryption: [] }] }] }],
    });
    expect(google.validate("resource", "google_secret_manager_secret", secret)).toEqual([
      expect.objectContaining({
        attribute: { steps: [{ attribute_name: "replication" }, { element_key_int: 0 }, { attribute_name: "user_managed" }, { element_key_int: 0 }, { attribute_name: "replicas" }, { element_key_int: 0 }, { attribute_name: "location" }] },
      }),
    ]);
  });
});

describe("plan", () => {
  test("on create: computed attributes left unset are unknown, write-only attributes null, provider defaults planned", () => {
    const c = config(google, "google_secret_manager_secret_version", { secret: "projects/p/secrets/s", secret_data_wo: "key", secret_data_wo_version: 1 });
    const { planned, requiresReplace } = google.plan("google_secret_manager_secret_version", null, c, c);
    expect(planned.secret_data_wo).toBeNull();
    expect(isUnknown(planned.name)).toBe(true);
    expect(isUnknown(planned.id)).toBe(true);
    expect(planned.secret).toBe("projects/p/secrets/s");
    expect(requiresReplace).toEqual([]);
    const d = config(prefect, "prefect_deployment", { name: "nightly", flow_id: "f" });
    const p = prefect.plan("prefect_deployment", null, d, d).planned;
    expect(p).toMatchObject({ paused: false, job_variables: "{}", tags: [] });
    expect(isUnknown(p.id)).toBe(true);
  });

  test("on update: prior computed values are kept; a changed ForceNew attribute asks for a replacement", () => {
    const prior = config(google, "google_apigee_environment_keyvaluemaps_entries", { env_keyvaluemap_id: "kvm", name: "deployment__x", value: "old", id: "kvm/entries/deployment__x" });
    const same = google.plan("google_apigee_environment_keyvaluemaps_entries", prior, prior, { ...prior, id: null });
    expect(same).toEqual({ planned: prior, requiresReplace: [] });
    const changedValue = { ...prior, value: cty.UNKNOWN };
    expect(google.plan("google_apigee_environment_keyvaluemaps_entries", prior, changedValue, { ...changedValue, id: null }).requiresReplace).toEqual([["value"]]);
  });

  test("ForceNew tables cover the developer app's consumer key, the revision deployment and the Prefect deployment's identity", () => {
    const app = config(google, "google_apigee_developer_app", { org_id: "organizations/o", developer_email: "d@x.invalid", name: "a", callback_url: "", consumer_key: "k1", id: "i" });
    expect(google.plan("google_apigee_developer_app", app, { ...app, consumer_key: "k2" }, { ...app, consumer_key: "k2" }).requiresReplace).toEqual([["consumer_key"]]);
    expect(google.plan("google_apigee_developer_app", app, { ...app, api_products: ["p"] }, { ...app, api_products: ["p"] }).requiresReplace).toEqual([]);
    const dep = config(google, "google_apigee_environment_api_revision_deployment", { org_id: "o", environment: "prod", api: "gate", revision: 1, id: "i" });
    expect(google.plan("google_apigee_environment_api_revision_deployment", dep, { ...dep, revision: cty.UNKNOWN }, dep).requiresReplace).toEqual([["revision"]]);
    const d = config(prefect, "prefect_deployment", { name: "nightly", flow_id: "f", workspace_id: "w", id: "i", description: "d" });
    for (const attr of ["name", "flow_id", "workspace_id"]) {
      expect(prefect.plan("prefect_deployment", d, { ...d, [attr]: "new" }, { ...d, [attr]: "new" }).requiresReplace).toEqual([[attr]]);
    }
    expect(prefect.plan("prefect_deployment", d, { ...d, description: "e" }, { ...d, description: "e" }).requiresReplace).toEqual([]);
  });

  test("a new proxy bundle makes latest_revision_id unknown again, so the revision deployment follows it", () => {
    const prior = config(google, "google_apigee_api", { name: "gate", org_id: "o", config_bundle: "b.zip", detect_md5hash: "h1", latest_revision_id: "1", id: "organizations/o/apis/gate" });
    const next = { ...prior, detect_md5hash: "h2" };
    const { planned } = google.plan("google_apigee_api", prior, next, { ...next, latest_revision_id: null, id: null });
    expect(isUnknown(planned.latest_revision_id)).toBe(true);
    expect(planned.id).toBe(prior.id);
    expect(google.apply("google_apigee_api", prior, planned).latest_revision_id).toBe("2");
  });

  test("a plugin-framework update marks computed attributes unknown unless the provider keeps them", () => {
    const prior = config(prefect, "prefect_service_account", { name: "gate", id: "i", created: "c", updated: "u", api_key: "pnb_x", api_key_expiration: "2026-02-01T00:00:00Z", account_role_name: "Member", old_key_expires_in_seconds: 0 });
    const next = { ...prior, api_key_expiration: "2026-03-01T00:00:00Z" };
    const { planned } = prefect.plan("prefect_service_account", prior, next, { ...next, id: null, created: null, updated: null, api_key: null });
    expect(isUnknown(planned.api_key)).toBe(true);
    expect(isUnknown(planned.updated)).toBe(true);
    expect(planned.id).toBe("i");
    expect(planned.account_role_name).toBe("Member");
  });
});

describe("apply", () => {
  test("placeholders have the shape of the real values and are the same on every run", () => {
    const c = config(google, "google_service_account", { account_id: "orders-backfiller" });
    const planned = google.plan("google_service_account", null, c, c).planned;
    const state = google.apply("google_service_account", null, planned);
    expect(state).toMatchObject({
      project: "acme-data-prod",
      email: "orders-backfiller@acme-data-prod.iam.gserviceaccount.com",
      id: "projects/acme-data-prod/serviceAccounts/orders-backfiller@acme-data-prod.iam.gserviceaccount.com",
    });
    expect(state.unique_id).toMatch(/^\d{21}$/);
    expect(google.apply("google_service_account", null, planned)).toEqual(state);

    const d = config(prefect, "prefect_deployment", { name: "nightly", flow_id: "f" });
    const applied = prefect.apply("prefect_deployment", null, prefect.plan("prefect_deployment", null, d, d).planned);
    expect(applied.id).toMatch(UUID);
    expect(applied.created).toBe("2026-01-01T00:00:00Z");

    const r = config(time, "time_rotating", { rotation_days: 30 });
    expect(time.apply("time_rotating", null, time.plan("time_rotating", null, r, r).planned)).toMatchObject({
      rfc3339: "2026-01-01T00:00:00Z",
      rotation_rfc3339: "2026-01-31T00:00:00Z",
      unix: 1767225600,
      year: 2026,
    });
  });
});

describe("data sources", () => {
  test("data.http answers OIDC discovery documents from fixtures, and 404 for other URLs", () => {
    const read = (url: string) => http.readData("http", config(http, "http", { url }, "data"));
    const google = read("https://accounts.google.com/.well-known/openid-configuration");
    expect(google.status_code).toBe(200);
    expect(JSON.parse(google.response_body)).toMatchObject({ issuer: "https://accounts.google.com", jwks_uri: "https://www.googleapis.com/oauth2/v3/certs" });
    const keycloak = JSON.parse(read("https://sso.other.example/realms/ops/.well-known/openid-configuration").response_body);
    expect(keycloak).toMatchObject({ issuer: "https://sso.other.example/realms/ops", jwks_uri: "https://sso.other.example/realms/ops/protocol/openid-connect/certs" });
    expect(read("https://example.com/other").status_code).toBe(404);
  });

  test("a Prefect workspace looked up by handle gets the same UUID on every read", () => {
    const read = () => prefect.readData("prefect_workspace", config(prefect, "prefect_workspace", { handle: "data-prod" }, "data"));
    expect(read().id).toMatch(UUID);
    expect(read()).toEqual(read());
  });
});

describe("cty msgpack", () => {
  test("unknown values (plain or refined) and dynamic values survive a round trip", () => {
    const t = cty.parseType(["object", { a: "string", b: "dynamic", c: ["list", "number"] }]);
    const refined = new cty.Unknown(12, new Uint8Array([0x81, 0x01, 0xc3]));
    const v = { a: refined, b: new cty.Dynamic(cty.parseType(["list", "string"]), ["x"]), c: [1, cty.UNKNOWN] };
    const back = cty.decodeDynamicValue(cty.encodeDynamicValue(v), t);
    expect(back.a).toBeInstanceOf(cty.Unknown);
    expect([back.a.ext, [...back.a.data]]).toEqual([12, [0x81, 0x01, 0xc3]]);
    expect(back.b).toEqual(v.b);
    expect(back.c[0]).toBe(1);
    expect(cty.isUnknown(back.c[1])).toBe(true);
  });
});

describe("the Terraform session", () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { pinnedTerraformVersion } = require("../../scripts/terraform/offline-terraform.js");
  test("refuses a terraform binary that is not 1.11.x", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "fake-terraform-"));
    const fake = (version: string) => {
      const bin = path.join(dir, `terraform-${version}`);
      fs.writeFileSync(bin, `#!/bin/sh\necho '{"terraform_version":"${version}"}'\n`, { mode: 0o755 });
      return bin;
    };
    expect(pinnedTerraformVersion(fake("1.11.4"))).toBe("1.11.4");
    expect(() => pinnedTerraformVersion(fake("1.12.0"))).toThrow("terraform 1.12.0 at");
    expect(() => pinnedTerraformVersion(fake("1.12.0"))).toThrow("pinned to Terraform 1.11.x");
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
