// The import rule of DESIGN §2, proven on fixture files through ESLint's Node API.
import * as fs from "fs";
import * as path from "path";
import { ESLint } from "eslint";

const ROOT = path.join(__dirname, "..", "..");
// The project's own config, passed as an object: jest's VM cannot dynamic-import a config file.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const config = require("../../eslint.config.js");
const eslint = new ESLint({ cwd: ROOT, overrideConfigFile: true, overrideConfig: config });

async function restrictedImports(fixture: string, asFile: string): Promise<string[]> {
  const code = fs.readFileSync(path.join(ROOT, "test", "fixtures", "lint", fixture), "utf8");
  const [result] = await eslint.lintText(code, { filePath: path.join(ROOT, asFile) });
  return result.messages.filter((m) => m.ruleId === "no-restricted-imports").map((m) => m.message);
}

test("a provider barrel import is reported anywhere in src/, even in the facade", async () => {
  expect(await restrictedImports("barrel-import.ts", "src/apigee/barrel.ts")).toEqual(
    expect.arrayContaining([expect.stringContaining("'@cdktf/provider-google' import is restricted from being used. deep-import one module")]),
  );
  expect(await restrictedImports("barrel-import.ts", "src/internal/barrel.ts")).toHaveLength(1);
  expect(await restrictedImports("barrel-import.ts", "stacks/barrel.ts")).toHaveLength(1);
});

test("a direct cdktf import is reported outside the facade", async () => {
  expect(await restrictedImports("direct-cdktf-import.ts", "src/pipeline/stack.ts")).toEqual([
    expect.stringContaining("only src/internal/ (the facade) and src/gen/ import cdktf and @cdktf/*"),
  ]);
});

test("a deep provider import is reported outside the facade and allowed inside it", async () => {
  expect(await restrictedImports("deep-import.ts", "src/apigee/env.ts")).toHaveLength(1);
  expect(await restrictedImports("deep-import.ts", "src/internal/google.ts")).toEqual([]);
});

test("the facade and the generated bindings are the only exceptions", async () => {
  expect(await restrictedImports("direct-cdktf-import.ts", "src/internal/cdk.ts")).toEqual([]);
  expect(await restrictedImports("facade-import.ts", "src/pipeline/stack.ts")).toEqual([]);
});
