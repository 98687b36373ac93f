/**
 * The `--set` (and `--set-file`) names of the commands that simulate a gate: each must name a value the manifest has
 * (a typo would otherwise be silently ignored). Loaded by those commands only: it pulls in the simulator.
 */
import type { GateManifest } from "../gate/manifest";
import { knownSetNames, unknownSetNames } from "../simulate/set-names";
import { UsageError } from "./command";

/** Refuses `--<option>` names the manifest has no value for, listing the names it has. */
export function refuseUnknownSetNames(option: string, manifest: GateManifest, pairs: Readonly<Record<string, string>>, manifestFile: string): void {
  const unknown = unknownSetNames(manifest, pairs);
  if (unknown.length > 0) {
    throw new UsageError(`--${option} ${unknown.map((n) => JSON.stringify(n)).join(", ")}: no such value in ${manifestFile} (known: ${knownSetNames(manifest).join(", ")})`);
  }
}
