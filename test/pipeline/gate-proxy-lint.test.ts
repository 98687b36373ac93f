// The generated gate lints clean with apigeelint (pinned dev dependency, --profile apigeex), run on the packed zip:
// zero errors, and only the warnings listed here with the reason they are accepted.
import { buildGateProxy } from "../../src/pipeline/gate-proxy";
import { apigeelint, LintMessage } from "../support/apigeelint";
import { gateSpec } from "./gate-proxy-fixture";

/** Warnings we accept, by rule id, with why. */
const ACCEPTED: Record<string, string> = {
  CC004:
    "the issuer_unknown refusal lists every VerifyJWT's selector value (one per iss spelling) so that no request skips verification; the policy pack's GP001 reads exactly this condition, and it grows with the issuers",
};

let runs: Promise<[LintMessage[], LintMessage[]]>;
beforeAll(() => {
  // The fixture (three issuers, KVM-read values) and a minimal gate: one literal issuer, everything literal.
  const minimal = gateSpec({ issuers: [gateSpec().issuers[0]], prefect: { ...gateSpec().prefect, workspaceId: { literal: "6f1c2a3b-0000-4000-8000-000000000002" } } });
  runs = Promise.all([apigeelint("orders-gate.zip", buildGateProxy(gateSpec()).pack().zip), apigeelint("minimal-gate.zip", buildGateProxy(minimal).pack().zip)]);
});

test("the gate zip has no apigeelint errors and only the accepted warnings", async () => {
  const [messages] = await runs;
  expect(messages.filter((m) => m.severity === 2)).toEqual([]);
  expect(messages.filter((m) => !(m.ruleId in ACCEPTED))).toEqual([]);
  // The accepted ones are what the linter really reports, so this list cannot go stale silently.
  expect(messages.map((m) => `${m.ruleId} ${m.file}`)).toEqual(["CC004 apiproxy/proxies/default.xml"]);
}, 30_000);

test("a gate with one issuer lints with no errors and no warnings at all", async () => {
  const [, messages] = await runs;
  expect(messages).toEqual([]);
}, 30_000);
