// Measures commands in child processes: wall time (ms) and peak RSS (MiB, maximum over every Node process involved).
"use strict";
const { spawnSync } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");

const ROOT = path.join(__dirname, "..");
const PROBE = path.join(__dirname, "rss-probe.js");

/** Runs `argv` once; returns { ms, rssMiB, stdout }. Throws with the output if it fails. */
function measureOnce(argv, { env = {}, cwd = ROOT } = {}) {
  const rssFile = path.join(os.tmpdir(), `bench-rss-${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2)}`);
  const childEnv = {
    ...process.env,
    CHECKPOINT_DISABLE: "1",
    ...env,
    BENCH_RSS_FILE: rssFile,
    NODE_OPTIONS: `${process.env.NODE_OPTIONS || ""} --require ${PROBE}`.trim(),
  };
  const start = process.hrtime.bigint();
  const res = spawnSync(argv[0], argv.slice(1), { cwd, env: childEnv, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  let rssKiB = 0;
  if (fs.existsSync(rssFile)) {
    rssKiB = Math.max(0, ...fs.readFileSync(rssFile, "utf8").split("\n").filter(Boolean).map(Number));
    fs.rmSync(rssFile, { force: true });
  }
  if (res.status !== 0) {
    throw new Error(`${argv.join(" ")} exited ${res.status}\n${res.stdout}\n${res.stderr}`);
  }
  return { ms, rssMiB: rssKiB / 1024, stdout: res.stdout };
}

function stats(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return { median, min: sorted[0], max: sorted[sorted.length - 1], runs: sorted.length };
}

/** Runs a case `runs` times (after `warmup` unmeasured runs) and summarizes time and memory. */
function measure(name, argv, { runs = 5, warmup = 1, env, cwd, extra } = {}) {
  for (let i = 0; i < warmup; i++) measureOnce(argv, { env, cwd });
  const samples = [];
  for (let i = 0; i < runs; i++) samples.push(measureOnce(argv, { env, cwd }));
  const time = stats(samples.map((s) => s.ms));
  const rss = stats(samples.map((s) => s.rssMiB));
  const result = {
    name,
    command: argv.map((a) => path.relative(ROOT, a).startsWith("..") ? a : a.replace(ROOT + path.sep, "")).join(" "),
    runs: time.runs,
    wallMs: { median: round(time.median), min: round(time.min), max: round(time.max) },
    peakRssMiB: { median: round(rss.median), min: round(rss.min), max: round(rss.max) },
    ...(extra ? extra(samples[samples.length - 1]) : {}),
  };
  process.stderr.write(`  ${name}: ${result.wallMs.median} ms (min ${result.wallMs.min}, max ${result.wallMs.max}), ${result.peakRssMiB.median} MiB\n`);
  return result;
}

function round(x) {
  return Math.round(x * 10) / 10;
}

module.exports = { measure, measureOnce, stats, ROOT };
