import { guardOnPath, proxies } from "../bundle-model";
import { Rule, RuleResult } from "../model";
import { missingBundle, fail, pass } from "./helpers";

export const GP012: Rule = {
  id: "GP012",
  level: "error",
  core: false,
  title: "SpikeArrest and Quota run before any upstream call",
  fix: "add unconditional SpikeArrest and Quota steps (enabled, continueOnError=\"false\") to the ProxyEndpoint PreFlow before any ServiceCallout or route",
  check(input) {
    const results: RuleResult[] = [];
    for (const proxy of proxies(input)) {
      if (!proxy.bundle) {
        results.push(missingBundle(proxy.resource, proxy.configBundle));
        continue;
      }
      for (const endpoint of proxy.bundle.proxyEndpoints) {
        const problems: string[] = [];
        for (const path of endpoint.paths.filter((p) => p.upstreamAt !== undefined)) {
          for (const type of ["SpikeArrest", "Quota"]) {
            const guard = guardOnPath(path, type);
            if (!guard.ok) problems.push(`${path.description}: ${guard.why}`);
          }
        }
        results.push(problems.length === 0 ? pass(endpoint.location, "rate limited before the upstream call") : fail(endpoint.location, problems.join("; ")));
      }
    }
    return results;
  },
};
