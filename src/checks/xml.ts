/**
 * XML read through xmlbuilder2's object form (no regex parsing of XML): attributes are `@name`, text is the value or
 * `#`, and an element that occurs more than once becomes an array.
 */
import { convert } from "xmlbuilder2";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type XmlNode = any;

type Parsed = { readonly name: string; readonly node: XmlNode } | undefined;

// Every rule reads the same bundle files; parse each text once (results are never mutated). Bounded, so a long-lived
// process checking many stacks does not grow without end.
const cache = new Map<string, Parsed>();
const CACHE_LIMIT = 2000;

/** The root element's name and content, or undefined if the text is not well-formed XML. */
export function parseXml(text: string): Parsed {
  if (cache.has(text)) return cache.get(text);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  const parsed = parseUncached(text);
  cache.set(text, parsed);
  return parsed;
}

function parseUncached(text: string): Parsed {
  let doc: XmlNode;
  try {
    doc = convert(text, { format: "object" });
  } catch {
    return undefined;
  }
  const name = Object.keys(doc ?? {}).find((k) => !k.startsWith("@") && !k.startsWith("!") && !k.startsWith("?"));
  return name === undefined ? undefined : { name, node: doc[name] };
}

/** Zero, one or many occurrences of an element as a list. */
export function all(node: XmlNode, name: string): XmlNode[] {
  if (node === undefined || node === null || typeof node !== "object") return [];
  const value = node[name];
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

/** The first occurrence of a child element. */
export function child(node: XmlNode, name: string): XmlNode {
  return all(node, name)[0];
}

/** An element's trimmed text, or undefined if absent or empty. */
export function text(node: XmlNode): string | undefined {
  if (node === undefined || node === null) return undefined;
  if (typeof node === "string" || typeof node === "number") {
    const t = String(node).trim();
    return t === "" ? undefined : t;
  }
  if (typeof node === "object" && !Array.isArray(node) && node["#"] !== undefined) return text(node["#"]);
  return undefined;
}

/** An attribute's value. */
export function attr(node: XmlNode, name: string): string | undefined {
  if (node === undefined || node === null || typeof node !== "object") return undefined;
  const v = node[`@${name}`];
  return v === undefined ? undefined : String(v);
}

/** Every text and attribute value below a node, for scanning what a template references. */
export function allStrings(node: XmlNode): string[] {
  if (node === undefined || node === null) return [];
  if (typeof node !== "object") return [String(node)];
  if (Array.isArray(node)) return node.flatMap(allStrings);
  return Object.entries(node)
    .filter(([k]) => !k.startsWith("!"))
    .flatMap(([, v]) => allStrings(v));
}

/** `true`/`false` element or attribute text, case-insensitive. */
export function isTrue(value: string | undefined): boolean {
  return value !== undefined && value.trim().toLowerCase() === "true";
}
