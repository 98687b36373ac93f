/**
 * Secret Manager reads at runtime (the Prefect key, the webhook secret): the proxy's cache first, else
 * `versions/latest:access` with the proxy's service account, base64-decoded, cached for `secretCacheTtlSeconds` (below
 * the Prefect key's overlap, so a rotation never leaves the gate holding a dead key).
 */
import { AssignMessage, Condition, ExtractVariables, GoogleAuthentication, LookupCache, PopulateCache, ServiceCallout, Step, TargetConnection } from "../../apigee/bundle";
import { Duration } from "../../core/duration";
import { GateProxySpec } from "../gate-proxy-spec";

const SECRET_MANAGER = "https://secretmanager.googleapis.com/v1";
const CLOUD_PLATFORM = "https://www.googleapis.com/auth/cloud-platform";

interface SecretPolicies {
  readonly lookup: LookupCache;
  readonly callout: ServiceCallout;
  readonly extract: ExtractVariables;
  readonly decode: AssignMessage;
  readonly populate: PopulateCache;
}

export class SecretReads {
  private readonly policies: Record<string, SecretPolicies> = {};

  public constructor(private readonly spec: GateProxySpec) {}

  /**
   * Reads a secret into `variable` through the cache. With `refresh`, the same policies run again whenever that
   * condition holds, straight from Secret Manager (no cache lookup), and re-cache the value.
   */
  public steps(label: string, secret: string, variable: string, refresh?: Condition): Step[] {
    const s = this.spec;
    const snake = label.replace(/([a-z])([A-Z])/g, "$1_$2").toLowerCase();
    const cacheKey = { prefix: s.proxyName, fragments: [snake] };
    const response = `private.gate.${snake}_response`;
    const encoded = `private.gate.${snake}_b64`;
    const policies = (this.policies[label] ??= {
      lookup: new LookupCache({ name: `LC-${label}`, cacheKey, assignTo: variable }),
      callout: new ServiceCallout({
        name: `SC-${label}`,
        request: { variable: `gate.${snake}_request`, verb: "GET" },
        response,
        timeout: Duration.millis(s.ioTimeoutMillis),
        connection: TargetConnection.url(`${SECRET_MANAGER}/${secret}/versions/latest:access`, { authentication: GoogleAuthentication.accessToken([CLOUD_PLATFORM]) }),
      }),
      extract: new ExtractVariables({ name: `EV-${label}`, source: response, variablePrefix: "private.gate", jsonPayload: [{ name: `${snake}_b64`, jsonPath: "$.payload.data" }] }),
      decode: new AssignMessage({ name: `AM-${label}`, assignVariables: [{ name: variable, template: `{decodeBase64(${encoded})}` }] }),
      populate: new PopulateCache({ name: `PC-${label}`, cacheKey, ttl: Duration.seconds(s.secretCacheTtlSeconds), source: variable }),
    });
    const fetch = refresh ?? Condition.isNull(variable);
    return [
      ...(refresh ? [] : [Step.of(policies.lookup)]),
      Step.of(policies.callout, fetch),
      Step.of(policies.extract, Condition.all(fetch, Condition.isSet(`${response}.content`))),
      Step.of(policies.decode, fetch),
      Step.of(policies.populate, refresh ? Condition.all(refresh, Condition.isSet(encoded)) : Condition.isSet(encoded)),
    ];
  }
}
