// Bundles built with the bundle model lint clean with apigeelint (pinned dev dependency, --profile apigeex), run on the
// zips themselves; the linter does catch a broken bundle. The generator's gate proxy is linted in
// test/pipeline/gate-proxy-lint.test.ts, each example's bundles in test/examples.
import { deterministicZip } from "../../src/apigee/bundle/zip";
import { apigeelint as lint } from "../support/apigeelint";
import { commonSharedFlow } from "./shared-flow-fixture";

// The runs start together (each takes ~0.7 s of mostly start-up when not cached).
type Messages = Awaited<ReturnType<typeof lint>>;
let runs: Promise<[Messages, Messages]>;
beforeAll(() => {
  const bad = commonSharedFlow()
    .pack()
    .files.map((f) => (f.path.endsWith("default.xml") ? { ...f, content: f.content.replace("<Name>AM-Correlation</Name>", "<Name>AM-Missing</Name>") } : f));
  runs = Promise.all([
    lint("gate-common.zip", commonSharedFlow().pack().zip),
    // the tampered files, zipped with the same deterministic packer the bundles use
    lint("bad.zip", deterministicZip(bad)),
  ]);
});

test("a shared flow zip lints with no errors and no warnings", async () => {
  const [messages] = await runs;
  expect(messages).toEqual([]);
}, 20_000);

test("apigeelint does catch a bad bundle, so the clean results above mean something", async () => {
  const [, messages] = await runs;
  expect(messages.filter((m) => m.severity === 2).map((m) => m.ruleId)).toContain("BN010");
}, 20_000);
