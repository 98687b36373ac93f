/**
 * The XML layer of the bundle model: every policy, endpoint and descriptor describes itself as a small element tree,
 * and one renderer turns trees into bytes through fast-xml-parser's XMLBuilder. Escaping, attribute quoting and
 * indentation are the library's job; the element order is the order the model lists children in, so output is
 * canonical by construction.
 */
import { XMLBuilder } from "fast-xml-parser";

/** A child of an element; `undefined` and `false` are skipped so optional elements read naturally. */
export type XmlChild = XmlElement | undefined | false;

/** An XML element: a name, attributes in the order given, and either text or child elements. */
export interface XmlElement {
  /** The element's name. */
  readonly name: string;
  /** Attribute names and values, in the order they are written. */
  readonly attributes: ReadonlyArray<readonly [string, string]>;
  /**
   * The element's text (escaped when rendered).
   * @default - none: the element holds `children`
   */
  readonly text?: string;
  /** Child elements, in the order they are written. */
  readonly children: readonly XmlElement[];
}

/** Attribute values; `undefined` drops the attribute. */
export type XmlAttributes = Record<string, string | number | boolean | undefined>;

/** An element with text content (numbers and booleans are written with `String()`). */
export function text(name: string, value: string | number | boolean, attributes: XmlAttributes = {}): XmlElement {
  return { name, attributes: attrs(attributes), text: String(value), children: [] };
}

/** An element with child elements (possibly none: `<Name/>`). */
export function el(name: string, children: readonly XmlChild[] = [], attributes: XmlAttributes = {}): XmlElement {
  return { name, attributes: attrs(attributes), children: children.filter((c): c is XmlElement => !!c) };
}

/** `text(name, value)` when `value` is given, nothing otherwise. */
export function optText(name: string, value: string | number | boolean | undefined): XmlElement | undefined {
  return value === undefined ? undefined : text(name, value);
}

/** An element listing `items` (e.g. `<Headers><Header name="a">1</Header></Headers>`), or nothing when empty. */
export function optList<T>(name: string, items: readonly T[] | undefined, render: (item: T) => XmlElement): XmlElement | undefined {
  return items && items.length > 0 ? el(name, items.map(render)) : undefined;
}

/** Entries of a string map in insertion order (the user's order is kept and is deterministic). */
export function entries(map: Readonly<Record<string, string>> | undefined): Array<[string, string]> {
  return map ? Object.entries(map) : [];
}

function attrs(attributes: XmlAttributes): Array<[string, string]> {
  return Object.entries(attributes)
    .filter((e): e is [string, string | number | boolean] => e[1] !== undefined)
    .map(([k, v]) => [k, String(v)]);
}

// preserveOrder: the builder takes lists of single-key objects, so element order and attribute order are exactly the
// model's. Attributes sit under ":@" with the "@" prefix; text is a "#" child. suppressEmptyNode writes `<Name/>`.
const builder = new XMLBuilder({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  textNodeName: "#",
  format: true,
  indentBy: "  ",
  suppressEmptyNode: true,
  suppressBooleanAttributes: false,
  processEntities: true,
});

const DECLARATION = { "?xml": [], ":@": { "@version": "1.0", "@encoding": "UTF-8", "@standalone": "yes" } };

type Ordered = Record<string, unknown>;

function toOrdered(node: XmlElement): Ordered {
  const content: Ordered[] = [];
  if (node.text !== undefined && node.text !== "") content.push({ "#": node.text });
  for (const c of node.children) content.push(toOrdered(c));
  const result: Ordered = { [node.name]: content };
  if (node.attributes.length > 0) result[":@"] = Object.fromEntries(node.attributes.map(([k, v]) => [`@${k}`, v]));
  return result;
}

/** Renders a document: XML declaration, two-space indentation, `\n` line endings, a final newline, UTF-8. */
export function renderXml(root: XmlElement): string {
  // format mode starts every element with a newline, so the root follows the declaration on its own line.
  return builder.build([DECLARATION, toOrdered(root)]) + "\n";
}
