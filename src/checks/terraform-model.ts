/**
 * Reading a synthesized `cdk.tf.json`: resources, data sources and outputs by type, and the Terraform references in
 * a value. Pure, so the CLI can run it without cdktf.
 */

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type TfBody = any;

/** A resource, data source or output of the config, with the id findings name it by. */
export interface TfBlock {
  /** `google_apigee_api.gate`, `data.prefect_workspace_role.runner`, `output.url`. */
  readonly id: string;
  readonly type: string;
  readonly name: string;
  readonly body: TfBody;
}

function blocks(section: TfBody, prefix: string): TfBlock[] {
  const result: TfBlock[] = [];
  for (const type of Object.keys(section ?? {}).sort()) {
    for (const name of Object.keys(section[type] ?? {}).sort()) {
      result.push({ id: `${prefix}${type}.${name}`, type, name, body: section[type][name] ?? {} });
    }
  }
  return result;
}

export function resources(config: TfBody): TfBlock[] {
  return blocks(config?.resource, "");
}

export function resourcesOfType(config: TfBody, type: string): TfBlock[] {
  return resources(config).filter((b) => b.type === type);
}

export function dataSources(config: TfBody): TfBlock[] {
  return blocks(config?.data, "data.");
}

export function outputs(config: TfBody): TfBlock[] {
  return Object.keys(config?.output ?? {})
    .sort()
    .map((name) => ({ id: `output.${name}`, type: "output", name, body: config.output[name] ?? {} }));
}

/** A reference found inside `${...}`: `data.x.y.attr` gives `{ data: true, type: "x", name: "y", attribute: "attr" }`. */
export interface TfReference {
  readonly data: boolean;
  readonly type: string;
  readonly name: string;
  readonly attribute?: string;
}

const REFERENCE = /\b(data\.)?([a-z][a-z0-9_]*)\.([A-Za-z_][A-Za-z0-9_-]*)(?:\.([a-z_][a-z0-9_]*))?/g;
const NOT_RESOURCES = new Set(["var", "local", "module", "each", "count", "path", "terraform", "self"]);

/** Every resource or data-source reference in a value (strings inside `${...}`, at any depth). */
export function references(value: unknown): TfReference[] {
  const result: TfReference[] = [];
  for (const s of strings(value)) {
    for (const expr of interpolations(s)) {
      for (const m of expr.matchAll(REFERENCE)) {
        if (NOT_RESOURCES.has(m[2]) || !m[2].includes("_")) continue;
        result.push({ data: m[1] !== undefined, type: m[2], name: m[3], attribute: m[4] });
      }
    }
  }
  return result;
}

function strings(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value !== null && typeof value === "object") return Object.entries(value).filter(([k]) => k !== "//").flatMap(([, v]) => strings(v));
  return [];
}

/** The expressions of `${...}` interpolations, brackets balanced, quoted strings inside skipped over. */
function interpolations(s: string): string[] {
  const result: string[] = [];
  let start = s.indexOf("${");
  while (start >= 0) {
    let depth = 0;
    let end = -1;
    let quoted = false;
    for (let i = start + 2; i < s.length; i++) {
      const c = s[i];
      if (quoted) {
        if (c === "\\") i++;
        else if (c === '"') quoted = false;
      } else if (c === '"') quoted = true;
      else if (c === "{") depth++;
      else if (c === "}") {
        if (depth === 0) {
          end = i;
          break;
        }
        depth--;
      }
    }
    if (end < 0) break;
    result.push(s.slice(start + 2, end));
    start = s.indexOf("${", end);
  }
  return result;
}

/** Looks up the block a reference points at. */
export function resolveReference(config: TfBody, ref: TfReference): TfBody | undefined {
  const section = ref.data ? config?.data : config?.resource;
  return section?.[ref.type]?.[ref.name];
}
