// A product without a quota lets each of its callers start runs as fast as the spike arrests allow: a proxy's Quota
// with <UseQuotaConfigInAPIProduct> then counts against its <DefaultConfig> (the gate's: a billion per minute), not
// against a limit anyone chose. Apigee applies the product's quota (or an operation's own) to each app (Apigee, "API
// products": quota settings; Quota policy, <UseQuotaConfigInAPIProduct>).
import { readPolicies } from "../bundle-model";
import { Rule } from "../model";
import { references, resourcesOfType, TfBlock, TfBody } from "../terraform-model";
import { child, text } from "../xml";
import { fail, pass } from "./helpers";

const isSet = (value: unknown) => value !== undefined && value !== null && value !== "";

/** The operation configs of a product's proxy operation group. */
function operationConfigs(product: TfBody): TfBody[] {
  const configs = product.operation_group?.operation_configs;
  return Array.isArray(configs) ? configs : [];
}

/** What a Quota policy of the product's proxies counts against when the product has no quota, e.g. `1000000000 per 1 minute`. */
function fallbacks(config: TfBody, bundles: ReadonlyMap<string, ReadonlyMap<string, string>>, product: TfBody): string[] {
  const proxies = resourcesOfType(config, "google_apigee_api");
  const out = new Set<string>();
  for (const op of operationConfigs(product)) {
    const proxy = proxies.find(
      (p: TfBlock) => references(op.api_source).some((r) => !r.data && r.type === p.type && r.name === p.name) || p.body.name === op.api_source,
    );
    const files = proxy ? bundles.get(String(proxy.body.config_bundle ?? "")) : undefined;
    if (!proxy || !files) continue;
    for (const policy of readPolicies(String(proxy.body.config_bundle), files, "apiproxy").values()) {
      const defaults = child(child(policy.node, "UseQuotaConfigInAPIProduct"), "DefaultConfig");
      if (policy.type !== "Quota" || defaults === undefined) continue;
      out.add(`${text(child(defaults, "Allow")) ?? "?"} per ${text(child(defaults, "Interval")) ?? "1"} ${text(child(defaults, "TimeUnit")) ?? "?"}`);
    }
  }
  return [...out].sort();
}

export const GP024: Rule = {
  id: "GP024",
  level: "warning",
  core: false,
  title: "every API product carries a quota (on the product, or on each of its operations)",
  fix: "give the product a quota (a pipeline product's quota: Quota.perMinute(10), ...), or suppress GP024 with the reason the product needs none",
  check(input) {
    const products = resourcesOfType(input.config, "google_apigee_api_product");
    if (products.length === 0) return [pass("cdk.tf.json", "no API product defined in this stack")];
    return products.map((product) => {
      const name = JSON.stringify(product.body.name);
      if (isSet(product.body.quota)) {
        return pass(product.id, `product ${name} allows ${product.body.quota} requests per ${product.body.quota_interval ?? 1} ${product.body.quota_time_unit ?? "?"} per app`);
      }
      const ops = operationConfigs(product.body);
      if (ops.length > 0 && ops.every((op) => isSet(op.quota?.limit))) return pass(product.id, `each operation of product ${name} has its own quota`);
      const fallback = fallbacks(input.config, input.bundles, product.body);
      return fail(
        product.id,
        `product ${name} has no quota, so its callers are limited by the spike arrests only` +
          (fallback.length > 0 ? `: the proxy's product Quota falls back to its default of ${fallback.join(", ")}` : ""),
      );
    });
  },
};
