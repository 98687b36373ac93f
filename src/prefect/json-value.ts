import { IDENTIFIER } from "./names";

/** A JSON value as Prefect stores it (parameters, job variables, base job templates). */
export type JsonValue = string | number | boolean | null | readonly JsonValue[] | { readonly [key: string]: JsonValue };

/**
 * Returns why `value` is not plain JSON, naming the path of the first bad value (`parameters.tables[2]`), or
 * `undefined` when it is. Functions, `undefined`, NaN, Infinity, BigInt, symbols, class instances and cycles are
 * refused: `JSON.stringify` would drop or mangle them silently and Prefect would run with other values.
 */
export function findJsonProblem(value: unknown, path: string): string | undefined {
  return visit(value, path, new Set<object>());
}

function visit(value: unknown, path: string, ancestors: Set<object>): string | undefined {
  if (value === null || typeof value === "string" || typeof value === "boolean") return undefined;
  if (typeof value === "number") {
    return Number.isFinite(value) ? undefined : `${path} is ${value} (JSON has no NaN or Infinity)`;
  }
  if (value === undefined) return `${path} is undefined (omit the key or use null)`;
  if (typeof value === "function") return `${path} is a function`;
  if (typeof value === "bigint") return `${path} is a BigInt (${value}n); use a number or a string`;
  if (typeof value === "symbol") return `${path} is a symbol`;
  const obj = value as object;
  if (ancestors.has(obj)) return `${path} refers back to one of its ancestors (a cycle)`;
  ancestors.add(obj);
  try {
    if (Array.isArray(obj)) {
      for (let i = 0; i < obj.length; i++) {
        const problem = visit(obj[i], `${path}[${i}]`, ancestors);
        if (problem) return problem;
      }
      return undefined;
    }
    const proto = Object.getPrototypeOf(obj);
    if (proto !== Object.prototype && proto !== null) {
      const name = (obj as { constructor?: { name?: string } }).constructor?.name ?? "object";
      return `${path} is a ${name} instance (only plain objects, arrays, strings, numbers, booleans and null)`;
    }
    for (const key of Object.keys(obj)) {
      const problem = visit((obj as Record<string, unknown>)[key], `${path}${keyPath(key)}`, ancestors);
      if (problem) return problem;
    }
    return undefined;
  } finally {
    ancestors.delete(obj);
  }
}

function keyPath(key: string): string {
  return IDENTIFIER.test(key) ? `.${key}` : `[${JSON.stringify(key)}]`;
}

/**
 * Canonical JSON text: object keys sorted, no whitespace. The same value always gives the same bytes, and the provider
 * compares JSON fields semantically, so plans show no drift from formatting or key order.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) out[key] = sortKeys((value as Record<string, unknown>)[key]);
    return out;
  }
  return value;
}
