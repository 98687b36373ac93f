/**
 * What a change does to a stack beyond its gates' manifests: which Apigee proxies and shared flows get a new revision
 * (their bundle bytes changed: the library builds bundles deterministically, so only a real change does that), and
 * which policy-pack findings are new or resolved (both outputs checked by the same rules).
 */
import { createHash } from "crypto";
import type { StackOutput } from "../audit/evidence-report";
import type { CheckReport, Finding } from "../checks/model";
import { resourcesOfType } from "../checks/terraform-model";
import { Change, code } from "./change";

/** Proxies and shared flows of a stack by Apigee name: a digest of their bundle (its files, or the zip's md5 when unreadable). */
function bundleDigests(stack: StackOutput | undefined): Map<string, { kind: string; bundle: string; digest: string }> {
  const digests = new Map<string, { kind: string; bundle: string; digest: string }>();
  if (!stack) return digests;
  for (const [type, kind] of [["google_apigee_api", "proxy"], ["google_apigee_sharedflow", "shared flow"]] as const) {
    for (const r of resourcesOfType(stack.config, type)) {
      const name = String(r.body.name ?? r.name);
      const bundle = String(r.body.config_bundle ?? "");
      const files = stack.bundles.get(bundle);
      const digest = files
        ? createHash("sha256").update(JSON.stringify([...files.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))).digest("hex")
        : String(r.body.detect_md5hash ?? bundle);
      digests.set(`${kind}|${name}`, { kind, bundle, digest });
    }
  }
  return digests;
}

export function diffProxies(stackName: string, base: StackOutput | undefined, head: StackOutput | undefined): Change[] {
  const b = bundleDigests(base);
  const h = bundleDigests(head);
  const changes: Change[] = [];
  for (const [key, x] of h) {
    const name = key.slice(key.indexOf("|") + 1);
    const old = b.get(key);
    if (!old) changes.push({ stack: stackName, gate: null, area: "proxies", effect: "changes", summary: `New ${x.kind} ${code(name)} (${code(x.bundle)}).` });
    else if (old.digest !== x.digest) {
      changes.push({ stack: stackName, gate: null, area: "proxies", effect: "changes", summary: `${x.kind === "proxy" ? "Proxy" : "Shared flow"} ${code(name)} gets a new revision: its bundle ${code(x.bundle)} changed.`, before: old.digest, after: x.digest });
    }
  }
  for (const [key, x] of b) {
    if (!h.has(key)) changes.push({ stack: stackName, gate: null, area: "proxies", effect: "changes", summary: `${x.kind === "proxy" ? "Proxy" : "Shared flow"} ${code(key.slice(key.indexOf("|") + 1))} is removed.` });
  }
  return changes;
}

/** The findings that did not pass, by rule, resource and result. */
function openFindings(report: CheckReport | undefined): Map<string, Finding> {
  return new Map((report?.findings ?? []).filter((f) => f.result !== "pass").map((f) => [`${f.rule}|${f.resource}|${f.result}`, f]));
}

function findingText(f: Finding): string {
  const label = f.result === "suppressed" ? "suppressed" : f.level;
  return `${f.rule} (${label}) ${code(f.resource)}: ${f.message}${f.suppressionReason ? ` [reason: ${f.suppressionReason}]` : ""}`;
}

export function diffFindings(stackName: string, base: CheckReport | undefined, head: CheckReport | undefined): Change[] {
  const b = openFindings(base);
  const h = openFindings(head);
  const changes: Change[] = [];
  for (const [key, f] of h) if (!b.has(key)) changes.push({ stack: stackName, gate: null, area: "policy pack", effect: "changes", summary: `New: ${findingText(f)}`, after: f });
  for (const [key, f] of b) if (!h.has(key)) changes.push({ stack: stackName, gate: null, area: "policy pack", effect: "changes", summary: `Resolved: ${findingText(f)}`, before: f });
  return changes;
}
