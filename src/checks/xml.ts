/**
 * XML read through fast-xml-parser (no regex parsing of XML): attributes are `@name`, text is the value or `#`, and an
 * element that occurs more than once becomes an array. Values stay strings (no number or boolean guessing).
 */
import { XMLParser, XMLValidator } from "fast-xml-parser";

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

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  textNodeName: "#",
  parseTagValue: false,
  parseAttributeValue: false,
  // Whitespace-only text between elements is layout, not content; text() trims values anyway.
  trimValues: true,
  // Decodes numeric character references (`&#65;`), which XML allows anywhere; without it they stay literal.
  htmlEntities: true,
  ignoreDeclaration: true,
  ignorePiTags: true,
});

function parseUncached(text: string): Parsed {
  // The parser is lenient (unclosed or mismatched tags); the validator decides what is well-formed.
  if (XMLValidator.validate(text) !== true) return undefined;
  let doc: XmlNode;
  try {
    doc = parser.parse(text);
  } catch {
    return undefined;
  }
  // The validator accepts several root elements (`<a/><b/>`, `<a/><a/>`); a document has exactly one.
  const roots = Object.keys(doc ?? {}).filter((k) => !k.startsWith("?"));
  if (roots.length !== 1 || Array.isArray(doc[roots[0]])) return undefined;
  return { name: roots[0], node: doc[roots[0]] };
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
  // The parser lists attributes after child elements; visit them first, in document order of the start tag.
  const entries = Object.entries(node);
  return [...entries.filter(([k]) => k.startsWith("@")), ...entries.filter(([k]) => !k.startsWith("@"))].flatMap(([, v]) => allStrings(v));
}

/** `true`/`false` element or attribute text, case-insensitive. */
export function isTrue(value: string | undefined): boolean {
  return value !== undefined && value.trim().toLowerCase() === "true";
}
