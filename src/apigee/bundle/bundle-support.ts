// What proxy and shared-flow bundles share: collecting policies and resources, checking references, packing.
import { StepSite, duplicates } from "./endpoint-parts";
import { PackedBundle } from "./packed-bundle";
import { Policy } from "./policy";
import { ResourceFile } from "./resource-file";
import { deterministicZip, md5Base64 } from "./zip";

/** The policies of a bundle by name, plus problems found while collecting them. */
export function collectPolicies(declared: readonly Policy[], sites: readonly StepSite[]): { policies: Policy[]; problems: string[] } {
  const byName = new Map<string, Policy>();
  const all: Policy[] = [];
  const out: string[] = [];
  const add = (p: Policy): void => {
    const known = byName.get(p.name);
    if (known === p) return;
    if (known) {
      out.push(...duplicates("policy", [p.name, p.name]));
      return;
    }
    byName.set(p.name, p);
    all.push(p);
  };
  declared.forEach(add);
  for (const s of sites) if (typeof s.step.policy !== "string") add(s.step.policy);

  const defined = [...byName.keys()].sort();
  for (const s of sites) {
    if (!byName.has(s.step.policyName)) {
      out.push(`step ${JSON.stringify(s.step.policyName)} in ${s.location} refers to no policy (defined: ${defined.join(", ") || "none"})`);
    }
  }
  const used = new Set(sites.map((s) => s.step.policyName));
  for (const p of declared) {
    if (!used.has(p.name)) out.push(`policy ${JSON.stringify(p.name)} is not used by any step (attach it or remove it)`);
  }
  for (const p of all) out.push(...p.problems(), ...p.referenceProblems(byName));
  return { policies: all.sort((a, b) => compare(a.name, b.name)), problems: out };
}

/** Explicit resources plus the policies' own, deduplicated by path; different content under one path is a problem. */
export function collectResources(declared: readonly ResourceFile[], policies: readonly Policy[]): { resources: ResourceFile[]; problems: string[] } {
  const byPath = new Map<string, ResourceFile>();
  const out: string[] = [];
  for (const r of [...declared, ...policies.flatMap((p) => p.resources())]) {
    const known = byPath.get(r.path);
    if (known && known.content !== r.content) out.push(`resource ${JSON.stringify(r.url)} is defined more than once with different content`);
    else if (!known) {
      byPath.set(r.path, r);
      out.push(...r.problems());
    }
  }
  return { resources: [...byPath.values()].sort((a, b) => compare(a.path, b.path)), problems: out };
}

/** Throws one error listing every problem, each prefixed with the bundle (`proxy "orders-gate": ...`). */
export function throwIfProblems(label: string, problems: readonly string[]): void {
  if (problems.length > 0) throw new Error(problems.map((p) => `${label}: ${p}`).join("\n"));
}

/** Sorts, zips and hashes rendered files. */
export function pack(name: string, files: ReadonlyArray<{ path: string; content: string }>): PackedBundle {
  const sorted = [...files].sort((a, b) => compare(a.path, b.path));
  const zip = deterministicZip(sorted);
  return { fileName: `${name}.zip`, zip, md5Base64: md5Base64(zip), files: sorted };
}

/** Code-unit order, independent of locale. */
export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
