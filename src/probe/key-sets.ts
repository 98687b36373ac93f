/**
 * The issuers' public keys for the probe's forgeries and for the simulator: from `--jwks` (one `{"keys": [...]}` for
 * every issuer, or one per issuer name), or fetched from each issuer's JWKS URI over HTTPS (the manifest's, or the one
 * `--outputs`/`--set` resolves). Private key members are refused; an issuer whose keys cannot be had is noted, and the
 * requests that need them are left out.
 */
import type { JSONWebKeySet } from "jose";
import { GateManifest, isTfRef } from "../gate/manifest";
import { References } from "../simulate/references";
import type { JwksOption } from "../simulate/verify-token";
import { checkScheme, TargetError } from "./probe-target";

/** Key sets that cannot be used; the message names the source. */
export class KeySetError extends Error {}

const FETCH_TIMEOUT_MILLIS = 10_000;
const MAX_JWKS_BYTES = 1024 * 1024;
/** JWK members that hold private key material (RFC 7518 §6.2.2, §6.3.2, §6.4). */
const PRIVATE_MEMBERS = ["d", "p", "q", "dp", "dq", "qi", "oth", "k"];

function isKeySet(value: unknown): value is JSONWebKeySet {
  return typeof value === "object" && value !== null && Array.isArray((value as JSONWebKeySet).keys);
}

function checkPublic(set: JSONWebKeySet, source: string): JSONWebKeySet {
  for (const key of set.keys) {
    if (typeof key !== "object" || key === null) throw new KeySetError(`${source}: a key is not an object`);
    const secret = PRIVATE_MEMBERS.find((m) => m in key);
    if (secret) throw new KeySetError(`${source}: key ${JSON.stringify(key.kid ?? "(no kid)")} holds private member "${secret}"; give public keys only`);
  }
  return set;
}

/** Key sets by issuer name from a `--jwks` file's JSON. */
export function keySetsFromJwks(manifest: GateManifest, jwks: unknown, source: string): Map<string, JSONWebKeySet> {
  const sets = new Map<string, JSONWebKeySet>();
  if (isKeySet(jwks)) {
    checkPublic(jwks, source);
    for (const issuer of manifest.issuers) sets.set(issuer.name, jwks);
    return sets;
  }
  if (typeof jwks !== "object" || jwks === null || Array.isArray(jwks)) throw new KeySetError(`${source}: expected {"keys": [...]} or {"<issuer name>": {"keys": [...]}}`);
  for (const [name, set] of Object.entries(jwks)) {
    if (!manifest.issuers.some((i) => i.name === name)) {
      throw new KeySetError(`${source}: ${JSON.stringify(name)} is not an issuer of the manifest (${manifest.issuers.map((i) => i.name).join(", ")})`);
    }
    if (!isKeySet(set)) throw new KeySetError(`${source}: ${JSON.stringify(name)} must be {"keys": [...]}`);
    sets.set(name, checkPublic(set, `${source} (${name})`));
  }
  return sets;
}

/** The same sets as the simulator's `jwks` option. */
export function jwksOption(sets: ReadonlyMap<string, JSONWebKeySet>): JwksOption {
  return Object.fromEntries(sets);
}

/** Fetches one JWKS document (`https://`, or `http://` to a loopback host). */
export async function fetchKeySet(uri: string): Promise<JSONWebKeySet> {
  const url = new URL(uri);
  checkScheme(url, "JWKS URI", uri);
  const response = await fetch(url, { redirect: "error", signal: AbortSignal.timeout(FETCH_TIMEOUT_MILLIS), headers: { accept: "application/json" } });
  if (!response.ok) throw new KeySetError(`${uri} answered ${response.status}`);
  const text = await response.text();
  if (text.length > MAX_JWKS_BYTES) throw new KeySetError(`${uri}: the key set is larger than ${MAX_JWKS_BYTES} bytes`);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new KeySetError(`${uri}: not JSON`);
  }
  if (!isKeySet(json)) throw new KeySetError(`${uri}: not a key set {"keys": [...]}`);
  return checkPublic(json, uri);
}

/** Fetches every issuer's key set whose URI is known; issuers left without keys are noted. */
export async function fetchKeySets(manifest: GateManifest, refs: References, fetcher = fetchKeySet): Promise<{ sets: Map<string, JSONWebKeySet>; notes: string[] }> {
  const sets = new Map<string, JSONWebKeySet>();
  const notes: string[] = [];
  for (const issuer of manifest.issuers) {
    const uri = refs.resolve(issuer.jwksUri);
    if (uri === undefined) {
      notes.push(`issuer ${issuer.name}: its JWKS URI is known only at apply time (${isTfRef(issuer.jwksUri) ? issuer.jwksUri.tfRef : ""}); pass --outputs, --set or --jwks`);
      continue;
    }
    try {
      sets.set(issuer.name, await fetcher(uri));
    } catch (e) {
      const why = e instanceof KeySetError || e instanceof TargetError ? e.message : `${uri}: ${(e as Error).message}`;
      notes.push(`issuer ${issuer.name}: no key set (${why})`);
    }
  }
  return { sets, notes };
}
