import { failsClosed, runsAlways } from "../bundle-model";
import { Rule } from "../model";
import { attr, child } from "../xml";
import { fail, pass, perProxyEndpoint } from "./helpers";

/** The address Apigee resolves with the environment's client IP resolution (never a header the caller writes). */
const CLIENT_IP = "client.ip";

export const GP019: Rule = {
  id: "GP019",
  level: "error",
  core: false,
  title: "every SpikeArrest has an Identifier: one per client IP before the token is read, one per caller after it is verified",
  fix: "give each SpikeArrest <Identifier ref=\"...\"/>; run one keyed by client.ip unconditionally before any JWT step, and one keyed by the verified caller (e.g. its consumer key) after VerifyJWT and before the upstream call",
  check(input) {
    return perProxyEndpoint(input, (endpoint) => {
      const problems = new Set<string>();
      for (const path of endpoint.paths) {
        const arrests = path.steps.map((step, index) => ({ step, index })).filter(({ step }) => step.policy?.type === "SpikeArrest" && step.policy.enabled);
        for (const { step } of arrests) {
          const ref = attr(child(step.policy!.node, "Identifier"), "ref");
          // Without an Identifier every request shares one counter: anyone can exhaust it for everyone.
          if (ref === undefined || ref.trim() === "") problems.add(`SpikeArrest ${step.name} has no <Identifier ref>, so all requests share one counter`);
        }
        if (path.upstreamAt === undefined) continue;
        const jwt = path.steps.map((s, i) => ({ s, i })).filter(({ s }) => s.policy?.type === "VerifyJWT" || s.policy?.type === "DecodeJWT");
        const firstJwt = jwt.length > 0 ? jwt[0].i : path.upstreamAt;
        const lastVerify = Math.max(-1, ...path.steps.map((s, i) => (s.policy?.type === "VerifyJWT" ? i : -1)));
        const keyOf = (i: number) => attr(child(path.steps[i].policy!.node, "Identifier"), "ref");
        const perAddress = arrests.find(({ step, index }) => index < firstJwt && index < path.upstreamAt! && runsAlways(step) && failsClosed(step.policy) && keyOf(index) === CLIENT_IP);
        if (!perAddress) problems.add(`${path.description}: no unconditional SpikeArrest keyed by ${CLIENT_IP} before the token is read`);
        if (lastVerify >= 0) {
          // Keyed by something the token proved, not by an address or a request value the caller writes.
          const callerKeyed = (key: string | undefined) => key !== undefined && ![CLIENT_IP, "proxy.client.ip"].includes(key) && !key.startsWith("request.");
          const perCaller = arrests.find(({ step, index }) => index > lastVerify && index < path.upstreamAt! && failsClosed(step.policy) && callerKeyed(keyOf(index)));
          if (!perCaller) problems.add(`${path.description}: no SpikeArrest keyed by the verified caller after VerifyJWT and before the upstream call`);
        }
      }
      return problems.size === 0 ? pass(endpoint.location, "every SpikeArrest is keyed: per client IP first, per verified caller after VerifyJWT") : fail(endpoint.location, [...problems].join("; "));
    });
  },
};
