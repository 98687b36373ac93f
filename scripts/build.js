#!/usr/bin/env node
// Compiles src/ and stacks/ into lib/ and stamps the build, so scripts/synth.js can tell whether lib/ is current.
"use strict";
const { spawnSync } = require("child_process");
const fs = require("fs");
const path = require("path");

const ROOT = path.join(__dirname, "..");
const STAMP = path.join(ROOT, "lib", ".build-stamp");

function build() {
  const tsc = require.resolve("typescript/bin/tsc");
  const res = spawnSync(process.execPath, [tsc, "-p", path.join(ROOT, "tsconfig.build.json")], { stdio: "inherit" });
  if (res.status !== 0) process.exit(res.status ?? 1);
  pruneStaleOutputs();
  fs.mkdirSync(path.dirname(STAMP), { recursive: true });
  fs.writeFileSync(STAMP, "");
}

/**
 * Deletes compiled files whose source is gone (a moved or deleted module): tsc never removes outputs, and `npm pack`
 * ships everything under lib/src/, so a stale module would ship and stay importable. lib/test/ holds the test modules
 * the bench imports (tsc follows its imports there), so it is pruned too.
 */
function pruneStaleOutputs() {
  const visit = (dir) => {
    for (const entry of fs.readdirSync(path.join(ROOT, "lib", dir), { withFileTypes: true })) {
      const rel = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        visit(rel);
        if (fs.readdirSync(path.join(ROOT, "lib", rel)).length === 0) fs.rmdirSync(path.join(ROOT, "lib", rel));
        continue;
      }
      const source = rel.replace(/\.d\.ts$|\.js$/, ".ts");
      if (source !== rel && !fs.existsSync(path.join(ROOT, source))) fs.rmSync(path.join(ROOT, "lib", rel));
    }
  };
  for (const dir of ["src", "stacks", "bench", "test"]) if (fs.existsSync(path.join(ROOT, "lib", dir))) visit(dir);
}

/** Newest modification time among the inputs of the build. */
function newestInput() {
  let newest = 0;
  const visit = (p) => {
    const st = fs.statSync(p, { throwIfNoEntry: false });
    if (!st) return;
    if (st.isDirectory()) {
      for (const name of fs.readdirSync(p)) visit(path.join(p, name));
    } else if (p.endsWith(".ts") || p.endsWith(".json")) {
      newest = Math.max(newest, st.mtimeMs);
    }
  };
  for (const p of ["src", "stacks", "bench", "tsconfig.json", "tsconfig.build.json", "package.json"]) visit(path.join(ROOT, p));
  return newest;
}

function isStale() {
  const st = fs.statSync(STAMP, { throwIfNoEntry: false });
  return !st || newestInput() > st.mtimeMs;
}

module.exports = { build, isStale };

if (require.main === module) build();
