/**
 * The gate simulator: decides offline, as the deployed gate would, whether a request passes and what it would send
 * to Prefect. Checks run in the gate's order:
 *
 * 1. route and method (404 `route_not_found`, 405 `method_not_allowed`), host when a `host` header is given;
 * 2. spike arrest, gate-wide (429 `spike_arrest`);
 * 3. token location and presence (401 `token_in_query`, `token_missing`), then JWT verification (401, see
 *    `verifyToken`) — except on `POST /events`, which Prefect authenticates with the webhook secret;
 * 4. the caller: the client id claim names a registered client of that issuer (403 `client_unknown`);
 * 5. the deployment exists (404 `deployment_not_found`), then one of the caller's products grants it
 *    (403 `client_not_authorized`). Existence is checked after authentication, so only registered callers can tell
 *    an unknown deployment from a forbidden one, and both are refused before any upstream call (DESIGN decision 5);
 * 6. the product quota (429 `quota_exceeded`): the first of the caller's products (in the client's order) that
 *    grants the deployment is charged, per client and product, in windows aligned to the quota's time unit;
 *    a request refused later (e.g. a bad body) has already used its quota, as in Apigee;
 * 7. the body: size, JSON object, forbidden fields, unknown fields, field types, reserved tags, allowed parameters
 *    (400), then the Idempotency-Key header (400);
 * 8. the upstream request, with the Prefect key redacted and values unknown offline as `{placeholders}`.
 *
 * `GET /runs/{id}` is passed on after steps 1–4; the gate answers 403 `run_not_owned` afterwards unless the run
 * carries the caller's tag, which only Prefect knows. `POST /events` needs the webhook secret header: it is compared
 * with `set.webhook_secret` when given, otherwise the decision is `webhook_secret_unverified` (allowed, unverifiable
 * offline). The simulator never fetches anything: key sets come from `jwks`.
 */
import { timingSafeEqual } from "crypto";
import {
  ALLOWED_BODY_FIELDS,
  callerTag,
  createFlowRunPath,
  FORBIDDEN_BODY_FIELDS,
  IDEMPOTENCY_HEADER,
  IDEMPOTENCY_KEY,
  idempotencyKey,
  JSON_LIMITS,
  JWS_LIKE,
  messageTag,
  readFlowRunPath,
  RESERVED_TAG_PREFIX,
  TOKEN_QUERY_PARAMETERS,
  WEBHOOK_SECRET_HEADER,
} from "../gate/contract";
import { GateManifest, ManifestClient, ManifestProduct } from "../gate/manifest";
import { allowed, Decision, REDACTED, refusal, UpstreamRequest, WEBHOOK_SECRET_UNVERIFIED } from "./decision";
import { GateRequest, headerValue, parseGateRequest } from "./gate-request";
import { parseGateManifest } from "./parse-manifest";
import { QuotaState, quotaWindow, spikeArrestWindow } from "./quota-state";
import { References } from "./references";
import { matchRoute } from "./route";
import { SimulationError } from "./simulation-error";
import { JwksOption, verifyToken } from "./verify-token";

export interface SimulateOptions {
  /** The time of the requests, in unix seconds (a request's own `at` wins). Required: decisions are reproducible. */
  readonly now: number;
  /**
   * Public key sets: one `{"keys": [...]}` for every issuer, or one per issuer name. They replace the issuers'
   * remote JWKS (the simulator never fetches).
   * @default none: any request that reaches JWT verification fails with a `SimulationError`
   */
  readonly jwks?: JwksOption;
  /**
   * Values of `{"tfRef": ...}` entries, by Terraform expression or by placeholder name (`account_id`,
   * `workspace_id`, `deployment_id:<deployment>`), and `webhook_secret` for `POST /events`.
   * @default none: unknown values stay placeholders, and a decision that needs one fails with a `SimulationError`
   */
  readonly set?: Readonly<Record<string, string>>;
  /**
   * Counters carried between calls (spike arrest, quotas).
   * @default a fresh state for this call, shared by the requests of a sequence
   */
  readonly quotaState?: QuotaState;
}

/** Name in `set` of the webhook secret Prefect sends on `POST /events`. */
export const WEBHOOK_SECRET_SET_NAME = "webhook_secret";
/** Written in place of Apigee's message id, which exists only at runtime. */
export const MESSAGE_ID_PLACEHOLDER = "{message_id}";

export function simulateGate(manifest: GateManifest, request: GateRequest, options: SimulateOptions): Promise<Decision>;
export function simulateGate(manifest: GateManifest, requests: readonly GateRequest[], options: SimulateOptions): Promise<Decision[]>;
export function simulateGate(manifest: GateManifest, requests: GateRequest | readonly GateRequest[], options: SimulateOptions): Promise<Decision | Decision[]>;
export async function simulateGate(
  manifest: GateManifest,
  requests: GateRequest | readonly GateRequest[],
  options: SimulateOptions,
): Promise<Decision | Decision[]> {
  parseGateManifest(manifest);
  if (!Number.isInteger(options.now) || options.now < 0) throw new SimulationError(`now ${JSON.stringify(options.now)} is not allowed (unix seconds, a non-negative integer)`);
  const gate = new SimulatedGate(manifest, options);
  if (!Array.isArray(requests)) return gate.decide(parseGateRequest(requests));
  const decisions: Decision[] = [];
  // Sequential on purpose: each request sees the counters the previous ones left.
  for (const [i, r] of (requests as readonly GateRequest[]).entries()) decisions.push(await gate.decide(parseGateRequest(r, `request[${i}]`)));
  return decisions;
}


class SimulatedGate {
  private readonly refs: References;
  private readonly state: QuotaState;

  constructor(
    private readonly manifest: GateManifest,
    private readonly options: SimulateOptions,
  ) {
    this.refs = new References(options.set);
    this.state = options.quotaState ?? new QuotaState();
  }

  public async decide(request: GateRequest): Promise<Decision> {
    const at = request.at ?? this.options.now;
    const match = matchRoute(this.manifest.basePath, request.method, request.path);
    if (match.kind === "refuse") return refusal(match.code, match.deployment, match.detail);
    const { route, deployment: slug } = match;

    const host = headerValue(request, "host");
    if (host !== undefined && this.manifest.hostnames.length > 0) {
      const name = host.replace(/:\d+$/, "").toLowerCase();
      if (!this.manifest.hostnames.some((h) => h.toLowerCase() === name)) return refusal("route_not_found", slug, `host ${JSON.stringify(host)} is not served by this gate`);
    }

    const spike = spikeArrestWindow(this.manifest.gate.spikeArrestRate, at);
    if (!this.state.take("spike-arrest", spike.window, spike.limit)) return refusal("spike_arrest", slug, `more than ${this.manifest.gate.spikeArrestRate}`);

    for (const [name, value] of match.query) {
      if (TOKEN_QUERY_PARAMETERS.includes(name.toLowerCase()) || JWS_LIKE.test(value)) return refusal("token_in_query", slug, `query parameter ${JSON.stringify(name)}`);
    }

    if (route === "statusEvents") return this.statusEvent(request);

    const authorization = headerValue(request, "authorization");
    if (authorization === undefined) return refusal("token_missing", slug);
    const bearer = /^bearer +(\S+)$/i.exec(authorization.trim());
    if (!bearer) return refusal("token_missing", slug, "the Authorization header is not a Bearer credential");
    const token = await verifyToken(this.manifest, bearer[1], at, this.options.jwks, this.refs);
    if (!token.ok) return refusal(token.code, slug, token.detail);

    const client = this.findClient(token.issuer.name, token.clientId);
    if (!client) return refusal("client_unknown", slug, `client ${JSON.stringify(token.clientId)} of issuer ${token.issuer.name}`);

    if (route === "readRun") {
      const upstream: UpstreamRequest = {
        method: "GET",
        path: readFlowRunPath(this.account(), this.workspace(), match.runId!),
        headers: { authorization: `Bearer ${REDACTED}` },
        body: null,
      };
      return allowed(`the gate would read the run; it answers 403 run_not_owned unless the run carries the tag ${callerTag(token.iss, token.sub)}`, null, upstream);
    }

    const deployment = this.manifest.deployments.find((d) => d.name === slug);
    if (!deployment) return refusal("deployment_not_found", slug, JSON.stringify(slug));
    const product = this.grantingProduct(client, deployment.name);
    if (!product) return refusal("client_not_authorized", slug, `none of the caller's products (${client.products.join(", ") || "none"}) grants ${deployment.name}`);

    if (product.quota) {
      const clientKey = `quota|${token.issuer.name}|${token.clientId}|${product.name}`;
      if (!this.state.take(clientKey, quotaWindow(product.quota, at), product.quota.limit)) {
        const q = product.quota;
        return refusal("quota_exceeded", slug, `product ${product.name} allows ${q.limit} per ${q.interval === 1 ? q.timeUnit : `${q.interval} ${q.timeUnit}s`}`);
      }
    }

    const body = this.runBody(request, deployment.allowedParameters);
    if ("refused" in body) return { ...body.refused, deployment: slug };

    const key = headerValue(request, IDEMPOTENCY_HEADER);
    if (key === undefined) return refusal("idempotency_key_missing", slug);
    if (!IDEMPOTENCY_KEY.test(key)) return refusal("idempotency_key_invalid", slug);

    const upstream: UpstreamRequest = {
      method: "POST",
      path: createFlowRunPath(this.account(), this.workspace(), this.refs.placeholder(deployment.deploymentId, `deployment_id:${deployment.name}`)),
      headers: { authorization: `Bearer ${REDACTED}`, "content-type": "application/json" },
      body: {
        parameters: body.parameters,
        ...(body.name !== undefined ? { name: body.name } : {}),
        tags: [...body.tags, messageTag(MESSAGE_ID_PLACEHOLDER), callerTag(token.iss, token.sub)],
        idempotency_key: idempotencyKey(token.iss, token.sub, deployment.name, key),
      },
    };
    return allowed(`the gate would start a run of ${deployment.name} (product ${product.name})`, slug, upstream);
  }

  private statusEvent(request: GateRequest): Decision {
    const sent = headerValue(request, WEBHOOK_SECRET_HEADER);
    if (sent === undefined) return refusal("webhook_unauthorized", null, `no ${WEBHOOK_SECRET_HEADER} header`);
    const body = this.jsonObject(request);
    if ("refused" in body) return body.refused;
    const expected = this.refs.named(WEBHOOK_SECRET_SET_NAME);
    if (expected === undefined) {
      return allowed(`the webhook secret cannot be checked offline (pass --set ${WEBHOOK_SECRET_SET_NAME}=<value>); otherwise the gate would record the event`, null, null, WEBHOOK_SECRET_UNVERIFIED);
    }
    const a = Buffer.from(sent);
    const b = Buffer.from(expected);
    if (a.length !== b.length || !timingSafeEqual(a, b)) return refusal("webhook_unauthorized", null, `the ${WEBHOOK_SECRET_HEADER} header does not match`);
    return allowed("the gate would record the event (audit log); it calls no Prefect API", null, null);
  }

  private findClient(issuerName: string, clientId: string): ManifestClient | undefined {
    const candidates = this.manifest.clients.filter((c) => c.issuer === issuerName);
    const found = candidates.find((c) => this.refs.resolve(c.clientId) === clientId);
    if (found) return found;
    const unresolved = candidates.find((c) => this.refs.resolve(c.clientId) === undefined);
    if (unresolved) this.refs.required(unresolved.clientId, `a client id of issuer ${issuerName} (the token's is ${JSON.stringify(clientId)})`);
    return undefined;
  }

  private grantingProduct(client: ManifestClient, deployment: string): ManifestProduct | undefined {
    for (const name of client.products) {
      const product = this.manifest.products.find((p) => p.name === name);
      if (product?.deployments.includes(deployment)) return product;
    }
    return undefined;
  }

  /** Size first (the gate measures bytes before parsing), then the JSON object. */
  private jsonObject(request: GateRequest): { value: Record<string, unknown> } | { refused: Decision } {
    // An empty body is no body on the wire (the gate reads it as `{}` too).
    if (request.body === undefined || request.body === "") return { value: {} };
    const raw = typeof request.body === "string" ? request.body : JSON.stringify(request.body);
    const size = Buffer.byteLength(raw, "utf8");
    if (size > this.manifest.gate.maxBodyBytes) return { refused: refusal("body_too_large", null, `${size} bytes, at most ${this.manifest.gate.maxBodyBytes}`) };
    let value: unknown = request.body;
    if (typeof request.body === "string") {
      try {
        value = JSON.parse(request.body);
      } catch {
        return { refused: refusal("invalid_json", null) };
      }
    }
    if (typeof value !== "object" || value === null || Array.isArray(value)) return { refused: refusal("invalid_json", null) };
    const shape = jsonShapeProblem(value);
    if (shape) return { refused: refusal("invalid_json", null, shape) };
    return { value: value as Record<string, unknown> };
  }

  private runBody(
    request: GateRequest,
    allowedParameters: readonly string[] | undefined,
  ): { parameters: Record<string, unknown>; name?: string; tags: string[] } | { refused: Decision } {
    const parsed = this.jsonObject(request);
    if ("refused" in parsed) return parsed;
    const body = parsed.value;
    const keys = Object.keys(body);
    const forbidden = new Set([...this.manifest.gate.forbiddenBodyFields, ...FORBIDDEN_BODY_FIELDS]);
    const bad = keys.filter((k) => forbidden.has(k));
    if (bad.length > 0) return { refused: refusal("forbidden_field", null, bad.map((k) => JSON.stringify(k)).join(", ")) };
    const unknown = keys.filter((k) => !ALLOWED_BODY_FIELDS.includes(k));
    if (unknown.length > 0) return { refused: refusal("unknown_field", null, unknown.map((k) => JSON.stringify(k)).join(", ")) };

    const { parameters = {}, name, tags = [] } = body;
    if (typeof parameters !== "object" || parameters === null || Array.isArray(parameters)) return { refused: refusal("invalid_field", null, '"parameters" must be an object') };
    if (name !== undefined && typeof name !== "string") return { refused: refusal("invalid_field", null, '"name" must be a string') };
    if (!Array.isArray(tags) || tags.some((t) => typeof t !== "string")) return { refused: refusal("invalid_field", null, '"tags" must be an array of strings') };
    const reserved = (tags as string[]).filter((t) => t.toLowerCase().startsWith(RESERVED_TAG_PREFIX));
    if (reserved.length > 0) return { refused: refusal("tag_reserved", null, reserved.map((t) => JSON.stringify(t)).join(", ")) };
    if (allowedParameters !== undefined) {
      const notAllowed = Object.keys(parameters).filter((p) => !allowedParameters.includes(p));
      if (notAllowed.length > 0) return { refused: refusal("parameter_not_allowed", null, notAllowed.map((p) => JSON.stringify(p)).join(", ")) };
    }
    return { parameters: parameters as Record<string, unknown>, name: name as string | undefined, tags: tags as string[] };
  }

  private account(): string {
    return this.refs.placeholder(this.manifest.prefect.accountId, "account_id");
  }

  private workspace(): string {
    return this.refs.placeholder(this.manifest.prefect.workspaceId, "workspace_id");
  }
}

/** The first JSON_LIMITS violation of a parsed body (the gate's JSONThreatProtection refuses the same), if any. */
function jsonShapeProblem(value: unknown, depth = 1): string | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  if (depth > JSON_LIMITS.containerDepth) return `nested deeper than ${JSON_LIMITS.containerDepth} levels`;
  if (Array.isArray(value)) {
    if (value.length > JSON_LIMITS.arrayElementCount) return `an array has more than ${JSON_LIMITS.arrayElementCount} elements`;
    for (const item of value) {
      const problem = jsonShapeProblem(item, depth + 1);
      if (problem) return problem;
    }
    return undefined;
  }
  const entries = Object.entries(value);
  if (entries.length > JSON_LIMITS.objectEntryCount) return `an object has more than ${JSON_LIMITS.objectEntryCount} entries`;
  for (const [name, item] of entries) {
    if (name.length > JSON_LIMITS.objectEntryNameLength) return `an entry name is longer than ${JSON_LIMITS.objectEntryNameLength} characters`;
    const problem = jsonShapeProblem(item, depth + 1);
    if (problem) return problem;
  }
  return undefined;
}
