/**
 * Reads a gate manifest from JSON and checks what the simulator relies on, so a hand-edited or stale file fails with
 * the field at fault instead of a wrong decision. Unknown fields are allowed (the format grows).
 */
import { ASYMMETRIC_JWT_ALGORITHMS, isAsymmetricJwtAlgorithm } from "../core/jwt-algorithms";
import { DEPLOYMENT_SLUG, GATE_BASE_PATH } from "../core/rules";
import { isTfRef, GateManifest, MANIFEST_VERSION } from "../gate/manifest";
import { isSpikeArrestRate } from "./quota-state";
import { SimulationError } from "./simulation-error";


const TIME_UNITS = ["minute", "hour", "day", "month"];

/**
 * Checks that `json` (a parsed `gated-pipeline/<pipeline>.json`) is a gate manifest the simulator can decide with, and
 * returns it typed. Throws a `SimulationError` naming `source` and the field at fault; unknown fields are allowed.
 */
export function parseGateManifest(json: unknown, source = "manifest"): GateManifest {
  const fail = (field: string, value: unknown, allowed: string): never => {
    throw new SimulationError(`${source}: ${field} ${JSON.stringify(value) ?? "(missing)"} is not allowed (${allowed})`);
  };
  const obj = (field: string, v: unknown): Record<string, unknown> =>
    typeof v === "object" && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : fail(field, v, "must be an object");
  const arr = (field: string, v: unknown): unknown[] => (Array.isArray(v) ? v : fail(field, v, "must be an array"));
  const str = (field: string, v: unknown): string => (typeof v === "string" && v !== "" ? v : fail(field, v, "must be a non-empty string"));
  const strOrRef = (field: string, v: unknown): void => {
    if (!isTfRef(v)) str(field, v);
  };
  const int = (field: string, v: unknown, min: number): number =>
    typeof v === "number" && Number.isInteger(v) && v >= min ? v : fail(field, v, `must be an integer >= ${min}`);

  const m = obj("the manifest", json);
  if (m.version !== MANIFEST_VERSION) fail("version", m.version, `this simulator reads version ${MANIFEST_VERSION}`);
  str("pipeline", m.pipeline);
  const basePath = str("basePath", m.basePath);
  if (!GATE_BASE_PATH.pattern.test(basePath)) fail("basePath", basePath, GATE_BASE_PATH.allowed);
  arr("hostnames", m.hostnames).forEach((h, i) => str(`hostnames[${i}]`, h));

  const issuerNames = new Set<string>();
  arr("issuers", m.issuers).forEach((raw, i) => {
    const f = `issuers[${i}]`;
    const issuer = obj(f, raw);
    const name = str(`${f}.name`, issuer.name);
    if (issuerNames.has(name)) fail(`${f}.name`, name, "must be unique");
    issuerNames.add(name);
    strOrRef(`${f}.issuer`, issuer.issuer);
    if (issuer.alternateIssuers !== undefined) arr(`${f}.alternateIssuers`, issuer.alternateIssuers).forEach((a, j) => str(`${f}.alternateIssuers[${j}]`, a));
    const audiences = arr(`${f}.audiences`, issuer.audiences);
    if (audiences.length === 0) fail(`${f}.audiences`, audiences, "at least one audience: without one any token of the issuer would pass");
    audiences.forEach((a, j) => strOrRef(`${f}.audiences[${j}]`, a));
    strOrRef(`${f}.jwksUri`, issuer.jwksUri);
    const algorithms = arr(`${f}.algorithms`, issuer.algorithms);
    if (algorithms.length === 0) fail(`${f}.algorithms`, algorithms, "at least one algorithm");
    for (const alg of algorithms) {
      // HS* is refused: a shared-secret verifier next to a public key invites algorithm confusion (RFC 8725 §2.1).
      if (typeof alg !== "string" || !isAsymmetricJwtAlgorithm(alg)) fail(`${f}.algorithms`, alg, `asymmetric only: ${ASYMMETRIC_JWT_ALGORITHMS.join(", ")}`);
    }
    int(`${f}.clockSkewSeconds`, issuer.clockSkewSeconds, 0);
    int(`${f}.maxTokenLifetimeSeconds`, issuer.maxTokenLifetimeSeconds, 1);
    str(`${f}.clientIdClaim`, issuer.clientIdClaim);
    if (issuer.expectedType !== undefined) str(`${f}.expectedType`, issuer.expectedType);
    if (issuer.requiredClaims !== undefined) {
      for (const [claim, value] of Object.entries(obj(`${f}.requiredClaims`, issuer.requiredClaims))) strOrRef(`${f}.requiredClaims.${claim}`, value);
    }
  });

  const deploymentNames = new Set<string>();
  arr("deployments", m.deployments).forEach((raw, i) => {
    const f = `deployments[${i}]`;
    const d = obj(f, raw);
    const name = str(`${f}.name`, d.name);
    if (!DEPLOYMENT_SLUG.pattern.test(name)) fail(`${f}.name`, name, DEPLOYMENT_SLUG.allowed);
    if (deploymentNames.has(name)) fail(`${f}.name`, name, "must be unique");
    deploymentNames.add(name);
    strOrRef(`${f}.deploymentId`, d.deploymentId);
    if (d.allowedParameters !== undefined) arr(`${f}.allowedParameters`, d.allowedParameters).forEach((p, j) => str(`${f}.allowedParameters[${j}]`, p));
  });

  const productNames = new Set<string>();
  arr("products", m.products).forEach((raw, i) => {
    const f = `products[${i}]`;
    const p = obj(f, raw);
    const name = str(`${f}.name`, p.name);
    if (productNames.has(name)) fail(`${f}.name`, name, "must be unique");
    productNames.add(name);
    for (const d of arr(`${f}.deployments`, p.deployments)) {
      if (typeof d !== "string" || !deploymentNames.has(d)) fail(`${f}.deployments`, d, `a deployment of this manifest: ${[...deploymentNames].join(", ")}`);
    }
    if (p.quota !== null) {
      const q = obj(`${f}.quota`, p.quota);
      int(`${f}.quota.limit`, q.limit, 1);
      int(`${f}.quota.interval`, q.interval, 1);
      if (!TIME_UNITS.includes(q.timeUnit as string)) fail(`${f}.quota.timeUnit`, q.timeUnit, TIME_UNITS.join(", "));
    }
  });

  arr("clients", m.clients).forEach((raw, i) => {
    const f = `clients[${i}]`;
    const c = obj(f, raw);
    strOrRef(`${f}.clientId`, c.clientId);
    if (typeof c.issuer !== "string" || !issuerNames.has(c.issuer)) fail(`${f}.issuer`, c.issuer, `an issuer name of this manifest: ${[...issuerNames].join(", ")}`);
    for (const p of arr(`${f}.products`, c.products)) {
      if (typeof p !== "string" || !productNames.has(p)) fail(`${f}.products`, p, `a product of this manifest: ${[...productNames].join(", ")}`);
    }
  });

  const prefect = obj("prefect", m.prefect);
  str("prefect.apiUrl", prefect.apiUrl);
  strOrRef("prefect.accountId", prefect.accountId);
  strOrRef("prefect.workspaceId", prefect.workspaceId);

  const gate = obj("gate", m.gate);
  if (typeof gate.spikeArrestRate !== "string" || !isSpikeArrestRate(gate.spikeArrestRate)) fail("gate.spikeArrestRate", gate.spikeArrestRate, 'a rate like "20ps" or "600pm"');
  if (gate.callerSpikeArrestRate !== undefined && (typeof gate.callerSpikeArrestRate !== "string" || !isSpikeArrestRate(gate.callerSpikeArrestRate))) {
    fail("gate.callerSpikeArrestRate", gate.callerSpikeArrestRate, 'a rate like "20ps" or "600pm"');
  }
  if (gate.eventWindowSeconds !== undefined) int("gate.eventWindowSeconds", gate.eventWindowSeconds, 1);
  arr("gate.forbiddenBodyFields", gate.forbiddenBodyFields).forEach((x, i) => str(`gate.forbiddenBodyFields[${i}]`, x));
  int("gate.maxBodyBytes", gate.maxBodyBytes, 1);

  return json as GateManifest;
}
