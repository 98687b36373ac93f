// The CLI must start fast and run anywhere (DESIGN §2): it never loads cdktf, constructs or @cdktf/*, and `--help`
// loads no command module at all. One fresh node process runs the TypeScript source of main() for several command
// lines in turn (--help first, as require.cache only grows) and reports what each had loaded by then.
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { makeKeys, MANIFEST_FILE, NOW, oktaToken, runRequest } from "../simulate/tokens";

const ROOT = path.join(__dirname, "..", "..");
const MAIN = path.join(ROOT, "src", "cli", "main.ts");
const FRAMEWORK = /node_modules[\\/](cdktf|constructs|@cdktf)[\\/]/;
const JOSE = `${path.sep}jose${path.sep}`;

interface Run {
  code: number;
  out: string;
  loaded: string[];
}

function childMain(argvs: string[][]): Run[] {
  const script = `
    require("ts-node").register({ transpileOnly: true });
    const { Writable } = require("stream");
    const { main } = require(${JSON.stringify(MAIN)});
    (async () => {
      const runs = [];
      for (const argv of ${JSON.stringify(argvs)}) {
        let out = "";
        const sink = new Writable({ write(c, _e, done) { out += c; done(); } });
        const code = await main(argv, sink, process.stderr);
        runs.push({ code, out, loaded: Object.keys(require.cache) });
      }
      process.stdout.write(JSON.stringify(runs));
    })();`;
  const res = spawnSync(process.execPath, ["-e", script], { cwd: ROOT, encoding: "utf8" });
  expect(res.stderr).toBe("");
  return JSON.parse(res.stdout);
}

let help: Run;
let check: Run;
let simulate: Run;
let probe: Run;
let diff: Run;
beforeAll(async () => {
  const keys = await makeKeys();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gp-cli-imports-"));
  try {
    const request = path.join(dir, "request.json");
    const jwks = path.join(dir, "jwks.json");
    fs.writeFileSync(request, JSON.stringify(runRequest(await oktaToken(keys))));
    fs.writeFileSync(jwks, JSON.stringify(keys.jwks));
    [help, check, simulate, probe, diff] = childMain([
      ["--help"],
      ["check", "--help"],
      ["simulate", "--manifest", MANIFEST_FILE, "--request", request, "--jwks", jwks, "--now", String(NOW)],
      ["probe", "--help"],
      ["diff", "--help"],
    ]);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test("--help loads neither jose nor any command module", () => {
  expect(help.code).toBe(0);
  const ours = help.loaded.filter((p) => p.startsWith(path.join(ROOT, "src"))).map((p) => path.relative(ROOT, p));
  // The shared argument parser is loaded; no command module is.
  expect(ours).toEqual([path.join("src", "cli", "main.ts"), path.join("src", "core", "own-package.ts"), path.join("src", "cli", "command.ts"), path.join("src", "core", "input-files.ts")]);
  expect(help.loaded.filter((p) => FRAMEWORK.test(p) || p.includes(JOSE))).toEqual([]);
});

test("check dispatches to the policy pack without loading cdktf, constructs or @cdktf/*", () => {
  expect(check.code).toBe(0);
  expect(check.out).toMatch(/^usage: gated-pipeline check/);
  expect(check.loaded.some((p) => p.endsWith(path.join("src", "cli", "check-command.ts")))).toBe(true);
  expect(check.loaded.filter((p) => FRAMEWORK.test(p))).toEqual([]);
});

test("simulate decides without loading cdktf, constructs or @cdktf/*", () => {
  expect(simulate.code).toBe(0);
  expect(JSON.parse(simulate.out).code).toBe("allowed");
  expect(simulate.loaded.some((p) => p.includes(JOSE))).toBe(true); // the check sees node_modules it loaded
  expect(simulate.loaded.filter((p) => FRAMEWORK.test(p))).toEqual([]);
});

test("probe and diff load their modules without cdktf, constructs or @cdktf/*", () => {
  for (const [run, module] of [[probe, "probe-command.ts"], [diff, "diff-command.ts"]] as const) {
    expect(run.code).toBe(0);
    expect(run.loaded.some((p) => p.endsWith(path.join("src", "cli", module)))).toBe(true);
    expect(run.loaded.filter((p) => FRAMEWORK.test(p))).toEqual([]);
  }
});
