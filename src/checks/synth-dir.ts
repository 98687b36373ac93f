/**
 * The policy pack over an already synthesized output (what `gated-pipeline check` runs, so CI checks exactly what it
 * will deploy): reads `manifest.json`, each stack's `cdk.tf.json` and the bundle zips its `config_bundle` paths name.
 * Never imports cdktf or constructs.
 */
import { existsSync, readFileSync } from "fs";
import { join } from "path";
import { strFromU8, unzipSync } from "fflate";
import { BundleFiles, CheckReport } from "./model";
import { runChecks } from "./runner";
import { resources } from "./terraform-model";

/** A synthesized output that cannot be read: its message names the file. */
export class SynthDirError extends Error {}

function readJson(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (e) {
    throw new SynthDirError(`cannot read ${file}: ${(e as Error).message}`);
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new SynthDirError(`${file} is not JSON: ${(e as Error).message}`);
  }
}

/** The files of a bundle zip (directories left out), or undefined if there is no such file. */
export function readBundle(file: string): BundleFiles | undefined {
  if (!existsSync(file)) return undefined;
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(readFileSync(file));
  } catch (e) {
    throw new SynthDirError(`cannot read bundle ${file}: ${(e as Error).message}`);
  }
  return new Map(Object.entries(entries).filter(([p]) => !p.endsWith("/")).map(([p, bytes]) => [p, strFromU8(bytes)]));
}

/** Reads every stack of a synthesized output and runs the pack over it. */
export function checkSynthDir(synthDir: string): CheckReport[] {
  const manifest = readJson(join(synthDir, "manifest.json")) as { stacks?: Record<string, { name?: string; workingDirectory?: string; synthesizedStackPath?: string }> };
  if (!manifest || typeof manifest.stacks !== "object") throw new SynthDirError(`${join(synthDir, "manifest.json")} lists no stacks`);
  return Object.keys(manifest.stacks)
    .sort()
    .map((key) => {
      const entry = manifest.stacks![key];
      const stackDir = join(synthDir, entry.workingDirectory ?? join("stacks", key));
      const config = readJson(join(synthDir, entry.synthesizedStackPath ?? join("stacks", key, "cdk.tf.json")));
      const bundles = new Map<string, BundleFiles>();
      for (const block of resources(config)) {
        const path = block.body.config_bundle;
        if ((block.type === "google_apigee_api" || block.type === "google_apigee_sharedflow") && typeof path === "string" && !bundles.has(path)) {
          const files = readBundle(join(stackDir, path));
          if (files) bundles.set(path, files);
        }
      }
      return runChecks({ stackName: entry.name ?? key, config, bundles });
    });
}

