/**
 * `gated-pipeline report [--synth-dir cdktf.out] [--stack <name>] [--json]`: rebuilds the access matrix of each
 * synthesized stack from its gate manifests (caller × deployment → product, quota, issuer) and prints it, as
 * Markdown by default. Reads files only: no cdktf, no constructs.
 */
import * as fs from "fs";
import * as path from "path";
import type { GateManifest } from "../gate/manifest";
import { buildAccessMatrix, renderAccessMatrixMarkdown } from "../pipeline/access-matrix";
import { parseGateManifest } from "../simulate/parse-manifest";
import { CommandDefinition, InputError, optionalString, readJsonFile } from "./command";

const USAGE = `usage: gated-pipeline report [--synth-dir <dir>] [--stack <name>] [--json]

  --synth-dir  the synthesized output (default: cdktf.out)
  --stack      only this stack (default: every stack in the output's manifest.json)
  --json       print the access matrices as JSON instead of Markdown

Prints who may trigger which deployment, through which product and quota, for each stack.
`;

/** Files of `gated-pipeline/` that are not gate manifests. */
const NOT_MANIFESTS = new Set(["access-matrix.json", "checks.json"]);

export const reportCommand: CommandDefinition = {
  name: "report",
  usage: USAGE,
  options: { "synth-dir": { type: "string" }, stack: { type: "string" }, json: { type: "boolean" } },
  async run(args, out) {
    const synthDir = optionalString(args, "synth-dir") ?? "cdktf.out";
    const only = optionalString(args, "stack");
    const stacks = stacksOf(synthDir).filter((s) => only === undefined || s.name === only);
    if (only !== undefined && stacks.length === 0) throw new InputError(`no stack ${JSON.stringify(only)} in ${path.join(synthDir, "manifest.json")}`);
    const reports = stacks.map((s) => ({ name: s.name, manifests: manifestsOf(s.dir) }));
    if (args.values.json === true) {
      out.write(`${JSON.stringify(reports.map((r) => buildAccessMatrix(r.name, r.manifests)), null, 2)}\n`);
    } else {
      out.write(reports.map((r) => renderAccessMatrixMarkdown(buildAccessMatrix(r.name, r.manifests), r.manifests)).join("\n"));
    }
    return 0;
  },
};

function stacksOf(synthDir: string): { name: string; dir: string }[] {
  const manifestFile = path.join(synthDir, "manifest.json");
  let manifest: { stacks?: Record<string, { workingDirectory?: string }> };
  try {
    manifest = JSON.parse(fs.readFileSync(manifestFile, "utf8"));
  } catch (e) {
    throw new InputError(`cannot read ${manifestFile} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}); run npm run synth first or pass --synth-dir`);
  }
  return Object.entries(manifest.stacks ?? {})
    .map(([name, s]) => ({ name, dir: path.join(synthDir, s.workingDirectory ?? path.join("stacks", name)) }))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

function manifestsOf(stackDir: string): GateManifest[] {
  const dir = path.join(stackDir, "gated-pipeline");
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".json") && !NOT_MANIFESTS.has(f))
    .sort()
    .map((f) => {
      const file = path.join(dir, f);
      const manifest = readJsonFile(file, "the gate manifest") as GateManifest;
      try {
        parseGateManifest(manifest);
      } catch (e) {
        throw new InputError(`${file}: ${(e as Error).message}`);
      }
      return manifest;
    });
}
