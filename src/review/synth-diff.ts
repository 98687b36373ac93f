/**
 * `gated-pipeline diff`: what a change does to access and to the gates, from two synthesized outputs (the base of a
 * pull request and its head). Stacks are matched by name and gates by pipeline id; a stack or gate on one side only
 * is compared with nothing, so everything it grants counts as gained or lost.
 */
import type { StackOutput } from "../audit/evidence-report";
import type { CheckReport } from "../checks/model";
import { diffAccess } from "./access-diff";
import { Area, Change, code, isWidening } from "./change";
import { diffGateSettings } from "./gate-settings-diff";
import { diffAudit, diffRotation } from "./rotation-audit-diff";
import { diffFindings, diffProxies } from "./stack-diff";

/** One side of the comparison: its stacks, and the policy pack's reports over them. */
export interface SynthSide {
  readonly stacks: readonly StackOutput[];
  /** One report per stack (by `stack`), made by the same rules for both sides. */
  readonly checks: readonly CheckReport[];
}

export interface SynthDiff {
  readonly version: 1;
  /** Whether any change widens access or loosens a limit. */
  readonly widening: boolean;
  /** In stack, gate and area order. */
  readonly changes: readonly Change[];
}

/** The order of areas within a gate or stack, as the Markdown shows them. */
export const AREA_ORDER: readonly Area[] = ["stacks", "access", "callers, deployments and products", "token verification", "limits", "rotation", "audit trail", "proxies", "policy pack"];

export function diffSynthOutputs(base: SynthSide, head: SynthSide): SynthDiff {
  const changes: Change[] = [];
  const names = [...new Set([...base.stacks, ...head.stacks].map((s) => s.name))].sort();
  for (const name of names) {
    const b = base.stacks.find((s) => s.name === name);
    const h = head.stacks.find((s) => s.name === name);
    if (!b || !h) changes.push({ stack: name, gate: null, area: "stacks", effect: "changes", summary: `Stack ${code(name)} is ${b ? "removed" : "added"}.` });
    const gates = [...new Set([...(b?.manifests ?? []), ...(h?.manifests ?? [])].map((m) => m.pipeline))].sort();
    for (const gate of gates) {
      const mb = b?.manifests.find((m) => m.pipeline === gate);
      const mh = h?.manifests.find((m) => m.pipeline === gate);
      if (!mb || !mh) {
        const m = (mh ?? mb)!;
        changes.push({ stack: name, gate, area: "stacks", effect: "changes", summary: `Gate ${code(gate)} (${code(m.basePath)} on ${m.hostnames.join(", ")}) is ${mb ? "removed" : "added"}.` });
      }
      changes.push(...diffAccess(name, gate, mb, mh), ...diffGateSettings(name, gate, mb, mh));
      if (mb && mh) changes.push(...diffRotation(name, gate, mb.rotation, mh.rotation), ...diffAudit(name, gate, mb.audit, mh.audit));
    }
    changes.push(...diffProxies(name, b, h));
    changes.push(...diffFindings(name, base.checks.find((c) => c.stack === name), head.checks.find((c) => c.stack === name)));
  }
  // Within a stack: whether the stack itself is added or removed, then its gates, then its proxies and findings.
  const rank = (c: Change) => AREA_ORDER.indexOf(c.area);
  const group = (c: Change) => (c.gate !== null ? `1${c.gate}` : c.area === "stacks" ? "0" : "2");
  const ordered = changes
    .map((c, i) => ({ c, i }))
    .sort((x, y) => compare(x.c.stack, y.c.stack) || compare(group(x.c), group(y.c)) || rank(x.c) - rank(y.c) || x.i - y.i)
    .map((x) => x.c);
  return { version: 1, widening: ordered.some(isWidening), changes: ordered };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
