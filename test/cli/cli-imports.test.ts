// The CLI must start fast and run anywhere (DESIGN §2): it never loads cdktf, constructs or @cdktf/*, and `--help`
// loads no command module at all. Each check runs the TypeScript source in a fresh node process and reads
// require.cache there.
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { makeKeys, MANIFEST_FILE, NOW, oktaToken, runRequest } from "../simulate/tokens";

const ROOT = path.join(__dirname, "..", "..");
const MAIN = path.join(ROOT, "src", "cli", "main.ts");

/** Runs main(argv) from the source in a child process; returns its exit code, stdout and the modules it loaded. */
function childMain(argv: string[]): { code: number; out: string; loaded: string[] } {
  const script = `
    require("ts-node").register({ transpileOnly: true });
    const { Writable } = require("stream");
    let out = "";
    const sink = new Writable({ write(c, _e, done) { out += c; done(); } });
    require(${JSON.stringify(MAIN)}).main(${JSON.stringify(argv)}, sink, process.stderr).then((code) => {
      process.stdout.write(JSON.stringify({ code, out, loaded: Object.keys(require.cache) }));
    });`;
  const res = spawnSync(process.execPath, ["-e", script], { cwd: ROOT, encoding: "utf8" });
  expect(res.stderr).toBe("");
  return JSON.parse(res.stdout);
}

const FRAMEWORK = /node_modules[\\/](cdktf|constructs|@cdktf)[\\/]/;

test("simulate decides without loading cdktf, constructs or @cdktf/*", async () => {
  const keys = await makeKeys();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gp-cli-imports-"));
  try {
    const request = path.join(dir, "request.json");
    const jwks = path.join(dir, "jwks.json");
    fs.writeFileSync(request, JSON.stringify(runRequest(await oktaToken(keys))));
    fs.writeFileSync(jwks, JSON.stringify(keys.jwks));
    const res = childMain(["simulate", "--manifest", MANIFEST_FILE, "--request", request, "--jwks", jwks, "--now", String(NOW)]);
    expect(res.code).toBe(0);
    expect(JSON.parse(res.out).code).toBe("allowed");
    expect(res.loaded.some((p) => p.includes(`${path.sep}jose${path.sep}`))).toBe(true); // the check can see what loaded
    expect(res.loaded.filter((p) => FRAMEWORK.test(p))).toEqual([]);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test("check dispatches to the policy pack without loading cdktf, constructs or @cdktf/*", () => {
  const res = childMain(["check", "--help"]);
  expect(res.code).toBe(0);
  expect(res.out).toMatch(/^usage: gated-pipeline check/);
  expect(res.loaded.some((p) => p.endsWith(path.join("src", "checks", "check-command.ts")))).toBe(true);
  expect(res.loaded.filter((p) => FRAMEWORK.test(p))).toEqual([]);
});

test("--help loads neither jose nor any command module", () => {
  const res = childMain(["--help"]);
  expect(res.code).toBe(0);
  const ours = res.loaded.filter((p) => p.startsWith(path.join(ROOT, "src"))).map((p) => path.relative(ROOT, p));
  expect(ours).toEqual([path.join("src", "cli", "main.ts")]);
  expect(res.loaded.filter((p) => FRAMEWORK.test(p) || p.includes(`${path.sep}jose${path.sep}`))).toEqual([]);
});
