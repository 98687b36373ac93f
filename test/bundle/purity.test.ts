// DESIGN §2: the bundle compiler is pure. Nothing under src/apigee/bundle imports cdktf, @cdktf/* or constructs.
import * as fs from "fs";
import * as path from "path";
import { ROOT, tsFiles } from "../support/source-files";

const DIR = path.join("src", "apigee", "bundle");
const FRAMEWORK_IMPORT = /(?:from\s+|require\(\s*|import\(\s*)["'](?:cdktf|@cdktf\/[^"']*|constructs)(?:\/[^"']*)?["']/;
const read = (file: string) => fs.readFileSync(path.join(ROOT, file), "utf8");

test("no file of the bundle compiler imports cdktf, @cdktf/* or constructs", () => {
  const files = tsFiles(DIR);
  expect(files.length).toBeGreaterThan(20);
  const framework = FRAMEWORK_IMPORT;
  const offenders = files.filter((f) => framework.test(read(f))).map((f) => path.relative(DIR, f));
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
  const offenders = tsFiles(DIR).filter((f) => /Date\.now|process\.env/.test(read(f)));
  expect(offenders).toEqual([]);
});
