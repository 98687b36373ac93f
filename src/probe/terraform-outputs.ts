/**
 * Apply-time values from `terraform output -json` (`{"<name>": {"value": ..., "type": ..., "sensitive": ...}}`): the
 * gate manifest's `outputs` field names the output that holds each `{"tfRef"}` expression, so the simulator gets
 * every value without `--set`. Sensitive outputs are never read (the gate exports none).
 */
import { GateManifest } from "../gate/manifest";

/** A file the probe cannot read as Terraform outputs; its message names the file and the entry. */
export class OutputsFileError extends Error {}

/** `set` entries (Terraform expression → value) for the tfRefs of `manifest` that `outputs` holds. */
export function setFromTerraformOutputs(manifest: GateManifest, outputs: unknown, source: string): Record<string, string> {
  if (typeof outputs !== "object" || outputs === null || Array.isArray(outputs)) {
    throw new OutputsFileError(`${source}: not the JSON of \`terraform output -json\` (an object of outputs)`);
  }
  const names = manifest.outputs ?? {};
  const set: Record<string, string> = {};
  for (const [name, expression] of Object.entries(names)) {
    if (!Object.hasOwn(outputs, name)) continue;
    const entry = (outputs as Record<string, unknown>)[name];
    if (typeof entry !== "object" || entry === null || !("value" in entry)) {
      throw new OutputsFileError(`${source}: output ${JSON.stringify(name)} has no "value" (expected the JSON of \`terraform output -json\`)`);
    }
    const { value, sensitive } = entry as { value: unknown; sensitive?: unknown };
    if (sensitive === true) continue;
    if (typeof value !== "string") throw new OutputsFileError(`${source}: output ${JSON.stringify(name)} is not a string`);
    set[expression] = value;
  }
  return set;
}
