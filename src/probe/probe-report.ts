/**
 * The probe's report: a table a person reads in a CI log (one line per request: outcome, expected, got, request), the
 * mismatches again with their descriptions, what was withheld or skipped and why; or JSON,
 * `{"compared", "mismatches", "results", ...}`. Neither ever holds a header value (the caller's token travels in one).
 */
import { answerText, expectedText } from "./compare";
import { ProbeReport, ProbeResult } from "./run-probe";

const OUTCOME_LABEL = { match: "match", mismatch: "MISMATCH", inconclusive: "inconclusive" } as const;

export function renderProbeJson(report: ProbeReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

export function renderProbeTable(report: ProbeReport): string {
  const lines: string[] = [
    `Probe of ${report.gate.url} (gate ${report.gate.pipeline}): ${report.compared} request(s) compared with the simulator, ${report.intervalMillis} ms apart`,
    "",
  ];
  const rows = report.results.map((r) => [OUTCOME_LABEL[r.outcome], expectedText(r.expected), answerText(r.got) + (r.outcome === "inconclusive" ? " (rate limited)" : ""), requestText(r)]);
  const header = ["RESULT", "EXPECTED", "GOT", "REQUEST"];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]))).join("  ");
  lines.push(line(header), ...rows.map(line));
  if (report.mismatches.length > 0) {
    lines.push("", "Mismatches (the live gate did not answer as the simulator decided):");
    for (const r of report.mismatches) {
      lines.push(`- ${requestText(r)}: ${r.request.description}`, `  expected ${expectedText(r.expected)} (${r.expected.reason}), got ${answerText(r.got)}${messageId(r)}`);
    }
  }
  if (report.withheld.length > 0) {
    lines.push("", "Withheld (the simulator would allow them, so they were not sent):");
    for (const w of report.withheld) lines.push(`- ${w.name}: ${w.description}`);
  }
  if (report.skipped.length > 0) {
    lines.push("", "Skipped (the simulator cannot decide them offline):");
    for (const s of report.skipped) lines.push(`- ${s.name}: ${s.reason}`);
  }
  if (report.notes.length > 0) {
    lines.push("", "Notes:");
    for (const n of report.notes) lines.push(`- ${n}`);
  }
  const count = (outcome: string) => report.results.filter((r) => r.outcome === outcome).length;
  lines.push(
    "",
    `${report.compared} compared: ${count("match")} match, ${count("mismatch")} mismatch(es), ${report.inconclusive} inconclusive (rate limited); ` +
      `${report.withheld.length} withheld, ${report.skipped.length} skipped.`,
  );
  return `${lines.join("\n")}\n`;
}

function requestText(r: ProbeResult): string {
  return `${r.request.name}: ${r.request.method} ${r.request.path.length > 100 ? `${r.request.path.slice(0, 97)}...` : r.request.path}`;
}

function messageId(r: ProbeResult): string {
  return "messageid" in r.got && r.got.messageid ? ` [messageid ${r.got.messageid}]` : "";
}
