/**
 * `gated-pipeline report [--synth-dir cdktf.out] [--stack <name>] [--evidence] [--json]`: rebuilds the access matrix of
 * each synthesized stack from its gate manifests (caller × deployment → product, quota, issuer), or with `--evidence`
 * the evidence report (access, token verification, rotation, limits, audit trail, policy pack), and prints it as
 * Markdown by default. Reads files only: no cdktf, no constructs.
 */
import * as path from "path";
import { buildEvidence, renderEvidenceMarkdown } from "../audit/evidence-report";
import { buildAccessMatrix, renderAccessMatrixMarkdown } from "../pipeline/access-matrix";
import { gateManifests, readStackOutput, synthStacks } from "../review/synth-output";
import { CommandDefinition, InputError, optionalString } from "./command";

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

export const reportCommand: CommandDefinition = {
  name: "report",
  usage: USAGE,
  options: { "synth-dir": { type: "string" }, stack: { type: "string" }, evidence: { type: "boolean" }, json: { type: "boolean" } },
  async run(args, out) {
    const synthDir = optionalString(args, "synth-dir") ?? "cdktf.out";
    const only = optionalString(args, "stack");
    const all = synthStacks(synthDir, "run npm run synth first or pass --synth-dir");
    const stacks = all.filter((s) => only === undefined || s.name === only);
    if (only !== undefined && stacks.length === 0) {
      throw new InputError(`no stack ${JSON.stringify(only)} in ${path.join(synthDir, "manifest.json")} (stacks: ${all.map((s) => s.name).join(", ") || "none"})`);
    }
    const json = args.values.json === true;
    if (args.values.evidence === true) {
      const report = buildEvidence(stacks.map(readStackOutput));
      out.write(json ? `${JSON.stringify(report, null, 2)}\n` : renderEvidenceMarkdown(report));
      return 0;
    }
    // A stack without gates (e.g. an administrator's stack) has no access matrix, unless it is asked for by name.
    const reports = stacks.map((s) => ({ name: s.name, manifests: gateManifests(s.dir) })).filter((r) => only !== undefined || r.manifests.length > 0);
    if (json) {
      out.write(`${JSON.stringify(reports.map((r) => buildAccessMatrix(r.name, r.manifests)), null, 2)}\n`);
    } else {
      out.write(reports.map((r) => renderAccessMatrixMarkdown(buildAccessMatrix(r.name, r.manifests), r.manifests)).join("\n"));
    }
    return 0;
  },
};
