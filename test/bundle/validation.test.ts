// Every rule the bundle model enforces, with the message a user gets. Bundles validate when constructed and name
// themselves, the element and the bad value.
import { Duration } from "../../src/core/duration";
import { Rate } from "../../src/core/rate";
import {
  AssignMessage,
  Condition,
  DecodeJwt,
  ExtractVariables,
  FlowCallout,
  FlowValue,
  GoogleAuthentication,
  Javascript,
  JsonThreatProtection,
  JwtAlgorithm,
  JwtKeySource,
  KeyValueMapOperations,
  LookupCache,
  MessageLogging,
  Policy,
  PopulateCache,
  ProxyBundle,
  ProxyBundleProps,
  PublishMessage,
  Quota,
  QuotaTimeUnit,
  RaiseFault,
  ResourceFile,
  RouteRule,
  ServiceCallout,
  SharedFlowBundle,
  SpikeArrest,
  Step,
  TargetConnection,
  TargetEndpointProps,
  VerifyApiKey,
  VerifyJwt,
  VerifyJwtProps,
} from "../../src/apigee/bundle";

const rf = (name = "RF-Stop") => new RaiseFault({ name, statusCode: 404, reasonPhrase: "Not Found" });

/** A valid proxy, with overrides. */
function proxy(overrides: Partial<ProxyBundleProps> = {}): ProxyBundle {
  return new ProxyBundle({ name: "orders-gate", basePath: "/orders", proxyEndpoint: { preFlow: { request: [rf()] } }, ...overrides });
}

/** A proxy whose PreFlow runs `policies`. */
function withPolicies(...policies: Policy[]): ProxyBundle {
  return proxy({ proxyEndpoint: { preFlow: { request: policies } } });
}

/** A proxy routing to one target endpoint with these props. */
function withTarget(target: Partial<TargetEndpointProps>): ProxyBundle {
  return proxy({
    proxyEndpoint: { routeRules: [RouteRule.toTarget("default", "prefect")] },
    targetEndpoints: [{ name: "prefect", connection: TargetConnection.url("https://api.prefect.cloud"), ...target }],
  });
}

const jwt = (props: Partial<VerifyJwtProps>) =>
  new VerifyJwt({
    name: "VJWT-Okta",
    algorithms: [JwtAlgorithm.RS256],
    key: JwtKeySource.jwksUri("https://idp.example/keys"),
    issuer: "https://idp.example",
    audience: "api://orders",
    ...props,
  });

const P = 'proxy "orders-gate": ';

test("a valid proxy builds", () => {
  expect(() => proxy()).not.toThrow();
});

describe("bundle structure", () => {
  test.each<[string, () => unknown, string]>([
    ["fails with a bad proxy name", () => proxy({ name: "orders gate" }), 'proxy "orders gate": proxy name "orders gate" is not allowed (must be 1-255 characters of A-Za-z0-9._-)'],
    [
      "fails with a base path without a leading slash",
      () => proxy({ basePath: "orders" }),
      `${P}basePath "orders" is not allowed ('/' or '/'-separated segments of letters, digits, '.', '_', '~' and '-', without a trailing '/')`,
    ],
    [
      "fails with a base path with a trailing slash",
      () => proxy({ basePath: "/orders/" }),
      `${P}basePath "/orders/" is not allowed ('/' or '/'-separated segments of letters, digits, '.', '_', '~' and '-', without a trailing '/')`,
    ],
    [
      "fails when a step refers to no policy",
      () => proxy({ proxyEndpoint: { preFlow: { request: [rf(), "VA-Missing"] } } }),
      `${P}step "VA-Missing" in ProxyEndpoint "default" PreFlow refers to no policy (defined: RF-Stop)`,
    ],
    [
      "fails when a step in a target flow refers to no policy",
      () => withTarget({ flows: [{ name: "f", request: ["AM-Missing"] }] }),
      `${P}step "AM-Missing" in TargetEndpoint "prefect" Flow "f" refers to no policy (defined: none)`,
    ],
    [
      "fails when a route rule refers to no target",
      () => proxy({ proxyEndpoint: { preFlow: { request: [rf()] }, routeRules: [RouteRule.toTarget("default", "prefectx")] } }),
      `${P}route rule "default" in ProxyEndpoint "default" refers to no target endpoint "prefectx" (defined: none)`,
    ],
    [
      "fails when a target endpoint is not routed to",
      () => proxy({ targetEndpoints: [{ name: "prefect", connection: TargetConnection.url("https://api.prefect.cloud") }] }),
      `${P}TargetEndpoint "prefect" is not used by any route rule`,
    ],
    [
      "fails when a declared policy is not used",
      () => proxy({ policies: [rf("RF-Unused")] }),
      `${P}policy "RF-Unused" is not used by any step (attach it or remove it)`,
    ],
    [
      "fails when two policies share a name",
      () => proxy({ proxyEndpoint: { preFlow: { request: [rf(), rf()] } } }),
      `${P}policy "RF-Stop" is defined more than once`,
    ],
    ["fails with a bad policy name", () => withPolicies(rf("RF Stop")), `${P}policy name "RF Stop" is not allowed (must be 1-255 characters of A-Za-z0-9._-)`],
    [
      "fails with two target endpoints of one name",
      () =>
        proxy({
          proxyEndpoint: { preFlow: { request: [rf()] }, routeRules: [RouteRule.toTarget("default", "t")] },
          targetEndpoints: [
            { name: "t", connection: TargetConnection.url("https://a.example") },
            { name: "t", connection: TargetConnection.url("https://b.example") },
          ],
        }),
      `${P}TargetEndpoint "t" is defined more than once`,
    ],
    [
      "fails with two flows of one name",
      () => proxy({ proxyEndpoint: { flows: [{ name: "f", condition: "a = 1", request: [rf()] }, { name: "f" }] } }),
      `${P}ProxyEndpoint "default" flow "f" is defined more than once`,
    ],
    [
      "fails when an unconditional flow is not last",
      () => proxy({ proxyEndpoint: { flows: [{ name: "all", request: [rf()] }, { name: "runs", condition: "a = 1" }] } }),
      `${P}ProxyEndpoint "default" flow "all" has no condition but is not the last flow (flows after it can never run)`,
    ],
    [
      "fails with a bad flow name",
      () => proxy({ proxyEndpoint: { flows: [{ name: "my flow", request: [rf()] }] } }),
      `${P}ProxyEndpoint "default" flow name "my flow" is not allowed (must be 1-255 characters of A-Za-z0-9._-)`,
    ],
    [
      "fails with two fault rules of one name",
      () => proxy({ proxyEndpoint: { preFlow: { request: [rf()] }, faultRules: [{ name: "r", steps: ["RF-Stop"] }, { name: "r", steps: ["RF-Stop"] }] } }),
      `${P}ProxyEndpoint "default" fault rule "r" is defined more than once`,
    ],
    [
      "fails with two route rules of one name",
      () => proxy({ proxyEndpoint: { preFlow: { request: [rf()] }, routeRules: [RouteRule.noRoute("r", "a = 1"), RouteRule.noRoute("r")] } }),
      `${P}ProxyEndpoint "default" route rule "r" is defined more than once`,
    ],
    [
      "fails with a bad route rule name",
      () => proxy({ proxyEndpoint: { preFlow: { request: [rf()] }, routeRules: [RouteRule.noRoute("no route")] } }),
      `${P}ProxyEndpoint "default" route rule name "no route" is not allowed (must be 1-255 characters of A-Za-z0-9._-)`,
    ],
    [
      "fails with a bad fault rule name",
      () => proxy({ proxyEndpoint: { preFlow: { request: [rf()] }, faultRules: [{ name: "jwt failed", steps: ["RF-Stop"] }] } }),
      `${P}ProxyEndpoint "default" fault rule name "jwt failed" is not allowed (must be 1-255 characters of A-Za-z0-9._-)`,
    ],
    [
      "fails when an unconditional route rule is not last",
      () => proxy({ proxyEndpoint: { preFlow: { request: [rf()] }, routeRules: [RouteRule.noRoute("all"), RouteRule.noRoute("never", "a = 1")] } }),
      `${P}ProxyEndpoint "default" route rule "all" has no condition but is not the last route rule (rules after it can never match)`,
    ],
    [
      "fails with a bad proxy endpoint name",
      () => proxy({ proxyEndpoint: { name: "my endpoint", preFlow: { request: [rf()] } } }),
      `${P}ProxyEndpoint name "my endpoint" is not allowed (must be 1-255 characters of A-Za-z0-9._-)`,
    ],
    [
      "fails with unbalanced parentheses in a step condition",
      () => proxy({ proxyEndpoint: { preFlow: { request: [Step.of(rf(), "(a = 1")] } } }),
      `${P}ProxyEndpoint "default" step "RF-Stop" in PreFlow: condition "(a = 1" has unbalanced parentheses`,
    ],
    [
      "fails with an unterminated string in a flow condition",
      () => proxy({ proxyEndpoint: { flows: [{ name: "f", condition: 'request.verb = "POST', request: [rf()] }] } }),
      `${P}ProxyEndpoint "default" Flow "f": condition "request.verb = \\"POST" has an unterminated string`,
    ],
    [
      "fails with an empty route rule condition",
      () => proxy({ proxyEndpoint: { preFlow: { request: [rf()] }, routeRules: [RouteRule.noRoute("r", Condition.of(" "))] } }),
      `${P}ProxyEndpoint "default" route rule "r": condition is empty`,
    ],
    [
      "fails with an unknown resource type",
      () => proxy({ resources: [ResourceFile.of("exe", "x.exe", "")] }),
      `${P}resource type "exe" of "x.exe" is not allowed (allowed: jsc, java, py, xsl, properties, oas, wsdl, xsd, graphql, template, openapi)`,
    ],
    [
      "fails with a bad resource name",
      () => proxy({ resources: [ResourceFile.javascript("my script.js", "")] }),
      `${P}resource name "my script.js" is not allowed (must be 1-255 characters of A-Za-z0-9._-)`,
    ],
    [
      "fails with two resources of one name and different content",
      () => proxy({ resources: [ResourceFile.javascript("a.js", "1"), ResourceFile.javascript("a.js", "2")] }),
      `${P}resource "jsc://a.js" is defined more than once with different content`,
    ],
  ])("%s", (_name, build, message) => {
    expect(build).toThrow(new Error(message));
  });

  test("fails listing every problem at once, one per line", () => {
    expect(() => proxy({ name: "bad name", basePath: "/ok", policies: [rf("RF-Unused")] })).toThrow(
      new Error(
        [
          'proxy "bad name": proxy name "bad name" is not allowed (must be 1-255 characters of A-Za-z0-9._-)',
          'proxy "bad name": policy "RF-Unused" is not used by any step (attach it or remove it)',
        ].join("\n"),
      ),
    );
  });
});

describe("shared-flow bundles", () => {
  const S = 'shared flow "gate-common": ';
  test.each<[string, () => unknown, string]>([
    ["fails with a bad shared flow name", () => new SharedFlowBundle({ name: "gate common", sharedFlows: [{ steps: [rf()] }] }), 'shared flow "gate common": shared flow name "gate common" is not allowed (must be 1-255 characters of A-Za-z0-9._-)'],
    ["fails without shared flows", () => new SharedFlowBundle({ name: "gate-common", sharedFlows: [] }), `${S}sharedFlows is empty (a bundle needs at least one shared flow)`],
    [
      "fails with two shared flows of one name",
      () => new SharedFlowBundle({ name: "gate-common", sharedFlows: [{ steps: [rf()] }, { steps: ["RF-Stop"] }] }),
      `${S}SharedFlow "default" is defined more than once`,
    ],
    ["fails with a bad shared flow name inside the bundle", () => new SharedFlowBundle({ name: "gate-common", sharedFlows: [{ name: "a b", steps: [rf()] }] }), `${S}SharedFlow name "a b" is not allowed (must be 1-255 characters of A-Za-z0-9._-)`],
    [
      "fails when a shared flow step refers to no policy",
      () => new SharedFlowBundle({ name: "gate-common", sharedFlows: [{ steps: ["AM-Missing"] }] }),
      `${S}step "AM-Missing" in SharedFlow "default" refers to no policy (defined: none)`,
    ],
    [
      "fails with a malformed step condition",
      () => new SharedFlowBundle({ name: "gate-common", sharedFlows: [{ steps: [Step.of(rf(), "a = (1")] }] }),
      `${S}SharedFlow "default" step "RF-Stop": condition "a = (1" has unbalanced parentheses`,
    ],
  ])("%s", (_name, build, message) => {
    expect(build).toThrow(new Error(message));
  });
});

describe("target endpoints and connections", () => {
  const T = `${P}TargetEndpoint "prefect"`;
  test.each<[string, () => unknown, string]>([
    ["fails with a relative URL", () => withTarget({ connection: TargetConnection.url("api.prefect.cloud") }), `${T} HTTPTargetConnection: URL "api.prefect.cloud" is not allowed (must be an absolute http:// or https:// URL)`],
    [
      "fails when certificate validation is switched off",
      () => withTarget({ connection: TargetConnection.url("https://api.prefect.cloud", { ssl: { ignoreValidationErrors: true } }) }),
      `${T} HTTPTargetConnection: SSLInfo IgnoreValidationErrors true is not allowed (certificates must be validated)`,
    ],
    ["fails with a bad target server name", () => withTarget({ connection: TargetConnection.targetServer("ts/1") }), `${T} HTTPTargetConnection: target server "ts/1" is not allowed (must match [\\w\\s-.]+)`],
    ["fails with a relative target server path", () => withTarget({ connection: TargetConnection.targetServer("ts", { path: "api" }) }), `${T} HTTPTargetConnection: Path "api" must start with '/'`],
    [
      "fails with a Google access token without scopes",
      () => withTarget({ connection: TargetConnection.url("https://run.example", { authentication: GoogleAuthentication.accessToken([]) }) }),
      `${T} HTTPTargetConnection: GoogleAccessToken needs at least one scope`,
    ],
    [
      "fails with a bad Google access token lifetime",
      () => withTarget({ connection: TargetConnection.url("https://run.example", { authentication: GoogleAuthentication.accessToken(["s"], Duration.seconds(0)) }) }),
      `${T} HTTPTargetConnection: GoogleAccessToken LifetimeInSeconds 0 is not allowed (must be a positive whole number)`,
    ],
    [
      "fails with a Google ID token without audience",
      () => withTarget({ connection: TargetConnection.url("https://run.example", { authentication: GoogleAuthentication.idToken("") }) }),
      `${T} HTTPTargetConnection: GoogleIDToken Audience is empty`,
    ],
    ["fails with a zero connect timeout", () => withTarget({ connectTimeout: Duration.millis(0) }), `${T} connect.timeout.millis 0 is not allowed (must be a positive whole number)`],
    ["fails with a zero io timeout", () => withTarget({ ioTimeout: Duration.seconds(0) }), `${T} io.timeout.millis 0 is not allowed (must be a positive whole number)`],
    [
      "fails with a Google access token lifetime that is not whole seconds",
      () => withTarget({ connection: TargetConnection.url("https://run.example", { authentication: GoogleAuthentication.accessToken(["s"], Duration.millis(1500)) }) }),
      `${T} HTTPTargetConnection: GoogleAccessToken LifetimeInSeconds 1500 milliseconds is not allowed (must be a positive whole number of seconds)`,
    ],
    [
      "fails when a timeout is given as a raw property",
      () => withTarget({ properties: { "io.timeout.millis": "1000" } }),
      `${T} property "io.timeout.millis" must be set with ioTimeout, not in properties`,
    ],
    [
      "fails with a bad target endpoint name",
      () =>
        proxy({
          proxyEndpoint: { routeRules: [RouteRule.toTarget("default", "a b")] },
          targetEndpoints: [{ name: "a b", connection: TargetConnection.url("https://a.example") }],
        }),
      `${P}TargetEndpoint name "a b" is not allowed (must be 1-255 characters of A-Za-z0-9._-)`,
    ],
  ])("%s", (_name, build, message) => {
    expect(build).toThrow(new Error(message));
  });
});

describe("VerifyJWT fails closed", () => {
  const J = `${P}policy "VJWT-Okta" (VerifyJWT): `;
  test.each<[string, () => unknown, string]>([
    ["fails with alg none", () => withPolicies(jwt({ algorithms: [JwtAlgorithm.of("none")] })), `${J}Algorithm "none" is never allowed (an unsigned token proves nothing)`],
    ["fails with an empty allowlist", () => withPolicies(jwt({ algorithms: [] })), `${J}Algorithm is empty (give an allowlist, e.g. JwtAlgorithm.RS256)`],
    [
      "fails with an unknown algorithm",
      () => withPolicies(jwt({ algorithms: [JwtAlgorithm.of("XS256")] })),
      `${J}Algorithm "XS256" is not supported (allowed: RS256, RS384, RS512, PS256, PS384, PS512, ES256, ES384, ES512, HS256, HS384, HS512)`,
    ],
    [
      "fails with a symmetric algorithm beside a public key",
      () => withPolicies(jwt({ algorithms: [JwtAlgorithm.RS256, JwtAlgorithm.HS256] })),
      `${J}Algorithm "HS256" is symmetric and must not be used with a public key (use RS*, PS* or ES*)`,
    ],
    [
      "fails with an asymmetric algorithm and a secret key",
      () => withPolicies(jwt({ algorithms: [JwtAlgorithm.RS256], key: JwtKeySource.secretKeyRef("private.hmac") })),
      `${J}Algorithm "RS256" needs a public key, not a SecretKey`,
    ],
    [
      "fails with a secret key outside private.",
      () => withPolicies(jwt({ algorithms: [JwtAlgorithm.HS256], key: JwtKeySource.secretKeyRef("gate.hmac") })),
      `${J}SecretKey Value ref "gate.hmac" must start with "private." (Apigee refuses other variables for secrets)`,
    ],
    ["fails with a plain-http JWKS", () => withPolicies(jwt({ key: JwtKeySource.jwksUri("http://idp.example/keys") })), `${J}JWKS uri "http://idp.example/keys" must be an https:// URL`],
    [
      "fails with a malformed JWKS uriRef",
      () => withPolicies(jwt({ key: JwtKeySource.jwksUriRef("{gate.jwks}") })),
      `${J}JWKS uriRef "{gate.jwks}" is not a flow variable name (letters, digits, '_', '.', '-', starting with a letter or '_')`,
    ],
    [
      "fails without a key",
      () => withPolicies(jwt({ key: undefined as unknown as JwtKeySource })),
      `${J}key is required (JwtKeySource.jwksUri, jwksUriRef, ...)`,
    ],
    ["fails without an issuer", () => withPolicies(jwt({ issuer: "" })), `${J}Issuer is required (without it any issuer's token would be accepted)`],
    ["fails without an audience", () => withPolicies(jwt({ audience: undefined as unknown as string })), `${J}Audience is required (without it tokens meant for other services would be accepted)`],
    [
      "fails with a malformed issuer ref",
      () => withPolicies(jwt({ issuer: FlowValue.ref("gate issuer") })),
      `${J}Issuer ref "gate issuer" is not a flow variable name (letters, digits, '_', '.', '-', starting with a letter or '_')`,
    ],
    [
      "fails with a registered claim in AdditionalClaims",
      () => withPolicies(jwt({ additionalClaims: [{ name: "aud", value: "x" }] })),
      `${J}AdditionalClaims claim "aud" is a registered claim (use issuer, audience or subject; Apigee rejects it here)`,
    ],
    ["fails with continueOnError", () => withPolicies(jwt({ continueOnError: true })), `${J}continueOnError true is not allowed (a failed verification must stop the request)`],
  ])("%s", (_name, build, message) => {
    expect(build).toThrow(new Error(message));
  });
});

describe("rate limits", () => {
  const va = () => new VerifyApiKey({ name: "VA-Client", apiKeyRef: "gate.client_id" });
  const Q = `${P}policy "Q-Product" (Quota): `;
  const q = (props: Partial<ConstructorParameters<typeof Quota>[0]>) => new Quota({ name: "Q-Product", limit: { allow: 10, timeUnit: QuotaTimeUnit.MINUTE }, ...props });
  test.each<[string, () => unknown, string]>([
    ["fails with an unknown quota unit", () => withPolicies(q({ limit: { allow: 10, timeUnit: QuotaTimeUnit.of("fortnight") } })), `${Q}TimeUnit "fortnight" is not allowed (allowed: minute, hour, day, week, month)`],
    ["fails with a fractional allow", () => withPolicies(q({ limit: { allow: 2.5, timeUnit: QuotaTimeUnit.HOUR } })), `${Q}Allow 2.5 is not allowed (must be a positive whole number)`],
    ["fails with a zero interval", () => withPolicies(q({ limit: { allow: 1, interval: 0, timeUnit: QuotaTimeUnit.HOUR } })), `${Q}Interval 0 is not allowed (must be a positive whole number)`],
    [
      "fails with a bad product default config",
      () => withPolicies(va(), q({ limit: undefined, useQuotaConfigInApiProduct: { stepName: "VA-Client", defaultConfig: { allow: 0, timeUnit: QuotaTimeUnit.DAY } } })),
      `${Q}DefaultConfig Allow 0 is not allowed (must be a positive whole number)`,
    ],
    [
      "fails with both a limit and the product config",
      () => withPolicies(va(), q({ useQuotaConfigInApiProduct: { stepName: "VA-Client", defaultConfig: { allow: 1, timeUnit: QuotaTimeUnit.DAY } } })),
      `${Q}give either limit or useQuotaConfigInApiProduct, not both`,
    ],
    ["fails without any limit", () => withPolicies(q({ limit: undefined })), `${Q}a limit is required (limit or useQuotaConfigInApiProduct)`],
    [
      "fails when the product config's stepName is not a VerifyAPIKey policy",
      () => withPolicies(va(), rf(), q({ limit: undefined, useQuotaConfigInApiProduct: { stepName: "RF-Stop", defaultConfig: { allow: 1, timeUnit: QuotaTimeUnit.DAY } } })),
      `${Q}UseQuotaConfigInAPIProduct stepName "RF-Stop" must name a VerifyAPIKey or OAuthV2 policy of the bundle (candidates: VA-Client)`,
    ],
    ["fails with a malformed StartTime", () => withPolicies(q({ startTime: "2026-01-01T00:00:00Z" })), `${Q}StartTime "2026-01-01T00:00:00Z" is not allowed (format yyyy-MM-dd HH:mm:ss, GMT)`],
    [
      "fails with a malformed quota identifier",
      () => withPolicies(q({ identifierRef: "{client_id}" })),
      `${Q}Identifier ref "{client_id}" is not a flow variable name (letters, digits, '_', '.', '-', starting with a letter or '_')`,
    ],
    [
      "fails with a malformed quota message weight",
      () => withPolicies(q({ messageWeightRef: "" })),
      `${Q}MessageWeight ref "" is not a flow variable name (letters, digits, '_', '.', '-', starting with a letter or '_')`,
    ],
    [
      "fails with a spike-arrest rate that is not a Rate (a JavaScript caller's string)",
      () => withPolicies(new SpikeArrest({ name: "SA-Burst", rate: "20ps" as unknown as Rate })),
      `${P}policy "SA-Burst" (SpikeArrest): Rate "20ps" is not allowed (a Rate, e.g. Rate.perSecond(20))`,
    ],
    [
      "fails with a malformed spike-arrest identifier",
      () => withPolicies(new SpikeArrest({ name: "SA-Burst", rate: Rate.perSecond(5), identifierRef: "a b" })),
      `${P}policy "SA-Burst" (SpikeArrest): Identifier ref "a b" is not a flow variable name (letters, digits, '_', '.', '-', starting with a letter or '_')`,
    ],
  ])("%s", (_name, build, message) => {
    expect(build).toThrow(new Error(message));
  });
});

describe("other policies", () => {
  const label = (name: string, kind: string) => `${P}policy "${name}" (${kind}): `;
  const VAR = "is not a flow variable name (letters, digits, '_', '.', '-', starting with a letter or '_')";
  const kvm = (gets: ConstructorParameters<typeof KeyValueMapOperations>[0]["gets"], mapIdentifier = "gate-config") =>
    new KeyValueMapOperations({ name: "KVM-Get", mapIdentifier, gets });
  const sc = (props: Partial<ConstructorParameters<typeof ServiceCallout>[0]>) =>
    new ServiceCallout({ name: "SC-Secret", response: "secretResponse", connection: TargetConnection.url("https://secretmanager.googleapis.com/v1/x"), ...props });
  const cacheKey = { fragments: ["k"] };
  test.each<[string, () => unknown, string]>([
    ["fails with a bad APIKey ref", () => withPolicies(new VerifyApiKey({ name: "VA-Client", apiKeyRef: "" })), `${label("VA-Client", "VerifyAPIKey")}APIKey ref "" ${VAR}`],
    ["fails with a bad DecodeJWT source", () => withPolicies(new DecodeJwt({ name: "JWT-Decode", source: "a b" })), `${label("JWT-Decode", "DecodeJWT")}Source "a b" ${VAR}`],
    ["fails with a bad KVM mapIdentifier", () => withPolicies(kvm([{ assignTo: "x", key: ["k"] }], "gate config")), `${P}policy "KVM-Get" (KeyValueMapOperations): mapIdentifier "gate config" is not allowed (must be 1-255 characters of A-Za-z0-9._-)`],
    ["fails with no KVM gets", () => withPolicies(kvm([])), `${label("KVM-Get", "KeyValueMapOperations")}gets is empty (give at least one Get)`],
    ["fails with an empty KVM key", () => withPolicies(kvm([{ assignTo: "x", key: [] }])), `${label("KVM-Get", "KeyValueMapOperations")}Get into "x" has an empty key`],
    ["fails with a bad KVM assignTo", () => withPolicies(kvm([{ assignTo: "{x}", key: ["k"] }])), `${label("KVM-Get", "KeyValueMapOperations")}Get assignTo "{x}" ${VAR}`],
    ["fails with a bad KVM key ref", () => withPolicies(kvm([{ assignTo: "x", key: [FlowValue.ref("a b")] }])), `${label("KVM-Get", "KeyValueMapOperations")}Key Parameter ref "a b" ${VAR}`],
    [
      "fails with an AssignVariable giving two sources",
      () => withPolicies(new AssignMessage({ name: "AM-Set", assignVariables: [{ name: "x", value: "1", ref: "y" }] })),
      `${label("AM-Set", "AssignMessage")}AssignVariable "x" needs exactly one of value, ref or template (got 2)`,
    ],
    ["fails with a bad AssignVariable name", () => withPolicies(new AssignMessage({ name: "AM-Set", assignVariables: [{ name: "a b", value: "1" }] })), `${label("AM-Set", "AssignMessage")}AssignVariable name "a b" ${VAR}`],
    ["fails with a bad AssignVariable ref", () => withPolicies(new AssignMessage({ name: "AM-Set", assignVariables: [{ name: "x", ref: "{y}" }] })), `${label("AM-Set", "AssignMessage")}AssignVariable "x" ref "{y}" ${VAR}`],
    ["fails with a bad status code", () => withPolicies(new AssignMessage({ name: "AM-Set", set: { statusCode: 999 } })), `${label("AM-Set", "AssignMessage")}Set StatusCode 999 is not an HTTP status (100-599)`],
    [
      "fails with a bad AssignTo variable",
      () => withPolicies(new AssignMessage({ name: "AM-Set", assignTo: { type: "request", createNew: true, variable: "a b" }, set: { verb: "GET" } })),
      `${label("AM-Set", "AssignMessage")}AssignTo variable "a b" ${VAR}`,
    ],
    ["fails with nothing to extract", () => withPolicies(new ExtractVariables({ name: "EV-X" })), `${label("EV-X", "ExtractVariables")}nothing to extract (give uriPaths, queryParams, headers or jsonPayload)`],
    ["fails with a JSONPath not starting with $", () => withPolicies(new ExtractVariables({ name: "EV-X", jsonPayload: [{ name: "iss", jsonPath: "iss" }] })), `${label("EV-X", "ExtractVariables")}JSONPath "iss" of "iss" must start with '$'`],
    ["fails with a bad JSONPayload variable name", () => withPolicies(new ExtractVariables({ name: "EV-X", jsonPayload: [{ name: "a b", jsonPath: "$.a" }] })), `${label("EV-X", "ExtractVariables")}JSONPayload variable name "a b" ${VAR}`],
    ["fails with a header without patterns", () => withPolicies(new ExtractVariables({ name: "EV-X", headers: [{ name: "Authorization", patterns: [] }] })), `${label("EV-X", "ExtractVariables")}"Authorization" has no patterns`],
    ["fails with a bad variable prefix", () => withPolicies(new ExtractVariables({ name: "EV-X", variablePrefix: "a b", uriPaths: ["/x"] })), `${label("EV-X", "ExtractVariables")}VariablePrefix "a b" ${VAR}`],
    [
      "fails when an audit message logs a private variable",
      () => withPolicies(new MessageLogging({ name: "ML-Audit", logName: "projects/p/logs/l", message: '{"key":"{private.prefect.api_key}"}' })),
      `${label("ML-Audit", "MessageLogging")}Message references {private.prefect.api_key} (secrets, tokens and the Authorization header must never be logged)`,
    ],
    [
      "fails when an audit message logs the Authorization header",
      () => withPolicies(new MessageLogging({ name: "ML-Audit", logName: "projects/p/logs/l", message: "{request.header.Authorization}" })),
      `${label("ML-Audit", "MessageLogging")}Message references {request.header.Authorization} (secrets, tokens and the Authorization header must never be logged)`,
    ],
    ["fails with an empty log name", () => withPolicies(new MessageLogging({ name: "ML-Audit", logName: " ", message: "x" })), `${label("ML-Audit", "MessageLogging")}LogName is empty`],
    ["fails with an empty log message", () => withPolicies(new MessageLogging({ name: "ML-Audit", logName: "projects/p/logs/l", message: "" })), `${label("ML-Audit", "MessageLogging")}Message is empty`],
    ["fails with a non-error RaiseFault status", () => withPolicies(new RaiseFault({ name: "RF-Ok", statusCode: 200, reasonPhrase: "OK" })), `${label("RF-Ok", "RaiseFault")}StatusCode 200 is not an error status (400-599)`],
    ["fails with a bad FlowCallout target", () => withPolicies(new FlowCallout({ name: "FC-X", sharedFlowBundle: "gate common" })), `${P}policy "FC-X" (FlowCallout): SharedFlowBundle "gate common" is not allowed (must be 1-255 characters of A-Za-z0-9._-)`],
    ["fails with a bad ServiceCallout URL", () => withPolicies(sc({ connection: TargetConnection.url("ftp://x") })), `${label("SC-Secret", "ServiceCallout")}HTTPTargetConnection: URL "ftp://x" is not allowed (must be an absolute http:// or https:// URL)`],
    ["fails with a bad ServiceCallout response variable", () => withPolicies(sc({ response: "a b" })), `${label("SC-Secret", "ServiceCallout")}Response "a b" ${VAR}`],
    ["fails with a bad ServiceCallout request variable", () => withPolicies(sc({ request: { variable: "a b" } })), `${label("SC-Secret", "ServiceCallout")}Request variable "a b" ${VAR}`],
    ["fails with a bad ServiceCallout timeout", () => withPolicies(sc({ timeout: Duration.millis(0) })), `${label("SC-Secret", "ServiceCallout")}Timeout 0 is not allowed (must be a positive whole number)`],
    ["fails with a cache key without fragments", () => withPolicies(new LookupCache({ name: "LC-K", cacheKey: { fragments: [] }, assignTo: "x" })), `${label("LC-K", "LookupCache")}CacheKey has no KeyFragment`],
    ["fails with a bad cache key ref", () => withPolicies(new LookupCache({ name: "LC-K", cacheKey: { fragments: [FlowValue.ref("a b")] }, assignTo: "x" })), `${label("LC-K", "LookupCache")}KeyFragment ref "a b" ${VAR}`],
    ["fails with a bad LookupCache assignTo", () => withPolicies(new LookupCache({ name: "LC-K", cacheKey, assignTo: "a b" })), `${label("LC-K", "LookupCache")}AssignTo "a b" ${VAR}`],
    ["fails with a zero cache TTL", () => withPolicies(new PopulateCache({ name: "PC-K", cacheKey, ttl: Duration.seconds(0), source: "x" })), `${label("PC-K", "PopulateCache")}ExpirySettings TimeoutInSec 0 is not allowed (must be a positive whole number)`],
    ["fails with a cache TTL of a fraction of a second", () => withPolicies(new PopulateCache({ name: "PC-K", cacheKey, ttl: Duration.millis(1500), source: "x" })), `${label("PC-K", "PopulateCache")}ExpirySettings TimeoutInSec 1500 milliseconds is not allowed (must be a positive whole number of seconds)`],
    ["fails with a bad PopulateCache source", () => withPolicies(new PopulateCache({ name: "PC-K", cacheKey, ttl: Duration.seconds(60), source: "" })), `${label("PC-K", "PopulateCache")}Source "" ${VAR}`],
    ["fails with no JSON limits", () => withPolicies(new JsonThreatProtection({ name: "JTP-Body" })), `${label("JTP-Body", "JSONThreatProtection")}no limit is set (give at least one)`],
    ["fails with a bad JSON limit", () => withPolicies(new JsonThreatProtection({ name: "JTP-Body", containerDepth: -3 })), `${label("JTP-Body", "JSONThreatProtection")}ContainerDepth -3 is not allowed (must be a positive whole number)`],
    ["fails with a malformed Pub/Sub topic", () => withPolicies(new PublishMessage({ name: "PM-X", topic: "orders-events", payload: "{}" })), `${label("PM-X", "PublishMessage")}Topic "orders-events" is not allowed (must be projects/<project>/topics/<topic>)`],
    ["fails with an empty Pub/Sub message", () => withPolicies(new PublishMessage({ name: "PM-X", topic: "projects/p/topics/t", payload: "" })), `${label("PM-X", "PublishMessage")}Source (the message) is empty`],
    [
      "fails with a Javascript script that is not a jsc resource",
      () => withPolicies(new Javascript({ name: "JS-X", script: ResourceFile.properties("x.properties", "") })),
      `${label("JS-X", "Javascript")}script "properties://x.properties" must be a jsc:// resource`,
    ],
    ["fails with a bad Javascript time limit", () => withPolicies(new Javascript({ name: "JS-X", script: ResourceFile.javascript("x.js", ""), timeLimit: Duration.millis(0) })), `${label("JS-X", "Javascript")}timeLimit 0 is not allowed (must be a positive whole number)`],
  ])("%s", (_name, build, message) => {
    expect(build).toThrow(new Error(message));
  });
});
