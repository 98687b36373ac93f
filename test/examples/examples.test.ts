// Every example is a complete app: it synthesizes, its bundles lint clean with apigeelint (--profile apigeex), its
// policy-pack report has no error, and it writes a manifest and an access matrix.
import * as fs from "fs";
import * as path from "path";
import { apigeelint } from "../support/apigeelint";
import { synthApp } from "../support/synth-app";
import { immutableInCreateBeforeDestroyClosures } from "../support/terraform-graph";

const EXAMPLES = path.join(__dirname, "..", "..", "examples");
const names = fs.readdirSync(EXAMPLES).filter((n) => fs.existsSync(path.join(EXAMPLES, n, "main.ts"))).sort();

test("there are the five examples the README promises", () => {
  expect(names).toEqual(["entra-id", "from-prefect-yaml", "google-service-accounts", "multi-environment", "okta"]);
});

test("each example has its own cdktf.json, so `npx cdktf synth` works in its folder", () => {
  for (const name of names) {
    const cdktf = JSON.parse(fs.readFileSync(path.join(EXAMPLES, name, "cdktf.json"), "utf8"));
    // Transpile-only: `npm test` type-checks the examples; the app resolves the package by its own name (the build).
    expect(cdktf).toMatchObject({ language: "typescript", app: "npx ts-node --transpile-only main.ts", output: "cdktf.out", sendCrashReports: "false" });
    // A committed projectId keeps the CLI from writing one (a dirty checkout).
    expect(cdktf.projectId).toMatch(/^[0-9a-f-]{36}$/);
  }
});

describe.each(names)("example %s", (name) => {
  let outdir: string;
  let stacks: string[];
  beforeAll(() => {
    // Each example runs once here, so the library's modules are shared between them, as in one process.
    outdir = synthApp(`examples/${name}/main.ts`, { isolated: false });
    stacks = fs.readdirSync(path.join(outdir, "stacks")).sort();
  });

  /** Stacks an administrator applies (GatedPipelineAdminStack) hold no gate. */
  const isAdmin = (stack: string) =>
    JSON.parse(fs.readFileSync(path.join(outdir, "stacks", stack, "cdk.tf.json"), "utf8"))["//"]?.gated_pipeline?.applied_by === "administrator";

  test("synthesizes its stacks with manifests, access matrices and a clean policy-pack report", () => {
    expect(stacks.filter((s) => !isAdmin(s)).length).toBeGreaterThan(0);
    for (const stack of stacks) {
      const dir = path.join(outdir, "stacks", stack, "gated-pipeline");
      if (isAdmin(stack)) {
        expect(JSON.parse(fs.readFileSync(path.join(dir, "checks.json"), "utf8")).findings.filter((f: { result: string }) => f.result === "fail")).toEqual([]);
        continue;
      }
      const files = fs.readdirSync(dir);
      expect(files).toEqual(expect.arrayContaining(["access-matrix.md", "access-matrix.json", "checks.json"]));
      expect(files.filter((f) => !f.startsWith("access-matrix") && f !== "checks.json").length).toBeGreaterThan(0);
      const report = JSON.parse(fs.readFileSync(path.join(dir, "checks.json"), "utf8"));
      expect(report.findings.filter((f: { result: string; level: string }) => f.result === "fail" && f.level === "error")).toEqual([]);
    }
  });

  test("is deployable by CI: serves traffic, names its own objects by reference, holds only types the deployer manages", () => {
    for (const stack of stacks.filter((s) => !isAdmin(s))) {
      const dir = path.join(outdir, "stacks", stack);
      const report = JSON.parse(fs.readFileSync(path.join(dir, "gated-pipeline", "checks.json"), "utf8"));
      const deployability = report.findings.filter((f: { rule: string }) => ["GP020", "GP021", "GP022"].includes(f.rule));
      expect(deployability.length).toBeGreaterThan(0);
      expect(deployability.filter((f: { result: string }) => f.result !== "pass")).toEqual([]);
      const config = JSON.parse(fs.readFileSync(path.join(dir, "cdk.tf.json"), "utf8"));
      expect(immutableInCreateBeforeDestroyClosures(config)).toEqual({});
    }
  });

  test("keeps its gates' audit records in a dedicated bucket: bucket, sink and exclusion synthesized, GP023 passes", () => {
    const types = new Set(stacks.flatMap((s) => Object.keys(JSON.parse(fs.readFileSync(path.join(outdir, "stacks", s, "cdk.tf.json"), "utf8")).resource ?? {})));
    for (const type of ["google_logging_project_bucket_config", "google_logging_project_sink", "google_logging_project_exclusion"]) expect(types).toContain(type);
    for (const stack of stacks.filter((s) => !isAdmin(s))) {
      const report = JSON.parse(fs.readFileSync(path.join(outdir, "stacks", stack, "gated-pipeline", "checks.json"), "utf8"));
      const gp023 = report.findings.filter((f: { rule: string }) => f.rule === "GP023");
      expect(gp023.length).toBeGreaterThan(0);
      expect(gp023.filter((f: { result: string }) => f.result !== "pass")).toEqual([]);
    }
  });

  test("every bundle has zero apigeelint errors", async () => {
    const zips = stacks.flatMap((s) => {
      const dir = path.join(outdir, "stacks", s, "bundles");
      return fs.existsSync(dir) ? fs.readdirSync(dir).map((f) => path.join(dir, f)) : [];
    });
    expect(zips.length).toBeGreaterThan(0);
    const results = await Promise.all(zips.map((z) => apigeelint(path.basename(z), fs.readFileSync(z))));
    expect(results.flat().filter((m) => m.severity === 2)).toEqual([]);
  }, 30_000);
});
