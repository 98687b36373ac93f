// Runs the gate's generated Javascript policies as Apigee would: each policy's script (its <ResourceURL>) with the
// globals `context` (getVariable/setVariable over a map of flow variables) and `properties` (the policy's
// <Properties>), in Node (vm) and in Rhino 1.7.14, Apigee's JavaScript engine. One decision table drives both: a case
// is a sequence of policies over one set of variables, stopping after the first that sets one of `stopOn`.
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as vm from "vm";
import { ProxyBundle } from "../../src/apigee/bundle";

export type Vars = Record<string, unknown>;

/** One Javascript policy of a bundle: its script and properties. */
export interface ScriptPolicy {
  readonly name: string;
  /** The resource file name, e.g. `gate-body.js`. */
  readonly script: string;
  readonly properties: Readonly<Record<string, string>>;
}

export interface ScriptCase {
  readonly id: string;
  /** Policy names, run in order. */
  readonly policies: readonly string[];
  readonly vars: Vars;
  /** Stop after the first policy that leaves one of these variables set (a refusal the next step would raise). */
  readonly stopOn?: readonly string[];
}

export type ScriptResult = { readonly vars: Vars } | { readonly error: string };

/** The Javascript policies and scripts of a bundle, read from its files as Apigee reads them. */
export class BundleScripts {
  public readonly policies = new Map<string, ScriptPolicy>();
  public readonly sources = new Map<string, string>();
  private readonly sandbox = vm.createContext({});

  public constructor(bundle: ProxyBundle) {
    for (const f of bundle.pack().files) {
      const policy = /^apiproxy\/policies\/(.+)\.xml$/.exec(f.path);
      if (policy && f.content.includes("<Javascript ")) {
        const url = /<ResourceURL>jsc:\/\/([^<]+)<\/ResourceURL>/.exec(f.content)![1];
        const properties = Object.fromEntries([...f.content.matchAll(/<Property name="([^"]+)">([^<]*)<\/Property>/g)].map((m) => [m[1], m[2]]));
        this.policies.set(policy[1], { name: policy[1], script: url, properties });
      }
      const script = /^apiproxy\/resources\/jsc\/(.+)$/.exec(f.path);
      if (script) this.sources.set(script[1], f.content);
    }
  }

  public policy(name: string): ScriptPolicy {
    const p = this.policies.get(name);
    if (!p) throw new Error(`no Javascript policy ${name} in the bundle (have ${[...this.policies.keys()].join(", ")})`);
    return p;
  }

  /** Runs a case in Node. */
  public runNode(c: ScriptCase): ScriptResult {
    const vars: Vars = { ...c.vars };
    const context = {
      getVariable: (name: string) => (Object.hasOwn(vars, name) ? vars[name] : null),
      setVariable: (name: string, value: unknown) => {
        vars[name] = value;
      },
    };
    try {
      for (const name of c.policies) {
        const policy = this.policy(name);
        // One sandbox for every run (a fresh one per run costs a millisecond each); each run sets its own globals.
        Object.assign(this.sandbox, { context, properties: { ...policy.properties } });
        nodeScript(this.sources.get(policy.script)!).runInContext(this.sandbox, { timeout: 2000 });
        if ((c.stopOn ?? []).some((v) => vars[v] !== undefined && vars[v] !== null)) break;
      }
      return { vars };
    } catch (e) {
      return { error: String(e) };
    }
  }
}

const compiled = new Map<string, vm.Script>();
function nodeScript(source: string): vm.Script {
  let s = compiled.get(source);
  if (!s) compiled.set(source, (s = new vm.Script(source)));
  return s;
}

/** `/usr/bin/rhino` or the `rhino` on PATH; undefined when it is not installed. */
export function findRhino(): string | undefined {
  for (const dir of (process.env.PATH ?? "").split(path.delimiter)) {
    const candidate = path.join(dir, "rhino");
    if (dir !== "" && fs.existsSync(candidate)) return candidate;
  }
  return undefined;
}

/**
 * Runs every case in one Rhino JVM (start-up costs ~0.3 s, so never one JVM per case). The driver compiles each script
 * once as a function of `context` and `properties` and prints the variables of every case as ASCII-only JSON (lone
 * surrogates included, which Rhino's JSON.stringify would write raw). A script that overflows Rhino's stack ends the
 * JVM: the error names the failure instead of a result.
 */
export function runInRhino(rhino: string, scripts: BundleScripts, cases: readonly ScriptCase[]): Map<string, ScriptResult> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gate-rhino-"));
  try {
    const used = new Set(cases.flatMap((c) => c.policies.map((p) => scripts.policy(p).script)));
    const data = {
      scripts: Object.fromEntries([...used].map((s) => [s, scripts.sources.get(s)!])),
      cases: cases.map((c) => ({ id: c.id, vars: c.vars, stopOn: c.stopOn ?? [], steps: c.policies.map((p) => ({ script: scripts.policy(p).script, properties: scripts.policy(p).properties })) })),
    };
    fs.writeFileSync(path.join(dir, "cases.json"), JSON.stringify(data));
    fs.writeFileSync(path.join(dir, "driver.js"), RHINO_DRIVER);
    let out: string;
    try {
      out = execFileSync(rhino, [path.join(dir, "driver.js"), path.join(dir, "cases.json")], {
        encoding: "utf8",
        timeout: 60_000,
        maxBuffer: 64 * 1024 * 1024,
        stdio: ["ignore", "pipe", "pipe"],
        // A short-lived JVM: the client compiler and a serial collector halve its CPU time; the engine is the same.
        env: { ...process.env, JAVA_TOOL_OPTIONS: "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC" },
      });
    } catch (e) {
      const err = e as { stderr?: string; stdout?: string; message: string };
      const first = (err.stderr ?? "").split("\n").filter((l) => !/^\s+at /.test(l)).slice(0, 3).join(" | ");
      throw new Error(`Rhino failed: ${first || err.message}`);
    }
    const parsed = JSON.parse(out.trim().split("\n").at(-1)!) as Record<string, ScriptResult>;
    return new Map(Object.entries(parsed));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** ES5 for Rhino's shell: `readFile` and `print` are shell functions; `arguments` holds the command-line arguments. */
const RHINO_DRIVER = `
var data = JSON.parse(readFile(arguments[0], "UTF-8"));
var compiled = {};
for (var name in data.scripts) compiled[name] = new Function("context", "properties", data.scripts[name]);

function runCase(kase) {
  var vars = {};
  for (var k in kase.vars) vars[k] = kase.vars[k];
  var context = {
    getVariable: function (n) { return Object.prototype.hasOwnProperty.call(vars, n) ? vars[n] : null; },
    setVariable: function (n, v) { vars[n] = v; }
  };
  for (var s = 0; s < kase.steps.length; s++) {
    var props = {};
    for (var p in kase.steps[s].properties) props[p] = kase.steps[s].properties[p];
    compiled[kase.steps[s].script](context, props);
    var stop = false;
    for (var i = 0; i < kase.stopOn.length; i++) {
      var v = vars[kase.stopOn[i]];
      if (v !== undefined && v !== null) stop = true;
    }
    if (stop) break;
  }
  return vars;
}

var results = {};
for (var c = 0; c < data.cases.length; c++) {
  try {
    results[data.cases[c].id] = { vars: runCase(data.cases[c]) };
  } catch (e) {
    results[data.cases[c].id] = { error: String(e) };
  }
}
print(JSON.stringify(results).replace(/[\\u007f-\\uffff]/g, function (ch) {
  return "\\\\u" + ("0000" + ch.charCodeAt(0).toString(16)).slice(-4);
}));
`;
