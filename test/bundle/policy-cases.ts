// One typical configuration of each policy kind, as the gate uses them; policies.test.ts holds their expected XML.
import { Duration } from "../../src/core/duration";
import { Rate } from "../../src/core/rate";
import {
  AssignMessage,
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
  PublishMessage,
  Quota,
  QuotaTimeUnit,
  QuotaType,
  RaiseFault,
  ResourceFile,
  ServiceCallout,
  SpikeArrest,
  TargetConnection,
  VerifyApiKey,
  VerifyJwt,
} from "../../src/apigee/bundle";

export const POLICY_CASES: Record<string, () => Policy> = {
  "VerifyJWT (literal issuer, JWKS uri)": () =>
    new VerifyJwt({
      name: "VJWT-Google",
      algorithms: [JwtAlgorithm.RS256, JwtAlgorithm.ES256],
      key: JwtKeySource.jwksUri("https://www.googleapis.com/oauth2/v3/certs"),
      issuer: "https://accounts.google.com",
      audience: "https://gate.acme.example/orders",
      subject: FlowValue.ref("gate.expected_sub"),
      additionalClaims: [{ name: "email_verified", value: "true", type: "boolean" }],
      timeAllowance: Duration.seconds(30),
      maxLifespan: Duration.hours(1),
    }),
  "VerifyJWT (runtime issuer, audience and JWKS)": () =>
    new VerifyJwt({
      name: "VJWT-Okta",
      displayName: "Verify Okta token",
      algorithms: [JwtAlgorithm.RS256],
      key: JwtKeySource.jwksUriRef("gate.okta.jwks_uri"),
      issuer: FlowValue.ref("gate.okta.issuer"),
      audience: FlowValue.ref("gate.okta.audience"),
      additionalClaims: [{ name: "scp", value: FlowValue.ref("gate.scope"), array: true }],
    }),
  DecodeJWT: () => new DecodeJwt({ name: "JWT-Decode" }),
  VerifyAPIKey: () => new VerifyApiKey({ name: "VA-Client", apiKeyRef: "jwt.VJWT-Okta.decoded.claim.cid" }),
  "Quota (product config)": () =>
    new Quota({
      name: "Q-Product",
      identifierRef: "client_id",
      useQuotaConfigInApiProduct: { stepName: "VA-Client", defaultConfig: { allow: 60, timeUnit: QuotaTimeUnit.MINUTE } },
    }),
  "Quota (calendar, fixed limit)": () =>
    new Quota({
      name: "Q-Daily",
      type: QuotaType.CALENDAR,
      limit: { allow: 1000, interval: 1, timeUnit: QuotaTimeUnit.DAY },
      identifierRef: "client_id",
      messageWeightRef: "gate.weight",
      startTime: "2026-01-01 00:00:00",
      synchronous: false,
    }),
  SpikeArrest: () => new SpikeArrest({ name: "SA-Burst", rate: Rate.perMinute(30), identifierRef: "client_id", useEffectiveCount: false }),
  KeyValueMapOperations: () =>
    new KeyValueMapOperations({
      name: "KVM-GetDeployment",
      mapIdentifier: "orders-gate-config",
      expiry: Duration.minutes(5),
      gets: [
        { assignTo: "gate.deployment_id", key: ["deployment", FlowValue.ref("route.deployment")] },
        { assignTo: "private.gate.webhook_secret", key: ["webhook-secret"] },
      ],
    }),
  AssignMessage: () =>
    new AssignMessage({
      name: "AM-PrefectRequest",
      remove: { headers: ["Authorization"], queryParams: ["access_token"] },
      add: { headers: { "X-Gate": "orders" } },
      set: {
        headers: { Authorization: "Bearer {private.prefect.api_key}" },
        queryParams: { source: "gate" },
        payload: { contentType: "application/json", content: '{"idempotency_key":"{gate.idempotency_key}","note":"a < b & c"}' },
        verb: "POST",
        path: "/create_flow_run",
      },
      assignVariables: [
        { name: "target.copy.pathsuffix", value: "false" },
        { name: "gate.sub_json", template: "{escapeJSON(jwt.VJWT-Okta.decoded.claim.sub)}" },
        { name: "gate.client", ref: "client_id" },
      ],
    }),
  "AssignMessage (new response)": () =>
    new AssignMessage({
      name: "AM-Accepted",
      assignTo: { type: "response", createNew: true },
      set: { statusCode: 202, reasonPhrase: "Accepted" },
      ignoreUnresolvedVariables: true,
    }),
  ExtractVariables: () =>
    new ExtractVariables({
      name: "EV-Request",
      variablePrefix: "route",
      uriPaths: ["/deployments/{deployment}/runs"],
      queryParams: [{ name: "dry_run", patterns: ["{dry_run}"] }],
      headers: [{ name: "Authorization", patterns: ["Bearer {token}"] }],
      jsonPayload: [{ name: "iss", jsonPath: "$.iss" }, { name: "count", jsonPath: "$.items.length()", type: "integer" }],
    }),
  MessageLogging: () =>
    new MessageLogging({
      name: "ML-Audit",
      logName: "projects/{organization.name}/logs/orders-gate-audit",
      message: '{"sub":"{gate.subject}","status":"{message.status.code}"}',
      labels: { proxy: "{apiproxy.name}" },
    }),
  RaiseFault: () =>
    new RaiseFault({
      name: "RF-Unauthorized",
      statusCode: 401,
      reasonPhrase: "Unauthorized",
      headers: { "WWW-Authenticate": 'Bearer error="invalid_token"' },
      payload: { contentType: "application/json", content: '{"code":"signature_invalid"}' },
    }),
  FlowCallout: () => new FlowCallout({ name: "FC-Common", sharedFlowBundle: "gate-common", parameters: { "gate.mode": "strict" } }),
  ServiceCallout: () =>
    new ServiceCallout({
      name: "SC-SecretManager",
      request: { variable: "secretRequest", headers: { Accept: "application/json" } },
      response: "secretResponse",
      timeout: Duration.millis(5000),
      connection: TargetConnection.url("https://secretmanager.googleapis.com/v1/projects/acme-data-prod/secrets/k/versions/latest:access", {
        authentication: GoogleAuthentication.accessToken(["https://www.googleapis.com/auth/cloud-platform"]),
      }),
    }),
  PopulateCache: () =>
    new PopulateCache({
      name: "PC-PrefectKey",
      cacheKey: { prefix: "orders-gate", fragments: ["prefect-key", FlowValue.ref("environment.name")] },
      scope: "Application",
      ttl: Duration.minutes(10),
      source: "private.prefect.api_key",
    }),
  LookupCache: () =>
    new LookupCache({
      name: "LC-PrefectKey",
      cacheKey: { prefix: "orders-gate", fragments: ["prefect-key", FlowValue.ref("environment.name")] },
      cacheResource: "gate-cache",
      assignTo: "private.prefect.api_key",
    }),
  JSONThreatProtection: () =>
    new JsonThreatProtection({ name: "JTP-Body", arrayElementCount: 64, containerDepth: 8, objectEntryCount: 32, objectEntryNameLength: 64, stringValueLength: 4096 }),
  PublishMessage: () =>
    new PublishMessage({ name: "PM-Status", topic: "projects/acme-data-prod/topics/orders-gate-events", payload: '{"run":"{gate.flow_run_id}"}' }),
  Javascript: () =>
    new Javascript({
      name: "JS-BodyAllowlist",
      script: ResourceFile.javascript("body-allowlist.js", "// checks the body\n"),
      timeLimit: Duration.millis(500),
      properties: { allowed: "parameters,name,tags" },
    }),
};
