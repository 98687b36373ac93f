/**
 * `gated-pipeline check [--synth-dir cdktf.out] [--json]`: runs the policy pack over an already synthesized output, so
 * CI checks exactly what it will deploy. Exit 0: no blocking failure; 1: at least one error-level failure; 2: bad usage
 * or unreadable files.
 */
import { CheckReport, findingCounts } from "../checks/model";
import { blockingFindings, runChecks } from "../checks/runner";
import { readStackConfig, synthStacks } from "../review/synth-output";
import { CommandDefinition, optionalString } from "./command";

const USAGE = `usage: gated-pipeline check [--synth-dir <dir>] [--json]

Runs the policy pack over a synthesized cdktf output (default: cdktf.out).
  --synth-dir <dir>  the folder cdktf synthesized into (holds manifest.json)
  --json             print the reports (one per stack, as in checks.json) instead of a table
Exit status: 0 no blocking failure, 1 error-level failures, 2 bad usage or unreadable files.
`;

export const checkCommand: CommandDefinition = {
  name: "check",
  usage: USAGE,
  options: { "synth-dir": { type: "string" }, json: { type: "boolean" } },
  async run(args, out) {
    const stacks = synthStacks(optionalString(args, "synth-dir") ?? "cdktf.out", "run npm run synth first or pass --synth-dir");
    const reports: CheckReport[] = stacks.map(readStackConfig).map((s) => runChecks({ stackName: s.name, config: s.config, bundles: s.bundles }));
    out.write(args.values.json === true ? `${JSON.stringify(reports, null, 2)}\n` : table(reports));
    return reports.some((r) => blockingFindings(r).length > 0) ? 1 : 0;
  },
};

function table(reports: readonly CheckReport[]): string {
  const lines: string[] = [];
  for (const report of reports) {
    const n = findingCounts(report);
    lines.push(`stack ${report.stack}: ${n.errors} error(s), ${n.warnings} warning(s), ${n.suppressed} suppressed, ${n.passed} passed`);
    for (const f of report.findings.filter((x) => x.result !== "pass")) {
      const status = f.result === "suppressed" ? "SUPPRESSED" : f.level === "error" ? "ERROR" : "WARNING";
      const detail = f.result === "suppressed" ? `${f.message} [reason: ${f.suppressionReason}]` : f.message;
      lines.push(`  ${status.padEnd(10)} ${f.rule}  ${f.resource}\n             ${detail}`);
    }
  }
  return `${lines.join("\n")}\n`;
}
