/**
 * What the probe's request sets are built from: the gate manifest with its apply-time values, the time, the issuers'
 * public keys where known, the deployment refusable run requests aim at, and a source of fresh ids.
 */
import type { JSONWebKeySet } from "jose";
import { IDEMPOTENCY_HEADER, ROUTES, WEBHOOK_SECRET_HEADER } from "../gate/contract";
import { GateManifest, ManifestIssuer } from "../gate/manifest";
import { References } from "../simulate/references";
import { ProbeRequest } from "./probe-request";

export interface ProbeContext {
  readonly manifest: GateManifest;
  /** Resolves the manifest's `{"tfRef"}` values (from `--outputs` and `--set`). */
  readonly refs: References;
  /** The time the probe starts, in unix seconds. */
  readonly now: number;
  /** Public key sets by issuer name, where known. */
  readonly keySets: ReadonlyMap<string, JSONWebKeySet>;
  /** The deployment route slug refusable run requests aim at. */
  readonly deployment: string;
  /** A fresh random id (a lowercase UUID). */
  readonly randomId: () => string;
}

/** The path of a route below the gate host: `{basePath}/deployments/{name}/runs`, `{basePath}/events`, ... */
export function routePath(manifest: GateManifest, relative: string): string {
  return `${manifest.basePath}${relative}`;
}

/** The path of `POST .../deployments/{name}/runs`. */
export function runsPath(manifest: GateManifest, deployment: string): string {
  return routePath(manifest, ROUTES.triggerRun.pattern.replace("{name}", deployment));
}

/** The path of `POST .../events`. */
export function eventsPath(manifest: GateManifest): string {
  return routePath(manifest, ROUTES.statusEvents.pattern);
}

/** A fresh Idempotency-Key in the gate's alphabet. */
export function freshIdempotencyKey(ctx: ProbeContext): string {
  return `probe-${ctx.randomId()}`;
}

/**
 * A run request as a well-behaved caller sends it, to the context's deployment, with `authorization` (a full header
 * value, or one per line) when given, changed by `change`.
 */
export function runRequest(
  ctx: ProbeContext,
  name: string,
  description: string,
  authorization: string | readonly string[] | undefined,
  change: Partial<ProbeRequest> = {},
): ProbeRequest {
  return {
    name,
    description,
    method: "POST",
    path: runsPath(ctx.manifest, ctx.deployment),
    headers: {
      ...(authorization !== undefined ? { Authorization: authorization } : {}),
      "Content-Type": "application/json",
      [IDEMPOTENCY_HEADER]: freshIdempotencyKey(ctx),
    },
    body: JSON.stringify({ parameters: {} }),
    ...change,
  };
}

/** A status event as Prefect's automation renders it, occurring at `occurred`, with a forged webhook secret. */
export function statusEvent(ctx: ProbeContext, occurred: number): Record<string, unknown> {
  return { event_id: ctx.randomId(), occurred, flow_run_id: ctx.randomId(), state_type: "COMPLETED", state: "Completed" };
}

/** The headers of a forged status event: a webhook secret that is not the gate's. */
export function forgedEventHeaders(ctx: ProbeContext): Record<string, string> {
  return { "Content-Type": "application/json", [WEBHOOK_SECRET_HEADER]: `gated-pipeline-probe-${ctx.randomId()}` };
}

/** The issuer's `iss` as its tokens carry it, when known (offline, or from `--outputs`/`--set`). */
export function issuerIss(ctx: ProbeContext, issuer: ManifestIssuer): string | undefined {
  return ctx.refs.resolve(issuer.issuer);
}

/** Claims a token of `issuer` would carry, for the probe's forgeries: valid in time, the probe as subject. */
export function forgedClaims(ctx: ProbeContext, issuer: ManifestIssuer, iss: string, subject: string): Record<string, unknown> {
  const audience = issuer.audiences.map((a) => ctx.refs.resolve(a)).find((a) => a !== undefined) ?? subject;
  return { iss, aud: audience, sub: subject, [issuer.clientIdClaim]: subject, iat: ctx.now - 60, exp: ctx.now + 600 };
}
