// Small shared pieces of the rules: result builders and the policies of every uploaded bundle.
import { Policy, ProxyEndpointModel, ProxyModel, proxies, readPolicies } from "../bundle-model";
import { CheckInput, CheckLevel, RuleResult } from "../model";
import { resourcesOfType } from "../terraform-model";

export function pass(resource: string, message: string): RuleResult {
  return { resource, pass: true, message };
}

export function fail(resource: string, message: string, level?: CheckLevel): RuleResult {
  return level === undefined ? { resource, pass: false, message } : { resource, pass: false, message, level };
}

/** The finding for a proxy whose bundle the check could not read: rules about bundle content fail closed. */
export function missingBundle(resource: string, configBundle: string): RuleResult {
  return fail(resource, `bundle ${JSON.stringify(configBundle)} was not available to the check, so its content cannot be verified`);
}

/**
 * One result per ProxyEndpoint of every uploaded proxy, from `judge`; a proxy whose bundle the check could not read
 * fails closed. The loop every bundle-content rule shares.
 */
export function perProxyEndpoint(input: CheckInput, judge: (endpoint: ProxyEndpointModel, proxy: ProxyModel) => RuleResult): RuleResult[] {
  const results: RuleResult[] = [];
  for (const proxy of proxies(input)) {
    if (!proxy.bundle) {
      results.push(missingBundle(proxy.resource, proxy.configBundle));
      continue;
    }
    if (proxy.bundle.proxyEndpoints.length === 0) {
      results.push(fail(proxy.resource, `bundle ${JSON.stringify(proxy.configBundle)} has no ProxyEndpoint`));
    }
    for (const endpoint of proxy.bundle.proxyEndpoints) results.push(judge(endpoint, proxy));
  }
  return results;
}

/** Policies of every proxy and shared-flow bundle the stack uploads, in a stable order. */
export function allPolicies(input: CheckInput): Policy[] {
  const result: Policy[] = [];
  for (const [type, folder] of [["google_apigee_api", "apiproxy"], ["google_apigee_sharedflow", "sharedflowbundle"]] as const) {
    for (const { body } of resourcesOfType(input.config, type)) {
      const configBundle = String(body.config_bundle ?? "");
      const files = input.bundles.get(configBundle);
      if (files) result.push(...readPolicies(configBundle, files, folder).values());
    }
  }
  return result;
}

/** A duration such as `60s`, `2m`, `1h`, `500ms` in seconds; undefined if it cannot be read. */
export function durationSeconds(value: string): number | undefined {
  const m = /^(\d+)\s*(ms|s|m|h|d)$/.exec(value.trim());
  if (!m) return undefined;
  const n = Number(m[1]);
  return { ms: n / 1000, s: n, m: n * 60, h: n * 3600, d: n * 86400 }[m[2] as "ms" | "s" | "m" | "h" | "d"];
}
