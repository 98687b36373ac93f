import { ApiProduct, HttpMethod } from "../../src/apigee/api-product";
import { ApiProxy } from "../../src/apigee/api-proxy";
import { Quota, QuotaTimeUnit } from "../../src/apigee/quota";
import { synthJson } from "../helpers";
import { apigeeStack, only, onlyName, ORG_NAME } from "./fixtures";

describe("Quota", () => {
  test("renders numbers as the strings google expects", () => {
    expect(Quota.perMinute(10).render()).toEqual({ limit: "10", interval: "1", timeUnit: "minute" });
    expect(Quota.perHour(500).render()).toEqual({ limit: "500", interval: "1", timeUnit: "hour" });
    expect(Quota.perDay(2).render()).toEqual({ limit: "2", interval: "1", timeUnit: "day" });
    expect(Quota.perMonth(1000).render()).toEqual({ limit: "1000", interval: "1", timeUnit: "month" });
    expect(Quota.of(100, 5, QuotaTimeUnit.MINUTE).render()).toEqual({ limit: "100", interval: "5", timeUnit: "minute" });
  });

  test("fails on a unit outside minute, hour, day, month", () => {
    expect(() => Quota.of(10, 1, "second" as QuotaTimeUnit)).toThrow('Quota: timeUnit "second" is not allowed (one of minute, hour, day, month)');
  });

  test("fails on a limit or interval that is not a positive whole number", () => {
    expect(() => Quota.perMinute(0)).toThrow("Quota: limit 0 is not allowed (a whole number of requests, at least 1)");
    expect(() => Quota.perMinute(1.5)).toThrow("Quota: limit 1.5 is not allowed (a whole number of requests, at least 1)");
    expect(() => Quota.of(10, 0, QuotaTimeUnit.DAY)).toThrow("Quota: interval 0 is not allowed (a whole number, at least 1)");
  });
});

describe("ApiProduct", () => {
  function productStack() {
    const ctx = apigeeStack();
    const proxy = ApiProxy.fromProxyName(ctx.stack, "Gate", ctx.org, "orders-gate");
    return { ...ctx, proxy };
  }

  test("defines operations, quotas, environments, scopes, auto approval and sorted attributes", () => {
    const { stack, org, env, proxy } = productStack();
    new ApiProduct(stack, "Nightly", {
      organization: org,
      productName: "nightly",
      apiProxy: proxy,
      environments: [env],
      operations: [
        { resource: "/deployments/orders-etl-nightly/runs", methods: [HttpMethod.POST], quota: Quota.perHour(4) },
        { resource: "/deployments/orders-backfill/runs", methods: [HttpMethod.POST] },
      ],
      quota: Quota.perMinute(10),
      scopes: ["runs:create"],
      attributes: { tier: "batch", access: "private" },
    });
    const json = synthJson(stack);
    expect(only(json, "google_apigee_api_product")).toEqual({
      org_id: `organizations/${ORG_NAME}`,
      name: "nightly",
      display_name: "nightly",
      approval_type: "auto",
      // A defined environment by reference; the imported proxy by its name.
      environments: [`\${google_apigee_environment.${onlyName(json, "google_apigee_environment")}.name}`],
      scopes: ["runs:create"],
      quota: "10",
      quota_interval: "1",
      quota_time_unit: "minute",
      attributes: [
        { name: "access", value: "private" },
        { name: "tier", value: "batch" },
      ],
      operation_group: {
        operation_config_type: "proxy",
        operation_configs: [
          {
            api_source: "orders-gate",
            operations: [{ resource: "/deployments/orders-etl-nightly/runs", methods: ["POST"] }],
            quota: { limit: "4", interval: "1", time_unit: "hour" },
          },
          { api_source: "orders-gate", operations: [{ resource: "/deployments/orders-backfill/runs", methods: ["POST"] }] },
        ],
      },
    });
  });

  test("accepts an uppercase-free name with the allowed punctuation", () => {
    const { stack, org, env, proxy } = productStack();
    const p = new ApiProduct(stack, "P", {
      organization: org,
      productName: "orders nightly-v1.2_$%",
      apiProxy: proxy,
      environments: [env],
      operations: [{ resource: "/x", methods: [HttpMethod.GET] }],
    });
    expect(p.productName).toBe("orders nightly-v1.2_$%");
  });

  test("takes the names Apigee documents (uppercase too, as google >= 7.28 does) and refuses other characters", () => {
    const { stack, org, env, proxy } = productStack();
    const product = (id: string, productName: string) =>
      new ApiProduct(stack, id, { organization: org, productName, apiProxy: proxy, environments: [env], operations: [{ resource: "/x", methods: [HttpMethod.GET] }] });
    expect(product("P", "Nightly runs $1 %").productName).toBe("Nightly runs $1 %");
    expect(() => product("Q", "nightly/runs")).toThrow(
      "apigee/Q: productName \"nightly/runs\" is not allowed (1-255 characters: letters, digits, '.', '_', '-', '$', '%' and spaces)",
    );
  });

  test("fails on a resource without a leading slash, a duplicate resource, and a bad method", () => {
    const { stack, org, env, proxy } = productStack();
    const base = { organization: org, apiProxy: proxy, environments: [env], productName: "p" };
    expect(() => new ApiProduct(stack, "A", { ...base, operations: [{ resource: "runs", methods: [HttpMethod.POST] }] })).toThrow(
      "apigee/A: operation resource \"runs\" is not allowed (a path starting with '/')",
    );
    expect(
      () =>
        new ApiProduct(stack, "B", {
          ...base,
          operations: [
            { resource: "/runs", methods: [HttpMethod.POST] },
            { resource: "/runs", methods: [HttpMethod.GET] },
          ],
        }),
    ).toThrow('apigee/B: operation resource "/runs" is listed twice');
    expect(() => new ApiProduct(stack, "C", { ...base, operations: [{ resource: "/runs", methods: ["FETCH" as HttpMethod] }] })).toThrow(
      'apigee/C: operation "/runs" method "FETCH" is not allowed (one of GET, POST, PUT, PATCH, DELETE, HEAD, OPTIONS)',
    );
    expect(() => new ApiProduct(stack, "D", { ...base, operations: [{ resource: "/runs", methods: [] }] })).toThrow(
      'apigee/D: operation "/runs" has no methods (give at least one of GET, POST, PUT, PATCH, DELETE, HEAD, OPTIONS)',
    );
  });

  test("fails without operations or environments", () => {
    const { stack, org, env, proxy } = productStack();
    expect(() => new ApiProduct(stack, "A", { organization: org, productName: "p", apiProxy: proxy, environments: [env], operations: [] })).toThrow(
      "apigee/A: operations is empty (a product needs at least one operation)",
    );
    expect(
      () =>
        new ApiProduct(stack, "B", {
          organization: org,
          productName: "p",
          apiProxy: proxy,
          environments: [],
          operations: [{ resource: "/x", methods: [HttpMethod.GET] }],
        }),
    ).toThrow("apigee/B: environments is empty (a product needs at least one environment)");
  });

  test("importing a product defines nothing", () => {
    const { stack, org } = apigeeStack();
    const p = ApiProduct.fromProductName(stack, "Imported", org, "nightly");
    expect(p.productName).toBe("nightly");
    expect(synthJson(stack).resource.google_apigee_api_product).toBeUndefined();
  });
});
