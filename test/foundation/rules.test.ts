// The shared naming rules accept and refuse what their documentation says.
import { KNOWN_GOOGLE_CLOUD_REGIONS, unknownRegionWarning } from "../../src/core/regions";
import {
  APIGEE_PRODUCT_NAME,
  CLAIM_NAME,
  GATE_BASE_PATH,
  HOSTNAME,
  IAM_MEMBER,
  KMS_KEY_NAME,
  LOG_BUCKET_LOCATION,
  NameRule,
  PIPELINE_ID,
  PRODUCT_NAME,
  PROJECT_ID,
  PROXY_BASE_PATH,
  PUBSUB_NAME,
  REGION,
  ruleProblem,
  SERVICE_ACCOUNT_EMAIL,
  UUID,
} from "../../src/core/rules";

const accepts = (rule: NameRule, values: string[]) => expect(values.filter((v) => !rule.pattern.test(v))).toEqual([]);
const refuses = (rule: NameRule, values: string[]) => expect(values.filter((v) => rule.pattern.test(v))).toEqual([]);

test("HOSTNAME: lowercase DNS names of two labels or more; never an IPv4 address, a scheme, a port or a wildcard", () => {
  accepts(HOSTNAME, ["api.acme.example", "acme.okta.com", "a.b", "gitlab.acme-corp.example", "xn--80ak6aa92e.xn--p1ai", "1api.example"]);
  refuses(HOSTNAME, ["localhost", "10.0.0.1", "API.acme.example", "https://api.acme.example", "api.acme.example:443", "*.acme.example", "-a.example", "a-.example", "a..example", `${"a".repeat(64)}.example`]);
});

test("UUID: the lowercase 8-4-4-4-12 form only", () => {
  accepts(UUID, ["6f1c2a3b-0000-4000-8000-000000000001"]);
  refuses(UUID, ["6F1C2A3B-0000-4000-8000-000000000001", "common", "6f1c2a3b00004000800000000000001", "{6f1c2a3b-0000-4000-8000-000000000001}"]);
});

test("PROJECT_ID: 6-30 characters, a letter first, no hyphen last", () => {
  accepts(PROJECT_ID, ["acme-data-prod", "abcdef"]);
  refuses(PROJECT_ID, ["acme", "Acme-data", "acme-data-", "1acme-data", "acme_data_prod", "a".repeat(31)]);
});

test("IAM_MEMBER: the principal kinds grants use; never public", () => {
  accepts(IAM_MEMBER, ["serviceAccount:ci@acme.iam.gserviceaccount.com", "group:oncall@acme.example", "domain:acme.example", "principalSet://iam.googleapis.com/projects/1/locations/global/workloadIdentityPools/p/*"]);
  refuses(IAM_MEMBER, ["allUsers", "allAuthenticatedUsers", "ci@acme.iam.gserviceaccount.com", "serviceAccount:", "principalSet://example.com/x"]);
});

test("SERVICE_ACCOUNT_EMAIL: an account id at a Google service-account domain", () => {
  accepts(SERVICE_ACCOUNT_EMAIL, ["orders-gate-rt@acme-data-prod.iam.gserviceaccount.com", "service-123456@gcp-sa-secretmanager.iam.gserviceaccount.com"]);
  refuses(SERVICE_ACCOUNT_EMAIL, ["me@gmail.com", "Orders-gate@acme.iam.gserviceaccount.com", "gate@acme.iam.gserviceaccount.com"]);
});

test("REGION is a shape; the known regions are a sorted list of that shape, and an unknown one is a warning", () => {
  accepts(REGION, ["europe-west1", "us-central1", "northamerica-south1"]);
  refuses(REGION, ["europe", "Europe-west1", "eu", "europe-west1-b"]);
  expect(KNOWN_GOOGLE_CLOUD_REGIONS.filter((r) => !REGION.pattern.test(r))).toEqual([]);
  expect([...KNOWN_GOOGLE_CLOUD_REGIONS].sort()).toEqual(KNOWN_GOOGLE_CLOUD_REGIONS);
  expect(new Set(KNOWN_GOOGLE_CLOUD_REGIONS).size).toBe(KNOWN_GOOGLE_CLOUD_REGIONS.length);
  expect(unknownRegionWarning("google.region", "europe-west1")).toBeUndefined();
  expect(unknownRegionWarning("google.region", "europe-west7")).toMatch(/^google.region "europe-west7" is not one of the Google Cloud regions this library knows/);
});

test("LOG_BUCKET_LOCATION: global, a multi-region or a region", () => {
  accepts(LOG_BUCKET_LOCATION, ["global", "eu", "us", "europe-west1"]);
  refuses(LOG_BUCKET_LOCATION, ["Europe", "europe-west1-b", ""]);
});

test("KMS_KEY_NAME captures the key's location", () => {
  expect(KMS_KEY_NAME.pattern.exec("projects/acme-kms/locations/europe-west1/keyRings/audit/cryptoKeys/logs")?.[1]).toBe("europe-west1");
  refuses(KMS_KEY_NAME, ["my-key", "projects/p/locations/eu/keyRings/r/cryptoKeys/k/cryptoKeyVersions/1", "projects/p/locations/eu/keyRings/r r/cryptoKeys/k"]);
});

test("PUBSUB_NAME: 3-255 characters, a letter first, never goog", () => {
  accepts(PUBSUB_NAME, ["orders-gate-status", "a.b~c+d%e"]);
  refuses(PUBSUB_NAME, ["ab", "1-topic", "google-rotations", "GOOG-x", "a b"]);
});

test("a pipeline's product name, behind its pipeline id, is always an Apigee product name", () => {
  accepts(PRODUCT_NAME, ["nightly", "a", "ml.batch_v2-eu", "a".repeat(40)]);
  refuses(PRODUCT_NAME, ["Nightly", "nightly runs", "n$", "9lives", "a".repeat(41)]);
  for (const name of ["nightly", "ml.batch_v2-eu", "a".repeat(40)]) {
    for (const id of ["or", "orders", "a".repeat(21)]) {
      expect(PIPELINE_ID.pattern.test(id)).toBe(true);
      expect(APIGEE_PRODUCT_NAME.pattern.test(`${id}-${name}`)).toBe(true);
    }
  }
  accepts(APIGEE_PRODUCT_NAME, ["Nightly runs $1 %"]);
  refuses(APIGEE_PRODUCT_NAME, ["a/b", "", "a\nb"]);
});

test("CLAIM_NAME: a name that can sit in an Apigee flow variable", () => {
  accepts(CLAIM_NAME, ["azp", "cid", "client_id", "_x-y"]);
  refuses(CLAIM_NAME, ["app.id", "urn:claim", "1st", "-x", ""]);
});

test("base paths: a proxy may serve '/', a gate has at least one segment", () => {
  accepts(PROXY_BASE_PATH, ["/", "/orders", "/a/b.c~d"]);
  refuses(PROXY_BASE_PATH, ["", "orders", "/orders/", "//orders", "/or%20ders"]);
  accepts(GATE_BASE_PATH, ["/orders", "/a/b"]);
  refuses(GATE_BASE_PATH, ["/", "orders", "/orders/", "/a//b"]);
});

test("ruleProblem names the path, the field, the value and what is allowed", () => {
  expect(ruleProblem("stack/orders", "apigee.basePath", "orders", GATE_BASE_PATH)).toBe(
    `stack/orders: apigee.basePath "orders" is not allowed (${GATE_BASE_PATH.allowed})`,
  );
  expect(ruleProblem("stack/orders", "apigee.basePath", "/orders", GATE_BASE_PATH)).toBeUndefined();
});
