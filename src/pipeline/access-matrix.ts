/**
 * The access matrix: who may trigger what, for reviewers. One row per caller × deployment with the product
 * that grants it, its quota and the issuer. Pure: built from gate manifests, so the CLI can rebuild it without cdktf.
 */
import { tableCell } from "../core/markdown";
import { GateManifest, isTfRef, ManifestQuota, ManifestValue } from "../gate/manifest";

/** One caller × deployment grant of the access matrix. */
export interface AccessMatrixRow {
  /** The pipeline id. */
  readonly pipeline: string;
  /** The caller's client id, or `{ tfRef }` when it is known only after apply. */
  readonly caller: ManifestValue<string>;
  /**
   * The caller's description.
   * @default - none
   */
  readonly callerDescription?: string;
  /** The short name of the caller's issuer. */
  readonly issuer: string;
  /** The deployment's route slug. */
  readonly deployment: string;
  /** The product that grants it (the first the caller holds, when two do). */
  readonly product: string;
  /** That product's quota per caller; null: none. */
  readonly quota: ManifestQuota | null;
}

/**
 * The access matrix of one stack, `gated-pipeline/access-matrix.json` in its output folder (`access-matrix.md` renders
 * it): one row per caller × deployment a product grants, in pipeline, caller and deployment order.
 */
export interface AccessMatrix {
  /** The format of this file: 1. */
  readonly version: 1;
  /** The stack's name. */
  readonly stack: string;
  /** The grants. */
  readonly rows: readonly AccessMatrixRow[];
}

/** Rows in pipeline, caller, deployment order; a deployment granted by two products lists the first the caller holds. */
export function buildAccessMatrix(stack: string, manifests: readonly GateManifest[]): AccessMatrix {
  const rows: AccessMatrixRow[] = [];
  for (const m of manifests) {
    for (const client of m.clients) {
      const seen = new Set<string>();
      for (const productName of client.products) {
        const product = m.products.find((p) => p.name === productName);
        if (!product) continue;
        for (const deployment of product.deployments) {
          if (seen.has(deployment)) continue;
          seen.add(deployment);
          rows.push({
            pipeline: m.pipeline,
            caller: client.clientId,
            ...(client.description ? { callerDescription: client.description } : {}),
            issuer: client.issuer,
            deployment,
            product: product.name,
            quota: product.quota,
          });
        }
      }
    }
  }
  return { version: 1, stack, rows };
}

/** Markdown opening with a Mermaid diagram (callers → issuers → products → deployments), then the table. */
export function renderAccessMatrixMarkdown(matrix: AccessMatrix, manifests: readonly GateManifest[]): string {
  const lines: string[] = [`# Access matrix: ${matrix.stack}`, "", "```mermaid", "flowchart LR"];
  const ids = new NodeIds();
  const edges = new Set<string>();
  const edge = (from: string, to: string, label?: string) => edges.add(`  ${from} -->${label ? `|${mermaidText(label)}|` : ""} ${to}`);
  for (const m of manifests) {
    lines.push(`  subgraph ${ids.get(`pipeline:${m.pipeline}`)}["${mermaidText(`${m.pipeline} (${m.basePath})`)}"]`);
    for (const issuer of m.issuers) lines.push(`    ${ids.get(`issuer:${m.pipeline}:${issuer.name}`)}(["${mermaidText(`issuer ${issuer.name}`)}"])`);
    for (const p of m.products) lines.push(`    ${ids.get(`product:${m.pipeline}:${p.name}`)}{{"${mermaidText(`product ${p.name}${p.quota ? `, ${quotaText(p.quota)}` : ""}`)}"}}`);
    for (const d of m.deployments) lines.push(`    ${ids.get(`deployment:${m.pipeline}:${d.name}`)}["${mermaidText(`deployment ${d.name}`)}"]`);
    lines.push("  end");
    for (const c of m.clients) {
      const callerId = ids.get(`caller:${m.pipeline}:${c.issuer}:${valueText(c.clientId)}`);
      lines.push(`  ${callerId}["${mermaidText(`caller ${c.description ?? valueText(c.clientId)}`)}"]`);
      edge(callerId, ids.get(`issuer:${m.pipeline}:${c.issuer}`));
      for (const p of c.products) edge(ids.get(`issuer:${m.pipeline}:${c.issuer}`), ids.get(`product:${m.pipeline}:${p}`));
    }
    for (const p of m.products) for (const d of p.deployments) edge(ids.get(`product:${m.pipeline}:${p.name}`), ids.get(`deployment:${m.pipeline}:${d}`));
  }
  lines.push(...edges, "```", "");
  lines.push("| pipeline | caller | issuer | deployment | product | quota |", "|---|---|---|---|---|---|");
  for (const r of matrix.rows) {
    const caller = `${tableCell(valueText(r.caller))}${r.callerDescription ? ` (${tableCell(r.callerDescription)})` : ""}`;
    lines.push(`| ${r.pipeline} | ${caller} | ${r.issuer} | ${r.deployment} | ${r.product} | ${r.quota ? quotaText(r.quota) : "none"} |`);
  }
  if (matrix.rows.length === 0) lines.push("| (no caller is granted any deployment) | | | | | |");
  lines.push("", "Values known only after apply are shown as `apply-time: <expression>`.", "");
  return lines.join("\n");
}

/** A manifest value as a reviewer reads it: the literal, or `apply-time: <expression>`. */
export function valueText(v: ManifestValue<string>): string {
  return isTfRef(v) ? `apply-time: ${v.tfRef}` : v;
}

/** A product quota as a reviewer reads it, e.g. `10 per minute`, `5 per 2 hours`. */
export function quotaText(q: ManifestQuota): string {
  return `${q.limit} per ${q.interval === 1 ? q.timeUnit : `${q.interval} ${q.timeUnit}s`}`;
}

function mermaidText(s: string): string {
  return s.replace(/"/g, "#quot;").replace(/[<>]/g, (c) => (c === "<" ? "#lt;" : "#gt;"));
}

/** Stable, Mermaid-safe node ids in order of first use. */
class NodeIds {
  private readonly ids = new Map<string, string>();
  public get(key: string): string {
    let id = this.ids.get(key);
    if (!id) {
      id = `n${this.ids.size + 1}`;
      this.ids.set(key, id);
    }
    return id;
  }
}
