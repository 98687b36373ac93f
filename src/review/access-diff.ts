/**
 * What a change does to who can trigger what: the access matrix rows (caller × deployment) gained and lost, a
 * deployment now granted through another product, and the callers, deployments and products added, removed or
 * changed — a product's quota, a deployment's allowed parameters or the Prefect deployment behind its route.
 */
import { GateManifest, isTfRef, ManifestClient, ManifestDeployment, ManifestQuota, ManifestValue } from "../gate/manifest";
import { AccessMatrixRow, buildAccessMatrix, quotaText, valueText } from "../pipeline/access-matrix";
import { Change, changeCollector, code, Effect, listText } from "./change";

const UNIT_SECONDS = { minute: 60, hour: 3_600, day: 86_400, month: 2_592_000 } as const;

/** `10 per minute`, `no quota`. */
export function quotaOrNone(q: ManifestQuota | null): string {
  return q === null ? "no quota" : quotaText(q);
}

/**
 * Which way a quota moved: no quota is the loosest; otherwise the higher rate is looser, and at the same rate the
 * longer window (it allows larger bursts). A month counts as 30 days.
 */
export function quotaEffect(before: ManifestQuota | null, after: ManifestQuota | null): Effect {
  if (before === null && after === null) return "changes";
  if (after === null) return "loosens";
  if (before === null) return "tightens";
  const window = (q: ManifestQuota) => q.interval * UNIT_SECONDS[q.timeUnit];
  const rate = (q: ManifestQuota) => q.limit / window(q);
  if (rate(after) !== rate(before)) return rate(after) > rate(before) ? "loosens" : "tightens";
  if (window(after) !== window(before)) return window(after) > window(before) ? "loosens" : "tightens";
  return "changes";
}

/** The key of a caller across commits: its issuer and client id (or the expression of one known only at apply). */
function callerKey(issuer: string, clientId: ManifestValue<string>): string {
  return `${issuer}|${isTfRef(clientId) ? `tfRef:${clientId.tfRef}` : clientId}`;
}

function callerText(c: { readonly issuer: string; readonly clientId?: ManifestValue<string>; readonly caller?: ManifestValue<string>; readonly description?: string; readonly callerDescription?: string }): string {
  const id = (c.clientId ?? c.caller)!;
  const description = c.description ?? c.callerDescription;
  return `caller ${code(valueText(id))} of issuer ${c.issuer}${description ? ` (${description})` : ""}`;
}

const EMPTY: Pick<GateManifest, "clients" | "deployments" | "products" | "pipeline"> = { clients: [], deployments: [], products: [], pipeline: "" };

export function diffAccess(stack: string, gate: string, base: GateManifest | undefined, head: GateManifest | undefined): Change[] {
  const b = base ?? { ...EMPTY, pipeline: gate };
  const h = head ?? { ...EMPTY, pipeline: gate };
  const { changes, add: change } = changeCollector(stack, gate);

  // Access rows.
  const rows = (m: typeof b) => new Map(buildAccessMatrix(stack, [m as GateManifest]).rows.map((r) => [`${callerKey(r.issuer, r.caller)}|${r.deployment}`, r]));
  const before = rows(b);
  const after = rows(h);
  const via = (r: AccessMatrixRow) => `through product ${code(r.product)} (${quotaOrNone(r.quota)})`;
  for (const [key, r] of after) {
    const old = before.get(key);
    if (!old) change("access", "widens", `${callerText(r)} can now trigger ${code(r.deployment)} ${via(r)}.`, undefined, { product: r.product, quota: r.quota });
    else if (old.product !== r.product) {
      const effect = quotaEffect(old.quota, r.quota);
      change("access", effect, `${callerText(r)} now triggers ${code(r.deployment)} ${via(r)}, not ${via(old)}.`, { product: old.product, quota: old.quota }, { product: r.product, quota: r.quota });
    }
  }
  for (const [key, r] of before) {
    if (!after.has(key)) change("access", "narrows", `${callerText(r)} can no longer trigger ${code(r.deployment)} (was ${via(r).replace(/^through /, "")}).`, { product: r.product, quota: r.quota });
  }

  // Callers.
  const area = "callers, deployments and products";
  const callers = (m: typeof b) => new Map(m.clients.map((c) => [callerKey(c.issuer, c.clientId), c]));
  const cb = callers(b);
  const ch = callers(h);
  for (const [key, c] of ch) {
    const old = cb.get(key);
    if (!old) change(area, "changes", `${callerText(c)} is added, with products ${listText(c.products)}.`, undefined, clientFacts(c));
    else if (old.products.join("\u0000") !== c.products.join("\u0000")) {
      change(area, "changes", `${callerText(c)} now holds products ${listText(c.products)} (was ${listText(old.products)}).`, old.products, c.products);
    }
  }
  for (const [key, c] of cb) if (!ch.has(key)) change(area, "changes", `${callerText(c)} is removed.`, clientFacts(c));

  // Deployments.
  const db = new Map(b.deployments.map((d) => [d.name, d]));
  const dh = new Map(h.deployments.map((d) => [d.name, d]));
  for (const [name, d] of dh) {
    const old = db.get(name);
    if (!old) {
      change(area, "changes", `Deployment route ${code(name)} is added (Prefect ${d.flowName}/${d.deploymentName}).`);
      continue;
    }
    if (old.flowName !== d.flowName || old.deploymentName !== d.deploymentName || valueText(old.deploymentId) !== valueText(d.deploymentId)) {
      change(area, "changes", `Route ${code(name)} now runs Prefect ${d.flowName}/${d.deploymentName} (${valueText(d.deploymentId)}), was ${old.flowName}/${old.deploymentName} (${valueText(old.deploymentId)}).`);
    }
    const parameters = parametersChange(old, d);
    if (parameters) change(area, parameters.effect, `Deployment ${code(name)}: ${parameters.text}.`, old.allowedParameters ?? null, d.allowedParameters ?? null);
  }
  for (const name of db.keys()) if (!dh.has(name)) change(area, "changes", `Deployment route ${code(name)} is removed.`);

  // Products.
  const pb = new Map(b.products.map((p) => [p.name, p]));
  const ph = new Map(h.products.map((p) => [p.name, p]));
  for (const [name, p] of ph) {
    const old = pb.get(name);
    if (!old) {
      change(area, "changes", `Product ${code(name)} is added: ${listText(p.deployments)}, ${quotaOrNone(p.quota)}.`);
      continue;
    }
    if (old.deployments.join("\u0000") !== p.deployments.join("\u0000")) {
      change(area, "changes", `Product ${code(name)} now grants ${listText(p.deployments)} (was ${listText(old.deployments)}).`, old.deployments, p.deployments);
    }
    const effect = quotaEffect(old.quota, p.quota);
    if (quotaOrNone(old.quota) !== quotaOrNone(p.quota)) {
      change(area, effect, `Product ${code(name)}'s quota: ${quotaOrNone(old.quota)} → ${quotaOrNone(p.quota)} per caller.`, old.quota, p.quota);
    }
  }
  for (const name of pb.keys()) if (!ph.has(name)) change(area, "changes", `Product ${code(name)} is removed.`);
  return changes;
}

function clientFacts(c: ManifestClient): Record<string, unknown> {
  return { issuer: c.issuer, clientId: c.clientId, products: c.products };
}

/** How a deployment's allowed parameters moved (absent: any parameters are forwarded). */
function parametersChange(before: ManifestDeployment, after: ManifestDeployment): { effect: Effect; text: string } | undefined {
  const b = before.allowedParameters;
  const a = after.allowedParameters;
  if (b === undefined && a === undefined) return undefined;
  if (a === undefined) return { effect: "loosens", text: `any parameters are now forwarded (was only ${listText(b!)})` };
  if (b === undefined) return { effect: "tightens", text: `only parameters ${listText(a)} are now forwarded (was any)` };
  const added = a.filter((p) => !b.includes(p));
  const removed = b.filter((p) => !a.includes(p));
  if (added.length === 0 && removed.length === 0) return undefined;
  const effect: Effect = added.length > 0 ? "loosens" : "tightens";
  const parts = [...(added.length > 0 ? [`now also takes ${listText(added)}`] : []), ...(removed.length > 0 ? [`no longer takes ${listText(removed)}`] : [])];
  return { effect, text: `parameters: ${parts.join("; ")}` };
}
