// One provider's behaviour for the offline Terraform runs, on decoded values (cty.js), independent of gRPC:
// - validate refuses what Terraform core accepts but a real provider refuses: a required attribute set to null, and a
//   value for an attribute the provider computes (read-only);
// - plan keeps the configuration, plans write-only attributes as null, plans provider defaults, marks computed
//   attributes unknown on create (and replace), keeps prior values on update except where plan-rules.js says an
//   update recomputes them, and asks for a replacement when a ForceNew attribute changes;
// - apply replaces the unknowns by deterministic placeholders (placeholders.js);
// - data sources answer from fixtures (fixtures.js).
"use strict";
const { UNKNOWN, isUnknown, Dynamic, blockType, attributeType, sameValue } = require("./cty");
const { applyPlaceholders, fillUnknowns } = require("./placeholders");
const { readDataSource } = require("./fixtures");
const { readWorld } = require("./world");
const RULES = require("./plan-rules");

const ERROR = 1;

function diag(summary, detail, path) {
  const steps = path.map((p) => (typeof p === "number" ? { element_key_int: p } : { attribute_name: p }));
  return { severity: ERROR, summary, detail, attribute: { steps } };
}

/** The elements of a nested block or nested attribute value, each with its path step. */
function elements(value, nesting) {
  if (value === null || isUnknown(value)) return [];
  if (nesting === "single" || nesting === "group") return [[undefined, value]];
  if (nesting === "map") return Object.entries(value);
  return value.map((v, i) => [i, v]);
}

/** Refuses known-null required attributes and values for computed-only attributes, recursively. */
function validateObject(block, obj, path, out) {
  if (obj === null || isUnknown(obj)) return;
  for (const [name, attr] of Object.entries(block.attributes ?? {})) {
    const v = obj[name];
    const at = [...path, name];
    if (attr.required && v === null) {
      out.push(diag("Missing Configuration for Required Attribute", `Must set a configuration value for the ${at.join(".")} attribute as the provider has marked it as required.`, at));
    }
    if (attr.computed && !attr.optional && !attr.required && v !== null) {
      out.push(diag("Invalid Configuration for Read-Only Attribute", `Cannot set value for the ${at.join(".")} attribute as the provider has marked it as read-only. Remove the configuration line setting the value.`, at));
    }
    if (attr.nested_type) {
      for (const [key, el] of elements(v, attr.nested_type.nesting_mode)) validateObject(attr.nested_type, el, key === undefined ? at : [...at, key], out);
    }
  }
  for (const [name, bt] of Object.entries(block.block_types ?? {})) {
    for (const [key, el] of elements(obj[name], bt.nesting_mode)) validateObject(bt.block, el, key === undefined ? [...path, name] : [...path, name, key], out);
  }
}

/** Write-only attributes are null in every planned and applied state (Terraform refuses anything else). */
function clearWriteOnly(block, obj) {
  if (obj === null || isUnknown(obj)) return obj;
  const out = { ...obj };
  for (const [name, attr] of Object.entries(block.attributes ?? {})) if (attr.write_only) out[name] = null;
  for (const [name, bt] of Object.entries(block.block_types ?? {})) {
    const v = out[name];
    if (v === null || isUnknown(v)) continue;
    if (bt.nesting_mode === "single" || bt.nesting_mode === "group") out[name] = clearWriteOnly(bt.block, v);
    else if (bt.nesting_mode === "map") out[name] = Object.fromEntries(Object.entries(v).map(([k, e]) => [k, clearWriteOnly(bt.block, e)]));
    else out[name] = v.map((e) => clearWriteOnly(bt.block, e));
  }
  return out;
}

/**
 * On create, every computed attribute the configuration leaves null is unknown, or the provider's default
 * (`defaults`, by dotted attribute path), inside nested blocks and nested attributes too.
 */
function markCreated(block, planned, config, defaults = {}, prefix = "") {
  if (planned === null || isUnknown(planned)) return planned;
  const out = { ...planned };
  for (const [name, attr] of Object.entries(block.attributes ?? {})) {
    const configured = config?.[name] ?? null;
    const at = `${prefix}${name}`;
    if (attr.computed && configured === null && !attr.write_only) {
      out[name] = at in defaults ? defaults[at] : UNKNOWN;
    } else if (attr.nested_type && out[name] !== null && !isUnknown(out[name])) {
      out[name] = mapElements(out[name], configured, attr.nested_type.nesting_mode, (el, cfg) => markCreated(attr.nested_type, el, cfg, defaults, `${at}.`));
    }
  }
  for (const [name, bt] of Object.entries(block.block_types ?? {})) {
    if (out[name] === null || isUnknown(out[name])) continue;
    out[name] = mapElements(out[name], config?.[name] ?? null, bt.nesting_mode, (el, cfg) => markCreated(bt.block, el, cfg, defaults, `${prefix}${name}.`));
  }
  return out;
}

function mapElements(value, config, nesting, fn) {
  if (nesting === "single" || nesting === "group") return fn(value, config);
  if (nesting === "map") return Object.fromEntries(Object.entries(value).map(([k, e]) => [k, fn(e, config?.[k] ?? null)]));
  return value.map((e, i) => fn(e, Array.isArray(config) ? (config[i] ?? null) : null));
}

class ProviderModel {
  /**
   * @param address registry address, e.g. registry.terraform.io/hashicorp/google
   * @param schemas the provider's entry of a `providers schema -json` document
   * @param options.worldFile a JSON file of objects other stacks define (world.js), read at each data-source read
   */
  constructor(address, schemas, { worldFile } = {}) {
    this.worldFile = worldFile;
    this.address = address;
    this.schemas = schemas;
    this.framework = RULES.FRAMEWORK_PROVIDERS.includes(address);
    this.providerConfig = {};
  }

  schemaOf(kind, typeName) {
    const table = kind === "data" ? this.schemas.data_source_schemas : kind === "provider" ? { provider: this.schemas.provider } : this.schemas.resource_schemas;
    const schema = kind === "provider" ? this.schemas.provider : table?.[typeName];
    if (!schema) throw new Error(`${this.address} has no ${kind} schema ${typeName}`);
    return schema;
  }

  /** The object type of a resource, data source or provider configuration. */
  typeOf(kind, typeName) {
    return blockType(this.schemaOf(kind, typeName).block);
  }

  configure(config) {
    this.providerConfig = Object.fromEntries(Object.entries(config ?? {}).filter(([, v]) => v !== null && !isUnknown(v) && typeof v !== "object"));
  }

  validate(kind, typeName, config) {
    const out = [];
    validateObject(this.schemaOf(kind, typeName).block, config, [], out);
    return out;
  }

  /** PlanResourceChange: `{ planned, requiresReplace }` (attribute paths, as arrays of names). */
  plan(typeName, prior, proposed, config) {
    if (proposed === null) return { planned: null, requiresReplace: [] };
    const block = this.schemaOf("resource", typeName).block;
    let planned = clearWriteOnly(block, proposed);
    if (prior === null) {
      return { planned: markCreated(block, planned, config, RULES.DEFAULTS[typeName]), requiresReplace: [] };
    }
    const changed = (name) => !sameValue(prior[name] ?? null, planned[name] ?? null);
    const requiresReplace = (RULES.FORCE_NEW[typeName]?.attrs ?? []).filter((name) => name in planned && changed(name)).map((name) => [name]);
    planned = { ...planned };
    for (const rule of RULES.COMPUTED_ON_CHANGE[typeName] ?? []) {
      if (rule.when.some(changed)) for (const name of rule.unknown) planned[name] = UNKNOWN;
    }
    if (this.framework && !sameValue(prior, planned)) {
      const keep = new Set(RULES.KEEP_ON_UPDATE[typeName] ?? []);
      for (const [name, attr] of Object.entries(block.attributes ?? {})) {
        if (attr.computed && (config?.[name] ?? null) === null && !keep.has(name) && !(name in (RULES.DEFAULTS[typeName] ?? {}))) planned[name] = UNKNOWN;
      }
    }
    return { planned, requiresReplace };
  }

  /** ApplyResourceChange: the new state (null when destroyed). */
  apply(typeName, prior, planned) {
    if (planned === null) return null;
    const block = this.schemaOf("resource", typeName).block;
    return clearWriteOnly(block, applyPlaceholders(planned, blockType(block), { typeName, prior, providerConfig: this.providerConfig }));
  }

  /** ReadDataSource: configured values kept, computed ones from the fixtures, the rest placeholders. */
  readData(typeName, config) {
    const block = this.schemaOf("data", typeName).block;
    const type = blockType(block);
    const answer = readDataSource(typeName, config, this.providerConfig, readWorld(this.worldFile));
    const state = {};
    for (const name of Object.keys(type.attrs)) {
      const attr = block.attributes?.[name];
      const configured = config[name] ?? null;
      if (!attr || !attr.computed || configured !== null) state[name] = configured;
      else state[name] = answer[name] === undefined || answer[name] === null ? UNKNOWN : toType(answer[name], attributeType(attr));
    }
    return fillUnknowns(state, type, [], { typeName, seed: config, providerConfig: this.providerConfig });
  }
}

/** Wraps fixture values for `dynamic` attributes; other values are already of their type. */
function toType(v, t) {
  if (t.kind === "dynamic" && !(v instanceof Dynamic)) return new Dynamic({ kind: "string" }, typeof v === "string" ? v : JSON.stringify(v));
  return v;
}

module.exports = { ProviderModel };
