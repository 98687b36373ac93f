// The generated gate lints clean with apigeelint (pinned dev dependency, --profile apigeex), run on the packed zip:
// zero errors, and only the warnings listed here with the reason they are accepted.
import { execFile } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { promisify } from "util";
import { buildGateProxy } from "../../src/pipeline/gate-proxy";
import { gateSpec } from "./gate-proxy-fixture";

const CLI = path.join(__dirname, "..", "..", "node_modules", "apigeelint", "cli.js");

/** Warnings we accept, by rule id, with why. */
const ACCEPTED: Record<string, string> = {
  CC004:
    "the issuer_unknown refusal lists every VerifyJWT's selector value (one per iss spelling) so that no request skips verification; the policy pack's GP001 reads exactly this condition, and it grows with the issuers",
};

interface LintMessage {
  readonly ruleId: string;
  readonly severity: number;
  readonly message: string;
  readonly file: string;
}

async function lint(zipName: string, zip: Buffer): Promise<LintMessage[]> {
  // apigeelint extracts under TMPDIR and only ESLints resources/jsc below its working directory: use one fresh folder.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "apigeelint-gate-"));
  const file = path.join(dir, zipName);
  fs.writeFileSync(file, zip);
  const { stdout } = await promisify(execFile)(process.execPath, [CLI, "-s", file, "--profile", "apigeex", "-f", "json.js", "--norc"], {
    cwd: dir,
    env: { ...process.env, TMPDIR: dir },
  }).catch((e: { stdout: string }) => ({ stdout: e.stdout }));
  fs.rmSync(dir, { recursive: true, force: true });
  const results = JSON.parse(stdout) as Array<{ filePath: string; messages: Array<Omit<LintMessage, "file">> }>;
  return results.flatMap((r) => r.messages.map((m) => ({ ruleId: m.ruleId, severity: m.severity, message: m.message, file: path.relative(file, r.filePath) })));
}

let runs: Promise<[LintMessage[], LintMessage[]]>;
beforeAll(() => {
  // The fixture (three issuers, KVM-read values) and a minimal gate: one literal issuer, everything literal.
  const minimal = gateSpec({ issuers: [gateSpec().issuers[0]], prefect: { ...gateSpec().prefect, workspaceId: { literal: "6f1c2a3b-0000-4000-8000-000000000002" } } });
  runs = Promise.all([lint("orders-gate.zip", buildGateProxy(gateSpec()).pack().zip), lint("minimal-gate.zip", buildGateProxy(minimal).pack().zip)]);
});

test("the gate zip has no apigeelint errors and only the accepted warnings", async () => {
  const [messages] = await runs;
  expect(messages.filter((m) => m.severity === 2)).toEqual([]);
  expect(messages.filter((m) => !(m.ruleId in ACCEPTED))).toEqual([]);
  // The accepted ones are what the linter really reports, so this list cannot go stale silently.
  expect(messages.map((m) => `${m.ruleId} ${m.file}`)).toEqual(["CC004 apiproxy/proxies/default.xml"]);
}, 30_000);

test("a gate with one issuer lints with no errors and no warnings at all", async () => {
  const [, messages] = await runs;
  expect(messages).toEqual([]);
}, 30_000);
