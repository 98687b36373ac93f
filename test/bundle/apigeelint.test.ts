// The bundles the gate builds lint clean with apigeelint (pinned dev dependency, --profile apigeex), run on the zips
// themselves. Each accepted warning is listed with its reason; any other warning or any error fails.
import { deterministicZip } from "../../src/apigee/bundle/zip";
import { apigeelint as lint } from "../support/apigeelint";
import { gateProxy, gateSharedFlow } from "./gate-fixture";

/** Warnings we accept, by rule id, with why. */
const ACCEPTED: Record<string, string> = {
  TD002: "the gate calls Prefect Cloud's one public URL; a target server would add an environment resource for no gain (TargetConnection.targetServer exists for users who want one)",
  TD007: "api.prefect.cloud presents a publicly trusted certificate; with Enforce=true and no IgnoreValidationErrors Apigee X validates it against its default CA set, so no custom truststore is needed",
};

// The three runs start together (each takes ~0.7 s of mostly start-up).
type Messages = Awaited<ReturnType<typeof lint>>;
let runs: Promise<[Messages, Messages, Messages]>;
beforeAll(() => {
  const bad = gateSharedFlow().pack().files.map((f) =>
    f.path.endsWith("default.xml") ? { ...f, content: f.content.replace("<Name>AM-Correlation</Name>", "<Name>AM-Missing</Name>") } : f,
  );
  runs = Promise.all([
    lint("orders-gate.zip", gateProxy().pack().zip),
    lint("gate-common.zip", gateSharedFlow().pack().zip),
    // the tampered files, zipped with the same deterministic packer the bundles use
    lint("bad.zip", deterministicZip(bad)),
  ]);
});

test("the gate proxy zip has no apigeelint errors and only the accepted warnings", async () => {
  const [messages] = await runs;
  expect(messages.filter((m) => m.severity === 2)).toEqual([]);
  const unexpected = messages.filter((m) => m.severity === 1 && !(m.ruleId in ACCEPTED));
  expect(unexpected).toEqual([]);
  // The accepted ones are really what the linter reports (so this list cannot silently go stale).
  expect(messages.map((m) => `${m.ruleId} ${m.file}`).sort()).toEqual(["TD002 apiproxy/targets/prefect.xml", "TD007 apiproxy/targets/prefect.xml"]);
}, 20_000);

test("the gate's shared flow zip lints with no errors and no warnings", async () => {
  const [, messages] = await runs;
  expect(messages).toEqual([]);
}, 20_000);

test("apigeelint does catch a bad bundle, so the clean results above mean something", async () => {
  const [, , messages] = await runs;
  expect(messages.filter((m) => m.severity === 2).map((m) => m.ruleId)).toContain("BN010");
}, 20_000);
