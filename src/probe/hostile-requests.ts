/**
 * The probe's built-in hostile requests: they need no token, so anyone may aim them at a gate. Each provokes one
 * refusal of the gate contract that an anonymous request can reach: missing, garbage,
 * unsigned, unknown-issuer, critical-header and forged tokens, a token in the query string, repeated security headers,
 * routes and methods a caller without a valid token must not learn about, and forged status events (no secret, a
 * wrong media type, oversized, deeply nested and non-JSON bodies, missing fields, stale events, and a wrong secret
 * when the real one is given). Refusals that need a verified token, and rate limits, are listed in
 * `NOT_PROVOKED_WITHOUT_TOKEN` with the reason.
 */
import type { JSONWebKeySet } from "jose";
import { DEFAULT_EVENT_WINDOW_SECONDS, JSON_LIMITS, RefusalCode, WEBHOOK_SECRET_HEADER } from "../gate/contract";
import { ManifestIssuer } from "../gate/manifest";
import { WEBHOOK_SECRET_SET_NAME } from "../simulate/simulate-gate";
import { PROBE_SUBJECT, queryStringForgery, randomlySignedToken, unsecuredToken } from "./forged-tokens";
import { eventsPath, forgedClaims, forgedEventHeaders, issuerIss, ProbeContext, routePath, runRequest, runsPath, statusEvent } from "./probe-context";
import { ProbeRequest } from "./probe-request";

/**
 * Refusals of the gate contract that no request without a valid token can provoke, and why. Everything else in
 * `REFUSALS` is provoked by the built-in set (a test holds the two lists to the contract).
 */
export const NOT_PROVOKED_WITHOUT_TOKEN: Readonly<Partial<Record<RefusalCode, string>>> = {
  spike_arrest: "a rate limit: provoking it means flooding the gate, which the probe never does",
  quota_exceeded: "a rate limit, and only requests that pass every other check count against a quota",
  upstream_rate_limited: "Prefect's own rate limit, reached only by requests the gate passes on",
  token_expired: "checked after the signature: needs a token the issuer signed",
  token_not_yet_valid: "checked after the signature: needs a token the issuer signed",
  audience_mismatch: "checked after the signature: needs a token the issuer signed",
  type_mismatch: "checked after the signature: needs a token the issuer signed",
  token_lifetime_exceeded: "checked after the signature: needs a token the issuer signed",
  claim_missing: "checked after the signature: needs a token the issuer signed",
  claim_mismatch: "checked after the signature: needs a token the issuer signed",
  route_not_found: "decided after the token, so that only callers with a valid token learn which routes exist (--token probes it)",
  method_not_allowed: "decided after the token, so that only callers with a valid token learn which routes exist (--token probes it)",
  client_unknown: "needs a verified token of a client the gate does not know",
  deployment_not_found: "decided after the token (--token probes it)",
  client_not_authorized: "needs a verified token of a registered caller (--token probes it)",
  run_not_owned: "decided after Prefect answered a run read the simulator allows; the probe sends no allowed request",
  idempotency_key_missing: "run requests are checked after the token (--token probes it)",
  idempotency_key_invalid: "run requests are checked after the token (--token probes it)",
  forbidden_field: "run bodies are checked after the token (--token probes it)",
  unknown_field: "run bodies are checked after the token (--token probes it)",
  parameter_not_allowed: "run bodies are checked after the token (--token probes it)",
  tag_reserved: "run bodies are checked after the token (--token probes it)",
  parameter_hydration: "run bodies are checked after the token (--token probes it)",
};

/** What a request set is, with what could not be built and why. */
export interface RequestSet {
  readonly requests: readonly ProbeRequest[];
  readonly notes: readonly string[];
}

/** The key id of the probe's unknown-key forgeries (no issuer publishes it). */
export const UNKNOWN_KID = "gated-pipeline-probe-unknown-kid";

export function hostileRequests(ctx: ProbeContext): RequestSet {
  const m = ctx.manifest;
  const notes: string[] = [];
  const requests: ProbeRequest[] = [
    runRequest(ctx, "no-authorization", "a run request without an Authorization header", undefined),
    runRequest(ctx, "basic-credentials", "Basic credentials instead of a bearer token", `Basic ${Buffer.from(`${PROBE_SUBJECT}:x`).toString("base64")}`),
    runRequest(ctx, "garbage-token", "a bearer token that is not a JWS", "Bearer not-a-jwt"),
    runRequest(ctx, "authorization-twice", "two Authorization header lines", ["Bearer a.b.c", "Bearer d.e.f"]),
    runRequest(ctx, "authorization-comma-joined", "two bearer credentials in one Authorization line", "Bearer a.b.c, Bearer d.e.f"),
    runRequest(ctx, "token-in-query", "a token-shaped value in access_token (and no header)", undefined, {
      path: `${runsPath(m, ctx.deployment)}?access_token=${queryStringForgery()}`,
    }),
    runRequest(ctx, "jws-in-query", "a token-shaped value under another query name", undefined, {
      path: `${runsPath(m, ctx.deployment)}?q=${queryStringForgery()}`,
    }),
    runRequest(ctx, "unknown-issuer", "a token of an issuer the gate does not trust", `Bearer ${randomlySignedToken(
      { alg: "RS256", kid: UNKNOWN_KID, typ: "JWT" },
      { iss: "https://issuer.invalid", aud: PROBE_SUBJECT, sub: PROBE_SUBJECT, iat: ctx.now - 60, exp: ctx.now + 600 },
    )}`),
    runRequest(ctx, "oversized-without-token", "an oversized body and no token (refused for the token first)", undefined, {
      body: JSON.stringify({ parameters: { padding: "x".repeat(m.gate.maxBodyBytes) } }),
    }),
    { ...runRequest(ctx, "unknown-route-without-token", "an unknown route and no token (routes are not revealed)", undefined), method: "GET", path: routePath(m, "/gated-pipeline-probe"), body: undefined },
    { ...runRequest(ctx, "wrong-method-without-token", "DELETE on the runs route and no token (routes are not revealed)", undefined), method: "DELETE", body: undefined },
  ];

  let first = true;
  for (const issuer of m.issuers) {
    const iss = issuerIss(ctx, issuer);
    if (iss === undefined) {
      notes.push(`issuer ${issuer.name}: its iss is known only at apply time; pass --outputs or --set to forge its tokens`);
      continue;
    }
    requests.push(...issuerForgeries(ctx, issuer, iss, first, notes));
    first = false;
  }
  requests.push(...eventRequests(ctx));
  return { requests, notes };
}

/** Forged tokens naming `issuer`: unsigned, randomly signed with a real key id, an unknown key id, and (once) a crit header and no key id. */
function issuerForgeries(ctx: ProbeContext, issuer: ManifestIssuer, iss: string, first: boolean, notes: string[]): ProbeRequest[] {
  const claims = forgedClaims(ctx, issuer, iss, PROBE_SUBJECT);
  const alg = issuer.algorithms[0];
  const typ = issuer.expectedType !== undefined ? { typ: issuer.expectedType } : {};
  const bearer = (token: string) => `Bearer ${token}`;
  const requests: ProbeRequest[] = [
    runRequest(ctx, `alg-none-${issuer.name}`, `an unsigned token (alg none) naming issuer ${issuer.name}`, bearer(unsecuredToken({ kid: UNKNOWN_KID, ...typ }, claims))),
  ];
  if (first) {
    requests.push(
      runRequest(ctx, `crit-header-${issuer.name}`, `a critical header the gate does not know, issuer ${issuer.name}`,
        bearer(randomlySignedToken({ alg, kid: UNKNOWN_KID, ...typ, crit: ["gated-pipeline-probe"], "gated-pipeline-probe": true }, claims))),
      runRequest(ctx, `no-key-id-${issuer.name}`, `a token without a key id, issuer ${issuer.name}`, bearer(randomlySignedToken({ alg, ...typ }, claims))),
    );
  }
  const keys = ctx.keySets.get(issuer.name);
  if (!keys) {
    notes.push(`issuer ${issuer.name}: no key set (pass --jwks, or let the probe fetch it), so no unknown-key or forged-signature token`);
    return requests;
  }
  requests.push(runRequest(ctx, `unknown-key-id-${issuer.name}`, `a key id issuer ${issuer.name} does not publish`, bearer(randomlySignedToken({ alg, kid: UNKNOWN_KID, ...typ }, claims))));
  const signing = signingKey(issuer, keys);
  if (signing) {
    requests.push(
      runRequest(ctx, `forged-signature-${issuer.name}`, `a real key id of issuer ${issuer.name}, a signature of random bytes`,
        bearer(randomlySignedToken({ alg: signing.alg, kid: signing.kid, ...typ }, claims))),
    );
  } else {
    notes.push(`issuer ${issuer.name}: no key of its set has a key id and an allowed algorithm, so no forged-signature token`);
  }
  return requests;
}

/** A published key with a key id and an algorithm the issuer allows for its type. */
function signingKey(issuer: ManifestIssuer, keys: JSONWebKeySet): { kid: string; alg: string } | undefined {
  for (const key of keys.keys) {
    if (typeof key.kid !== "string" || key.kid === "") continue;
    const candidates = issuer.algorithms.filter((alg) =>
      key.alg !== undefined ? key.alg === alg : key.kty === "RSA" ? /^(RS|PS)/.test(alg) : key.kty === "EC" ? alg === { "P-256": "ES256", "P-384": "ES384", "P-521": "ES512" }[String(key.crv)] : false,
    );
    if (candidates.length > 0) return { kid: key.kid, alg: candidates[0] };
  }
  return undefined;
}

/** Forged status events: each is refused before, or by, the webhook secret. */
function eventRequests(ctx: ProbeContext): ProbeRequest[] {
  const m = ctx.manifest;
  const path = eventsPath(m);
  const window = m.gate.eventWindowSeconds ?? DEFAULT_EVENT_WINDOW_SECONDS;
  const event = (name: string, description: string, change: Partial<ProbeRequest>): ProbeRequest => ({
    name,
    description,
    method: "POST",
    path,
    headers: forgedEventHeaders(ctx),
    body: JSON.stringify(statusEvent(ctx, ctx.now)),
    ...change,
  });
  const forged = forgedEventHeaders(ctx);
  const nested = `${'{"a":'.repeat(JSON_LIMITS.containerDepth + 8)}1${"}".repeat(JSON_LIMITS.containerDepth + 8)}`;
  const requests: ProbeRequest[] = [
    event("event-without-secret", "a status event without the webhook secret header", { headers: { "Content-Type": "application/json" } }),
    event("event-secret-twice", "the webhook secret header on two lines", { headers: { "Content-Type": "application/json", [WEBHOOK_SECRET_HEADER]: ["a", "b"] } }),
    event("event-token-in-query", "a token-shaped value in the events route's query string", { path: `${path}?access_token=${queryStringForgery()}` }),
    event("event-text-plain", "a status event declared text/plain", { headers: { ...forged, "Content-Type": "text/plain" } }),
    event("event-oversized", "a status event larger than the gate's body limit", {
      body: JSON.stringify({ ...statusEvent(ctx, ctx.now), padding: "x".repeat(m.gate.maxBodyBytes) }),
    }),
    event("event-deeply-nested", "a status event nested deeper than the gate allows", { body: nested }),
    event("event-not-json", "a status event body that is not JSON", { body: "gated-pipeline-probe" }),
    event("event-missing-id", "a status event without its event id", { body: JSON.stringify({ occurred: ctx.now }) }),
    event("event-stale", "a status event older than the replay window", { body: JSON.stringify(statusEvent(ctx, ctx.now - window - 3600)) }),
  ];
  if (ctx.refs.named(WEBHOOK_SECRET_SET_NAME) !== undefined) {
    requests.push(event("event-wrong-secret", "a well-formed status event with a wrong webhook secret", {}));
  }
  return requests;
}
