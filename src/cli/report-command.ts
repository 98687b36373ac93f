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

export const REPORT_USAGE = `usage: gated-pipeline report [--synth-dir <dir>] [--stack <name>] [--json]

  --synth-dir  the synthesized output (default: cdktf.out)
  --stack      only this stack (default: every stack in the output's manifest.json)
  --json       print the access matrices as JSON instead of Markdown

Prints who may trigger which deployment, through which product and quota, for each stack.
`;

/** Files of `gated-pipeline/` that are not gate manifests. */
const NOT_MANIFESTS = new Set(["access-matrix.json", "checks.json"]);

export async function reportCommand(argv: readonly string[], out: NodeJS.WritableStream, err: NodeJS.WritableStream): Promise<number> {
  if (argv.includes("--help") || argv.includes("-h")) {
    out.write(REPORT_USAGE);
    return 0;
  }
  let synthDir = "cdktf.out";
  let only: string | undefined;
  let json = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--json") json = true;
    else if ((arg === "--synth-dir" || arg === "--stack") && argv[i + 1] !== undefined && !argv[i + 1].startsWith("--")) {
      if (arg === "--synth-dir") synthDir = argv[++i];
      else only = argv[++i];
    } else {
      err.write(`gated-pipeline report: ${arg.startsWith("--") ? `unknown or incomplete option ${JSON.stringify(arg)}` : `unexpected argument ${JSON.stringify(arg)}`}\n\n${REPORT_USAGE}`);
      return 2;
    }
  }
  try {
    const stacks = stacksOf(synthDir).filter((s) => only === undefined || s.name === only);
    if (only !== undefined && stacks.length === 0) throw new Error(`no stack ${JSON.stringify(only)} in ${path.join(synthDir, "manifest.json")}`);
    const reports = stacks.map((s) => ({ name: s.name, manifests: manifestsOf(s.dir) }));
    if (json) {
      out.write(`${JSON.stringify(reports.map((r) => buildAccessMatrix(r.name, r.manifests)), null, 2)}\n`);
    } else {
      out.write(reports.map((r) => renderAccessMatrixMarkdown(buildAccessMatrix(r.name, r.manifests), r.manifests)).join("\n"));
    }
    return 0;
  } catch (e) {
    err.write(`gated-pipeline report: ${(e as Error).message}\n`);
    return 2;
  }
}

function stacksOf(synthDir: string): { name: string; dir: string }[] {
  const manifestFile = path.join(synthDir, "manifest.json");
  let manifest: { stacks?: Record<string, { workingDirectory?: string }> };
  try {
    manifest = JSON.parse(fs.readFileSync(manifestFile, "utf8"));
  } catch (e) {
    throw new Error(`cannot read ${manifestFile} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}); run npm run synth first or pass --synth-dir`);
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
      const manifest = JSON.parse(fs.readFileSync(file, "utf8")) as GateManifest;
      try {
        parseGateManifest(manifest);
      } catch (e) {
        throw new Error(`${file}: ${(e as Error).message}`);
      }
      return manifest;
    });
}
