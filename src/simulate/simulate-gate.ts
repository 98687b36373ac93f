/**
 * The gate simulator: decides offline, as the deployed gate would, whether a request passes and what it would send
 * to Prefect. Checks run in the contract's order (`DECISION_ORDER`, `EVENT_DECISION_ORDER`):
 *
 * 0. Apigee routes by host: a `host` header the gate does not serve is `route_not_found`;
 * 1. spike arrest per client IP (`clientIp`), before anything else is read (429 `spike_arrest`);
 * 2. the security headers (Authorization, Idempotency-Key, Content-Type, webhook secret) carry one value each
 *    (400 `header_repeated`);
 * 3. token location, presence and verification (401, see `verifyToken`) — except on `POST /events`, which Prefect
 *    authenticates with the webhook secret;
 * 4. spike arrest per caller, keyed by its consumer key (429 `spike_arrest`);
 * 5. route and method (404 `route_not_found`, 405 `method_not_allowed`): after the token, so only callers with a valid
 *    token learn which routes exist;
 * 6. the caller: the client id claim names a registered client of that issuer (403 `client_unknown`); the deployment
 *    exists (404 `deployment_not_found`), then one of the caller's products grants it (403 `client_not_authorized`).
 *    Both are refused before any upstream call;
 * 7. run requests: Content-Type `application/json` (415), the Idempotency-Key header (400), the body: size, shape,
 *    JSON object, forbidden fields, unknown fields, field types, reserved tags, allowed parameters, no
 *    `__prefect_kind` (400);
 * 8. the product quota (429 `quota_exceeded`): the first of the caller's products (in the client's order) that grants
 *    the deployment is charged, per consumer key and product, in windows aligned to the quota's time unit. Only a
 *    request that passed every other check is charged;
 * 9. the upstream request, exactly as the gate sends it: only the headers the gate chooses, the Prefect key
 *    redacted and values unknown offline as `{placeholders}`.
 *
 * `GET /runs/{id}` is passed on after steps 1–6; the gate answers 403 `run_not_owned` afterwards unless the run
 * carries the caller's tag, which only Prefect knows. `POST /events` needs the webhook secret header, JSON if a
 * Content-Type is given, a body with `event_id` and a numeric `occurred` within the replay window; the secret is
 * compared with `set.webhook_secret` when given, otherwise the decision is `webhook_secret_unverified` (allowed,
 * unverifiable offline). An accepted event answers 202; an event id already accepted within the window answers 202
 * `event_duplicate` and is not published again. The simulator never fetches anything: key sets come from `jwks`.
 *
 * Policies that cannot run offline are modelled from Apigee's documentation: VerifyJWT by `verifyToken` (jose),
 * VerifyAPIKey by `findClient`/`grantingProduct` (a key's app and its products' operations), SpikeArrest and Quota by
 * `QuotaState`, JSONThreatProtection by `jsonShapeProblem`, the event cache (LookupCache/PopulateCache) by
 * `QuotaState.remember`.
 */
import { timingSafeEqual } from "crypto";
import { Rate } from "../core/rate";
import {
  ALLOWED_BODY_FIELDS,
  BEARER_CREDENTIAL,
  callerTag,
  consumerKey,
  createFlowRunPath,
  DEFAULT_EVENT_WINDOW_SECONDS,
  EVENT_ID,
  eventMemorySeconds,
  eventWithinWindow,
  FORBIDDEN_BODY_FIELDS,
  IDEMPOTENCY_HEADER,
  IDEMPOTENCY_KEY,
  idempotencyKey,
  isJsonContentType,
  JWS_LIKE,
  messageTag,
  PREFECT_HYDRATION_KEY,
  readFlowRunPath,
  RESERVED_TAG_PREFIX,
  SECURITY_HEADERS,
  STATUS_EVENT_FIELDS,
  TOKEN_QUERY_PARAMETERS,
  UPSTREAM_HEADERS,
  WEBHOOK_SECRET_HEADER,
} from "../gate/contract";
import { GateManifest, ManifestClient, ManifestProduct } from "../gate/manifest";
import { allowed, Decision, EVENT_DUPLICATE, REDACTED, refusal, UpstreamRequest, WEBHOOK_SECRET_UNVERIFIED } from "./decision";
import { DEFAULT_CLIENT_IP, GateRequest, headerValue, headerValueCount, parseGateRequest } from "./gate-request";
import { jsonShapeProblem } from "./json-shape";
import { parseGateManifest } from "./parse-manifest";
import { QuotaState, quotaWindow, spikeArrestRate, spikeArrestWindow } from "./quota-state";
import { References } from "./references";
import { matchRoute } from "./route";
import { SimulationError } from "./simulation-error";
import { JwksOption, verifyToken } from "./verify-token";

/** Options of {@link simulateGate}. */
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
/**
 * Names in `set` of the values the simulator writes into upstream paths (each also found by its Terraform expression),
 * and of the `{placeholders}` that stand for them while unknown.
 */
export const PLACEHOLDER_SET_NAMES = {
  accountId: "account_id",
  workspaceId: "workspace_id",
  deploymentId: (deployment: string): string => `deployment_id:${deployment}`,
} as const;
/** Written in place of Apigee's message id, which exists only at runtime. */
export const MESSAGE_ID_PLACEHOLDER = "{message_id}";

/**
 * Decides offline, as the deployed gate would (same checks, same order, same codes), what the gate answers to a
 * request, or to each request of a sequence in turn (counters such as quotas carry over from one to the next). It
 * never fetches anything: issuers' keys come from `options.jwks`, values known only at apply time from `options.set`.
 * A refusal is a `Decision` with `allow: false`; a `SimulationError` means it cannot decide (a malformed manifest or
 * request, a missing key set or value).
 */
export function simulateGate(manifest: GateManifest, request: GateRequest, options: SimulateOptions): Promise<Decision>;
export function simulateGate(manifest: GateManifest, requests: readonly GateRequest[], options: SimulateOptions): Promise<Decision[]>;
export function simulateGate(manifest: GateManifest, requests: GateRequest | readonly GateRequest[], options: SimulateOptions): Promise<Decision | Decision[]>;
export async function simulateGate(
  manifest: GateManifest,
  requests: GateRequest | readonly GateRequest[],
  options: SimulateOptions,
): Promise<Decision | Decision[]> {
  return new GateSimulator(manifest).simulate(requests, options);
}

/**
 * The simulator of one gate manifest, for tools that decide many requests against it: the manifest is checked (and its
 * rates read) once, when it is built, instead of on every `simulateGate` call. `simulate` decides as `simulateGate` does.
 * The manifest must not change afterwards.
 */
export class GateSimulator {
  private readonly rates: SpikeArrestRates;

  /** Throws a `SimulationError` when `manifest` is not one the simulator can decide with (`parseGateManifest`). */
  public constructor(private readonly manifest: GateManifest) {
    parseGateManifest(manifest);
    const { spikeArrestRate: perIp, callerSpikeArrestRate: perCaller } = manifest.gate;
    this.rates = { perIp: spikeArrestRate(perIp), perCaller: perCaller !== undefined ? spikeArrestRate(perCaller) : undefined };
  }

  /** What the gate answers to `request`, or to each request of a sequence in turn; see {@link simulateGate}. */
  public simulate(request: GateRequest, options: SimulateOptions): Promise<Decision>;
  public simulate(requests: readonly GateRequest[], options: SimulateOptions): Promise<Decision[]>;
  public simulate(requests: GateRequest | readonly GateRequest[], options: SimulateOptions): Promise<Decision | Decision[]>;
  public async simulate(requests: GateRequest | readonly GateRequest[], options: SimulateOptions): Promise<Decision | Decision[]> {
    if (!Number.isInteger(options.now) || options.now < 0) throw new SimulationError(`now ${JSON.stringify(options.now)} is not allowed (unix seconds, a non-negative integer)`);
    const gate = new SimulatedGate(this.manifest, this.rates, options);
    if (!Array.isArray(requests)) return gate.decide(parseGateRequest(requests));
    const decisions: Decision[] = [];
    // Sequential on purpose: each request sees the counters the previous ones left.
    for (const [i, r] of (requests as readonly GateRequest[]).entries()) decisions.push(await gate.decide(parseGateRequest(r, `request[${i}]`)));
    return decisions;
  }
}

/** A manifest's spike-arrest rates, read once per simulator. */
interface SpikeArrestRates {
  readonly perIp: Rate;
  readonly perCaller?: Rate;
}

class SimulatedGate {
  private readonly refs: References;
  private readonly state: QuotaState;

  constructor(
    private readonly manifest: GateManifest,
    private readonly rates: SpikeArrestRates,
    private readonly options: SimulateOptions,
  ) {
    this.refs = new References(options.set);
    this.state = options.quotaState ?? new QuotaState();
  }

  public async decide(request: GateRequest): Promise<Decision> {
    const at = request.at ?? this.options.now;
    const match = matchRoute(this.manifest.basePath, request.method, request.path);
    const slug = match.deployment;
    const gate = this.manifest.gate;

    const host = headerValue(request, "host");
    if (host !== undefined && this.manifest.hostnames.length > 0) {
      const name = host.replace(/:\d+$/, "").toLowerCase();
      if (!this.manifest.hostnames.some((h) => h.toLowerCase() === name)) return refusal("route_not_found", slug, `host ${JSON.stringify(host)} is not served by this gate`);
    }

    const clientIp = request.clientIp ?? DEFAULT_CLIENT_IP;
    const spike = spikeArrestWindow(this.rates.perIp, at);
    if (!this.state.take(`spike-arrest|ip|${clientIp}`, spike.window, spike.limit)) {
      return refusal("spike_arrest", slug, `more than ${gate.spikeArrestRate} from ${clientIp}`);
    }

    const repeated = SECURITY_HEADERS.find((h) => headerValueCount(request, h) > 1);
    if (repeated !== undefined) return refusal("header_repeated", slug, `${repeated} has ${headerValueCount(request, repeated)} values`);

    const query = new URLSearchParams(request.path.includes("?") ? request.path.slice(request.path.indexOf("?") + 1) : "");
    for (const [name, value] of query) {
      if (TOKEN_QUERY_PARAMETERS.includes(name.toLowerCase()) || JWS_LIKE.test(value)) return refusal("token_in_query", slug, `query parameter ${JSON.stringify(name)}`);
    }

    if (match.kind === "route" && match.route === "statusEvents") return this.statusEvent(request, at);

    const authorization = headerValue(request, "authorization");
    if (authorization === undefined) return refusal("token_missing", slug);
    const bearer = BEARER_CREDENTIAL.exec(authorization.trim());
    if (!bearer) return refusal("token_missing", slug, "the Authorization header is not a Bearer credential");
    const token = await verifyToken(this.manifest, bearer[1], at, this.options.jwks, this.refs);
    if (!token.ok) return refusal(token.code, slug, token.detail);

    const key = consumerKey(this.manifest.pipeline, token.issuer.name, token.clientId);
    if (this.rates.perCaller !== undefined) {
      const callerSpike = spikeArrestWindow(this.rates.perCaller, at);
      if (!this.state.take(`spike-arrest|caller|${key}`, callerSpike.window, callerSpike.limit)) {
        return refusal("spike_arrest", slug, `more than ${gate.callerSpikeArrestRate} from this caller`);
      }
    }

    if (match.kind === "refuse") return refusal(match.code, match.deployment, match.detail);
    const { route } = match;

    // VerifyAPIKey: the consumer key names one app, bound to its issuer (the simulator finds it by issuer and client id).
    const client = this.findClient(token.issuer.name, token.clientId);
    if (!client) return refusal("client_unknown", slug, `client ${JSON.stringify(token.clientId)} of issuer ${token.issuer.name}`);

    if (route === "readRun") {
      const upstream: UpstreamRequest = {
        method: "GET",
        path: readFlowRunPath(this.account(), this.workspace(), match.runId!),
        headers: upstreamHeaders(false),
        body: null,
      };
      return allowed(`the gate would read the run; it answers 403 run_not_owned unless the run carries the tag ${callerTag(token.canonicalIss, token.sub)}`, null, upstream);
    }

    const deployment = this.manifest.deployments.find((d) => d.name === slug);
    if (!deployment) return refusal("deployment_not_found", slug, JSON.stringify(slug));
    const product = this.grantingProduct(client, deployment.name);
    if (!product) return refusal("client_not_authorized", slug, `none of the caller's products (${client.products.join(", ") || "none"}) grants ${deployment.name}`);

    const contentType = headerValue(request, "content-type");
    if (contentType === undefined || !isJsonContentType(contentType)) {
      return refusal("unsupported_media_type", slug, contentType === undefined ? "no Content-Type header" : `Content-Type ${JSON.stringify(contentType)}`);
    }
    const idempotency = headerValue(request, IDEMPOTENCY_HEADER);
    if (idempotency === undefined) return refusal("idempotency_key_missing", slug);
    if (!IDEMPOTENCY_KEY.test(idempotency)) return refusal("idempotency_key_invalid", slug);

    const body = this.runBody(request, deployment.allowedParameters);
    if ("refused" in body) return { ...body.refused, deployment: slug };

    if (product.quota) {
      // Apigee's Quota keyed by <Identifier> = consumer key and product (Quota policy reference, `<Identifier>`).
      if (!this.state.take(`quota|${key}|${product.name}`, quotaWindow(product.quota, at), product.quota.limit)) {
        const q = product.quota;
        return refusal("quota_exceeded", slug, `product ${product.name} allows ${q.limit} per ${q.interval === 1 ? q.timeUnit : `${q.interval} ${q.timeUnit}s`}`);
      }
    }

    const upstream: UpstreamRequest = {
      method: "POST",
      path: createFlowRunPath(this.account(), this.workspace(), this.refs.placeholder(deployment.deploymentId, PLACEHOLDER_SET_NAMES.deploymentId(deployment.name))),
      headers: upstreamHeaders(true),
      body: {
        parameters: body.parameters,
        ...(body.name !== undefined ? { name: body.name } : {}),
        tags: [...body.tags, messageTag(MESSAGE_ID_PLACEHOLDER), callerTag(token.canonicalIss, token.sub)],
        idempotency_key: idempotencyKey(token.canonicalIss, token.sub, deployment.name, idempotency),
      },
    };
    return allowed(`the gate would start a run of ${deployment.name} (product ${product.name})`, slug, upstream);
  }

  private statusEvent(request: GateRequest, at: number): Decision {
    const sent = headerValue(request, WEBHOOK_SECRET_HEADER);
    if (sent === undefined) return refusal("webhook_unauthorized", null, `no ${WEBHOOK_SECRET_HEADER} header`);
    // Prefect's webhook block sends only the headers it is configured with: a missing Content-Type is accepted, and
    // the body is checked as JSON either way.
    const contentType = headerValue(request, "content-type");
    if (contentType !== undefined && !isJsonContentType(contentType)) return refusal("unsupported_media_type", null, `Content-Type ${JSON.stringify(contentType)}`);
    const body = this.jsonObject(request);
    if ("refused" in body) return body.refused;
    const id = body.value[STATUS_EVENT_FIELDS.eventId];
    const occurred = body.value[STATUS_EVENT_FIELDS.occurred];
    if (typeof id !== "string" || !EVENT_ID.test(id)) return refusal("invalid_field", null, `"${STATUS_EVENT_FIELDS.eventId}" must be a lowercase UUID`);
    if (typeof occurred !== "number" || !Number.isFinite(occurred)) return refusal("invalid_field", null, `"${STATUS_EVENT_FIELDS.occurred}" must be unix seconds (a number)`);
    const window = this.manifest.gate.eventWindowSeconds ?? DEFAULT_EVENT_WINDOW_SECONDS;
    if (!eventWithinWindow(occurred, at, window)) return refusal("event_outside_window", null, `occurred ${occurred}, now ${at}, window ${window} s`);

    const expected = this.refs.named(WEBHOOK_SECRET_SET_NAME);
    if (expected !== undefined) {
      const a = Buffer.from(sent);
      const b = Buffer.from(expected);
      if (a.length !== b.length || !timingSafeEqual(a, b)) return refusal("webhook_unauthorized", null, `the ${WEBHOOK_SECRET_HEADER} header does not match`);
    }
    // The proxy remembers published event ids in an Apigee cache for the window plus the skew: a replay inside the
    // window is answered 202 and not published again. De-duplication, not authentication: the secret authenticates.
    const seen = `event|${id}`;
    if (this.state.isRemembered(seen, at)) return allowed(`event ${id} was already accepted; the gate answers 202 and does not publish it again`, null, null, EVENT_DUPLICATE, 202);
    this.state.remember(seen, at, eventMemorySeconds(window));
    if (expected === undefined) {
      return allowed(
        `the webhook secret cannot be checked offline (pass --set ${WEBHOOK_SECRET_SET_NAME}=<value>); otherwise the gate would publish the event and answer 202`,
        null,
        null,
        WEBHOOK_SECRET_UNVERIFIED,
      );
    }
    return allowed("the gate would publish the event to the status topic and answer 202; it calls no Prefect API", null, null, undefined, 202);
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

  /** Size first (the gate measures bytes before parsing), then the shape over the raw text, then the JSON object. */
  private jsonObject(request: GateRequest): { value: Record<string, unknown> } | { refused: Decision } {
    // An empty body is no body on the wire (the gate reads it as `{}` too).
    if (request.body === undefined || request.body === "") return { value: {} };
    const raw = typeof request.body === "string" ? request.body : JSON.stringify(request.body);
    const size = Buffer.byteLength(raw, "utf8");
    if (size > this.manifest.gate.maxBodyBytes) return { refused: refusal("body_too_large", null, `${size} bytes, at most ${this.manifest.gate.maxBodyBytes}`) };
    const shape = jsonShapeProblem(raw);
    if (shape) return { refused: refusal("invalid_json", null, shape) };
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch {
      return { refused: refusal("invalid_json", null) };
    }
    if (typeof value !== "object" || value === null || Array.isArray(value)) return { refused: refusal("invalid_json", null) };
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
    if (hydrated(parameters)) return { refused: refusal("parameter_hydration", null, `a ${JSON.stringify(PREFECT_HYDRATION_KEY)} key`) };
    return { parameters: parameters as Record<string, unknown>, name: name as string | undefined, tags: tags as string[] };
  }

  private account(): string {
    return this.refs.placeholder(this.manifest.prefect.accountId, PLACEHOLDER_SET_NAMES.accountId);
  }

  private workspace(): string {
    return this.refs.placeholder(this.manifest.prefect.workspaceId, PLACEHOLDER_SET_NAMES.workspaceId);
  }
}

/** Whether any object within `value` has the key Prefect hydrates (an explicit stack: the depth is bounded anyway). */
function hydrated(value: unknown): boolean {
  const pending: unknown[] = [value];
  while (pending.length > 0) {
    const item = pending.pop();
    if (typeof item !== "object" || item === null) continue;
    if (!Array.isArray(item) && Object.hasOwn(item, PREFECT_HYDRATION_KEY)) return true;
    pending.push(...Object.values(item));
  }
  return false;
}

/**
 * The headers the gate sends to Prefect: the AssignMessage that builds the request removes every header of the
 * caller's request and sets these (`UPSTREAM_HEADERS`), the Prefect key redacted.
 */
function upstreamHeaders(withBody: boolean): Record<string, string> {
  return {
    [UPSTREAM_HEADERS.authorization]: `Bearer ${REDACTED}`,
    [UPSTREAM_HEADERS.accept]: "application/json",
    ...(withBody ? { [UPSTREAM_HEADERS.contentType]: "application/json" } : {}),
  };
}
