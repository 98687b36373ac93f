#!/usr/bin/env node
// Writes schemas/terraform/<provider>-<version>.json: one `terraform providers schema -json` document per provider the
// stacks require, with only the types the library can create (the modules src/internal/ deep-imports, plus the
// generated google 7.x extras in src/gen/). The offline Terraform provider (scripts/terraform/provider-server.js)
// serves them. Usage: node scripts/extract-provider-schemas.js [outdir]   (npm run schemas:extract)
//
// The Prefect document is not extracted: schemas/terraform/prefect-3.4.1.json is the provider's own full dump, and
// schemas/prefect-3.4.1.json (what `npm run gen` reads) is a subset of it.
"use strict";
const fs = require("fs");
const path = require("path");
const { readGeneratedModule } = require("./terraform/generated-source-schema");
const FLAGS = require("./terraform/schema-flags");

const ROOT = path.join(__dirname, "..");
const OUT = path.join(ROOT, "schemas", "terraform");
/** The google 7.x resources the prebuilt 6.50 package lacks; src/gen/providers/google/ is generated from it. */
const GOOGLE_EXTRAS = path.join(ROOT, "schemas", "google-apigee-extras-7.45.0.json");
const GOOGLE_EXTRAS_VERSION = "7.45.0";

/** `@cdktf/provider-<name>/lib/<module>` specifiers imported (or re-exported) by the facade, per package. */
function facadeModules() {
  const dir = path.join(ROOT, "src", "internal");
  const modules = new Map();
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith(".ts")).sort()) {
    const text = fs.readFileSync(path.join(dir, file), "utf8");
    for (const m of text.matchAll(/from\s+"(@cdktf\/provider-[a-z0-9-]+)\/lib\/([a-z0-9-]+)"/g)) {
      if (!modules.has(m[1])) modules.set(m[1], new Set());
      modules.get(m[1]).add(m[2]);
    }
  }
  return modules;
}

/** The resource types generated from the google extras schema (one folder per type under src/gen/providers/google/). */
function generatedGoogleTypes() {
  const dir = path.join(ROOT, "src", "gen", "providers", "google");
  if (!fs.existsSync(dir)) return [];
  const types = [];
  for (const name of fs.readdirSync(dir).sort()) {
    const index = path.join(dir, name, "index.ts");
    if (!fs.existsSync(index)) continue;
    const m = /terraformResourceType: '([a-z0-9_]+)'/.exec(fs.readFileSync(index, "utf8"));
    if (m) types.push(m[1]);
  }
  return types;
}

function registryAddress(source) {
  const parts = source.split("/");
  if (parts.length === 1) return `registry.terraform.io/hashicorp/${parts[0]}`;
  if (parts.length === 2) return `registry.terraform.io/${parts[0]}/${parts[1]}`;
  return source;
}

/** Finds a block attribute by path (`a.b.c`, blocks then attribute) or says why not. */
function attributeAt(schemas, flagPath) {
  const [type, ...rest] = flagPath.split(".");
  const entry = schemas.resource_schemas[type] ?? schemas.data_source_schemas[type];
  if (!entry) throw new Error(`schema-flags: ${flagPath}: no extracted type ${type}`);
  let block = entry.block;
  for (const name of rest.slice(0, -1)) {
    block = block.block_types?.[name]?.block;
    if (!block) throw new Error(`schema-flags: ${flagPath}: no block ${name}`);
  }
  const attr = block.attributes?.[rest[rest.length - 1]];
  if (!attr) throw new Error(`schema-flags: ${flagPath}: no such attribute`);
  return attr;
}

/** Rebuilds an attribute with Terraform's key order and the given flags. */
function withFlags(attr, flags) {
  const merged = { ...attr, ...flags };
  const out = {};
  for (const k of ["type", "nested_type", "description", "description_kind", "deprecated", "required", "optional", "computed", "sensitive", "write_only"]) {
    if (merged[k] !== undefined && merged[k] !== false) out[k] = merged[k];
  }
  return out;
}

function applyFlags(address, schemas, flags = FLAGS) {
  const table = flags.providers[address];
  if (!table) throw new Error(`schema-flags: no entry for ${address}`);
  const set = (flagPath, flags, mustBeSettable) => {
    const attr = attributeAt(schemas, flagPath);
    if (mustBeSettable && !attr.optional) throw new Error(`schema-flags: ${flagPath} is not an optional attribute`);
    const [type, ...rest] = flagPath.split(".");
    const entry = schemas.resource_schemas[type] ?? schemas.data_source_schemas[type];
    let block = entry.block;
    for (const name of rest.slice(0, -1)) block = block.block_types[name].block;
    block.attributes[rest[rest.length - 1]] = withFlags(attr, flags);
  };
  if (table.rules.includes(flags.SDKV2_IMPLICIT_ID)) {
    for (const [type, entry] of [...Object.entries(schemas.resource_schemas), ...Object.entries(schemas.data_source_schemas)]) {
      if (entry.block.attributes?.id?.optional) set(`${type}.id`, { computed: true }, true);
    }
  }
  for (const p of table.optionalComputed) set(p, { computed: true }, true);
  for (const p of table.sensitive) set(p, { sensitive: true }, false);
  for (const p of table.writeOnly) set(p, { write_only: true }, true);
}

function sorted(obj) {
  return Object.fromEntries(Object.entries(obj).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** Every provider document, as `{ file, address, version, document }`. */
function extractAll() {
  const docs = [];
  for (const [pkg, modules] of facadeModules()) {
    const lib = path.join(path.dirname(require.resolve(`${pkg}/package.json`, { paths: [ROOT] })), "lib");
    const provider = readGeneratedModule(path.join(lib, "provider", "index.js"));
    if (provider.kind !== "provider") throw new Error(`${pkg}/lib/provider is not a provider`);
    const address = registryAddress(provider.source);
    const schemas = { provider: { version: 0, block: provider.block }, resource_schemas: {}, data_source_schemas: {} };
    for (const mod of [...modules].filter((m) => m !== "provider").sort()) {
      const t = readGeneratedModule(path.join(lib, mod, "index.js"));
      if (t.kind === "provider") continue;
      schemas[t.kind === "data" ? "data_source_schemas" : "resource_schemas"][t.type] = { version: 0, block: t.block };
    }
    let version = provider.version;
    if (address === "registry.terraform.io/hashicorp/google") {
      const extras = JSON.parse(fs.readFileSync(GOOGLE_EXTRAS, "utf8")).provider_schemas[address].resource_schemas;
      for (const type of generatedGoogleTypes()) {
        if (!extras[type]) throw new Error(`src/gen has ${type}, which ${path.basename(GOOGLE_EXTRAS)} lacks`);
        if (schemas.resource_schemas[type]) throw new Error(`${type} is both prebuilt and an extra`);
        // The extras carry their own flags (they were lowered from the 7.45.0 Go schema); no table entry applies.
        schemas.resource_schemas[type] = extras[type];
      }
      version = `${provider.version}-with-${GOOGLE_EXTRAS_VERSION}-extras`;
    }
    applyFlags(address, schemas);
    schemas.resource_schemas = sorted(schemas.resource_schemas);
    schemas.data_source_schemas = sorted(schemas.data_source_schemas);
    if (Object.keys(schemas.data_source_schemas).length === 0) delete schemas.data_source_schemas;
    const name = address.split("/").pop();
    docs.push({ file: `${name}-${version}.json`, address, version, document: { format_version: "1.0", provider_schemas: { [address]: schemas } } });
  }
  return docs.sort((a, b) => (a.file < b.file ? -1 : 1));
}

/** The bytes written for one document (stable: two-space JSON and a final newline). */
function render(document) {
  return `${JSON.stringify(document, null, 2)}\n`;
}

module.exports = { extractAll, applyFlags, render, OUT };

if (require.main === module) {
  const out = path.resolve(process.argv[2] ?? OUT);
  fs.mkdirSync(out, { recursive: true });
  const keep = new Set(["prefect-3.4.1.json"]);
  for (const d of extractAll()) {
    fs.writeFileSync(path.join(out, d.file), render(d.document));
    keep.add(d.file);
    const p = d.document.provider_schemas[d.address];
    const n = Object.keys(p.resource_schemas).length + Object.keys(p.data_source_schemas ?? {}).length;
    process.stdout.write(`${path.relative(process.cwd(), path.join(out, d.file))}: ${n} types\n`);
  }
  // A provider the facade no longer imports must not keep a stale document.
  for (const f of fs.readdirSync(out)) if (f.endsWith(".json") && !keep.has(f)) fs.rmSync(path.join(out, f));
}
