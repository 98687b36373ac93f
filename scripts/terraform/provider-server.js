#!/usr/bin/env node
// The offline provider process: serves every `providers schema -json` document of a folder as a running Terraform
// provider (plugin protocol 6 over gRPC, one unix socket per provider), so `terraform init/validate/plan/apply` can
// run with no registry and no cloud (Terraform attaches to it through TF_REATTACH_PROVIDERS).
//
//   node scripts/terraform/provider-server.js --schemas schemas/terraform [--socket-dir DIR] [--max-seconds 900]
//     [--world FILE]   (objects other stacks define, read at each data-source read: world.js)
//
// When every socket listens it prints one line on stdout: the TF_REATTACH_PROVIDERS document. It stops, removing its
// sockets, on SIGTERM/SIGINT, when its stdin closes (the process that started it is gone), or after --max-seconds.
"use strict";
const fs = require("fs");
const os = require("os");
const path = require("path");
const grpc = require("@grpc/grpc-js");
const protoLoader = require("@grpc/proto-loader");
const { decodeDynamicValue, encodeDynamicValue } = require("./cty");
const { ProviderModel } = require("./provider-model");

const PROTO = path.join(__dirname, "tfplugin6.proto");

const NESTING_BLOCK = { single: 1, list: 2, set: 3, map: 4, group: 5 };
const NESTING_OBJECT = { single: 1, list: 2, set: 3, map: 4 };
const KIND = { markdown: 1 };

function attributeMessage(name, a) {
  const msg = {
    name,
    description: a.description ?? "",
    description_kind: KIND[a.description_kind] ?? 0,
    required: !!a.required,
    optional: !!a.optional,
    computed: !!a.computed,
    sensitive: !!a.sensitive,
    deprecated: !!a.deprecated,
    write_only: !!a.write_only,
  };
  if (a.nested_type) {
    msg.nested_type = {
      attributes: Object.entries(a.nested_type.attributes ?? {}).map(([n, x]) => attributeMessage(n, x)),
      nesting: NESTING_OBJECT[a.nested_type.nesting_mode],
    };
  } else {
    msg.type = Buffer.from(JSON.stringify(a.type));
  }
  return msg;
}

function blockMessage(b) {
  return {
    attributes: Object.entries(b.attributes ?? {}).map(([n, a]) => attributeMessage(n, a)),
    block_types: Object.entries(b.block_types ?? {}).map(([n, bt]) => ({
      type_name: n,
      block: blockMessage(bt.block),
      nesting: NESTING_BLOCK[bt.nesting_mode],
      min_items: bt.min_items ?? 0,
      max_items: bt.max_items ?? 0,
    })),
    description: b.description ?? "",
    description_kind: KIND[b.description_kind] ?? 0,
    deprecated: !!b.deprecated,
  };
}

function schemaMessage(s) {
  return { version: s.version ?? 0, block: blockMessage(s.block) };
}

function pathMessage(p) {
  return { steps: p.map((name) => ({ attribute_name: name })) };
}

/** gRPC handlers for one provider. Every handler answers an error diagnostic rather than failing the call. */
function providerService(model) {
  const schemas = model.schemas;
  const schemaResponse = {
    provider: schemaMessage(schemas.provider ?? { block: {} }),
    resource_schemas: Object.fromEntries(Object.entries(schemas.resource_schemas ?? {}).map(([k, s]) => [k, schemaMessage(s)])),
    data_source_schemas: Object.fromEntries(Object.entries(schemas.data_source_schemas ?? {}).map(([k, s]) => [k, schemaMessage(s)])),
    diagnostics: [],
    server_capabilities: { plan_destroy: false, get_provider_schema_optional: false },
  };
  const guard = (fn) => (call, callback) => {
    try {
      callback(null, fn(call.request));
    } catch (e) {
      process.stderr.write(`${model.address}: ${e.stack || e}\n`);
      callback(null, { diagnostics: [{ severity: 1, summary: "Offline provider error", detail: String(e.message || e) }] });
    }
  };
  const resourceType = (name) => model.typeOf("resource", name);
  return {
    GetMetadata: guard(() => ({
      server_capabilities: schemaResponse.server_capabilities,
      diagnostics: [],
      resources: Object.keys(schemas.resource_schemas ?? {}).map((type_name) => ({ type_name })),
      data_sources: Object.keys(schemas.data_source_schemas ?? {}).map((type_name) => ({ type_name })),
    })),
    GetProviderSchema: guard(() => schemaResponse),
    GetFunctions: guard(() => ({ diagnostics: [] })),
    ValidateProviderConfig: guard((r) => ({ diagnostics: model.validate("provider", "", decodeDynamicValue(r.config, model.typeOf("provider", ""))) })),
    ConfigureProvider: guard((r) => {
      model.configure(decodeDynamicValue(r.config, model.typeOf("provider", "")));
      return { diagnostics: [] };
    }),
    ValidateResourceConfig: guard((r) => ({ diagnostics: model.validate("resource", r.type_name, decodeDynamicValue(r.config, resourceType(r.type_name))) })),
    ValidateDataResourceConfig: guard((r) => ({ diagnostics: model.validate("data", r.type_name, decodeDynamicValue(r.config, model.typeOf("data", r.type_name))) })),
    // State written by this provider is already in the current schema: hand the JSON back.
    UpgradeResourceState: guard((r) => ({ upgraded_state: { json: r.raw_state?.json ?? Buffer.from("null") }, diagnostics: [] })),
    ReadResource: guard((r) => ({ new_state: r.current_state, private: r.private, diagnostics: [] })),
    PlanResourceChange: guard((r) => {
      const t = resourceType(r.type_name);
      const { planned, requiresReplace } = model.plan(r.type_name, decodeDynamicValue(r.prior_state, t), decodeDynamicValue(r.proposed_new_state, t), decodeDynamicValue(r.config, t));
      return { planned_state: encodeDynamicValue(planned), requires_replace: requiresReplace.map(pathMessage), planned_private: r.prior_private, diagnostics: [] };
    }),
    ApplyResourceChange: guard((r) => {
      const t = resourceType(r.type_name);
      const state = model.apply(r.type_name, decodeDynamicValue(r.prior_state, t), decodeDynamicValue(r.planned_state, t));
      return { new_state: encodeDynamicValue(state), private: r.planned_private, diagnostics: [] };
    }),
    ReadDataSource: guard((r) => {
      const t = model.typeOf("data", r.type_name);
      return { state: encodeDynamicValue(model.readData(r.type_name, decodeDynamicValue(r.config, t))), diagnostics: [] };
    }),
    StopProvider: guard(() => ({ Error: "" })),
  };
}

function parseArgs(argv) {
  const args = { schemas: null, socketDir: null, maxSeconds: 900, world: null };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--schemas") args.schemas = argv[++i];
    else if (a === "--socket-dir") args.socketDir = argv[++i];
    else if (a === "--max-seconds") args.maxSeconds = Number(argv[++i]);
    else if (a === "--world") args.world = argv[++i];
    else throw new Error(`unknown argument ${a}`);
  }
  if (!args.schemas) throw new Error("--schemas <dir> is required");
  if (!(args.maxSeconds > 0)) throw new Error("--max-seconds must be a positive number");
  return args;
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const ownDir = !args.socketDir;
  const socketDir = args.socketDir ?? fs.mkdtempSync(path.join(os.tmpdir(), "tfprov-"));
  const definition = protoLoader.loadSync(PROTO, { keepCase: true, longs: Number, enums: Number, defaults: false, oneofs: true });
  const service = grpc.loadPackageDefinition(definition).tfplugin6.Provider.service;

  const servers = [];
  const reattach = {};
  let stopping = false;
  const stop = (code) => {
    if (stopping) return;
    stopping = true;
    for (const s of servers) s.forceShutdown();
    if (ownDir) fs.rmSync(socketDir, { recursive: true, force: true });
    else for (const name of Object.keys(reattach)) fs.rmSync(reattach[name].Addr.String, { force: true });
    process.exit(code);
  };
  process.on("SIGTERM", () => stop(0));
  process.on("SIGINT", () => stop(0));
  process.stdin.on("end", () => stop(0));
  process.stdin.on("close", () => stop(0));
  process.stdin.resume();
  setTimeout(() => {
    process.stderr.write(`provider-server: stopping after --max-seconds ${args.maxSeconds}\n`);
    stop(3);
  }, args.maxSeconds * 1000);

  const files = fs.readdirSync(args.schemas).filter((f) => f.endsWith(".json")).sort();
  for (const file of files) {
    const doc = JSON.parse(fs.readFileSync(path.join(args.schemas, file), "utf8"));
    for (const [address, schemas] of Object.entries(doc.provider_schemas)) {
      const socket = path.join(socketDir, `${address.split("/").pop()}.sock`);
      const server = new grpc.Server();
      server.addService(service, providerService(new ProviderModel(address, schemas, { worldFile: args.world })));
      await new Promise((resolve, reject) => server.bindAsync(`unix://${socket}`, grpc.ServerCredentials.createInsecure(), (err) => (err ? reject(err) : resolve())));
      servers.push(server);
      reattach[address] = { Protocol: "grpc", ProtocolVersion: 6, Pid: process.pid, Test: true, Addr: { Network: "unix", String: socket } };
    }
  }
  process.stdout.write(`${JSON.stringify(reattach)}\n`);
}

main().catch((e) => {
  process.stderr.write(`provider-server: ${e.stack || e}\n`);
  process.exit(1);
});
