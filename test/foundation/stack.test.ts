import * as fs from "fs";
import * as path from "path";
import { Backend, GatedPipelineAdminStack, GatedPipelineStack } from "../../src";
import { ACCOUNT_ID, fullSynthDir, newStack, STACK_PROPS, synthJson } from "../helpers";
import { TerraformOutput, TerraformStack, Testing } from "cdktf";

describe("GatedPipelineStack version constraints", () => {
  const json = synthJson(newStack().stack);

  test("asks for google 7.x, not the 6.50.0 the prebuilt package pins", () => {
    expect(json.terraform.required_providers.google).toEqual({ source: "hashicorp/google", version: ">= 7.43.0, < 8.0.0" });
  });

  test("pins prefect to the version of the generated bindings", () => {
    expect(json.terraform.required_providers.prefect).toEqual({ source: "prefecthq/prefect", version: "3.4.1" });
  });

  test("pins time, http and random exactly", () => {
    // The prebuilt packages write these exact pins (the short sources mean hashicorp/<name> to Terraform).
    expect(json.terraform.required_providers.time.version).toBe("0.13.1");
    expect(json.terraform.required_providers.http.version).toBe("3.5.0");
    expect(json.terraform.required_providers.random.version).toBe("3.7.2");
  });

  test("requires Terraform >= 1.11 for write-only attributes", () => {
    expect(json.terraform.required_version).toBe(">= 1.11");
  });

  test("configures the providers without any credential", () => {
    expect(json.provider.google).toEqual([{ project: "acme-data-prod", region: "europe-west1" }]);
    expect(json.provider.prefect).toEqual([{ account_id: ACCOUNT_ID }]);
    expect(JSON.stringify(json.provider)).not.toMatch(/api_key|credentials|access_token/);
  });
});

describe("backend", () => {
  test("the default local backend uses the exact relative path to the project root", () => {
    const json = synthJson(newStack("orders-gate-prod").stack);
    expect(json.terraform.backend).toEqual({ local: { path: "../../../terraform.orders-gate-prod.tfstate" } });
  });

  test("Backend.gcs writes bucket and prefix", () => {
    const { stack } = newStack("s", { backend: Backend.gcs({ bucket: "acme-tfstate", prefix: "gates/orders-prod" }) });
    expect(synthJson(stack).terraform.backend).toEqual({ gcs: { bucket: "acme-tfstate", prefix: "gates/orders-prod" } });
  });

  test("fails on a bad bucket name", () => {
    expect(() => Backend.gcs({ bucket: "Bad_Bucket!", prefix: "x" })).toThrow(
      'Backend.gcs: bucket "Bad_Bucket!" is not a valid bucket name (3-222 characters: lowercase letters, digits, \'.\', \'_\', \'-\', starting and ending with a letter or digit)',
    );
  });

  test("fails on an absolute prefix", () => {
    expect(() => Backend.gcs({ bucket: "acme-tfstate", prefix: "/gates" })).toThrow(
      'Backend.gcs: prefix "/gates" must be a non-empty folder path without a leading \'/\'',
    );
  });
});

describe("stack validation", () => {
  test("fails on a bad project id, naming the stack path", () => {
    const app = Testing.app();
    expect(() => new GatedPipelineStack(app, "bad", { ...STACK_PROPS, google: { project: "Acme_Prod", region: "europe-west1" } })).toThrow(
      'bad: google.project "Acme_Prod" is not allowed (a project id: 6-30 characters, lowercase letters, digits and hyphens, starting with a letter and not ending with a hyphen)',
    );
  });

  test("fails on a bad region", () => {
    const app = Testing.app();
    expect(() => new GatedPipelineStack(app, "bad", { ...STACK_PROPS, google: { project: "acme-data-prod", region: "europe" } })).toThrow(
      'bad: google.region "europe" is not allowed (a region name such as europe-west1)',
    );
  });

  test("fails on a Prefect account id that is not a UUID", () => {
    const app = Testing.app();
    expect(() => new GatedPipelineStack(app, "bad", { ...STACK_PROPS, prefect: { accountId: "acme" } })).toThrow(
      'bad: prefect.accountId "acme" is not allowed (a UUID in lowercase hex, 8-4-4-4-12 digits, e.g. 6f1c2a3b-0000-4000-8000-000000000000)',
    );
  });

  test("fails on a non-https Prefect endpoint", () => {
    const app = Testing.app();
    expect(() => new GatedPipelineStack(app, "bad", { ...STACK_PROPS, prefect: { accountId: ACCOUNT_ID, endpoint: "http://prefect.local" } })).toThrow(
      'bad: prefect.endpoint "http://prefect.local" is not allowed (an https URL)',
    );
  });
});

describe("synthesized output", () => {
  test("holds no absolute path and is byte-identical across two synths", () => {
    const first = fs.readFileSync(path.join(fullSynthDir(newStack("same").stack), "cdk.tf.json"));
    const second = fs.readFileSync(path.join(fullSynthDir(newStack("same").stack), "cdk.tf.json"));
    expect(first.equals(second)).toBe(true);
    const text = first.toString("utf8");
    expect(text).not.toContain(process.cwd());
    expect(text).not.toMatch(/"\/(tmp|home|root|work|Users)\//);
  });
});

test.each([
  ["GatedPipelineStack", (): TerraformStack => newStack("memo").stack],
  ["GatedPipelineAdminStack", (): TerraformStack => new GatedPipelineAdminStack(Testing.app(), "memo-admin", { google: STACK_PROPS.google })],
])("%s: synthesis resolves the configuration once for the policy pack and cdktf, and never serves it stale afterwards", (_, make) => {
  const stack = make();
  const spy = jest.spyOn(TerraformStack.prototype, "toTerraform");
  Testing.fullSynth(stack);
  // One resolution: the checks' (through _toTerraformForSynthesis), reused by the synthesizer's call.
  expect(spy.mock.results.filter((r) => r.type === "return")).toHaveLength(1);
  spy.mockRestore();
  new TerraformOutput(stack, "late", { value: "added after the first synth" });
  expect(JSON.parse(Testing.synth(stack)).output).toEqual({ late: { value: "added after the first synth" } });
});
