#!/usr/bin/env node
// npm run validate:offline: real `terraform init`, `validate` and `plan` on every stack of a synthesis output, with no
// registry and no cloud: the providers are served from their pinned schemas (schemas/terraform/) by a local process,
// and each stack runs in a temporary copy with a local backend (cdktf.out is never touched).
//
//   node scripts/validate-offline.js [--synth-dir cdktf.out] [--stack <name>]... [--no-plan]
//
// Exit 0 when every stack validates with no error or warning and plans; 1 otherwise; 2 on bad usage.
"use strict";
const path = require("path");
const { OfflineTerraform, stackDirs } = require("./terraform/offline-terraform");

function usage(message) {
  process.stderr.write(`${message}\nusage: node scripts/validate-offline.js [--synth-dir cdktf.out] [--stack <name>]... [--no-plan]\n`);
  process.exit(2);
}

function parseArgs(argv) {
  const args = { synthDir: "cdktf.out", stacks: [], plan: true };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--synth-dir") args.synthDir = argv[++i] ?? usage("--synth-dir needs a folder");
    else if (a === "--stack") args.stacks.push(argv[++i] ?? usage("--stack needs a name"));
    else if (a === "--no-plan") args.plan = false;
    else usage(`unknown argument ${a}`);
  }
  return args;
}

function where(d) {
  const r = d.range;
  return r ? `${r.filename}:${r.start.line}: ` : "";
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  let dirs = stackDirs(path.resolve(args.synthDir));
  if (args.stacks.length) {
    const missing = args.stacks.filter((s) => !dirs.some((d) => path.basename(d) === s));
    if (missing.length) usage(`no stack ${missing.join(", ")} in ${args.synthDir}/stacks (run npm run synth first)`);
    dirs = dirs.filter((d) => args.stacks.includes(path.basename(d)));
  }
  if (dirs.length === 0) usage(`no synthesized stack in ${args.synthDir}/stacks (run npm run synth first)`);

  const tf = await OfflineTerraform.start();
  let failed = 0;
  try {
    // Data sources that look up what another stack of the output defines (an audit sink) read it from the output.
    tf.useWorldOf(args.synthDir);
    process.stdout.write(`terraform ${tf.version}, offline providers from schemas/terraform/\n`);
    for (const stackDir of dirs) {
      const name = path.basename(stackDir);
      const dir = tf.copyStack(stackDir);
      let init;
      try {
        init = await tf.init(dir);
      } catch (e) {
        process.stdout.write(`FAIL ${name}: ${e.message}\n`);
        failed++;
        continue;
      }
      const v = await tf.validate(dir);
      const lines = [];
      let ok = v.valid && v.error_count === 0 && v.warning_count === 0;
      for (const d of v.diagnostics) lines.push(`  ${d.severity}: ${where(d)}${d.summary}${d.detail ? ` — ${d.detail}` : ""}`);
      let planText = "";
      let planMs = 0;
      if (ok && args.plan) {
        const p = await tf.plan(dir);
        planMs = p.ms;
        if (p.code === 1) {
          ok = false;
          for (const d of p.errors) lines.push(`  error: ${where(d)}${d.summary}${d.detail ? ` — ${d.detail}` : ""}`);
          if (p.errors.length === 0) lines.push(`  ${p.stderr.trim()}`);
        } else if (p.summary) {
          planText = `, plan: ${p.summary.add} to add, ${p.summary.change} to change, ${p.summary.remove} to destroy`;
        }
      }
      const ms = init.ms + v.ms + planMs;
      process.stdout.write(`${ok ? "ok  " : "FAIL"} ${name}: validate ${v.error_count} errors, ${v.warning_count} warnings${planText} (${(ms / 1000).toFixed(1)} s)\n`);
      for (const l of lines) process.stdout.write(`${l}\n`);
      if (!ok) failed++;
    }
  } finally {
    await tf.close();
  }
  if (failed) {
    process.stdout.write(`${failed} of ${dirs.length} stacks failed\n`);
    process.exit(1);
  }
}

main().catch((e) => {
  process.stderr.write(`validate:offline: ${e.message}\n`);
  process.exit(1);
});
