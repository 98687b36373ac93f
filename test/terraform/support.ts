// Shared by the Terraform suites: the offline Terraform session (scripts/terraform/offline-terraform.js), the apps whose
// stacks they check, and reading plans. The apps are synthesized by test/support/synth-app.ts.
import * as fs from "fs";
import * as path from "path";
import { ROOT } from "../support/source-files";

export interface ValidateResult {
  valid: boolean;
  error_count: number;
  warning_count: number;
  diagnostics: Array<{ severity: string; summary: string; detail: string; range?: { filename: string; start: { line: number } } }>;
}
export interface PlanResult {
  code: number;
  summary: { add: number; change: number; remove: number } | null;
  errors: Array<{ summary: string; detail: string }>;
  stderr: string;
}
export interface Session {
  version: string;
  useWorldOf(outdir: string): void;
  copyStack(stackDir: string, name?: string): string;
  init(dir: string): Promise<unknown>;
  validate(dir: string): Promise<ValidateResult>;
  plan(dir: string, planFile?: string): Promise<PlanResult>;
  show(dir: string, planFile?: string): Promise<ShowJson>;
  apply(dir: string, planFile?: string): Promise<unknown>;
  close(): Promise<void>;
}

/** The parts of `terraform show -json <plan>` the tests read. */
export interface ShowJson {
  resource_changes: ResourceChange[];
  configuration: { root_module: { resources: ConfigResource[] } };
}
export interface ResourceChange {
  address: string;
  mode: "managed" | "data";
  type: string;
  change: { actions: string[]; before: Record<string, unknown> | null; after: Record<string, unknown> | null; after_unknown: Record<string, unknown> };
  action_reason?: string;
}
interface ConfigResource {
  address: string;
  expressions?: Record<string, unknown>;
  depends_on?: string[];
}

// eslint-disable-next-line @typescript-eslint/no-require-imports
const offline = require("../../scripts/terraform/offline-terraform.js") as {
  OfflineTerraform: { start(options?: object): Promise<Session> };
  findTerraform(): string | null;
  stackDirs(outdir: string): string[];
};
export const { stackDirs } = offline;

/**
 * `describe` for suites that need the terraform binary: they run when it is installed, and also when CI=true (so a
 * missing binary fails there instead of skipping); elsewhere, without terraform, they are skipped.
 */
export const describeWithTerraform: jest.Describe = offline.findTerraform() !== null || process.env.CI === "true" ? describe : describe.skip;

/** Starts a session (offline provider process + scratch folder); fails when terraform is missing or not 1.11.x. */
export function startTerraform(): Promise<Session> {
  return offline.OfflineTerraform.start();
}

/** The apps whose stacks are checked: the reference app and every example. */
export const APPS: readonly string[] = [
  "stacks/main.ts",
  ...fs
    .readdirSync(path.join(ROOT, "examples"))
    .sort()
    .map((n) => `examples/${n}/main.ts`)
    .filter((f) => fs.existsSync(path.join(ROOT, f))),
];

/** Collects every reference (`type.name` of a resource, `data.type.name`) in a configuration expression tree. */
function collectReferences(node: unknown, out: Set<string>): void {
  if (Array.isArray(node)) {
    for (const n of node) collectReferences(n, out);
  } else if (node !== null && typeof node === "object") {
    const refs = (node as { references?: unknown }).references;
    if (Array.isArray(refs)) {
      for (const r of refs as string[]) {
        const parts = r.split(".");
        const address = parts[0] === "data" ? parts.slice(0, 3).join(".") : parts.slice(0, 2).join(".");
        if (address.split(".").length >= 2 && !["var", "local", "each", "count", "self", "path", "terraform"].includes(parts[0])) out.add(address);
      }
    }
    for (const v of Object.values(node)) collectReferences(v, out);
  }
}

/**
 * The dependency graph Terraform builds from the configuration: resource address → the addresses it refers to or
 * names in depends_on. Terraform orders actions between addresses only along these edges.
 */
export function dependencyGraph(plan: ShowJson): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  for (const r of plan.configuration.root_module.resources) {
    const deps = new Set<string>(r.depends_on ?? []);
    collectReferences(r.expressions ?? {}, deps);
    deps.delete(r.address);
    graph.set(r.address, deps);
  }
  return graph;
}

/** Every address `from` depends on, directly or through others. */
export function dependsOnTransitively(graph: Map<string, Set<string>>, from: string): Set<string> {
  const seen = new Set<string>();
  const stack = [...(graph.get(from) ?? [])];
  while (stack.length) {
    const a = stack.pop() as string;
    if (seen.has(a)) continue;
    seen.add(a);
    stack.push(...(graph.get(a) ?? []));
  }
  return seen;
}

/**
 * The single managed resource change of `type` whose prior (or, when created, planned) object matches `where`:
 * attribute values compared as JSON, or a predicate on the object.
 */
export function findChange(plan: ShowJson, type: string, where: Record<string, unknown> | ((o: Record<string, unknown>) => boolean)): ResourceChange {
  const test = typeof where === "function" ? where : (o: Record<string, unknown>) => Object.entries(where).every(([k, v]) => JSON.stringify(o[k]) === JSON.stringify(v));
  const matches = plan.resource_changes.filter((c) => c.type === type && c.mode === "managed" && test(c.change.before ?? c.change.after ?? {}));
  if (matches.length !== 1) throw new Error(`${matches.length} ${type} changes match ${typeof where === "function" ? where.toString() : JSON.stringify(where)}`);
  return matches[0];
}
