/**
 * Reads a synthesized output (`cdktf.out`) the way the CLI's commands need it: the stacks its `manifest.json` lists,
 * and for each its `cdk.tf.json`, proxy bundles, gate manifests and policy-pack report. One reader for `check`,
 * `report` and `diff`. Files only: no cdktf, no constructs.
 */
import * as fs from "fs";
import * as path from "path";
import { strFromU8, unzipSync } from "fflate";
import type { StackOutput } from "../audit/evidence-report";
import type { BundleFiles, CheckReport } from "../checks/model";
import { resourcesOfType, TfBody } from "../checks/terraform-model";
import { InputFileError, readJsonFile } from "../core/input-files";
import type { GateManifest } from "../gate/manifest";
import { CHECK_REPORT_FILE, isGateManifestFile, OUTPUT_FOLDER } from "../gate/output-files";
import { parseGateManifest } from "../simulate/parse-manifest";

/** Where one stack of a synthesized output lives. */
export interface SynthStack {
  readonly name: string;
  /** The stack's output folder, `cdktf.out/stacks/<stack>`. */
  readonly dir: string;
  /** Its `cdk.tf.json`. */
  readonly configFile: string;
}

/** What the policy pack reads of a stack: its configuration and the files of the bundles it uploads. */
export interface StackConfig {
  readonly name: string;
  readonly config: TfBody;
  /** Bundle files by the `config_bundle` path that names the zip. */
  readonly bundles: ReadonlyMap<string, BundleFiles>;
}

/**
 * The stacks of a synthesized output, sorted by name. `hint` ends the message when `manifest.json` cannot be read.
 * @param hint what the user can do, e.g. "run npm run synth first or pass --synth-dir"
 */
export function synthStacks(synthDir: string, hint = "run npm run synth first"): SynthStack[] {
  const manifestFile = path.join(synthDir, "manifest.json");
  let manifest: { stacks?: Record<string, { workingDirectory?: string; synthesizedStackPath?: string }> };
  try {
    manifest = JSON.parse(fs.readFileSync(manifestFile, "utf8"));
  } catch (e) {
    throw new InputFileError(`cannot read ${manifestFile} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}); ${hint}`);
  }
  if (typeof manifest?.stacks !== "object" || manifest.stacks === null) throw new InputFileError(`${manifestFile} lists no stacks`);
  return Object.entries(manifest.stacks)
    .map(([name, s]) => ({
      name,
      dir: path.join(synthDir, s.workingDirectory ?? path.join("stacks", name)),
      configFile: path.join(synthDir, s.synthesizedStackPath ?? path.join("stacks", name, "cdk.tf.json")),
    }))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** The gate manifests a stack's synthesis wrote (`gated-pipeline/<pipeline>.json`), by file name. */
export function gateManifests(stackDir: string): GateManifest[] {
  const dir = path.join(stackDir, OUTPUT_FOLDER);
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => isGateManifestFile(`${OUTPUT_FOLDER}/${f}`))
    .sort()
    .map((f) => {
      const file = path.join(dir, f);
      const manifest = readJsonFile(file, "the gate manifest") as GateManifest;
      try {
        parseGateManifest(manifest);
      } catch (e) {
        throw new InputFileError(`${file}: ${(e as Error).message}`);
      }
      return manifest;
    });
}

/** The files of a bundle zip (directories left out), or undefined if there is no such file. */
export function readBundle(file: string): BundleFiles | undefined {
  if (!fs.existsSync(file)) return undefined;
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(fs.readFileSync(file));
  } catch (e) {
    throw new InputFileError(`cannot read bundle ${file}: ${(e as Error).message}`);
  }
  return new Map(Object.entries(entries).filter(([p]) => !p.endsWith("/")).map(([p, bytes]) => [p, strFromU8(bytes)]));
}

/** A stack's configuration and the bundles its proxies and shared flows upload (a missing zip is left out). */
export function readStackConfig(stack: SynthStack): StackConfig {
  const config = readJsonFile(stack.configFile, "the stack configuration") as TfBody;
  const bundles = new Map<string, BundleFiles>();
  for (const type of ["google_apigee_api", "google_apigee_sharedflow"]) {
    for (const api of resourcesOfType(config, type)) {
      const bundle = api.body.config_bundle;
      if (typeof bundle !== "string" || bundle === "" || bundles.has(bundle)) continue;
      const files = readBundle(path.join(stack.dir, bundle));
      if (files) bundles.set(bundle, files);
    }
  }
  return { name: stack.name, config, bundles };
}

/** What one stack holds: its configuration and bundles, gate manifests and policy-pack report (if written). */
export function readStackOutput(stack: SynthStack): StackOutput {
  const checksFile = path.join(stack.dir, CHECK_REPORT_FILE);
  const checks = fs.existsSync(checksFile) ? (readJsonFile(checksFile, "the policy-pack report") as CheckReport) : undefined;
  return { ...readStackConfig(stack), manifests: gateManifests(stack.dir), checks };
}

/** Every stack of a synthesized output. */
export function readSynthOutput(synthDir: string, hint?: string): StackOutput[] {
  return synthStacks(synthDir, hint).map(readStackOutput);
}
