// The optional IdP modules are separate entry points: the core loads neither provider package, and
// `cdktf-gated-pipeline/okta` / `/entra` resolve through package.json's exports to the compiled modules. The sources are
// compiled (transpiled, as the build would emit them) into a throwaway copy of the package, whose node_modules links to
// the project's, and fresh node processes require it by its own name.
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as ts from "typescript";

const ROOT = path.join(__dirname, "..", "..");
const OKTA = /node_modules[\\/]@cdktf[\\/]provider-okta[\\/]/;
const AZUREAD = /node_modules[\\/]@cdktf[\\/]provider-azuread[\\/]/;

let pkg: string;

/** Transpiles every src/**.ts file into <pkg>/lib/src/**.js with the project's compiler options. */
function compileInto(dir: string): void {
  const config = ts.getParsedCommandLineOfConfigFile(path.join(ROOT, "tsconfig.json"), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined });
  const options = { ...(config?.options ?? {}), noEmit: false, declaration: false, incremental: false };
  const visit = (rel: string) => {
    for (const entry of fs.readdirSync(path.join(ROOT, rel), { withFileTypes: true })) {
      const child = path.join(rel, entry.name);
      if (entry.isDirectory()) visit(child);
      else if (entry.name.endsWith(".ts") && !entry.name.endsWith(".d.ts")) {
        const out = ts.transpileModule(fs.readFileSync(path.join(ROOT, child), "utf8"), { compilerOptions: options, fileName: child });
        const target = path.join(dir, "lib", child.replace(/\.ts$/, ".js"));
        fs.mkdirSync(path.dirname(target), { recursive: true });
        fs.writeFileSync(target, out.outputText);
      }
    }
  };
  visit("src");
}

/** Runs `script` in a fresh node process inside the package copy; returns what it printed, parsed. */
function inPackage(script: string): { loaded: string[]; exports: string[] } {
  const res = spawnSync(process.execPath, ["-e", script], { cwd: pkg, encoding: "utf8" });
  expect(res.stderr).toBe("");
  return JSON.parse(res.stdout);
}

const load = (specifier: string) =>
  `const m = require(${JSON.stringify(specifier)}); process.stdout.write(JSON.stringify({ loaded: Object.keys(require.cache), exports: Object.keys(m).sort() }));`;

beforeAll(() => {
  pkg = fs.mkdtempSync(path.join(os.tmpdir(), "gp-entry-points-"));
  fs.copyFileSync(path.join(ROOT, "package.json"), path.join(pkg, "package.json"));
  fs.symlinkSync(path.join(ROOT, "node_modules"), path.join(pkg, "node_modules"), "dir");
  compileInto(pkg);
});

afterAll(() => fs.rmSync(pkg, { recursive: true, force: true }));

describe("entry points", () => {
  test("the core entry point loads no module of the Okta or Entra provider packages", () => {
    const core = inPackage(load("cdktf-gated-pipeline"));
    expect(core.exports).toContain("GatedPipelineStack");
    expect(core.loaded.some((p) => p.endsWith(path.join("lib", "src", "index.js")))).toBe(true);
    expect(core.loaded.filter((p) => OKTA.test(p) || AZUREAD.test(p))).toEqual([]);
    // Nor the modules that would load them.
    expect(core.loaded.filter((p) => /[\\/]lib[\\/]src[\\/](okta|entra)[\\/]/.test(p) || /internal[\\/](okta|azuread)\.js$/.test(p))).toEqual([]);
  });

  test("cdktf-gated-pipeline/okta resolves through the exports map and loads the okta provider, never azuread", () => {
    const okta = inPackage(load("cdktf-gated-pipeline/okta"));
    expect(okta.exports).toEqual(["ClientPublicKey", "OktaGateAuthorization", "OktaIssuerMode", "defineOktaProvider"]);
    expect(okta.loaded.some((p) => p.endsWith(path.join("lib", "src", "okta", "index.js")))).toBe(true);
    expect(okta.loaded.some((p) => OKTA.test(p))).toBe(true);
    expect(okta.loaded.filter((p) => AZUREAD.test(p))).toEqual([]);
  });

  test("cdktf-gated-pipeline/entra resolves through the exports map and loads the azuread provider, never okta", () => {
    const entra = inPackage(load("cdktf-gated-pipeline/entra"));
    expect(entra.exports).toEqual(["AZURE_AD_TOKEN_EXCHANGE", "EntraGateApplication", "FederatedCredential", "defineAzureadProvider"]);
    expect(entra.loaded.some((p) => p.endsWith(path.join("lib", "src", "entra", "index.js")))).toBe(true);
    expect(entra.loaded.some((p) => AZUREAD.test(p))).toBe(true);
    expect(entra.loaded.filter((p) => OKTA.test(p))).toEqual([]);
  });

  test("the IdP modules deep-import single provider modules, never a provider barrel", () => {
    const both = inPackage(`require("cdktf-gated-pipeline/okta"); ${load("cdktf-gated-pipeline/entra")}`);
    const barrels = both.loaded.filter((p) => /@cdktf[\\/]provider-(okta|azuread)[\\/]lib[\\/]index\.js$/.test(p));
    expect(barrels).toEqual([]);
  });
});

describe("a missing optional peer", () => {
  let bare: string;
  beforeAll(() => {
    // A copy of the package whose node_modules has everything but @cdktf/provider-okta and @cdktf/provider-azuread.
    bare = fs.mkdtempSync(path.join(os.tmpdir(), "gp-missing-peer-"));
    fs.cpSync(path.join(pkg, "lib"), path.join(bare, "lib"), { recursive: true });
    fs.copyFileSync(path.join(ROOT, "package.json"), path.join(bare, "package.json"));
    const modules = path.join(bare, "node_modules");
    fs.mkdirSync(path.join(modules, "@cdktf"), { recursive: true });
    for (const entry of fs.readdirSync(path.join(ROOT, "node_modules"))) {
      if (entry !== "@cdktf") fs.symlinkSync(path.join(ROOT, "node_modules", entry), path.join(modules, entry));
    }
    for (const entry of fs.readdirSync(path.join(ROOT, "node_modules", "@cdktf"))) {
      if (entry !== "provider-okta" && entry !== "provider-azuread") fs.symlinkSync(path.join(ROOT, "node_modules", "@cdktf", entry), path.join(modules, "@cdktf", entry));
    }
  });
  afterAll(() => fs.rmSync(bare, { recursive: true, force: true }));

  test.each([
    ["cdktf-gated-pipeline/okta", "@cdktf/provider-okta"],
    ["cdktf-gated-pipeline/entra", "@cdktf/provider-azuread"],
  ])("%s names the package to install", (entry, peer) => {
    const res = spawnSync(process.execPath, ["-e", `require(${JSON.stringify(entry)})`], { cwd: bare, encoding: "utf8" });
    expect(res.status).toBe(1);
    const range = (JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")).peerDependencies as Record<string, string>)[peer];
    expect(res.stderr).toContain(`${entry} needs the optional peer dependency ${peer}, which is not installed: run \`npm install ${peer}@"${range}"\``);
  });

  test("the core entry point still loads", () => {
    const res = spawnSync(process.execPath, ["-e", 'require("cdktf-gated-pipeline")'], { cwd: bare, encoding: "utf8" });
    expect(res.stderr).toBe("");
    expect(res.status).toBe(0);
  });
});
