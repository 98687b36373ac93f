// Bundles built with the bundle model lint clean with apigeelint (pinned dev dependency, --profile apigeex), run on the
// zips themselves; the linter does catch a broken bundle. The generator's gate proxy is linted in
// test/pipeline/gate-proxy-lint.test.ts, each example's bundles in test/examples.
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { Javascript, ProxyBundle, ResourceFile, RouteRule } from "../../src/apigee/bundle";
import { deterministicZip } from "../../src/apigee/bundle/zip";
import { apigeelint as lint, PO025_DEFAULT_CONFIG } from "../support/apigeelint";
import { commonSharedFlow } from "./shared-flow-fixture";

// The runs start together (each takes ~0.7 s of mostly start-up when not cached).
type Messages = Awaited<ReturnType<typeof lint>>;
let runs: Promise<[Messages, Messages]>;
beforeAll(() => {
  const bad = commonSharedFlow()
    .pack()
    .files.map((f) => (f.path.endsWith("default.xml") ? { ...f, content: f.content.replace("<Name>AM-Correlation</Name>", "<Name>AM-Missing</Name>") } : f));
  runs = Promise.all([
    lint("gate-common.zip", commonSharedFlow().pack().zip),
    // the tampered files, zipped with the same deterministic packer the bundles use
    lint("bad.zip", deterministicZip(bad)),
  ]);
});

test("a shared flow zip lints with no errors and no warnings", async () => {
  const [messages] = await runs;
  expect(messages).toEqual([]);
}, 20_000);

test("apigeelint does catch a bad bundle, so the clean results above mean something", async () => {
  const [, messages] = await runs;
  expect(messages.filter((m) => m.severity === 2).map((m) => m.ruleId)).toContain("BN010");
}, 20_000);

// PO025 (ESLint on the bundle's scripts) runs in-process in the shared runner instead of as apigeelint's two Node
// processes per script; this holds the copy to apigeelint itself: the same configuration, the same findings.
describe("PO025, applied by the runner in-process", () => {
  const plugin = fs.readFileSync(path.join(__dirname, "..", "..", "node_modules", "apigeelint", "lib", "package", "plugins", "PO025-eslint.js"), "utf8");

  test("uses exactly the default ESLint configuration apigeelint's PO025 writes", () => {
    expect(plugin).toContain(`const content = \`${PO025_DEFAULT_CONFIG}\`;`);
  });

  test("reports a script's ESLint findings as apigeelint's own PO025 does", async () => {
    // A gate script with the two kinds of finding PO025's configuration flags: single quotes and a missing semicolon.
    const files = new ProxyBundle({
      name: "po025-check",
      basePath: "/po025",
      proxyEndpoint: { preFlow: { request: [new Javascript({ name: "JS-Check", script: ResourceFile.javascript("check.js", "(function () {\n  \"use strict\";\n  var a = 'x'\n  context.setVariable(\"a\", a);\n})();\n") })] }, routeRules: [RouteRule.noRoute("none")] },
    })
      .pack()
      .files;
    const zip = deterministicZip(files);
    const ours = (await lint("po025-check.zip", zip)).filter((m) => m.ruleId === "PO025");
    expect(ours.length).toBe(2);
    // apigeelint with PO025 on, as it runs it (in a fresh folder, so its ESLint finds no config and uses the default).
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "po025-apigeelint-"));
    try {
      fs.writeFileSync(path.join(dir, "po025-check.zip"), zip);
      const run = spawnSync(process.execPath, [path.join(__dirname, "..", "..", "node_modules", "apigeelint", "cli.js"), "-s", "po025-check.zip", "--profile", "apigeex", "-f", "json.js", "--norc"], {
        cwd: dir,
        env: { ...process.env, TMPDIR: dir },
        encoding: "utf8",
      });
      const theirs = (JSON.parse(run.stdout) as Array<{ messages: Array<{ ruleId: string; severity: number; message: string }> }>)
        .flatMap((r) => r.messages)
        .filter((m) => m.ruleId === "PO025")
        .map((m) => ({ severity: m.severity, message: m.message }));
      expect(ours.map((m) => ({ severity: m.severity, message: m.message }))).toEqual(theirs);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 30_000);
});
