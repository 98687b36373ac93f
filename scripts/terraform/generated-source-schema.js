// Reads one prebuilt cdktf provider module (`@cdktf/provider-*/lib/<module>/index.js`) back into the block schema
// Terraform's `providers schema -json` prints for its resource, data source or provider type.
//
// The jsii assembly cannot serve: every attribute has a getter there, optional attributes carry no computed flag,
// and lists and sets look alike. The generated JavaScript keeps what is needed:
// - `synthesizeHclAttributes()` (and each block's `<struct>ToHclTerraform`) lists every settable attribute and block
//   with its kind: `isBlock`, `type` ("simple", "list", "set", "map", "struct") and `storageClassType`;
// - a `reset<Name>()` method exists exactly for the settable attributes and blocks that are not required;
// - `// <name> - computed: …, optional: …, required: …` comments survive compilation wherever the generator placed
//   them before code that is emitted (getters of attributes that cannot be set, and the constructor lines that create
//   nested-object accessors); they give the computed-only attributes and the required blocks;
// - the accessor a block is read through is an `…OutputReference` when the block holds at most one element.
// What the sources do not hold (optional attributes that are also computed, `sensitive`, `write_only`, descriptions,
// schema versions, `max_items` above 1) comes from schema-flags.js or is left out.
"use strict";
const fs = require("fs");
const ts = require("typescript");

const COMMENT = /^\/\/ (\S+) - computed: (true|false), optional: (true|false), required: (true|false)$/;

/** What a getter `this.get<Kind>Attribute('x')` reads, as a cty type. */
const GETTER_TYPES = {
  getStringAttribute: "string",
  getNumberAttribute: "number",
  getBooleanAttribute: "bool",
  getListAttribute: ["list", "string"],
  getNumberListAttribute: ["list", "number"],
  getStringMapAttribute: ["map", "string"],
  getNumberMapAttribute: ["map", "number"],
  getBooleanMapAttribute: ["map", "bool"],
};

/** Map accessors cdktf creates for computed-only maps (`new cdktf.StringMap(this, "x")`). */
const MAP_CLASSES = { StringMap: ["map", "string"], NumberMap: ["map", "number"], BooleanMap: ["map", "bool"], AnyMap: ["map", "dynamic"] };

/** The cty type of a settable attribute from its `type` and `storageClassType` in synthesizeHclAttributes. */
function settableType(kind, storage, where) {
  const element = { string: "string", number: "number", boolean: "bool", stringList: "string", numberList: "number", booleanList: "bool", stringMap: "string", numberMap: "number", booleanMap: "bool" }[storage];
  if (kind === "simple" && ["string", "number", "boolean"].includes(storage)) return element;
  if ((kind === "list" || kind === "set") && /List$/.test(storage)) return [kind, element];
  if (kind === "map" && /Map$/.test(storage)) return ["map", element];
  throw new Error(`${where}: unsupported attribute kind ${kind}/${storage}`);
}

function upperFirst(s) {
  return s[0].toUpperCase() + s.slice(1);
}

function propertyName(node) {
  if (ts.isIdentifier(node) || ts.isStringLiteral(node)) return node.text;
  throw new Error(`unexpected property name ${node.getText()}`);
}

/** Parses one module and answers questions about its classes and `…ToHclTerraform` functions. */
class GeneratedModule {
  constructor(file) {
    this.file = file;
    this.text = fs.readFileSync(file, "utf8");
    this.source = ts.createSourceFile(file, this.text, ts.ScriptTarget.ES2022, true, ts.ScriptKind.JS);
    this.classes = new Map();
    this.hclFunctions = new Map();
    for (const st of this.source.statements) {
      if (ts.isClassDeclaration(st) && st.name) this.classes.set(st.name.text, st);
      if (ts.isFunctionDeclaration(st) && st.name && st.name.text.endsWith("ToHclTerraform")) this.hclFunctions.set(st.name.text, st);
    }
  }

  /** The resource, data source or provider class, and the Terraform type name from its constructor's super call. */
  main() {
    for (const cls of this.classes.values()) {
      const base = cls.heritageClauses?.[0]?.types[0]?.expression.getText();
      const kind = { "cdktf.TerraformResource": "resource", "cdktf.TerraformDataSource": "data", "cdktf.TerraformProvider": "provider" }[base];
      if (!kind) continue;
      // The super call names the type, and for a provider its source and the version the bindings were made from.
      const meta = {};
      const visit = (n) => {
        if (ts.isPropertyAssignment(n) && ts.isStringLiteral(n.initializer)) meta[propertyName(n.name)] ??= n.initializer.text;
        ts.forEachChild(n, visit);
      };
      const ctor = cls.members.find(ts.isConstructorDeclaration);
      if (ctor) visit(ctor);
      if (!meta.terraformResourceType) throw new Error(`${this.file}: ${cls.name.text} has no terraformResourceType`);
      return { kind, type: meta.terraformResourceType, source: meta.terraformProviderSource, version: meta.providerVersion, cls };
    }
    throw new Error(`${this.file}: no resource, data source or provider class`);
  }

  /** The `// x - computed: …` comment directly before a node, if any. */
  flagsComment(node) {
    const ranges = ts.getLeadingCommentRanges(this.text, node.getFullStart()) ?? [];
    for (const r of ranges.reverse()) {
      const m = COMMENT.exec(this.text.slice(r.pos, r.end).trim());
      if (m) return { name: m[1], computed: m[2] === "true", optional: m[3] === "true", required: m[4] === "true" };
    }
    return undefined;
  }

  /** Getters, reset methods and constructor-created accessors of one class. */
  classInfo(cls) {
    const info = { getters: new Map(), resets: new Set(), accessors: new Map() };
    for (const m of cls.members) {
      if (ts.isGetAccessorDeclaration(m)) info.getters.set(propertyName(m.name), m);
      else if (ts.isMethodDeclaration(m) && /^reset/.test(propertyName(m.name))) info.resets.add(propertyName(m.name));
      else if (ts.isConstructorDeclaration(m) && m.body) {
        for (const st of m.body.statements) {
          const e = ts.isExpressionStatement(st) ? st.expression : undefined;
          if (!e || !ts.isBinaryExpression(e) || !ts.isNewExpression(e.right)) continue;
          const args = e.right.arguments ?? [];
          if (args.length < 2 || !ts.isStringLiteral(args[1])) continue;
          info.accessors.set(args[1].text, {
            className: e.right.expression.getText(),
            wrapsSet: args[2]?.kind === ts.SyntaxKind.TrueKeyword,
            flags: this.flagsComment(st),
          });
        }
      }
    }
    return info;
  }

  /** The `const attrs = {…}` object of synthesizeHclAttributes or of a `…ToHclTerraform` function. */
  hclAttributes(fnOrMethod) {
    let found;
    const visit = (n) => {
      if (!found && ts.isVariableDeclaration(n) && n.name.getText() === "attrs" && n.initializer && ts.isObjectLiteralExpression(n.initializer)) found = n.initializer;
      ts.forEachChild(n, visit);
    };
    visit(fnOrMethod);
    if (!found) return [];
    return found.properties.map((p) => {
      const spec = {};
      for (const q of p.initializer.properties) spec[propertyName(q.name)] = q.initializer;
      // The value reads `this._<name>` (a resource), `struct.<name>` (a block) or `this._<name>.internalValue`.
      let jsName;
      let mapper;
      const visit = (n) => {
        if (!mapper && ts.isIdentifier(n) && n.text.endsWith("ToHclTerraform")) mapper = n.text;
        if (!jsName && ts.isPropertyAccessExpression(n) && (n.expression.kind === ts.SyntaxKind.ThisKeyword || n.expression.getText() === "struct")) {
          jsName = n.name.text.replace(/^_/, "");
        }
        ts.forEachChild(n, visit);
      };
      visit(spec.value);
      return {
        name: propertyName(p.name),
        jsName,
        mapper,
        isBlock: spec.isBlock.kind === ts.SyntaxKind.TrueKeyword,
        kind: spec.type.text,
        storage: spec.storageClassType.text,
      };
    });
  }

  /** The cty type a computed getter reads, following accessor classes for nested objects. */
  getterType(info, getter, where) {
    const ret = getter.body?.statements.find(ts.isReturnStatement)?.expression;
    if (!ret) throw new Error(`${where}: getter without return`);
    let call;
    let tolist = false;
    const visit = (n) => {
      if (ts.isCallExpression(n) && ts.isPropertyAccessExpression(n.expression)) {
        const fn = n.expression.name.text;
        if (fn === "tolist") tolist = true;
        if (GETTER_TYPES[fn] && !call) call = { fn, arg: n.arguments[0] };
      }
      ts.forEachChild(n, visit);
    };
    visit(ret);
    if (call) {
      const t = GETTER_TYPES[call.fn];
      return tolist && Array.isArray(t) && t[0] === "list" ? ["set", t[1]] : t;
    }
    // `return this._x;`: an accessor created in the constructor.
    if (ts.isPropertyAccessExpression(ret) && ret.expression.kind === ts.SyntaxKind.ThisKeyword) {
      const accessor = [...info.accessors.entries()].find(([, a]) => a.storage === ret.name.text);
      if (accessor) return this.accessorType(accessor[1], `${where}`);
    }
    throw new Error(`${where}: cannot tell the type of getter ${getter.name.getText()}`);
  }

  /** The cty type behind an accessor class: a map class, a list/set of objects, or one object. */
  accessorType(accessor, where) {
    const name = accessor.className.replace(/^cdktf\./, "");
    if (MAP_CLASSES[name]) return MAP_CLASSES[name];
    const objectOf = (structName) => {
      const cls = this.classes.get(`${structName}OutputReference`);
      if (!cls) throw new Error(`${where}: no ${structName}OutputReference`);
      const block = this.block(cls, undefined, where);
      const fields = {};
      for (const [k, a] of Object.entries(block.attributes ?? {}).sort(([x], [y]) => (x < y ? -1 : 1))) fields[k] = a.type;
      return ["object", fields];
    };
    if (name.endsWith("List")) return [accessor.wrapsSet ? "set" : "list", objectOf(name.slice(0, -4))];
    if (name.endsWith("Map")) return ["map", objectOf(name.slice(0, -3))];
    if (name.endsWith("OutputReference")) return objectOf(name.slice(0, -"OutputReference".length));
    throw new Error(`${where}: unknown accessor class ${accessor.className}`);
  }

  /**
   * The block of one class (the main class, or a block's `…OutputReference`) with the settable attributes of its
   * `hcl` source (synthesizeHclAttributes or the block's `…ToHclTerraform`, absent for computed-only objects).
   */
  block(cls, hcl, where) {
    const info = this.classInfo(cls);
    // Which `this._x` each accessor is stored in, to follow `get x() { return this._x; }`.
    if (cls.members) {
      const ctor = cls.members.find(ts.isConstructorDeclaration);
      for (const st of ctor?.body?.statements ?? []) {
        const e = ts.isExpressionStatement(st) ? st.expression : undefined;
        if (e && ts.isBinaryExpression(e) && ts.isNewExpression(e.right) && ts.isPropertyAccessExpression(e.left)) {
          const args = e.right.arguments ?? [];
          if (args.length >= 2 && ts.isStringLiteral(args[1])) info.accessors.get(args[1].text).storage = e.left.name.text;
        }
      }
    }
    const attributes = {};
    const blockTypes = {};
    const settable = new Set();
    for (const a of hcl ? this.hclAttributes(hcl) : []) {
      settable.add(a.name);
      const at = `${where}.${a.name}`;
      if (!a.jsName) throw new Error(`${at}: cannot find the stored value`);
      const optional = info.resets.has(`reset${upperFirst(a.jsName)}`) || info.resets.has(`resetTf${upperFirst(a.jsName)}`);
      if (a.isBlock) {
        // The block's struct: the mapper its value goes through (`<struct>ToHclTerraform`).
        const nestedHcl = a.mapper && this.hclFunctions.get(a.mapper);
        if (!nestedHcl) throw new Error(`${at}: no block mapper`);
        const structName = upperFirst(a.mapper.slice(0, -"ToHclTerraform".length));
        const nestedCls = this.classes.get(`${structName}OutputReference`);
        const nesting = a.kind === "struct" ? "single" : a.kind;
        const accessor = info.accessors.get(a.name);
        const block = nestedCls ? this.block(nestedCls, nestedHcl, at) : this.structOnlyBlock(nestedHcl, at);
        const entry = { nesting_mode: nesting, block };
        if (!optional && nesting !== "single") entry.min_items = 1;
        if ((nesting === "list" || nesting === "set") && accessor && /OutputReference$/.test(accessor.className)) entry.max_items = 1;
        blockTypes[a.name] = entry;
      } else {
        const attr = { type: settableType(a.kind, a.storage, at), description_kind: "plain" };
        if (optional) attr.optional = true;
        else attr.required = true;
        attributes[a.name] = attr;
      }
    }
    // Attributes that cannot be set: computed only, recognized by their flags comment.
    for (const getter of info.getters.values()) {
      const flags = this.flagsComment(getter);
      if (!flags || settable.has(flags.name) || !flags.computed || flags.optional || flags.required) continue;
      attributes[flags.name] = { type: this.getterType(info, getter, `${where}.${flags.name}`), description_kind: "plain", computed: true };
    }
    for (const [name, accessor] of info.accessors) {
      const flags = accessor.flags;
      if (!flags || settable.has(name) || !flags.computed || flags.optional || flags.required) continue;
      attributes[name] = { type: this.accessorType(accessor, `${where}.${name}`), description_kind: "plain", computed: true };
    }
    const out = {};
    if (Object.keys(attributes).length) out.attributes = sortKeys(attributes);
    if (Object.keys(blockTypes).length) out.block_types = sortKeys(blockTypes);
    out.description_kind = "plain";
    return out;
  }

  /** A provider's nested block has no accessor class: its attributes are all optional (providers validate them). */
  structOnlyBlock(hcl, where) {
    const attributes = {};
    const blockTypes = {};
    for (const a of this.hclAttributes(hcl)) {
      if (a.isBlock) {
        const nestedHcl = a.mapper && this.hclFunctions.get(a.mapper);
        if (!nestedHcl) throw new Error(`${where}.${a.name}: no block mapper`);
        blockTypes[a.name] = { nesting_mode: a.kind === "struct" ? "single" : a.kind, block: this.structOnlyBlock(nestedHcl, `${where}.${a.name}`) };
      } else {
        attributes[a.name] = { type: settableType(a.kind, a.storage, `${where}.${a.name}`), description_kind: "plain", optional: true };
      }
    }
    const out = {};
    if (Object.keys(attributes).length) out.attributes = sortKeys(attributes);
    if (Object.keys(blockTypes).length) out.block_types = sortKeys(blockTypes);
    out.description_kind = "plain";
    return out;
  }
}

function sortKeys(obj) {
  return Object.fromEntries(Object.entries(obj).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/**
 * The schema of the type one generated module defines: `{ kind, type, block }`, and for a provider module also the
 * `source` and `version` its bindings were generated from.
 */
function readGeneratedModule(file) {
  const mod = new GeneratedModule(file);
  const { kind, type, source, version, cls } = mod.main();
  const synth = cls.members.find((m) => ts.isMethodDeclaration(m) && propertyName(m.name) === "synthesizeHclAttributes");
  if (!synth) throw new Error(`${file}: ${type} has no synthesizeHclAttributes`);
  return { kind, type, source, version, block: mod.block(cls, synth, type) };
}

module.exports = { readGeneratedModule };
