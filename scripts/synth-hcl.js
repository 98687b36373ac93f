#!/usr/bin/env node
// `npm run synth:hcl`: HCL for reviewers, through the cdktf CLI (`App({hclOutput})` is broken in 0.21), then one
// repair: cdktf 0.21's HCL renderer writes extra `terraform {}` attributes as `0 = "required_version"` (it passes
// the attribute names instead of the attributes), which Terraform rejects. cdktf is archived, so it stays broken
// upstream; the stack's own constants say what the attributes are.
"use strict";
const { spawnSync } = require("child_process");
const fs = require("fs");
const path = require("path");
const { build, isStale } = require("./build");

process.env.CHECKPOINT_DISABLE = "1";
if (isStale()) build();
const ROOT = path.join(__dirname, "..");
const outdir = process.env.CDKTF_OUTDIR || path.join(ROOT, "cdktf.out");
const cli = path.join(path.dirname(require.resolve("cdktf-cli/package.json")), "bundle", "bin", "cdktf");
const res = spawnSync(process.execPath, [cli, "synth", "--hcl", "--output", outdir], { cwd: ROOT, stdio: "inherit", env: process.env });
if (res.status !== 0) process.exit(res.status ?? 1);

const { TERRAFORM_REQUIRED_VERSION } = require("../lib/src/internal/provider-versions.js");
const KNOWN = { required_version: TERRAFORM_REQUIRED_VERSION };
const manifest = JSON.parse(fs.readFileSync(path.join(outdir, "manifest.json"), "utf8"));
for (const stack of Object.values(manifest.stacks)) {
  const file = path.join(outdir, stack.synthesizedStackPath);
  const hcl = fs.readFileSync(file, "utf8").replace(/^(\s*)\d+ = "([A-Za-z_]+)"$/gm, (line, indent, key) => {
    if (!(key in KNOWN)) {
      process.stderr.write(`synth:hcl: ${file}: cannot repair terraform attribute ${key} (only ${Object.keys(KNOWN).join(", ")})\n`);
      process.exit(1);
    }
    return `${indent}${key} = ${JSON.stringify(KNOWN[key])}`;
  });
  fs.writeFileSync(file, hcl);
}
