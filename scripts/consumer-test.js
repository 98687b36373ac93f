#!/usr/bin/env node
// The consumer-project test (`npm run test:consumer`): installs the packed library into a new project laid out as
// `cdktf init --template=typescript` makes it (its package.json scripts, its tsconfig.json with "module": "CommonJS",
// its cdktf.json), with a plain `npm install` of the tarball and its peers, then checks what a new user would hit:
// `npm ls` is clean, `tsc --noEmit` passes (subpath imports under classic resolution included), the README Quickstart
// and the Okta and Entra examples synthesize, and the lowest supported constructs still satisfies every peer.
// It needs the npm registry and takes about a minute, so it is its own step in .ci/run, not part of `npm test`.
"use strict";
const { execFileSync } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");

const ROOT = path.join(__dirname, "..");
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8"));

// What the consumer project installs, pinned. constructs is the newest 10.x (what `cdktf init` installs today);
// the peers are the versions this repository builds and tests with; typescript stays on 5.9 (7.x breaks ts-node).
const CONSTRUCTS_LATEST = "10.8.1";
const CONSTRUCTS_LOWEST = pkg.peerDependencies.constructs.replace(/^\^/, "");
const PEERS = Object.keys(pkg.peerDependencies)
  .filter((name) => name !== "constructs")
  .map((name) => `${name}@${pkg.devDependencies[name]}`);
const DEV = ["typescript@5.9.3", "ts-node@10.9.2", `@types/node@${pkg.devDependencies["@types/node"]}`];

const started = Date.now();
const work = fs.mkdtempSync(path.join(os.tmpdir(), "gp-consumer-"));
const project = path.join(work, "orders-gate");

function step(title, fn) {
  const t = Date.now();
  process.stdout.write(`consumer test: ${title} ... `);
  const result = fn();
  process.stdout.write(`ok (${((Date.now() - t) / 1000).toFixed(1)} s)\n`);
  return result;
}

function run(cmd, args, cwd = project, env = {}) {
  try {
    return execFileSync(cmd, args, {
      cwd,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...process.env, CHECKPOINT_DISABLE: "1", npm_config_audit: "false", npm_config_fund: "false", npm_config_update_notifier: "false", ...env },
    });
  } catch (e) {
    throw new Error(`${cmd} ${args.join(" ")} failed in ${cwd} (exit ${e.status}):\n${e.stdout ?? ""}${e.stderr ?? ""}`);
  }
}

/** The first ```ts block after the README heading `## Quickstart`. */
function readmeQuickstart() {
  const readme = fs.readFileSync(path.join(ROOT, "README.md"), "utf8");
  const section = readme.slice(readme.indexOf("\n## Quickstart"));
  const match = /```ts\n([\s\S]*?)```/.exec(section);
  if (!match) throw new Error("README.md has no ```ts block under ## Quickstart");
  return match[1];
}

function expectStack(stack, bundle) {
  const dir = path.join(project, "cdktf.out", "stacks", stack);
  const config = JSON.parse(fs.readFileSync(path.join(dir, "cdk.tf.json"), "utf8"));
  if (!config.resource?.google_apigee_api) throw new Error(`${stack}: cdk.tf.json defines no google_apigee_api`);
  if (!fs.existsSync(path.join(dir, "bundles", bundle))) throw new Error(`${stack}: bundle ${bundle} was not written`);
  if (!fs.existsSync(path.join(dir, "gated-pipeline", "access-matrix.md"))) throw new Error(`${stack}: no access matrix`);
}

try {
  const tarball = step("npm pack", () => {
    const out = JSON.parse(run("npm", ["pack", "--json", "--pack-destination", work], ROOT));
    return path.join(work, out[0].filename);
  });

  step("lay out the project as `cdktf init --template=typescript` does", () => {
    const template = path.join(ROOT, "node_modules", "cdktf-cli", "bundle", "templates", "typescript");
    fs.mkdirSync(project);
    const manifest = JSON.parse(fs.readFileSync(path.join(template, "package.json"), "utf8"));
    manifest.name = "orders-gate";
    fs.writeFileSync(path.join(project, "package.json"), `${JSON.stringify(manifest, null, 2)}\n`);
    fs.copyFileSync(path.join(template, "tsconfig.json"), path.join(project, "tsconfig.json"));
    const cdktf = fs
      .readFileSync(path.join(template, "cdktf.json"), "utf8")
      .replace("{{projectId}}", "00000000-0000-4000-8000-000000000000")
      .replace("{{sendCrashReports}}", "false")
      .replace("{{futureFlags}}", "");
    fs.writeFileSync(path.join(project, "cdktf.json"), cdktf);
    fs.writeFileSync(path.join(project, "main.ts"), readmeQuickstart());
    fs.mkdirSync(path.join(project, "flows"));
    fs.copyFileSync(path.join(ROOT, "flows", "prefect.yaml"), path.join(project, "flows", "prefect.yaml"));
    fs.copyFileSync(path.join(ROOT, "examples", "okta", "main.ts"), path.join(project, "okta.ts"));
    fs.copyFileSync(path.join(ROOT, "examples", "entra-id", "main.ts"), path.join(project, "entra.ts"));
  });

  step(`npm install the tarball, constructs@${CONSTRUCTS_LATEST} and the peers (no --legacy-peer-deps)`, () => {
    run("npm", ["install", tarball, `constructs@${CONSTRUCTS_LATEST}`, ...PEERS]);
    run("npm", ["install", "-D", ...DEV]);
  });

  step("npm ls is clean", () => run("npm", ["ls"]));

  step("tsc --noEmit under the template's tsconfig (module CommonJS, subpath imports)", () => run("npx", ["tsc", "--noEmit"]));

  step("the README Quickstart synthesizes, with the one warning the README explains (GP023)", () => {
    run("npx", ["ts-node", "--transpile-only", "main.ts"]);
    expectStack("orders-gate-prod", "orders-gate.zip");
    const manifest = JSON.parse(fs.readFileSync(path.join(project, "cdktf.out", "manifest.json"), "utf8"));
    const warnings = (manifest.stacks["orders-gate-prod"].annotations ?? []).map((a) => a.message);
    if (warnings.length !== 1 || !warnings[0].startsWith("[GP023]")) throw new Error(`the Quickstart's warnings are not the one the README explains:\n${warnings.join("\n")}`);
  });

  step("the Okta and Entra examples synthesize through cdktf-gated-pipeline/okta and /entra", () => {
    run("npx", ["ts-node", "--transpile-only", "okta.ts"]);
    run("npx", ["ts-node", "--transpile-only", "entra.ts"]);
    expectStack("orders-gate-okta", "orders-gate.zip");
    expectStack("orders-gate-entra", "orders-gate.zip");
  });

  step(`the lowest supported constructs (${CONSTRUCTS_LOWEST}) satisfies every peer`, () => {
    run("npm", ["install", `constructs@${CONSTRUCTS_LOWEST}`]);
    run("npm", ["ls"]);
    run("npx", ["ts-node", "--transpile-only", "main.ts"]);
    expectStack("orders-gate-prod", "orders-gate.zip");
  });

  step("`npx gated-pipeline init` scaffolds a project whose own `npm test` passes (tsc, cdktf synth, check)", () => {
    const scaffold = path.join(work, "new-gate");
    run("npx", ["gated-pipeline", "init", scaffold]);
    // The scaffold depends on the published package; here the tarball stands in for it.
    run("npm", ["install", tarball], scaffold);
    run("npm", ["install"], scaffold);
    run("npm", ["ls"], scaffold);
    const t = Date.now();
    run("npx", ["cdktf", "synth"], scaffold);
    process.stdout.write(`(cdktf synth ${((Date.now() - t) / 1000).toFixed(1)} s) `);
    run("npm", ["test"], scaffold);
  });

  process.stdout.write(`consumer test: passed in ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
} catch (e) {
  process.stdout.write("FAILED\n");
  process.stderr.write(`${e.message}\n`);
  process.exitCode = 1;
} finally {
  if (!process.env.KEEP_CONSUMER_PROJECT) fs.rmSync(work, { recursive: true, force: true });
  else process.stdout.write(`consumer test: project kept in ${project}\n`);
}
