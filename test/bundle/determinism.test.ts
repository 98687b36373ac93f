// Same bundle ⇒ same bytes (DESIGN decision 4): in any time zone, whatever the source files' mtimes, on every pack(),
// for the generator's gate and for a shared flow.
import { execFile } from "child_process";
import { createHash } from "crypto";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { promisify } from "util";
import { unzipSync } from "fflate";
import * as ts from "typescript";
import { ProxyBundle, RaiseFault, ResourceFile, Javascript } from "../../src/apigee/bundle";
import { buildGateProxy } from "../../src/pipeline/gate-proxy";
import { gateSpec } from "../pipeline/gate-proxy-fixture";
import { commonSharedFlow } from "./shared-flow-fixture";

/** The generator's gate, the bundle every deployment uploads. */
const gateProxy = () => buildGateProxy(gateSpec());

const ROOT = path.join(__dirname, "..", "..");

/** MD5 of the shared-flow zip. If the rendering changes on purpose, update it and say why in the commit. */
const SHARED_FLOW_MD5 = "fDe1cLKAs32if4l23o6ILw==";

test("the shared flow zip has the expected MD5 (base64), equal to base64(md5(zip))", () => {
  const packed = commonSharedFlow().pack();
  expect(packed.md5Base64).toBe(SHARED_FLOW_MD5);
  expect(createHash("md5").update(packed.zip).digest("base64")).toBe(packed.md5Base64);
  expect(packed.fileName).toBe("gate-common.zip");
});

test("packing under other TZ values gives the same bytes", async () => {
  // The zip writer is the only code that touches a Date. Transpile it for plain node children, which zip the
  // rendered files under each TZ and print the MD5 plus their UTC offset (proving the TZ really differed).
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bundle-tz-"));
  const source = fs.readFileSync(path.join(ROOT, "src", "apigee", "bundle", "zip.ts"), "utf8");
  fs.writeFileSync(path.join(dir, "zip.js"), ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 } }).outputText);
  const proxy = gateProxy().pack();
  const shared = commonSharedFlow().pack();
  fs.writeFileSync(path.join(dir, "files.json"), JSON.stringify([proxy.files, shared.files]));
  const child = [
    `const { deterministicZip, md5Base64 } = require(${JSON.stringify(path.join(dir, "zip.js"))});`,
    `const sets = require(${JSON.stringify(path.join(dir, "files.json"))});`,
    `const offset = new Date(Date.UTC(2026, 0, 1)).getTimezoneOffset();`,
    `process.stdout.write(JSON.stringify({ offset, md5: sets.map((f) => md5Base64(deterministicZip(f))) }));`,
  ].join("\n");
  const zones = ["UTC", "Asia/Kolkata", "America/St_Johns", "Pacific/Kiritimati"];
  const results = await Promise.all(
    zones.map(async (tz) => {
      const { stdout } = await promisify(execFile)(process.execPath, ["-e", child], {
        env: { ...process.env, TZ: tz, NODE_PATH: path.join(ROOT, "node_modules") },
      });
      return JSON.parse(stdout) as { offset: number; md5: string[] };
    }),
  );
  fs.rmSync(dir, { recursive: true, force: true });
  expect(results.map((r) => r.offset)).toEqual([0, -330, 210, -840]);
  for (const r of results) expect(r.md5).toEqual([proxy.md5Base64, SHARED_FLOW_MD5]);
}, 20_000);

test("the zip pins every variable: sorted entries, no directories, STORE, 1980-01-01 00:00, Unix mode 0644", () => {
  const { zip, files } = gateProxy().pack();
  const entries: Array<{ name: string; method: number; time: number; date: number; madeBy: number; attrs: number }> = [];
  // Walk the central directory (signature 0x02014b50).
  let at = zip.readUInt32LE(zip.length - 22 + 16);
  while (zip.readUInt32LE(at) === 0x02014b50) {
    const nameLength = zip.readUInt16LE(at + 28);
    const extra = zip.readUInt16LE(at + 30);
    const comment = zip.readUInt16LE(at + 32);
    entries.push({
      name: zip.toString("utf8", at + 46, at + 46 + nameLength),
      method: zip.readUInt16LE(at + 10),
      time: zip.readUInt16LE(at + 12),
      date: zip.readUInt16LE(at + 14),
      madeBy: zip.readUInt8(at + 5),
      attrs: zip.readUInt32LE(at + 38),
    });
    expect(extra + comment).toBe(0);
    at += 46 + nameLength + extra + comment;
  }
  const names = entries.map((e) => e.name);
  expect(names).toEqual([...names].sort());
  expect(names).toEqual(files.map((f) => f.path));
  expect(names.filter((n) => n.endsWith("/"))).toEqual([]);
  for (const e of entries) {
    expect(e).toEqual({ name: e.name, method: 0, time: 0, date: (0 << 9) | (1 << 5) | 1, madeBy: 3, attrs: (0o100644 << 16) >>> 0 });
  }
  // and it unzips to exactly the rendered files
  const unzipped = unzipSync(new Uint8Array(zip));
  expect(Object.fromEntries(Object.entries(unzipped).map(([k, v]) => [k, Buffer.from(v).toString("utf8")]))).toEqual(
    Object.fromEntries(files.map((f) => [f.path, f.content])),
  );
});

test("the MD5 does not change when the source files' mtimes change", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bundle-mtime-"));
  const script = path.join(dir, "check.js");
  fs.writeFileSync(script, '(function () {\n  "use strict";\n  context.setVariable("x", "1");\n})();\n');
  const build = (): string =>
    new ProxyBundle({
      name: "mtime",
      basePath: "/mtime",
      proxyEndpoint: {
        preFlow: { request: [new Javascript({ name: "JS-Check", script: ResourceFile.javascript("check.js", fs.readFileSync(script, "utf8")) })] },
        flows: [{ name: "all", request: [new RaiseFault({ name: "RF-Stop", statusCode: 404, reasonPhrase: "Not Found" })] }],
      },
    }).pack().md5Base64;
  fs.utimesSync(script, new Date(Date.UTC(2001, 0, 1)), new Date(Date.UTC(2001, 0, 1)));
  const before = build();
  fs.utimesSync(script, new Date(Date.UTC(2025, 5, 30, 13, 37)), new Date(Date.UTC(2025, 5, 30, 13, 37)));
  fs.chmodSync(script, 0o755);
  expect(build()).toBe(before);
  fs.rmSync(dir, { recursive: true, force: true });
});

test("pack() is cached and two identical bundles give identical bytes", () => {
  const bundle = gateProxy();
  expect(bundle.pack()).toBe(bundle.pack());
  expect(gateProxy().pack().zip.equals(bundle.pack().zip)).toBe(true);
});
