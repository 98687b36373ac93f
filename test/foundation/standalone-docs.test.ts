// What the package ships stands alone: its comments, doc comments (the typings users read), error messages and
// generated headers state facts and never point to files users do not have — the design notes, the reference notes
// and the issue tracker of this repository, or its tests and scripts. Public standards (RFC 8725 §2.1), vendors' docs
// and other projects' issues (owner/repo#123) are fine. Everything under src/ ships (compiled, comments kept) and bin/
// ships as it is.
import * as fs from "fs";
import * as path from "path";
import { repoFiles, ROOT } from "../support/source-files";

/** What a pointer to a file users do not have looks like, and why it is one. */
const POINTERS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bDESIGN\b/, "the design notes"],
  [/\bdecision \d+\b/i, "a numbered design decision"],
  [/(^|[^\w./-])reference\/[\w.-]+/, "the reference notes"],
  [/\b(security|apigee|prefect|platform-semantics|ecosystem|google7-extras|terraform-offline)\.md\b/, "a reference note"],
  [/\b[\w-]+\.md\s*§/, "a section of a Markdown file"],
  [/\(§\d/, "a section of an unnamed document"],
  [/\bshared\//, "the shared folder"],
  [/\b[Ii]ssues? #?\d{1,3}\b/, "an issue of this repository"],
  [/(^|[^\w./-])(test|bench|scripts|schemas)\/[\w.-]+/, "a file of the repository that is not in the package"],
];

/** Every line of `rel` that points to something users do not have, as `<file>:<line>: <why>: <text>`. */
function pointersIn(rel: string, text: string): string[] {
  return text.split("\n").flatMap((line, i) =>
    POINTERS.filter(([pattern]) => pattern.test(line)).map(([, why]) => `${rel}:${i + 1}: ${why}: ${line.trim()}`),
  );
}

test("shipped sources and the bin script point to no file users do not have", () => {
  const shipped = [...repoFiles("src", /\.(ts|js)$/), ...repoFiles("bin", /\.(ts|js)$/)];
  expect(shipped.length).toBeGreaterThan(100);
  expect(shipped.flatMap((f) => pointersIn(f, fs.readFileSync(path.join(ROOT, f), "utf8")))).toEqual([]);
});

test.each([
  ["see DESIGN decision 5", "the design notes"],
  ["(decision 7)", "a numbered design decision"],
  ["Pay-as-you-go types (reference/apigee.md §2.2)", "the reference notes"],
  ["jose's codes (security.md §2.1)", "a reference note"],
  ["done with jose (§2)", "a section of an unnamed document"],
  ["facts in /work/shared/DESIGN.md", "the shared folder"],
  ["fixed in issue 12", "an issue of this repository"],
  ["listed by test/foundation/public-api.test.ts", "a file of the repository that is not in the package"],
])("it recognizes a pointer: %s", (line, why) => {
  expect(pointersIn("x.ts", line).map((p) => p.split(": ")[1])).toContain(why);
});

test.each([
  "algorithm confusion (RFC 8725 §2.1)",
  "partial templates drift: PrefectHQ/terraform-provider-prefect#102 and #244",
  "(cloud.google.com/apigee/docs/reference/apis/apigee/rest/v1/...)",
  "Auth0, whose APIs issue 86400 s tokens unless configured lower",
  "`gated-pipeline/access-matrix.md` and `.json`",
  "import { x } from \"../gate-scripts/body-script\";",
])("it leaves facts and public sources alone: %s", (line) => {
  expect(pointersIn("x.ts", line)).toEqual([]);
});
