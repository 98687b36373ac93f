// The dependency graph Terraform builds from a synthesized cdk.tf.json: an edge from a resource to every resource it
// names in `depends_on` or in a `${...}` reference. Enough to compute what create_before_destroy reaches.
import { references } from "../../src/checks/terraform-model";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Config = any;

/** `type.name` → the `type.name`s (and `data.type.name`s) it depends on directly. */
function dependencies(config: Config): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  const add = (from: string, body: Config) => {
    const edges = new Set<string>();
    for (const d of (body.depends_on ?? []) as string[]) edges.add(d.replace(/^\$\{|\}$/g, ""));
    const rest = { ...body };
    delete rest.depends_on;
    for (const r of references(rest)) edges.add(`${r.data ? "data." : ""}${r.type}.${r.name}`);
    edges.delete(from);
    graph.set(from, edges);
  };
  for (const [type, byName] of Object.entries(config.resource ?? {})) {
    for (const [name, body] of Object.entries(byName as Record<string, Config>)) add(`${type}.${name}`, body);
  }
  for (const [type, byName] of Object.entries(config.data ?? {})) {
    for (const [name, body] of Object.entries(byName as Record<string, Config>)) add(`data.${type}.${name}`, body);
  }
  return graph;
}

/** Every resource Terraform forces create_before_destroy onto: the transitive dependencies of each CBD resource. */
function createBeforeDestroyClosures(config: Config): Map<string, Set<string>> {
  const graph = dependencies(config);
  const closures = new Map<string, Set<string>>();
  for (const [type, byName] of Object.entries(config.resource ?? {})) {
    for (const [name, body] of Object.entries(byName as Record<string, Config>)) {
      if (body.lifecycle?.create_before_destroy !== true) continue;
      const start = `${type}.${name}`;
      const seen = new Set<string>();
      const queue = [...(graph.get(start) ?? [])];
      while (queue.length > 0) {
        const next = queue.pop()!;
        if (seen.has(next)) continue;
        seen.add(next);
        queue.push(...(graph.get(next) ?? []));
      }
      closures.set(start, seen);
    }
  }
  return closures;
}

/**
 * Resource types that are immutable with a fixed name: a changed value replaces them under the same name, which with
 * create_before_destroy means creating the successor while the original still holds the name (Apigee answers 409).
 * KVM entries: every argument forces replacement and the proxy reads them by name (magic-modules
 * EnvironmentKeyvaluemapsEntries.yaml). KVMs: env_id and name force replacement. Prefect deployments and flows keep
 * their names (unique per flow, per workspace) across a replacement.
 */
const IMMUTABLE_FIXED_NAME_TYPES = [
  "google_apigee_environment_keyvaluemaps_entries",
  "google_apigee_environment_keyvaluemaps",
  "prefect_deployment",
  "prefect_flow",
];

/** CBD resource → the immutable, fixed-name resources in its closure (empty when the stack is safe). */
export function immutableInCreateBeforeDestroyClosures(config: Config): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [cbd, closure] of createBeforeDestroyClosures(config)) {
    const bad = [...closure].filter((r) => IMMUTABLE_FIXED_NAME_TYPES.includes(r.split(".")[0])).sort();
    if (bad.length > 0) out[cbd] = bad;
  }
  return out;
}
