/**
 * Reads a synthesized output (`cdktf.out`) the way the CLI's review commands need it: the stacks its `manifest.json`
 * lists, and for each its `cdk.tf.json`, gate manifests, policy-pack report and proxy bundles. Files only: no cdktf,
 * no constructs.
 */
import * as fs from "fs";
import * as path from "path";
import type { StackOutput } from "../audit/evidence-report";
import type { CheckReport } from "../checks/model";
import { readBundle, SynthDirError } from "../checks/synth-dir";
import { resourcesOfType } from "../checks/terraform-model";
import type { GateManifest } from "../gate/manifest";
import { parseGateManifest } from "../simulate/parse-manifest";

/** A synthesized output that cannot be read; the message names the file. */
export class SynthOutputError extends Error {}

/** Where one stack of a synthesized output lives. */
export interface SynthStack {
  readonly name: string;
  /** The stack's output folder, `cdktf.out/stacks/<stack>`. */
  readonly dir: string;
  /** Its `cdk.tf.json`. */
  readonly configFile: string;
}

/** Files of `gated-pipeline/` that are not gate manifests. */
const NOT_MANIFESTS = new Set(["access-matrix.json", "checks.json"]);

/** The stacks of a synthesized output, sorted by name. */
export function synthStacks(synthDir: string): SynthStack[] {
  const manifestFile = path.join(synthDir, "manifest.json");
  let manifest: { stacks?: Record<string, { workingDirectory?: string; synthesizedStackPath?: string }> };
  try {
    manifest = JSON.parse(fs.readFileSync(manifestFile, "utf8"));
  } catch (e) {
    throw new SynthOutputError(`cannot read ${manifestFile} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}); run npm run synth first or pass --synth-dir`);
  }
  return Object.entries(manifest.stacks ?? {})
    .map(([name, s]) => ({
      name,
      dir: path.join(synthDir, s.workingDirectory ?? path.join("stacks", name)),
      configFile: path.join(synthDir, s.synthesizedStackPath ?? path.join("stacks", name, "cdk.tf.json")),
    }))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** The gate manifests a stack's synthesis wrote (`gated-pipeline/<pipeline>.json`), by file name. */
export function gateManifests(stackDir: string): GateManifest[] {
  const dir = path.join(stackDir, "gated-pipeline");
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".json") && !NOT_MANIFESTS.has(f))
    .sort()
    .map((f) => {
      const file = path.join(dir, f);
      const manifest = readJson(file, "the gate manifest") as GateManifest;
      try {
        parseGateManifest(manifest);
      } catch (e) {
        throw new SynthOutputError(`${file}: ${(e as Error).message}`);
      }
      return manifest;
    });
}

/** What one stack holds: its configuration, gate manifests, policy-pack report (if written) and proxy bundles. */
export function readStackOutput(stack: SynthStack): StackOutput {
  const config = readJson(stack.configFile, "the stack configuration");
  const checksFile = path.join(stack.dir, "gated-pipeline", "checks.json");
  const checks = fs.existsSync(checksFile) ? (readJson(checksFile, "the policy-pack report") as CheckReport) : undefined;
  const bundles = new Map<string, ReadonlyMap<string, string>>();
  for (const type of ["google_apigee_api", "google_apigee_sharedflow"]) {
    for (const api of resourcesOfType(config, type)) {
      const bundle = String(api.body.config_bundle ?? "");
      if (bundle === "" || bundles.has(bundle)) continue;
      try {
        const files = readBundle(path.join(stack.dir, bundle));
        if (files) bundles.set(bundle, files);
      } catch (e) {
        if (e instanceof SynthDirError) throw new SynthOutputError(e.message);
        throw e;
      }
    }
  }
  return { name: stack.name, config, manifests: gateManifests(stack.dir), checks, bundles };
}

/** Every stack of a synthesized output. */
export function readSynthOutput(synthDir: string): StackOutput[] {
  return synthStacks(synthDir).map(readStackOutput);
}

function readJson(file: string, what: string): unknown {
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch (e) {
    throw new SynthOutputError(`cannot read ${what} ${JSON.stringify(file)}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new SynthOutputError(`${what} ${JSON.stringify(file)} is not JSON: ${(e as Error).message}`);
  }
}
