// Runs the pinned apigeelint (--profile apigeex) on a bundle zip and returns its findings.
import { execFile } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { promisify } from "util";

const CLI = path.join(__dirname, "..", "..", "node_modules", "apigeelint", "cli.js");

export interface LintMessage {
  readonly ruleId: string;
  /** 2 = error, 1 = warning. */
  readonly severity: number;
  readonly message: string;
  /** The bundle file, relative to the zip. */
  readonly file: string;
}

export async function apigeelint(zipName: string, zip: Buffer): Promise<LintMessage[]> {
  // apigeelint extracts the zip under TMPDIR, and its ESLint step only lints resources/jsc files below the working
  // directory: run it in a fresh folder that is both, or the scripts are skipped with a PO025 warning.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "apigeelint-"));
  const file = path.join(dir, zipName);
  fs.writeFileSync(file, zip);
  const { stdout } = await promisify(execFile)(process.execPath, [CLI, "-s", file, "--profile", "apigeex", "-f", "json.js", "--norc"], {
    cwd: dir,
    env: { ...process.env, TMPDIR: dir },
  }).catch((e: { stdout: string }) => ({ stdout: e.stdout })); // exit 1 on errors; the JSON still tells which
  fs.rmSync(dir, { recursive: true, force: true });
  const results = JSON.parse(stdout) as Array<{ filePath: string; messages: Omit<LintMessage, "file">[] }>;
  return results.flatMap((r) => r.messages.map((m) => ({ ...m, file: path.relative(file, r.filePath) })));
}
