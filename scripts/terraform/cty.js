// Terraform values as the plugin protocol carries them: cty types from a `providers schema -json` document, and cty's
// msgpack encoding (DynamicValue.msgpack). Values decode to plain JavaScript (null, strings, numbers, booleans, arrays
// for lists/sets/tuples, objects for objects/maps), with two wrappers: `Unknown` for a value not known until apply
// (msgpack extension 0, or 12 when Terraform adds refinements, kept byte for byte), and `Dynamic` for a value of a
// `dynamic` attribute, which cty encodes as [type JSON, value].
"use strict";
const { decode, encode, ExtensionCodec } = require("@msgpack/msgpack");

class Unknown {
  constructor(ext = 0, data = new Uint8Array([0])) {
    this.ext = ext;
    this.data = data;
  }
}
/** A fresh, unrefined unknown value. */
const UNKNOWN = new Unknown();
const isUnknown = (v) => v instanceof Unknown;

class Dynamic {
  constructor(type, value) {
    this.type = type;
    this.value = value;
  }
}

const codec = new ExtensionCodec();
for (const ext of [0, 12]) {
  codec.register({
    type: ext,
    encode: (v) => (v instanceof Unknown && v.ext === ext ? v.data : null),
    decode: (data) => new Unknown(ext, data),
  });
}

/** A cty type from its JSON form: "string" | "number" | "bool" | "dynamic" | [kind, …]. */
function parseType(json) {
  if (typeof json === "string") {
    if (!["string", "number", "bool", "dynamic"].includes(json)) throw new Error(`unknown primitive type ${json}`);
    return { kind: json };
  }
  const [kind, arg] = json;
  if (kind === "list" || kind === "set" || kind === "map") return { kind, elem: parseType(arg) };
  if (kind === "object") return { kind, attrs: Object.fromEntries(Object.entries(arg).map(([k, t]) => [k, parseType(t)])) };
  if (kind === "tuple") return { kind, elems: arg.map(parseType) };
  throw new Error(`unknown type ${JSON.stringify(json)}`);
}

/** The JSON form of a parsed type (what cty writes in front of a dynamic value). */
function typeJson(t) {
  switch (t.kind) {
    case "list":
    case "set":
    case "map":
      return [t.kind, typeJson(t.elem)];
    case "object":
      return ["object", Object.fromEntries(Object.entries(t.attrs).map(([k, a]) => [k, typeJson(a)]))];
    case "tuple":
      return ["tuple", t.elems.map(typeJson)];
    default:
      return t.kind;
  }
}

/** The type of a nested attribute (`nested_type`): an object, or a collection of objects. */
function nestedType(nested) {
  const obj = { kind: "object", attrs: Object.fromEntries(Object.entries(nested.attributes ?? {}).map(([k, a]) => [k, attributeType(a)])) };
  return nested.nesting_mode === "single" ? obj : { kind: nested.nesting_mode, elem: obj };
}

function attributeType(attr) {
  return attr.nested_type ? nestedType(attr.nested_type) : parseType(attr.type);
}

/** The object type a block's values have: its attributes and its nested blocks. */
function blockType(block) {
  const attrs = {};
  for (const [k, a] of Object.entries(block.attributes ?? {})) attrs[k] = attributeType(a);
  for (const [k, bt] of Object.entries(block.block_types ?? {})) {
    const inner = blockType(bt.block);
    attrs[k] = bt.nesting_mode === "single" || bt.nesting_mode === "group" ? inner : { kind: bt.nesting_mode, elem: inner };
  }
  return { kind: "object", attrs };
}

/** Wraps the [type, value] pairs of dynamic values after a generic msgpack decode. */
function fromWire(v, t) {
  if (v === null || isUnknown(v)) return v;
  switch (t.kind) {
    case "dynamic": {
      const [tj, inner] = v;
      const type = parseType(JSON.parse(Buffer.from(tj).toString("utf8")));
      return new Dynamic(type, fromWire(inner, type));
    }
    case "list":
    case "set":
      return v.map((e) => fromWire(e, t.elem));
    case "tuple":
      return v.map((e, i) => fromWire(e, t.elems[i]));
    case "map":
      return Object.fromEntries(Object.entries(v).map(([k, e]) => [k, fromWire(e, t.elem)]));
    case "object":
      return Object.fromEntries(Object.entries(t.attrs).map(([k, at]) => [k, fromWire(v[k] === undefined ? null : v[k], at)]));
    default:
      return v;
  }
}

function toWire(v) {
  if (v === null || isUnknown(v)) return v;
  if (v instanceof Dynamic) return [Buffer.from(JSON.stringify(typeJson(v.type))), toWire(v.value)];
  if (Array.isArray(v)) return v.map(toWire);
  if (typeof v === "object") return Object.fromEntries(Object.entries(v).map(([k, e]) => [k, toWire(e)]));
  return v;
}

/** Decodes a DynamicValue of type `t` (msgpack, or JSON when Terraform sent JSON). */
function decodeDynamicValue(dv, t) {
  if (!dv) return null;
  if (dv.msgpack && dv.msgpack.length > 0) return fromWire(decode(dv.msgpack, { extensionCodec: codec }), t);
  if (dv.json && dv.json.length > 0) return fromJson(JSON.parse(Buffer.from(dv.json).toString("utf8")), t);
  return null;
}

function encodeDynamicValue(v) {
  return { msgpack: Buffer.from(encode(toWire(v), { extensionCodec: codec })) };
}

/** A value from Terraform's JSON state encoding (dynamic values are {"value", "type"}). */
function fromJson(v, t) {
  if (v === null || v === undefined) return null;
  switch (t.kind) {
    case "dynamic": {
      const type = parseType(v.type);
      return new Dynamic(type, fromJson(v.value, type));
    }
    case "list":
    case "set":
      return v.map((e) => fromJson(e, t.elem));
    case "tuple":
      return v.map((e, i) => fromJson(e, t.elems[i]));
    case "map":
      return Object.fromEntries(Object.entries(v).map(([k, e]) => [k, fromJson(e, t.elem)]));
    case "object":
      return Object.fromEntries(Object.entries(t.attrs).map(([k, at]) => [k, fromJson(v[k], at)]));
    default:
      return v;
  }
}

/** Deep equality of two decoded values (unknown equals nothing, not even another unknown). */
function sameValue(a, b) {
  if (isUnknown(a) || isUnknown(b)) return false;
  if (a === null || b === null || typeof a !== "object" || typeof b !== "object") return a === b;
  if (a instanceof Dynamic || b instanceof Dynamic) {
    return a instanceof Dynamic && b instanceof Dynamic && JSON.stringify(typeJson(a.type)) === JSON.stringify(typeJson(b.type)) && sameValue(a.value, b.value);
  }
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return ka.length === kb.length && ka.every((k) => Object.prototype.hasOwnProperty.call(b, k) && sameValue(a[k], b[k]));
}

module.exports = {
  Unknown,
  UNKNOWN,
  isUnknown,
  Dynamic,
  parseType,
  typeJson,
  attributeType,
  blockType,
  decodeDynamicValue,
  encodeDynamicValue,
  fromJson,
  sameValue,
};
