// A gate-like proxy and a shared flow built with the bundle model: what the L3 GatedPipeline will build (DESIGN §3,
// decisions 5-9). Shared by the apigeelint, determinism and XML tests. Every id here is an obviously fake placeholder.
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
  PopulateCache,
  ProxyBundle,
  PublishMessage,
  Quota,
  QuotaTimeUnit,
  QuotaType,
  RaiseFault,
  ResourceFile,
  RouteRule,
  ServiceCallout,
  SharedFlowBundle,
  SpikeArrest,
  Step,
  TargetConnection,
  VerifyApiKey,
  VerifyJwt,
} from "../../src/apigee/bundle";

const OKTA_ISSUER = "https://acme.okta.example/oauth2/aus1abc";
const GOOGLE_ISSUER = "https://accounts.google.com";
const json = (o: unknown) => JSON.stringify(o);
const fault = (name: string, status: number, reason: string, code: string, headers?: Record<string, string>) =>
  new RaiseFault({ name, statusCode: status, reasonPhrase: reason, headers, payload: { contentType: "application/json", content: json({ code }) } });

export function gateSharedFlow(): SharedFlowBundle {
  return new SharedFlowBundle({
    name: "gate-common",
    description: "Request hygiene shared by every gate",
    sharedFlows: [
      {
        steps: [
          Step.of(
            new JsonThreatProtection({ name: "JTP-Body", containerDepth: 8, objectEntryCount: 32, arrayElementCount: 64, stringValueLength: 4096 }),
            Condition.all(Condition.isSet("request.content"), Condition.equals("request.header.content-type", "application/json")),
          ),
          new AssignMessage({ name: "AM-Correlation", assignVariables: [{ name: "gate.correlation_id", ref: "messageid" }] }),
        ],
      },
    ],
  });
}

export function gateProxy(): ProxyBundle {
  const decode = new DecodeJwt({ name: "JWT-Decode" });
  const iss = "jwt.JWT-Decode.decoded.claim.iss";
  const config = new KeyValueMapOperations({
    name: "KVM-GetConfig",
    mapIdentifier: "orders-gate-config",
    expiry: Duration.minutes(5),
    gets: [
      { assignTo: "gate.okta.jwks_uri", key: ["issuer", "okta", "jwks_uri"] },
      { assignTo: "gate.okta.audience", key: ["issuer", "okta", "audience"] },
    ],
  });
  const okta = new VerifyJwt({
    name: "VJWT-Okta",
    algorithms: [JwtAlgorithm.RS256],
    key: JwtKeySource.jwksUriRef("gate.okta.jwks_uri"),
    issuer: OKTA_ISSUER,
    audience: FlowValue.ref("gate.okta.audience"),
    timeAllowance: Duration.seconds(60),
    maxLifespan: Duration.hours(2),
    additionalClaims: [{ name: "scp", value: "flowruns:create", array: true }],
  });
  const google = new VerifyJwt({
    name: "VJWT-Google",
    algorithms: [JwtAlgorithm.RS256],
    key: JwtKeySource.jwksUri("https://www.googleapis.com/oauth2/v3/certs"),
    issuer: GOOGLE_ISSUER,
    audience: "https://gate.acme.example/orders",
    timeAllowance: Duration.seconds(60),
    maxLifespan: Duration.hours(1),
  });
  // The name of the issuer whose VerifyJWT ran, and the consumer key bound to it (GP018).
  const issuerName = (name: string, value: string) => new AssignMessage({ name, assignVariables: [{ name: "gate.issuer_name", value }] });
  const clientId = new AssignMessage({
    name: "AM-ClientId",
    assignVariables: [
      { name: "gate.client_id", template: "{firstnonnull(jwt.VJWT-Okta.decoded.claim.cid,jwt.VJWT-Google.decoded.claim.azp)}" },
      { name: "gate.subject", template: "{firstnonnull(jwt.VJWT-Okta.decoded.claim.sub,jwt.VJWT-Google.decoded.claim.sub)}" },
      { name: "gate.consumer_key_input", template: "orders|{gate.issuer_name}|{gate.client_id}" },
      { name: "gate.consumer_key", template: "{sha256Hex(gate.consumer_key_input)}" },
    ],
  });
  const verifyKey = new VerifyApiKey({ name: "VA-Client", apiKeyRef: "gate.consumer_key" });
  const quota = new Quota({
    name: "Q-Product",
    type: QuotaType.CALENDAR,
    identifierRef: "gate.client_id",
    startTime: "2026-01-01 00:00:00",
    useQuotaConfigInApiProduct: { stepName: "VA-Client", defaultConfig: { allow: 10, timeUnit: QuotaTimeUnit.MINUTE } },
  });
  const route = new ExtractVariables({ name: "EV-Route", source: "request", variablePrefix: "route", uriPaths: ["/deployments/{deployment}/runs"] });
  const deployment = new KeyValueMapOperations({
    name: "KVM-GetDeployment",
    mapIdentifier: "orders-gate-config",
    expiry: Duration.minutes(5),
    gets: [{ assignTo: "gate.deployment_id", key: ["deployment", FlowValue.ref("route.deployment")] }],
  });
  const idempotency = new AssignMessage({
    name: "AM-IdempotencyKey",
    assignVariables: [
      { name: "gate.idempotency_input", template: "{jwt.JWT-Decode.decoded.claim.iss}|{gate.subject}|{route.deployment}|{request.header.idempotency-key}" },
      { name: "gate.idempotency_key", template: "{sha256Hex(gate.idempotency_input)}" },
    ],
  });
  const allowlist = new Javascript({
    name: "JS-BodyAllowlist",
    script: ResourceFile.javascript(
      "body-allowlist.js",
      [
        "(function () {",
        '  "use strict";',
        '  var allowed = ["parameters", "name", "tags"];',
        '  var body = JSON.parse(context.getVariable("request.content") || "{}");',
        "  var bad = Object.keys(body).filter(function (k) { return allowed.indexOf(k) < 0; });",
        '  context.setVariable("gate.body_rejected", bad.length > 0);',
        "})();",
        "",
      ].join("\n"),
    ),
  });
  const audit = new MessageLogging({
    name: "ML-Audit",
    logName: "projects/{organization.name}/logs/orders-gate-audit",
    message: '{"messageid":"{messageid}","iss":"{escapeJSON(jwt.JWT-Decode.decoded.claim.iss)}","sub":"{escapeJSON(gate.subject)}","client_id":"{gate.client_id}","path":"{proxy.pathsuffix}","status":"{message.status.code}"}',
    labels: { proxy: "{apiproxy.name}", env: "{environment.name}" },
  });

  const cacheKey = { prefix: "orders-gate", fragments: ["prefect-key"] };
  const prefectKey = "private.prefect.api_key";
  return new ProxyBundle({
    name: "orders-gate",
    description: "Gate in front of Prefect deployments",
    basePath: "/orders",
    proxyEndpoint: {
      preFlow: {
        request: [
          new FlowCallout({ name: "FC-Common", sharedFlowBundle: "gate-common" }),
          new SpikeArrest({ name: "SA-Burst", rate: Rate.perSecond(20), identifierRef: "client.ip" }),
          Step.of(fault("RF-TokenInQuery", 401, "Unauthorized", "token_in_query"), Condition.isSet("request.queryparam.access_token")),
          decode,
          config,
          Step.of(okta, Condition.equals(iss, OKTA_ISSUER)),
          Step.of(google, Condition.equals(iss, GOOGLE_ISSUER)),
          Step.of(
            fault("RF-IssuerUnknown", 401, "Unauthorized", "issuer_unknown", { "WWW-Authenticate": 'Bearer error="invalid_token"' }),
            Condition.all(Condition.notEquals(iss, OKTA_ISSUER), Condition.notEquals(iss, GOOGLE_ISSUER)),
          ),
          Step.of(issuerName("AM-IssuerOkta", "okta"), Condition.equals(iss, OKTA_ISSUER)),
          Step.of(issuerName("AM-IssuerGoogle", "google"), Condition.equals(iss, GOOGLE_ISSUER)),
          clientId,
          new SpikeArrest({ name: "SA-Caller", rate: Rate.perSecond(5), identifierRef: "gate.consumer_key" }),
          verifyKey,
          quota,
        ],
      },
      flows: [
        {
          name: "triggerRun",
          condition: Condition.pathMatches("/deployments/*/runs").and(Condition.verbIs("POST")),
          request: [
            Step.of(fault("RF-IdempotencyMissing", 400, "Bad Request", "idempotency_key_missing"), Condition.isNull("request.header.idempotency-key")),
            route,
            deployment,
            Step.of(fault("RF-DeploymentNotFound", 404, "Not Found", "deployment_not_found"), Condition.isNull("gate.deployment_id")),
            allowlist,
            Step.of(fault("RF-BodyRejected", 400, "Bad Request", "forbidden_field"), Condition.isTrue("gate.body_rejected")),
            idempotency,
          ],
        },
        { name: "notFound", request: [fault("RF-NotFound", 404, "Not Found", "route_not_found")] },
      ],
      postClientFlow: { response: [audit] },
      faultRules: [
        {
          name: "jwt-failed",
          condition: Condition.isTrue("JWT.failed"),
          steps: [fault("RF-Unauthorized", 401, "Unauthorized", "signature_invalid", { "WWW-Authenticate": 'Bearer error="invalid_token"' })],
        },
        {
          name: "quota-exceeded",
          condition: Condition.equals("fault.name", "QuotaViolation"),
          steps: [fault("RF-QuotaExceeded", 429, "Too Many Requests", "quota_exceeded", { "Retry-After": "60" })],
        },
      ],
      defaultFaultRule: {
        steps: [
          new AssignMessage({
            name: "AM-GenericError",
            set: { payload: { contentType: "application/json", content: json({ code: "internal_error", messageid: "{messageid}" }) } },
            ignoreUnresolvedVariables: true,
          }),
        ],
      },
      routeRules: [RouteRule.toTarget("prefect", "prefect", Condition.pathMatches("/deployments/*/runs")), RouteRule.noRoute("none")],
    },
    targetEndpoints: [
      {
        name: "prefect",
        connection: TargetConnection.url("https://api.prefect.cloud"),
        connectTimeout: Duration.millis(3000),
        ioTimeout: Duration.millis(10000),
        properties: { "success.codes": "1xx,2xx,3xx,4xx" },
        preFlow: {
          request: [
            new LookupCache({ name: "LC-PrefectKey", cacheKey, assignTo: prefectKey }),
            Step.of(
              new ServiceCallout({
                name: "SC-SecretManager",
                request: { variable: "secretRequest", verb: "GET" },
                response: "secretResponse",
                timeout: Duration.millis(5000),
                connection: TargetConnection.url(
                  "https://secretmanager.googleapis.com/v1/projects/acme-data-prod/secrets/orders-gate-prefect-key/versions/latest:access",
                  { authentication: GoogleAuthentication.accessToken(["https://www.googleapis.com/auth/cloud-platform"]) },
                ),
              }),
              Condition.isNull(prefectKey),
            ),
            Step.of(
              new ExtractVariables({
                name: "EV-SecretPayload",
                source: "secretResponse",
                variablePrefix: "private.secret",
                jsonPayload: [{ name: "data", jsonPath: "$.payload.data" }],
              }),
              Condition.all(Condition.isNull(prefectKey), Condition.isSet("secretResponse.content")),
            ),
            Step.of(
              new AssignMessage({ name: "AM-DecodeKey", assignVariables: [{ name: prefectKey, template: "{decodeBase64(private.secret.data)}" }] }),
              Condition.isNull(prefectKey),
            ),
            Step.of(new PopulateCache({ name: "PC-PrefectKey", cacheKey, ttl: Duration.minutes(10), source: prefectKey }), Condition.isSet("private.secret.data")),
            new AssignMessage({
              name: "AM-PrefectRequest",
              remove: { headers: ["Authorization", "Idempotency-Key"] },
              set: {
                headers: { Authorization: "Bearer {private.prefect.api_key}" },
                verb: "POST",
                payload: { contentType: "application/json", content: '{"idempotency_key":"{gate.idempotency_key}","tags":["gw:msg:{messageid}"]}' },
              },
              assignVariables: [
                { name: "target.copy.pathsuffix", value: "false" },
                {
                  name: "target.url",
                  template: "https://api.prefect.cloud/api/accounts/00000000-0000-4000-8000-00000000000a/workspaces/00000000-0000-4000-8000-00000000000b/deployments/{gate.deployment_id}/create_flow_run",
                },
              ],
            }),
          ],
        },
        postFlow: {
          response: [
            new PublishMessage({
              name: "PM-RunCreated",
              topic: "projects/acme-data-prod/topics/orders-gate-events",
              payload: '{"messageid":"{messageid}","status":"{response.status.code}"}',
            }),
          ],
        },
      },
    ],
  });
}
