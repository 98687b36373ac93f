// Runs the pinned apigeelint (--profile apigeex) on a bundle zip and returns its findings. Its PO025 rule (ESLint on
// every script) starts two Node processes per script (one that finds no ESLint config, then a retry with apigeelint's
// default config), seconds per bundle; so PO025 is excluded from the apigeelint run and applied here instead, in this
// process, with the same ESLint and the same default configuration (a test holds the copy to the plugin's source), and
// its findings reported as PO025 reports them. Results are cached by what determines them: the zip's SHA-256, its file
// name, and the versions of apigeelint and ESLint. The cache lives in jest's cache directory (set by
// test/support/jest-global-setup.js; `npx jest --clearCache` empties it) and is shared by every test file and worker:
// a bundle several suites lint is linted once.
import { execFile } from "child_process";
import { createHash } from "crypto";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { promisify } from "util";
import { runInNewContext } from "vm";

const ROOT = path.join(__dirname, "..", "..");
const CLI = path.join(ROOT, "node_modules", "apigeelint", "cli.js");
const ARGS = ["--profile", "apigeex", "-f", "json.js", "--norc", "-e", "PO025"];

/**
 * The ESLint configuration apigeelint's PO025 applies to a bundle's scripts when no ESLint config is found (always, for
 * an extracted zip): `createDefaultConfig` in apigeelint's `lib/package/plugins/PO025-eslint.js`.
 */
export const PO025_DEFAULT_CONFIG = `export default [
    {
      languageOptions: {
        ecmaVersion: 5,
        sourceType: 'script',
        globals: {
          print: 'readonly',
          sync: 'readonly'
        }
      },
      rules: {
        "no-var": "off",
        "prefer-arrow-callback": "off",
        "object-shorthand": "off",
        semi: "error",
        quotes: ["error", "double"],
        "quote-props": ["error", "as-needed"],
        "strict": ["error", "function"]
      }
    }
];
`;
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

/** The ESLint apigeelint's PO025 runs: the one `require.resolve("eslint")` finds from apigeelint's own files. */
const APIGEELINT_ESLINT = require.resolve("eslint", { paths: [path.dirname(CLI)] });
const versionOf = (pkgJson: string): string => (JSON.parse(fs.readFileSync(pkgJson, "utf8")) as { version: string }).version;
/** What a cached result depends on besides the zip; bump `runner` when this file changes how it lints. */
const LINTERS = `runner@2 apigeelint@${versionOf(path.join(path.dirname(CLI), "package.json"))} eslint@${versionOf(path.join(APIGEELINT_ESLINT, "..", "..", "package.json"))} ${ARGS.join(" ")}`;
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
  const others = results.flatMap((r) => r.messages.map((m) => ({ ...m, file: path.relative(file, r.filePath) })));
  return [...others, ...(await po025(zip))];
}

let eslint: Promise<{ linter: import("eslint").ESLint; dir: string }> | undefined;

/** PO025 as apigeelint applies it: ESLint with its default configuration on every `.js`/`.jsc` resource. */
async function po025(zip: Buffer): Promise<LintMessage[]> {
  const { unzipSync, strFromU8 } = await import("fflate");
  eslint ??= (async () => {
    // The ESLint apigeelint itself resolves (its own dependency, not this project's).
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { ESLint } = require(APIGEELINT_ESLINT) as typeof import("eslint");
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "po025-"));
    // The configuration module's value (an ES module cannot be loaded from inside jest's module system).
    const config = runInNewContext(`(${PO025_DEFAULT_CONFIG.replace(/^export default /, "").replace(/;\s*$/, "")})`);
    return { linter: new ESLint({ cwd: dir, overrideConfigFile: true, overrideConfig: config }), dir };
  })();
  const { linter, dir } = await eslint;
  const messages: LintMessage[] = [];
  for (const [name, bytes] of Object.entries(unzipSync(zip)).sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (!/\/resources\/jsc\/[^/]+\.jsc?$/.test(name)) continue;
    const [result] = await linter.lintText(strFromU8(bytes), { filePath: path.join(dir, path.basename(name)) });
    for (const item of result.messages as Array<{ ruleId: string | null; nodeType?: string; severity: number; message: string }>) {
      messages.push({ ruleId: "PO025", severity: item.severity, message: `${item.ruleId}: ${item.nodeType || "unknown"}: ${item.message}`, file: name });
    }
  }
  return messages;
}
