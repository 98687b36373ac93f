#!/usr/bin/env node
// `npm run bench`: measures the edit → synth → review loop and prints a table; results go to bench/results.json.
// Each case runs in fresh child processes (wall time and peak RSS over every Node process involved); medians and
// min/max over several runs. See BENCHMARKS.md for what each number means and the targets.
"use strict";
const fs = require("fs");
const os = require("os");
const path = require("path");
const { measure, measureOnce, ROOT } = require("./harness");

const node = process.execPath;
const quick = process.argv.includes("--quick");
const RUNS = quick ? 3 : 5;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "gated-pipeline-bench-"));
const out = (name) => ({ CDKTF_OUTDIR: path.join(tmp, name) });

function dirStats(dir) {
  let bytes = 0;
  let resources = 0;
  const walk = (d) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else {
        bytes += fs.statSync(p).size;
        if (e.name === "cdk.tf.json") {
          const json = JSON.parse(fs.readFileSync(p, "utf8"));
          for (const kind of ["resource", "data"]) for (const items of Object.values(json[kind] ?? {})) resources += Object.keys(items).length;
        }
      }
    }
  };
  if (fs.existsSync(dir)) walk(dir);
  return { resources, outputBytes: bytes };
}

process.stderr.write("building (tsc) ...\n");
require("../scripts/build").build();
const results = { machine: { cpus: os.cpus().length, cpu: os.cpus()[0]?.model, memGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version, platform: `${os.platform()} ${os.release()}` }, date: new Date().toISOString(), cases: [] };
const add = (r) => results.cases.push(r);

process.stderr.write("main job and CLI synth\n");
add(measure("main job: npm run synth (compiled)", [node, "scripts/synth.js"], { runs: RUNS, env: out("main") }));
add(measure("npx cdktf synth (same app)", [node, path.join(path.dirname(require.resolve("cdktf-cli/package.json")), "bundle", "bin", "cdktf"), "synth", "--output", path.join(tmp, "cli")], { runs: quick ? 1 : 3, warmup: 0 }));

process.stderr.write("a project made by gated-pipeline init, through the cdktf CLI (target <= 5 s)\n");
{
  const scaffold = path.join(tmp, "scaffold");
  measureOnce([node, "bin/gated-pipeline.js", "init", scaffold]);
  // Its node_modules: this repository's, plus the package itself (the compiled build), as npm would install them.
  fs.mkdirSync(path.join(scaffold, "node_modules"));
  for (const entry of fs.readdirSync(path.join(ROOT, "node_modules"))) fs.symlinkSync(path.join(ROOT, "node_modules", entry), path.join(scaffold, "node_modules", entry));
  fs.symlinkSync(ROOT, path.join(scaffold, "node_modules", "cdktf-gated-pipeline"));
  const cli = path.join(path.dirname(require.resolve("cdktf-cli/package.json")), "bundle", "bin", "cdktf");
  add(measure("scaffold (gated-pipeline init): cdktf synth", [node, cli, "synth"], { runs: quick ? 1 : 3, warmup: 0, cwd: scaffold }));
}

// Real Terraform on the synthesized reference stack (provider start, init, validate, plan), when terraform is here.
if (require("../scripts/terraform/offline-terraform").findTerraform()) {
  process.stderr.write("validate:offline (reference stack)\n");
  add(measure("npm run validate:offline (reference stack)", [node, "scripts/validate-offline.js", "--synth-dir", path.join(tmp, "main")], { runs: quick ? 1 : 3 }));
}

process.stderr.write("library overhead against the raw floor (side by side)\n");
// Every stack of the reference app (the administrator's and the gate's), so the floor declares what the library does.
const refJson = fs.readdirSync(path.join(tmp, "main", "stacks")).sort().map((s) => path.join(tmp, "main", "stacks", s, "cdk.tf.json"));
const lib = [];
const raw = [];
measureOnce([node, "lib/bench/programs/raw-floor.js", ...refJson], { env: out("raw-warm") });
for (let i = 0; i < RUNS; i++) {
  lib.push(measureOnce([node, "lib/stacks/main.js"], { env: out(`lib-${i}`) }));
  raw.push(measureOnce([node, "lib/bench/programs/raw-floor.js", ...refJson], { env: out(`raw-${i}`) }));
}
const med = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = Math.floor(s.length / 2); return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
const libMs = med(lib.map((s) => s.ms));
const rawMs = med(raw.map((s) => s.ms));
add({ name: "library (reference stack)", runs: RUNS, wallMs: { median: r1(libMs), min: r1(Math.min(...lib.map((s) => s.ms))), max: r1(Math.max(...lib.map((s) => s.ms))) }, peakRssMiB: { median: r1(med(lib.map((s) => s.rssMiB))) }, ...dirStats(path.join(tmp, "lib-0")) });
add({ name: "raw floor (same resources as L1)", runs: RUNS, wallMs: { median: r1(rawMs), min: r1(Math.min(...raw.map((s) => s.ms))), max: r1(Math.max(...raw.map((s) => s.ms))) }, peakRssMiB: { median: r1(med(raw.map((s) => s.rssMiB))) }, ...dirStats(path.join(tmp, "raw-0")) });
results.overheadRatio = r2(libMs / rawMs);
process.stderr.write(`  overhead ratio ${results.overheadRatio}\n`);

process.stderr.write("scale\n");
for (const n of [1, 10, 100]) {
  for (const mode of ["one-stack", "split"]) {
    const name = `scale ${n} pipelines × 5 deployments, ${mode}`;
    const env = out(`scale-${n}-${mode}`);
    add(measure(name, [node, "lib/bench/programs/scale.js", String(n), mode], { runs: n === 100 ? (quick ? 1 : 3) : RUNS, warmup: n === 100 ? 0 : 1, env, extra: () => dirStats(env.CDKTF_OUTDIR) }));
  }
}
const scale = (n) => results.cases.find((c) => c.name === `scale ${n} pipelines × 5 deployments, one-stack`).wallMs.median;
results.scaleRatio100to10 = r2(scale(100) / scale(10));

// The overhead ratio again where per-resource work dominates the fixed start-up cost: 10 and 100 pipelines.
for (const n of [10, 100]) {
  const json = path.join(tmp, `scale-${n}-one-stack`, "stacks", "scale", "cdk.tf.json");
  const samples = [];
  for (let i = 0; i < (n === 100 ? 1 : RUNS); i++) samples.push(measureOnce([node, "lib/bench/programs/raw-floor.js", json], { env: out(`raw-scale-${n}-${i}`) }));
  const raws = samples.map((x) => x.ms);
  const rawScale = med(raws);
  add({ name: `raw floor for the ${n}-pipeline stack`, runs: raws.length, wallMs: { median: r1(rawScale), min: r1(Math.min(...raws)), max: r1(Math.max(...raws)) }, peakRssMiB: { median: r1(med(samples.map((x) => x.rssMiB))) }, ...dirStats(path.join(tmp, `raw-scale-${n}-0`)) });
  results[`overheadRatio${n}Pipelines`] = r2(scale(n) / rawScale);
}

process.stderr.write("start-up\n");
add(measure("load the entry point (no synth)", [node, "-e", "require('./lib/src/index.js')"], { runs: RUNS * 2 }));
add(measure("CLI start (gated-pipeline --help)", [node, "bin/gated-pipeline.js", "--help"], { runs: RUNS * 2 }));

process.stderr.write("bundle building\n");
const bundleOut = measureOnce([node, "lib/bench/bundle-build.js", "300"]).stdout.trim();
results.gateBundle = bundleOut.split("\n");
process.stderr.write(`${bundleOut}\n`);

if (!process.argv.includes("--no-test")) {
  // The README's test command (type-check + jest, budget <= 45 s on two cores), against a jest cache of its own: first
  // empty (every transform and apigeelint run done afresh, as on a clean CI machine), then as a developer re-runs it.
  // The machine's load average before each run goes with the figure: the budget assumes a quiet machine.
  process.stderr.write("npm test: cold jest cache, then warm\n");
  const npm = process.platform === "win32" ? "npm.cmd" : "npm";
  const jestCache = path.join(tmp, "jest-cache");
  for (const name of ["npm test, cold jest cache", "npm test, warm jest cache"]) {
    const load = os.loadavg()[0];
    add({ ...measure(name, [npm, "test", "--silent", "--", `--cacheDirectory=${jestCache}`], { runs: 1, warmup: 0 }), loadAverage1m: r2(load) });
  }
}

fs.rmSync(tmp, { recursive: true, force: true });
fs.writeFileSync(path.join(__dirname, "results.json"), `${JSON.stringify(results, null, 2)}\n`);

const rows = results.cases.map((c) => [c.name, `${c.wallMs.median}`, c.wallMs.min !== undefined ? `${c.wallMs.min}–${c.wallMs.max}` : "", `${c.peakRssMiB.median}`, c.resources ?? "", c.outputBytes ?? ""]);
const header = ["case", "median ms", "min–max ms", "peak MiB", "resources", "output bytes"];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
const fmt = (r) => r.map((v, i) => String(v).padEnd(widths[i])).join("  ");
console.log(fmt(header));
console.log(widths.map((w) => "-".repeat(w)).join("  "));
for (const r of rows) console.log(fmt(r));
for (const c of results.cases.filter((x) => x.loadAverage1m !== undefined)) console.log(`${c.name}: load average ${c.loadAverage1m} before the run`);
console.log(`\nlibrary / raw floor: ${results.overheadRatio}× (reference stack), ${results.overheadRatio10Pipelines}× (10 pipelines), ${results.overheadRatio100Pipelines}× (100 pipelines)`);
console.log(`time(100)/time(10), one stack: ${results.scaleRatio100to10}`);
console.log(`${results.gateBundle[0]}: ${results.gateBundle.slice(1).join("; ")}`);
console.log(`written to ${path.relative(ROOT, path.join(__dirname, "results.json"))}`);

function r1(x) { return Math.round(x * 10) / 10; }
function r2(x) { return Math.round(x * 100) / 100; }
