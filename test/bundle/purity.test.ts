// DESIGN §2: the bundle compiler is pure. Nothing under src/apigee/bundle imports cdktf, @cdktf/* or constructs.
import * as fs from "fs";
import * as path from "path";

const DIR = path.join(__dirname, "..", "..", "src", "apigee", "bundle");
const FRAMEWORK_IMPORT = /(?:from\s+|require\(\s*|import\(\s*)["'](?:cdktf|@cdktf\/[^"']*|constructs)(?:\/[^"']*)?["']/;

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(path.join(dir, e.name)) : e.name.endsWith(".ts") ? [path.join(dir, e.name)] : []));
}

test("no file of the bundle compiler imports cdktf, @cdktf/* or constructs", () => {
  const files = sources(DIR);
  expect(files.length).toBeGreaterThan(20);
  const framework = FRAMEWORK_IMPORT;
  const offenders = files.filter((f) => framework.test(fs.readFileSync(f, "utf8"))).map((f) => path.relative(DIR, f));
  expect(offenders).toEqual([]);
});

test("the check recognises a framework import (so an empty result means something)", () => {
  const framework = FRAMEWORK_IMPORT;
  expect(framework.test('import { Construct } from "constructs";')).toBe(true);
  expect(framework.test('import { TerraformAsset } from "cdktf/lib/terraform-asset";')).toBe(true);
  expect(framework.test('const g = require("@cdktf/provider-google/lib/apigee-api");')).toBe(true);
  expect(framework.test('import { XMLBuilder } from "fast-xml-parser";')).toBe(false);
});

test("the bundle compiler reads no clock and no environment", () => {
  const offenders = sources(DIR).filter((f) => /Date\.now|process\.env/.test(fs.readFileSync(f, "utf8")));
  expect(offenders).toEqual([]);
});
