import { execFileSync, spawnSync } from "child_process";
import * as path from "path";

const BIN = path.join(__dirname, "..", "..", "bin", "gated-pipeline.js");

test("--version prints the package version", () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { version } = require("../../package.json") as { version: string };
  expect(execFileSync(process.execPath, [BIN, "--version"], { encoding: "utf8" })).toBe(`${version}\n`);
});

test("--help lists the commands", () => {
  const out = execFileSync(process.execPath, [BIN, "--help"], { encoding: "utf8" });
  expect(out).toContain("usage: gated-pipeline <command>");
  expect(out).toMatch(/simulate/);
  expect(out).toMatch(/check/);
});

test("an unknown command exits 2 with a message on stderr", () => {
  const res = spawnSync(process.execPath, [BIN, "frobnicate"], { encoding: "utf8" });
  expect(res.status).toBe(2);
  expect(res.stderr).toContain('gated-pipeline: unknown command "frobnicate"');
});

test("no arguments prints the usage on stderr and exits 2", () => {
  const res = spawnSync(process.execPath, [BIN], { encoding: "utf8" });
  expect(res.status).toBe(2);
  expect(res.stdout).toBe("");
  expect(res.stderr).toContain("usage: gated-pipeline <command>");
});
