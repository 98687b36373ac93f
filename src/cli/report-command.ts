/**
 * `gated-pipeline report [--synth-dir cdktf.out] [--stack <name>] [--evidence] [--json]`: rebuilds the access matrix of
 * each synthesized stack from its gate manifests (caller × deployment → product, quota, issuer), or with `--evidence`
 * the evidence report (access, token verification, rotation, limits, audit trail, policy pack), and prints it as
 * Markdown by default. Reads files only: no cdktf, no constructs.
 */
import * as fs from "fs";
import * as path from "path";
import { buildEvidence, renderEvidenceMarkdown, StackOutput } from "../audit/evidence-report";
import type { CheckReport } from "../checks/model";
import { readBundle, SynthDirError } from "../checks/synth-dir";
import { resourcesOfType } from "../checks/terraform-model";
import type { GateManifest } from "../gate/manifest";
import { buildAccessMatrix, renderAccessMatrixMarkdown } from "../pipeline/access-matrix";
import { parseGateManifest } from "../simulate/parse-manifest";
import { CommandDefinition, InputError, optionalString, readJsonFile } from "./command";

const USAGE = `usage: gated-pipeline report [--synth-dir <dir>] [--stack <name>] [--evidence] [--json]

  --synth-dir  the synthesized output (default: cdktf.out)
  --stack      only this stack (default: every stack in the output's manifest.json)
  --evidence   the evidence report: per gate, who can trigger what, how tokens are verified, key rotation,
               quotas and spike arrests, where the audit trail goes and how long it is kept (and who could
               divert it), and the policy pack's results with the reasons of its suppressions
  --json       print JSON instead of Markdown

Without --evidence, prints who may trigger which deployment, through which product and quota, for each stack
that defines gates.
`;

/** Files of `gated-pipeline/` that are not gate manifests. */
const NOT_MANIFESTS = new Set(["access-matrix.json", "checks.json"]);

interface StackEntry {
  readonly name: string;
  readonly dir: string;
  readonly configFile: string;
}

export const reportCommand: CommandDefinition = {
  name: "report",
  usage: USAGE,
  options: { "synth-dir": { type: "string" }, stack: { type: "string" }, evidence: { type: "boolean" }, json: { type: "boolean" } },
  async run(args, out) {
    const synthDir = optionalString(args, "synth-dir") ?? "cdktf.out";
    const only = optionalString(args, "stack");
    const stacks = stacksOf(synthDir).filter((s) => only === undefined || s.name === only);
    if (only !== undefined && stacks.length === 0) throw new InputError(`no stack ${JSON.stringify(only)} in ${path.join(synthDir, "manifest.json")}`);
    const json = args.values.json === true;
    if (args.values.evidence === true) {
      const report = buildEvidence(stacks.map(stackOutput));
      out.write(json ? `${JSON.stringify(report, null, 2)}\n` : renderEvidenceMarkdown(report));
      return 0;
    }
    // A stack without gates (e.g. an administrator's stack) has no access matrix, unless it is asked for by name.
    const reports = stacks.map((s) => ({ name: s.name, manifests: manifestsOf(s.dir) })).filter((r) => only !== undefined || r.manifests.length > 0);
    if (json) {
      out.write(`${JSON.stringify(reports.map((r) => buildAccessMatrix(r.name, r.manifests)), null, 2)}\n`);
    } else {
      out.write(reports.map((r) => renderAccessMatrixMarkdown(buildAccessMatrix(r.name, r.manifests), r.manifests)).join("\n"));
    }
    return 0;
  },
};

function stacksOf(synthDir: string): StackEntry[] {
  const manifestFile = path.join(synthDir, "manifest.json");
  let manifest: { stacks?: Record<string, { workingDirectory?: string; synthesizedStackPath?: string }> };
  try {
    manifest = JSON.parse(fs.readFileSync(manifestFile, "utf8"));
  } catch (e) {
    throw new InputError(`cannot read ${manifestFile} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}); run npm run synth first or pass --synth-dir`);
  }
  return Object.entries(manifest.stacks ?? {})
    .map(([name, s]) => ({
      name,
      dir: path.join(synthDir, s.workingDirectory ?? path.join("stacks", name)),
      configFile: path.join(synthDir, s.synthesizedStackPath ?? path.join("stacks", name, "cdk.tf.json")),
    }))
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

/** What the evidence report reads of one stack: its configuration, gate manifests, policy-pack report and bundles. */
function stackOutput(stack: StackEntry): StackOutput {
  const config = readJsonFile(stack.configFile, "the stack configuration");
  const checksFile = path.join(stack.dir, "gated-pipeline", "checks.json");
  const checks = fs.existsSync(checksFile) ? (readJsonFile(checksFile, "the policy-pack report") as CheckReport) : undefined;
  const bundles = new Map<string, ReadonlyMap<string, string>>();
  for (const api of resourcesOfType(config, "google_apigee_api")) {
    const bundle = String(api.body.config_bundle ?? "");
    if (bundle === "" || bundles.has(bundle)) continue;
    try {
      const files = readBundle(path.join(stack.dir, bundle));
      if (files) bundles.set(bundle, files);
    } catch (e) {
      if (e instanceof SynthDirError) throw new InputError(e.message);
      throw e;
    }
  }
  return { name: stack.name, config, manifests: manifestsOf(stack.dir), checks, bundles };
}
