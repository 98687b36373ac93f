/** Runs the policy pack over one synthesized stack and applies its suppressions. Pure. */
import { CheckInput, CheckReport, Finding, Rule } from "./model";
import { RULES } from "./rules";
import { suppressionProblem, suppressionsFor } from "./suppressions";

function compare(a: Finding, b: Finding): number {
  for (const key of ["rule", "resource", "message"] as const) {
    if (a[key] < b[key]) return -1;
    if (a[key] > b[key]) return 1;
  }
  return 0;
}

/** The report of `rules` (default: the whole pack) over `input`. */
export function runChecks(input: CheckInput, rules: readonly Rule[] = RULES): CheckReport {
  const findings: Finding[] = [];
  for (const rule of rules) {
    for (const result of rule.check(input)) {
      const base = { rule: rule.id, level: result.level ?? rule.level, resource: result.resource };
      if (result.pass) {
        findings.push({ ...base, result: "pass", message: result.message });
        continue;
      }
      const candidates = suppressionsFor(input.config, result.resource).filter((s) => s.id === rule.id);
      const accepted = candidates.find((s) => suppressionProblem(RULES, s) === undefined);
      if (accepted) {
        findings.push({ ...base, result: "suppressed", message: result.message, suppressionReason: accepted.reason.trim() });
      } else {
        const ignored = candidates.map((s) => suppressionProblem(RULES, s)).filter((p) => p !== undefined);
        const note = ignored.length > 0 ? ` (suppression ignored: ${ignored.join("; ")})` : "";
        findings.push({ ...base, result: "fail", message: `${result.message}${note}` });
      }
    }
  }
  return { version: 1, stack: input.stackName, findings: findings.sort(compare) };
}

/** Failures that block: errors neither passing nor suppressed. */
export function blockingFindings(report: CheckReport): Finding[] {
  return report.findings.filter((f) => f.result === "fail" && f.level === "error");
}
