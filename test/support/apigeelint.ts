// Runs the pinned apigeelint (--profile apigeex) on a bundle zip and returns its findings. A run costs seconds (its
// PO025 rule starts one ESLint process per script), so results are cached by what determines them: the zip's SHA-256,
// its file name, and the versions of apigeelint and ESLint. The cache lives in jest's cache directory (set by
// test/support/jest-global-setup.js; `npx jest --clearCache` empties it) and is shared by every test file and worker:
// a bundle several suites lint is linted once.
import { execFile } from "child_process";
import { createHash } from "crypto";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { promisify } from "util";

const ROOT = path.join(__dirname, "..", "..");
const CLI = path.join(ROOT, "node_modules", "apigeelint", "cli.js");
const ARGS = ["--profile", "apigeex", "-f", "json.js", "--norc"];
/** Where results are kept; without the jest setup (a lone script), a folder of the OS temp dir. */
export const APIGEELINT_CACHE_DIR = process.env.GATED_PIPELINE_APIGEELINT_CACHE ?? path.join(os.tmpdir(), "cdktf-gated-pipeline-apigeelint");

export interface LintMessage {
  readonly ruleId: string;
  /** 2 = error, 1 = warning. */
  readonly severity: number;
  readonly message: string;
  /** The bundle file, relative to the zip. */
  readonly file: string;
}

const versionOf = (pkg: string): string => (JSON.parse(fs.readFileSync(path.join(ROOT, "node_modules", pkg, "package.json"), "utf8")) as { version: string }).version;
const LINTERS = `apigeelint@${versionOf("apigeelint")} eslint@${versionOf("eslint")} ${ARGS.join(" ")}`;
/** Runs of this process, so two tests linting the same zip at once share one run. */
const running = new Map<string, Promise<LintMessage[]>>();

/** Lints `zip` (as `zipName`), or returns the cached findings of an identical zip. */
export function apigeelint(zipName: string, zip: Buffer): Promise<LintMessage[]> {
  const key = createHash("sha256").update(`${LINTERS}\n${zipName}\n`).update(zip).digest("hex");
  let run = running.get(key);
  if (run === undefined) {
    run = cached(key) ?? lint(zipName, zip).then((messages) => store(key, messages));
    running.set(key, run);
  }
  return run;
}

function cached(key: string): Promise<LintMessage[]> | undefined {
  try {
    return Promise.resolve(JSON.parse(fs.readFileSync(path.join(APIGEELINT_CACHE_DIR, `${key}.json`), "utf8")) as LintMessage[]);
  } catch {
    return undefined;
  }
}

function store(key: string, messages: LintMessage[]): LintMessage[] {
  fs.mkdirSync(APIGEELINT_CACHE_DIR, { recursive: true });
  // Written whole, then renamed: another worker never reads half a file.
  const file = path.join(APIGEELINT_CACHE_DIR, `${key}.json`);
  const partial = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(partial, JSON.stringify(messages));
  fs.renameSync(partial, file);
  return messages;
}

async function lint(zipName: string, zip: Buffer): Promise<LintMessage[]> {
  // apigeelint extracts the zip under TMPDIR, and its ESLint step only lints resources/jsc files below the working
  // directory: run it in a fresh folder that is both, or the scripts are skipped with a PO025 warning.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "apigeelint-"));
  const file = path.join(dir, zipName);
  fs.writeFileSync(file, zip);
  const { stdout } = await promisify(execFile)(process.execPath, [CLI, "-s", file, ...ARGS], {
    cwd: dir,
    env: { ...process.env, TMPDIR: dir },
  }).catch((e: { stdout: string }) => ({ stdout: e.stdout })); // exit 1 on errors; the JSON still tells which
  fs.rmSync(dir, { recursive: true, force: true });
  const results = JSON.parse(stdout) as Array<{ filePath: string; messages: Omit<LintMessage, "file">[] }>;
  return results.flatMap((r) => r.messages.map((m) => ({ ...m, file: path.relative(file, r.filePath) })));
}
