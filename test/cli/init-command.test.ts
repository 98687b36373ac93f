// `gated-pipeline init` writes a project that synthesizes as it is (its app command, transpile-only), with versions
// pinned to the ones this package is tested with, and never writes into a folder that is not empty unless told to.
import { execSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { runCli } from "../support/cli";

const ROOT = path.join(__dirname, "..", "..");
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8"));

const init = (...argv: string[]) => runCli(["init", ...argv]);

let tmp: string;
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "gp-init-"));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe("gated-pipeline init", () => {
  let dir: string;
  beforeAll(async () => {
    dir = path.join(tmp, "Orders Gate");
    const res = await init(dir);
    expect(res).toMatchObject({ code: 0, stderr: "" });
    expect(res.stdout).toContain(`to ${dir}`);
  });

  test("writes the project's files", () => {
    const files = (d: string): string[] =>
      fs.readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(path.join(d, e.name)).map((f) => `${e.name}/${f}`) : [e.name]));
    expect(files(dir).sort()).toEqual([".gitignore", "README.md", "cdktf.json", "flows/prefect.yaml", "main.ts", "package.json", "tsconfig.json"]);
  });

  test("pins every dependency to the version this package is built and tested with", () => {
    const project = JSON.parse(fs.readFileSync(path.join(dir, "package.json"), "utf8"));
    expect(project.name).toBe("orders-gate");
    expect(project.dependencies["cdktf-gated-pipeline"]).toBe(`^${pkg.version}`);
    for (const [name, version] of Object.entries({ ...project.dependencies, ...project.devDependencies })) {
      if (name !== "cdktf-gated-pipeline") expect(version).toBe(pkg.devDependencies[name]);
    }
    expect(project.devDependencies.typescript).toMatch(/^5\.9\./);
    // The peers the library needs are all there.
    for (const peer of Object.keys(pkg.peerDependencies).filter((p) => !pkg.peerDependenciesMeta?.[p]?.optional)) {
      expect(project.dependencies[peer]).toBeDefined();
    }
  });

  test("its app command transpiles only, and the tsconfig is cdktf's CommonJS template", () => {
    const cdktf = JSON.parse(fs.readFileSync(path.join(dir, "cdktf.json"), "utf8"));
    expect(cdktf.app).toBe("npx ts-node --transpile-only main.ts");
    expect(cdktf.projectId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(JSON.parse(fs.readFileSync(path.join(dir, "tsconfig.json"), "utf8")).compilerOptions.module).toBe("CommonJS");
  });

  test("synthesizes as written: one gate, no policy-pack failure, and only the two warnings its README explains", () => {
    // The project's node_modules: this repository's, plus the package itself (its compiled build).
    const modules = path.join(dir, "node_modules");
    fs.mkdirSync(modules);
    for (const entry of fs.readdirSync(path.join(ROOT, "node_modules"))) fs.symlinkSync(path.join(ROOT, "node_modules", entry), path.join(modules, entry));
    fs.symlinkSync(ROOT, path.join(modules, "cdktf-gated-pipeline"));
    const outdir = path.join(dir, "cdktf.out");
    const app = JSON.parse(fs.readFileSync(path.join(dir, "cdktf.json"), "utf8")).app as string;
    const output = execSync(`${app} 2>&1`, { cwd: dir, env: { ...process.env, CDKTF_OUTDIR: outdir }, encoding: "utf8" });
    expect(output).toBe("");
    const stackDir = path.join(outdir, "stacks", "orders-gate");
    const config = JSON.parse(fs.readFileSync(path.join(stackDir, "cdk.tf.json"), "utf8"));
    expect(Object.keys(config.resource.google_apigee_api)).toHaveLength(1);
    const report = JSON.parse(fs.readFileSync(path.join(stackDir, "gated-pipeline", "checks.json"), "utf8"));
    expect(report.findings.filter((f: { result: string }) => f.result !== "pass")).toEqual([]);
    const stacks = JSON.parse(fs.readFileSync(path.join(outdir, "manifest.json"), "utf8")).stacks as Record<string, { annotations?: { message: string }[] }>;
    const warnings = Object.values(stacks).flatMap((s) => (s.annotations ?? []).map((a) => a.message));
    expect(warnings).toEqual([expect.stringMatching(/^the local backend writes this stack's state/), expect.stringMatching(/^log bucket "gate-audit" is not locked/)]);
    expect(fs.readFileSync(path.join(dir, "README.md"), "utf8")).toContain("Synthesis warns about two decisions a production gate needs");
  }, 60_000);

  test("refuses a folder that is not empty, and writes its files there with --force", async () => {
    const busy = path.join(tmp, "busy");
    fs.mkdirSync(busy);
    fs.writeFileSync(path.join(busy, "notes.txt"), "mine");
    const refused = await init(busy);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toBe(`gated-pipeline init: ${busy} is not empty (1 entries); choose an empty folder, or pass --force to write the scaffold's files there\n`);
    expect(fs.readdirSync(busy)).toEqual(["notes.txt"]);
    const forced = await init(busy, "--force");
    expect(forced.code).toBe(0);
    expect(fs.readFileSync(path.join(busy, "notes.txt"), "utf8")).toBe("mine");
    expect(fs.existsSync(path.join(busy, "main.ts"))).toBe(true);
  });

  test("refuses a path that is a file, naming it", async () => {
    const file = path.join(tmp, "a-file");
    fs.writeFileSync(file, "mine");
    const res = await init(file);
    expect(res.code).toBe(2);
    expect(res.stderr).toBe(`gated-pipeline init: ${file} is not a folder; name a new or empty folder for the project\n`);
    expect(fs.readFileSync(file, "utf8")).toBe("mine");
  });

  test("takes at most one folder", async () => {
    const res = await init("a", "b");
    expect(res.code).toBe(2);
    expect(res.stderr.split("\n")[0]).toBe('gated-pipeline init: unexpected argument "b"');
  });
});
