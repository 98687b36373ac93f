/**
 * `gated-pipeline check [--synth-dir cdktf.out] [--json]`: runs the policy pack over an already synthesized output,
 * so CI checks exactly what it will deploy. Reads `manifest.json`, each stack's `cdk.tf.json` and the bundle zips its
 * `config_bundle` paths name. Exit 0: no blocking failure; 1: at least one error-level failure; 2: bad usage or
 * unreadable files. Never imports cdktf or constructs.
 */
import { existsSync, readFileSync } from "fs";
import { join } from "path";
import { strFromU8, unzipSync } from "fflate";
import { BundleFiles, CheckReport } from "./model";
import { blockingFindings, runChecks } from "./runner";
import { resources } from "./terraform-model";

export const CHECK_USAGE = `usage: gated-pipeline check [--synth-dir <dir>] [--json]

Runs the policy pack over a synthesized cdktf output (default: cdktf.out).
  --synth-dir <dir>  the folder cdktf synthesized into (holds manifest.json)
  --json             print the reports (one per stack, as in checks.json) instead of a table
Exit status: 0 no blocking failure, 1 error-level failures, 2 bad usage or unreadable files.
`;

/** Bad usage (the usage text follows the message) or an unreadable file (it does not). */
class UsageError extends Error {
  public constructor(message: string, public readonly showUsage = true) {
    super(message);
  }
}

interface Options {
  readonly synthDir: string;
  readonly json: boolean;
  readonly help: boolean;
}

function parse(args: readonly string[]): Options {
  let synthDir = "cdktf.out";
  let json = false;
  let help = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === "--json") json = true;
    else if (arg === "--help" || arg === "-h") help = true;
    else if (arg === "--synth-dir") {
      const value = args[++i];
      if (value === undefined || value.startsWith("--")) throw new UsageError("--synth-dir needs a folder");
      synthDir = value;
    } else if (arg.startsWith("--synth-dir=")) synthDir = arg.slice("--synth-dir=".length);
    else throw new UsageError(`unknown argument ${JSON.stringify(arg)}`);
  }
  return { synthDir, json, help };
}

function readJson(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (e) {
    throw new UsageError(`cannot read ${file}: ${(e as Error).message}`, false);
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new UsageError(`${file} is not JSON: ${(e as Error).message}`, false);
  }
}

function readBundle(file: string): BundleFiles | undefined {
  if (!existsSync(file)) return undefined;
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(readFileSync(file));
  } catch (e) {
    throw new UsageError(`cannot read bundle ${file}: ${(e as Error).message}`, false);
  }
  return new Map(Object.entries(entries).filter(([p]) => !p.endsWith("/")).map(([p, bytes]) => [p, strFromU8(bytes)]));
}

/** Reads every stack of a synthesized output and runs the pack over it. */
export function checkSynthDir(synthDir: string): CheckReport[] {
  const manifest = readJson(join(synthDir, "manifest.json")) as { stacks?: Record<string, { name?: string; workingDirectory?: string; synthesizedStackPath?: string }> };
  if (!manifest || typeof manifest.stacks !== "object") throw new UsageError(`${join(synthDir, "manifest.json")} lists no stacks`, false);
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

function table(reports: readonly CheckReport[]): string {
  const lines: string[] = [];
  for (const report of reports) {
    const count = (result: string, level?: string) =>
      report.findings.filter((f) => f.result === result && (level === undefined || f.level === level)).length;
    lines.push(
      `stack ${report.stack}: ${count("fail", "error")} error(s), ${count("fail", "warning")} warning(s), ` +
        `${count("suppressed")} suppressed, ${count("pass")} passed`,
    );
    for (const f of report.findings.filter((x) => x.result !== "pass")) {
      const status = f.result === "suppressed" ? "SUPPRESSED" : f.level === "error" ? "ERROR" : "WARNING";
      const detail = f.result === "suppressed" ? `${f.message} [reason: ${f.suppressionReason}]` : f.message;
      lines.push(`  ${status.padEnd(10)} ${f.rule}  ${f.resource}\n             ${detail}`);
    }
  }
  return `${lines.join("\n")}\n`;
}

/** The `check` command; returns the exit status. */
export function checkCommand(args: readonly string[], out: NodeJS.WritableStream, err: NodeJS.WritableStream): number {
  let reports: CheckReport[];
  try {
    const options = parse(args);
    if (options.help) {
      out.write(CHECK_USAGE);
      return 0;
    }
    reports = checkSynthDir(options.synthDir);
    out.write(options.json ? `${JSON.stringify(reports, null, 2)}\n` : table(reports));
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    err.write(`gated-pipeline check: ${e.message}\n`);
    if (e.showUsage) err.write(`\n${CHECK_USAGE}`);
    return 2;
  }
  return reports.some((r) => blockingFindings(r).length > 0) ? 1 : 0;
}
