import { ApiProduct, HttpMethod } from "../../src/apigee/api-product";
import { ApiProxy } from "../../src/apigee/api-proxy";
import { ApigeeDeveloper } from "../../src/apigee/developer";
import { DeveloperApp } from "../../src/apigee/developer-app";
import { ApigeeOrganization } from "../../src/apigee/organization";
import { Token, TerraformVariable } from "cdktf";
import { synthJson } from "../helpers";
import { apigeeStack, only, onlyName } from "./fixtures";

describe("ApigeeDeveloper and DeveloperApp", () => {
  function appStack() {
    const ctx = apigeeStack();
    const developer = new ApigeeDeveloper(ctx.stack, "Team", { organization: ctx.org, email: "data-platform@acme.example" });
    const product = ApiProduct.fromProductName(ctx.stack, "Nightly", ctx.org, "nightly");
    return { ...ctx, developer, product };
  }

  test("defines the developer with derived names", () => {
    const { stack } = appStack();
    expect(only(synthJson(stack), "google_apigee_developer")).toEqual({
      org_id: "organizations/acme-data-prod",
      email: "data-platform@acme.example",
      user_name: "data-platform",
      first_name: "data-platform",
      last_name: "gated-pipeline",
    });
  });

  test("defines one app per caller: static consumer key, products, a Terraform-generated secret; the developer by reference", () => {
    const { stack, developer, product } = appStack();
    new DeveloperApp(stack, "Deployer", { developer, appName: "ci-deployer", consumerKey: "0oa1ci-deployer", apiProducts: [product] });
    const json = synthJson(stack);
    const pw = onlyName(json, "random_password");
    expect(only(json, "random_password")).toEqual({ length: 40, special: false });
    expect(only(json, "google_apigee_developer_app")).toEqual({
      org_id: "organizations/acme-data-prod",
      developer_email: `\${google_apigee_developer.${onlyName(json, "google_apigee_developer")}.email}`,
      name: "ci-deployer",
      callback_url: "",
      consumer_key: "0oa1ci-deployer",
      consumer_secret: `\${random_password.${pw}.result}`,
      api_products: ["nightly"],
      key_expires_in: "-1",
      deletion_policy: "DELETE",
      timeouts: { create: "20m", update: "20m", delete: "20m" },
    });
  });

  test("names products defined in the stack by reference", () => {
    const { stack, org, env, developer } = appStack();
    const proxy = ApiProxy.fromProxyName(stack, "Gate", org, "orders-gate");
    const product = new ApiProduct(stack, "Backfill", {
      organization: org,
      productName: "orders-backfill",
      apiProxy: proxy,
      environments: [env],
      operations: [{ resource: "/deployments/x/runs", methods: [HttpMethod.POST] }],
    });
    new DeveloperApp(stack, "Deployer", { developer, appName: "ci-deployer", consumerKey: "k", apiProducts: [product] });
    const json = synthJson(stack);
    expect(only(json, "google_apigee_developer_app").api_products).toEqual([`\${google_apigee_api_product.${onlyName(json, "google_apigee_api_product")}.name}`]);
  });

  test("movedFrom carries the app and its consumer secret over from the addresses an app at the old path had", () => {
    const before = appStack();
    new DeveloperApp(before.stack, "App-0", { developer: before.developer, appName: "ci-0", consumerKey: "k", apiProducts: [before.product] });
    const old = synthJson(before.stack);
    const { stack, developer, product } = appStack();
    const app = new DeveloperApp(stack, "App-okta-ci", { developer, appName: "ci-deployer", consumerKey: "k", apiProducts: [product] });
    app.movedFrom(stack, ["App-0"]);
    const json = synthJson(stack);
    expect(json.moved).toEqual([
      { from: `random_password.${onlyName(old, "random_password")}`, to: `random_password.${onlyName(json, "random_password")}` },
      { from: `google_apigee_developer_app.${onlyName(old, "google_apigee_developer_app")}`, to: `google_apigee_developer_app.${onlyName(json, "google_apigee_developer_app")}` },
    ]);
    // Moving from where it already is writes nothing.
    app.movedFrom(stack, ["App-okta-ci"]);
    expect(synthJson(stack).moved).toHaveLength(2);
  });

  test("keeps the consumer secret out of outputs and out of the construct's attributes", () => {
    const { stack, developer, product } = appStack();
    const app = new DeveloperApp(stack, "Deployer", { developer, appName: "ci-deployer", consumerKey: "0oa1ci-deployer", apiProducts: [product] });
    expect(synthJson(stack).output).toBeUndefined();
    expect(Object.keys(app).filter((k) => /secret/i.test(k))).toEqual([]);
  });

  test("accepts a consumer key known only at apply time", () => {
    const { stack, developer, product } = appStack();
    const clientId = new TerraformVariable(stack, "client_id", { type: "string" });
    const app = new DeveloperApp(stack, "Deployer", { developer, appName: "okta-app", consumerKey: clientId.stringValue, apiProducts: [product] });
    expect(Token.isUnresolved(app.consumerKey)).toBe(true);
    expect(only(synthJson(stack), "google_apigee_developer_app").consumer_key).toBe("${var.client_id}");
  });

  test("fails on an uppercase developer email", () => {
    const { stack, org } = apigeeStack();
    expect(() => new ApigeeDeveloper(stack, "D", { organization: org, email: "Data@acme.example" })).toThrow(
      'apigee/D: email "Data@acme.example" is not allowed (a lowercase email address; Apigee refuses uppercase)',
    );
  });

  test("fails on a bad app name, a consumer key outside Apigee's key alphabet, and no products", () => {
    const { stack, developer, product } = appStack();
    expect(() => new DeveloperApp(stack, "A", { developer, appName: "-bad/name", consumerKey: "k", apiProducts: [product] })).toThrow(
      'apigee/A: appName "-bad/name" is not allowed (1-255 characters: letters, digits, \'.\', \'_\', \'-\', \'$\', \' \' and \'%\', starting with a letter or digit)',
    );
    for (const [id, key] of [["B", "client id"], ["B2", "0oa1.ci@deployer"]]) {
      expect(() => new DeveloperApp(stack, id, { developer, appName: "b", consumerKey: key, apiProducts: [product] })).toThrow(
        `apigee/${id}: consumerKey ${JSON.stringify(key)} is not allowed (Apigee consumer keys are 1-2048 letters, digits, '_' and '-'; ` +
          "a gate derives them from issuer and client id with consumerKey(...))",
      );
    }
    expect(() => new DeveloperApp(stack, "C", { developer, appName: "c", consumerKey: "k", apiProducts: [] })).toThrow(
      "apigee/C: apiProducts is empty (an app needs at least one product)",
    );
  });

  test("fails on a product of another organization", () => {
    const { stack, developer } = appStack();
    const foreign = ApiProduct.fromProductName(stack, "Foreign", ApigeeOrganization.fromName("other-org-prod"), "nightly");
    expect(() => new DeveloperApp(stack, "A", { developer, appName: "a", consumerKey: "k", apiProducts: [foreign] })).toThrow(
      'apigee/A: product apigee/Foreign belongs to organization "other-org-prod", not to the developer\'s organization "acme-data-prod"',
    );
  });

  test("importing a developer defines nothing", () => {
    const { stack, org } = apigeeStack();
    ApigeeDeveloper.fromEmail(stack, "Existing", org, "team@acme.example");
    expect(synthJson(stack).resource.google_apigee_developer).toBeUndefined();
  });
});
