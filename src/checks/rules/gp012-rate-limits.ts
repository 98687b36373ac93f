import { guardOnPath, mayPost } from "../bundle-model";
import { Rule } from "../model";
import { fail, pass, perProxyEndpoint } from "./helpers";

export const GP012: Rule = {
  id: "GP012",
  level: "error",
  core: false,
  title: "SpikeArrest runs before any upstream call, and Quota before every request that can start a run",
  fix: "add unconditional SpikeArrest and Quota steps (enabled, continueOnError=\"false\") to the ProxyEndpoint PreFlow before any ServiceCallout or route",
  check(input) {
    return perProxyEndpoint(input, (endpoint) => {
      const problems: string[] = [];
      for (const path of endpoint.paths.filter((p) => p.upstreamAt !== undefined)) {
        // Reads and callouts are bounded by the spike arrest; the product quota counts what starts runs.
        for (const type of path.routedToTarget && mayPost(path) ? ["SpikeArrest", "Quota"] : ["SpikeArrest"]) {
          const guard = guardOnPath(path, type);
          if (!guard.ok) problems.push(`${path.description}: ${guard.why}`);
        }
      }
      return problems.length === 0 ? pass(endpoint.location, "rate limited before the upstream call") : fail(endpoint.location, problems.join("; "));
    });
  },
};
