// The bundles the gate builds lint clean with apigeelint (pinned dev dependency, --profile apigeex), run on the zips
// themselves. Each accepted warning is listed with its reason; any other warning or any error fails.
import { execFile } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { promisify } from "util";
import { deterministicZip } from "../../src/apigee/bundle/zip";
import { gateProxy, gateSharedFlow } from "./gate-fixture";

const CLI = path.join(__dirname, "..", "..", "node_modules", "apigeelint", "cli.js");

/** Warnings we accept, by rule id, with why. */
const ACCEPTED: Record<string, string> = {
  TD002: "the gate calls Prefect Cloud's one public URL; a target server would add an environment resource for no gain (TargetConnection.targetServer exists for users who want one)",
  TD007: "api.prefect.cloud presents a publicly trusted certificate; with Enforce=true and no IgnoreValidationErrors Apigee X validates it against its default CA set, so no custom truststore is needed",
};

interface LintMessage {
  readonly ruleId: string;
  readonly severity: number;
  readonly message: string;
}

async function lint(zipName: string, zip: Buffer): Promise<Array<LintMessage & { file: string }>> {
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
  const results = JSON.parse(stdout) as Array<{ filePath: string; messages: LintMessage[] }>;
  return results.flatMap((r) => r.messages.map((m) => ({ ...m, file: path.relative(file, r.filePath) })));
}

// The three runs start together (each takes ~0.7 s of mostly start-up).
type Messages = Awaited<ReturnType<typeof lint>>;
let runs: Promise<[Messages, Messages, Messages]>;
beforeAll(() => {
  const bad = gateSharedFlow().pack().files.map((f) =>
    f.path.endsWith("default.xml") ? { ...f, content: f.content.replace("<Name>AM-Correlation</Name>", "<Name>AM-Missing</Name>") } : f,
  );
  runs = Promise.all([
    lint("orders-gate.zip", gateProxy().pack().zip),
    lint("gate-common.zip", gateSharedFlow().pack().zip),
    // the tampered files, zipped with the same deterministic packer the bundles use
    lint("bad.zip", deterministicZip(bad)),
  ]);
});

test("the gate proxy zip has no apigeelint errors and only the accepted warnings", async () => {
  const [messages] = await runs;
  expect(messages.filter((m) => m.severity === 2)).toEqual([]);
  const unexpected = messages.filter((m) => m.severity === 1 && !(m.ruleId in ACCEPTED));
  expect(unexpected).toEqual([]);
  // The accepted ones are really what the linter reports (so this list cannot silently go stale).
  expect(messages.map((m) => `${m.ruleId} ${m.file}`).sort()).toEqual(["TD002 apiproxy/targets/prefect.xml", "TD007 apiproxy/targets/prefect.xml"]);
}, 20_000);

test("the gate's shared flow zip lints with no errors and no warnings", async () => {
  const [, messages] = await runs;
  expect(messages).toEqual([]);
}, 20_000);

test("apigeelint does catch a bad bundle, so the clean results above mean something", async () => {
  const [, , messages] = await runs;
  expect(messages.filter((m) => m.severity === 2).map((m) => m.ruleId)).toContain("BN010");
}, 20_000);
