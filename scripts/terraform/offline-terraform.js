// Runs the real `terraform` binary on synthesized stacks with no registry and no cloud: starts the offline provider
// process (provider-server.js), works on temporary copies of stack folders with a local backend override (never
// inside cdktf.out, whose backend must stay as synthesized), and stops everything it started.
// Used by `npm run validate:offline` and `npm run test:terraform`. One provider process serves one Terraform run at
// a time (a provider keeps the configuration of its last ConfigureProvider), so runs on one session are sequential.
"use strict";
const { spawn, spawnSync } = require("child_process");
const { worldFromSynthOutput } = require("./world");
const fs = require("fs");
const os = require("os");
const path = require("path");

const ROOT = path.join(__dirname, "..", "..");
const SCHEMAS = path.join(ROOT, "schemas", "terraform");
const SERVER = path.join(__dirname, "provider-server.js");
/** The Terraform release line these runs are pinned to (write-only attributes need ≥ 1.11). */
const PINNED = /^1\.11\.\d+$/;

/** The terraform binary: $TERRAFORM_BINARY, else `terraform` on PATH; null when there is none. */
function findTerraform() {
  if (process.env.TERRAFORM_BINARY) return process.env.TERRAFORM_BINARY;
  for (const dir of (process.env.PATH ?? "").split(path.delimiter)) {
    const candidate = path.join(dir, "terraform");
    try {
      fs.accessSync(candidate, fs.constants.X_OK);
      return candidate;
    } catch {
      // not here
    }
  }
  return null;
}

/** The binary's version, refused unless it is 1.11.x. */
function pinnedTerraformVersion(bin) {
  const res = spawnSync(bin, ["version", "-json"], { encoding: "utf8", env: { ...process.env, CHECKPOINT_DISABLE: "1" }, timeout: 30_000 });
  if (res.status !== 0) throw new Error(`${bin} version failed: ${res.stderr || res.error}`);
  const version = JSON.parse(res.stdout).terraform_version;
  if (!PINNED.test(version)) throw new Error(`terraform ${version} at ${bin}: these checks are pinned to Terraform 1.11.x`);
  return version;
}

/** Starts the provider process; resolves when its sockets listen. */
function startProviders({ schemasDir = SCHEMAS, maxSeconds = 900, timeoutMs = 30_000, worldFile } = {}) {
  const world = worldFile ? ["--world", worldFile] : [];
  const child = spawn(process.execPath, [SERVER, "--schemas", schemasDir, "--max-seconds", String(maxSeconds), ...world], { stdio: ["pipe", "pipe", "pipe"] });
  let stderr = "";
  child.stderr.on("data", (d) => (stderr += d));
  const exited = new Promise((resolve) => child.once("exit", resolve));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.stdin.end();
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 5_000);
      await exited;
      clearTimeout(timer);
    }
  };
  return new Promise((resolve, reject) => {
    let out = "";
    const timer = setTimeout(() => {
      stop().then(() => reject(new Error(`the offline provider did not start within ${timeoutMs} ms: ${stderr}`)));
    }, timeoutMs);
    child.stdout.on("data", (d) => {
      out += d;
      const nl = out.indexOf("\n");
      if (nl < 0) return;
      clearTimeout(timer);
      resolve({ reattach: out.slice(0, nl), pid: child.pid, stop, stderr: () => stderr });
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`the offline provider exited (${code}) before it started: ${stderr}`));
    });
  });
}

/**
 * A session: one provider process, one scratch folder, one empty CLI configuration. `close()` stops the process it
 * started and removes the scratch folder.
 */
class OfflineTerraform {
  static async start({ terraformBin = findTerraform(), schemasDir, maxSeconds } = {}) {
    if (!terraformBin) throw new Error("terraform not found: install Terraform 1.11.x on PATH or set TERRAFORM_BINARY");
    const version = pinnedTerraformVersion(terraformBin);
    const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "offline-terraform-"));
    try {
      const providers = await startProviders({ schemasDir, maxSeconds, worldFile: path.join(scratch, "world.json") });
      return new OfflineTerraform(terraformBin, version, providers, scratch);
    } catch (e) {
      fs.rmSync(scratch, { recursive: true, force: true });
      throw e;
    }
  }

  constructor(bin, version, providers, scratch) {
    this.bin = bin;
    this.version = version;
    this.providers = providers;
    this.scratch = scratch;
    this.cliConfig = path.join(this.scratch, "empty.tfrc");
    fs.writeFileSync(this.cliConfig, "");
    this.copies = 0;
  }

  /**
   * Makes the objects the stacks of a synthesized output define (world.js: e.g. the administrator's audit sink) what
   * data sources of the next plans read.
   */
  useWorldOf(outdir) {
    fs.writeFileSync(path.join(this.scratch, "world.json"), `${JSON.stringify(worldFromSynthOutput(outdir), null, 2)}\n`);
  }

  /**
   * Copies a synthesized stack folder (`cdktf.out/stacks/<stack>`) into the scratch folder and adds a
   * `backend_override.tf.json` with a local state there. Returns the copy's path.
   */
  copyStack(stackDir, name = path.basename(stackDir)) {
    const dir = path.join(this.scratch, `${String(++this.copies).padStart(2, "0")}-${name}`);
    fs.cpSync(stackDir, dir, { recursive: true, filter: (src) => path.basename(src) !== ".terraform" && !src.endsWith(".tfstate") });
    fs.writeFileSync(path.join(dir, "backend_override.tf.json"), `${JSON.stringify({ terraform: { backend: { local: { path: "terraform.tfstate" } } } }, null, 2)}\n`);
    return dir;
  }

  env() {
    const env = {};
    for (const [k, v] of Object.entries(process.env)) if (!k.startsWith("TF_") || k === "TF_LOG" || k === "TF_LOG_PATH") env[k] = v;
    return { ...env, TF_REATTACH_PROVIDERS: this.providers.reattach, TF_CLI_CONFIG_FILE: this.cliConfig, TF_IN_AUTOMATION: "1", TF_INPUT: "0", CHECKPOINT_DISABLE: "1" };
  }

  /** Runs terraform in `dir`; resolves with its exit code and output (never rejects on a non-zero exit). */
  run(dir, args, { timeoutMs = 180_000 } = {}) {
    const started = Date.now();
    return new Promise((resolve, reject) => {
      const child = spawn(this.bin, args, { cwd: dir, env: this.env(), stdio: ["ignore", "pipe", "pipe"] });
      let stdout = "";
      let stderr = "";
      child.stdout.on("data", (d) => (stdout += d));
      child.stderr.on("data", (d) => (stderr += d));
      const timer = setTimeout(() => {
        child.kill("SIGKILL");
        reject(new Error(`terraform ${args.join(" ")} in ${dir} ran longer than ${timeoutMs} ms`));
      }, timeoutMs);
      child.once("error", (e) => {
        clearTimeout(timer);
        reject(e);
      });
      child.once("close", (code) => {
        clearTimeout(timer);
        resolve({ code, stdout, stderr, ms: Date.now() - started });
      });
    });
  }

  /**
   * The providers a stack folder requires (`terraform.required_providers` of its `*.tf.json` files) that this session
   * does not serve: `terraform init` would try to download them.
   */
  unservedProviders(dir) {
    const served = new Set(Object.keys(JSON.parse(this.providers.reattach)));
    const missing = [];
    for (const file of fs.readdirSync(dir).filter((f) => f.endsWith(".tf.json")).sort()) {
      const required = JSON.parse(fs.readFileSync(path.join(dir, file), "utf8")).terraform?.required_providers ?? {};
      for (const [name, spec] of Object.entries(required)) {
        const address = registryAddress(typeof spec === "string" ? name : (spec.source ?? name));
        if (!served.has(address)) missing.push(`${name} (${address})`);
      }
    }
    return missing;
  }

  /** `terraform init`; throws with Terraform's output when it fails, or before it when a provider is not served. */
  async init(dir) {
    const missing = this.unservedProviders(dir);
    if (missing.length) {
      throw new Error(`${dir} requires providers the offline provider does not serve (no schema in schemas/terraform/): ${missing.join(", ")}`);
    }
    const r = await this.run(dir, ["init", "-input=false", "-no-color"]);
    if (r.code !== 0) throw new Error(`terraform init failed in ${dir}:\n${r.stdout}${r.stderr}`);
    return r;
  }

  /** `terraform validate -json`, parsed: `{ valid, error_count, warning_count, diagnostics }` plus `ms`. */
  async validate(dir) {
    const r = await this.run(dir, ["validate", "-json", "-no-color"]);
    return { ...JSON.parse(r.stdout), ms: r.ms };
  }

  /**
   * `terraform plan -detailed-exitcode -out=<planFile>` with JSON output: `code` (0 no changes, 1 error, 2 changes),
   * the change summary, and the error diagnostics.
   */
  async plan(dir, planFile = "tfplan") {
    const r = await this.run(dir, ["plan", "-input=false", "-no-color", "-json", "-detailed-exitcode", `-out=${planFile}`]);
    const lines = r.stdout.split("\n").filter((l) => l.startsWith("{")).map((l) => JSON.parse(l));
    const summary = lines.find((l) => l.type === "change_summary")?.changes ?? null;
    const errors = lines.filter((l) => l.type === "diagnostic" && l.diagnostic.severity === "error").map((l) => l.diagnostic);
    return { code: r.code, summary, errors, stderr: r.stderr, ms: r.ms };
  }

  /** `terraform show -json <planFile>`, parsed. */
  async show(dir, planFile = "tfplan") {
    const r = await this.run(dir, ["show", "-json", "-no-color", planFile]);
    if (r.code !== 0) throw new Error(`terraform show failed in ${dir}:\n${r.stderr}`);
    return JSON.parse(r.stdout);
  }

  /** `terraform apply` of a saved plan; throws with Terraform's output when it fails. */
  async apply(dir, planFile = "tfplan") {
    const r = await this.run(dir, ["apply", "-input=false", "-no-color", "-auto-approve", planFile]);
    if (r.code !== 0) throw new Error(`terraform apply failed in ${dir}:\n${r.stdout}${r.stderr}`);
    return r;
  }

  /** Stops the provider process this session started and removes the scratch folder. */
  async close() {
    await this.providers.stop();
    fs.rmSync(this.scratch, { recursive: true, force: true });
  }
}

/** A provider source (`google`, `hashicorp/google`, `registry.terraform.io/hashicorp/google`) as a registry address. */
function registryAddress(source) {
  const parts = source.toLowerCase().split("/");
  if (parts.length === 1) return `registry.terraform.io/hashicorp/${parts[0]}`;
  if (parts.length === 2) return `registry.terraform.io/${parts[0]}/${parts[1]}`;
  return parts.join("/");
}

/** The stack folders of a synthesis output (`<outdir>/stacks/<stack>` holding `cdk.tf.json`), sorted. */
function stackDirs(outdir) {
  const stacks = path.join(outdir, "stacks");
  if (!fs.existsSync(stacks)) return [];
  return fs
    .readdirSync(stacks)
    .sort()
    .map((n) => path.join(stacks, n))
    .filter((d) => fs.existsSync(path.join(d, "cdk.tf.json")));
}

module.exports = { OfflineTerraform, findTerraform, pinnedTerraformVersion, startProviders, stackDirs };
