/**
 * Requests derived from a caller's real token (`--token`): the token tampered with (a changed signature character,
 * `alg: none`, HS256 keyed with the issuer's public key), a token-shaped forgery in the query string next to the real
 * token (never the real token: query strings land in Apigee's analytics), and run requests that pass authorization and
 * fail a later check — forbidden and unknown body fields, hydration markers, reserved tags, wrong field types,
 * parameters the deployment does not take, bodies that are too large, too deep or not JSON, a wrong media type, a
 * missing, malformed or repeated Idempotency-Key, an unknown deployment, a deployment outside the caller's products,
 * a wrong method and an unknown route. None of them can start a run: the simulator decides each, and the probe sends
 * none it would allow.
 */
import type { JSONWebKeySet } from "jose";
import type { JsonWebKey } from "crypto";
import { IDEMPOTENCY_HEADER, JSON_LIMITS, PREFECT_HYDRATION_KEY, RESERVED_TAG_PREFIX } from "../gate/contract";
import { decodeToken, hmacWithPublicKey, queryStringForgery, tamperedSignature, unsecuredToken } from "./forged-tokens";
import { freshIdempotencyKey, ProbeContext, routePath, runRequest, runsPath } from "./probe-context";
import { ProbeRequest } from "./probe-request";
import { RequestSet } from "./hostile-requests";

/** A deployment route slug no gate defines. */
export const UNKNOWN_DEPLOYMENT = "gated-pipeline-probe-unknown";

export interface TokenVariantsInput {
  /** The caller's token, as read from `--token`. */
  readonly token: string;
  /** A deployment the manifest defines but the caller's products do not grant, if any. */
  readonly ungranted?: string;
}

export function tokenVariants(ctx: ProbeContext, input: TokenVariantsInput): RequestSet {
  const m = ctx.manifest;
  const notes: string[] = [];
  const bearer = `Bearer ${input.token}`;
  const decoded = decodeToken(input.token);
  const header = decoded?.header ?? {};
  const payloadSegment = input.token.split(".")[1] ?? "";
  const run = (name: string, description: string, change: Partial<ProbeRequest> = {}, authorization: string | readonly string[] = bearer) =>
    runRequest(ctx, `token-${name}`, description, authorization, change);
  const body = (value: unknown) => ({ body: JSON.stringify(value) });
  const parameter = m.deployments.find((d) => d.name === ctx.deployment)?.allowedParameters?.[0] ?? "gated_pipeline_probe";

  const requests: ProbeRequest[] = [
    run("tampered-signature", "the token with one signature character changed", {}, `Bearer ${tamperedSignature(input.token)}`),
    run("alg-none", "the token's claims, unsigned (alg none)", {}, `Bearer ${unsecuredToken(header, decoded?.claims ?? {})}`),
  ];
  const publicKey = publicKeyOf(ctx.keySets, header.kid);
  if (publicKey) {
    requests.push(run("hs256-public-key", "the token's claims signed HS256 with the issuer's public key", {}, `Bearer ${hmacWithPublicKey(header, payloadSegment, publicKey)}`));
  } else {
    notes.push("no published key matches the token's key id, so no HS256 token keyed with the issuer's public key");
  }
  requests.push(
    run("forgery-in-query", "the real token in the header, a token-shaped forgery in access_token", { path: `${runsPath(m, ctx.deployment)}?access_token=${queryStringForgery()}` }),
    run("authorization-twice", "the token on two Authorization lines", {}, [bearer, bearer]),
    run("idempotency-key-twice", "two Idempotency-Key lines", { headers: { Authorization: bearer, "Content-Type": "application/json", [IDEMPOTENCY_HEADER]: [freshIdempotencyKey(ctx), freshIdempotencyKey(ctx)] } }),
    run("no-idempotency-key", "a run request without Idempotency-Key", { headers: { Authorization: bearer, "Content-Type": "application/json" } }),
    run("malformed-idempotency-key", "an Idempotency-Key outside the gate's alphabet", { headers: { Authorization: bearer, "Content-Type": "application/json", [IDEMPOTENCY_HEADER]: "x y" } }),
    run("text-plain", "a run request declared text/plain", { headers: { Authorization: bearer, "Content-Type": "text/plain", [IDEMPOTENCY_HEADER]: freshIdempotencyKey(ctx) } }),
    run("not-json", "a run body that is not JSON", { body: "gated-pipeline-probe" }),
    run("deeply-nested", "parameters nested deeper than the gate allows", {
      body: `{"parameters":${'{"a":'.repeat(JSON_LIMITS.containerDepth + 8)}1${"}".repeat(JSON_LIMITS.containerDepth + 8)}}`,
    }),
    run("oversized", "a run body larger than the gate's limit", body({ parameters: { [parameter]: "x".repeat(m.gate.maxBodyBytes) } })),
    run("forbidden-field", "job_variables in the body (would change where the run executes)", body({ parameters: {}, job_variables: { image: "gated-pipeline-probe" } })),
    run("unknown-field", "a body field the gate does not forward", body({ parameters: {}, gated_pipeline_probe: true })),
    run("parameters-not-object", "parameters that are not an object", body({ parameters: [] })),
    run("reserved-tag", "a run tag in the gate's reserved namespace", body({ parameters: {}, tags: [`${RESERVED_TAG_PREFIX}sub:gated-pipeline-probe`] })),
    run("hydration-marker", "a Prefect hydration marker in the parameters", body({ parameters: { [parameter]: { [PREFECT_HYDRATION_KEY]: "workspace_variable", variable_name: "gated-pipeline-probe" } } })),
    run("unknown-deployment", "a deployment the gate does not define", { path: runsPath(m, UNKNOWN_DEPLOYMENT) }),
    run("wrong-method", "GET on a deployment's runs route", { method: "GET", body: undefined }),
    run("unknown-route", "a route the gate does not define", { method: "GET", path: routePath(m, "/gated-pipeline-probe"), body: undefined }),
  );
  if (m.deployments.find((d) => d.name === ctx.deployment)?.allowedParameters !== undefined) {
    requests.push(run("parameter-not-allowed", "a parameter the deployment does not take", body({ parameters: { gated_pipeline_probe: 1 } })));
  }
  if (input.ungranted !== undefined) {
    requests.push(run("ungranted-deployment", `deployment ${input.ungranted}, outside the caller's products`, { path: runsPath(m, input.ungranted) }));
  } else {
    notes.push("the caller's products grant every deployment of the gate, so no request aims outside them");
  }
  return { requests, notes };
}

/** The public key (any issuer's set) whose key id the token names. */
function publicKeyOf(keySets: ReadonlyMap<string, JSONWebKeySet>, kid: unknown): JsonWebKey | undefined {
  if (typeof kid !== "string") return undefined;
  for (const set of keySets.values()) {
    const key = set.keys.find((k) => k.kid === kid && (k.kty === "RSA" || k.kty === "EC"));
    if (key) return key as JsonWebKey;
  }
  return undefined;
}
