// The order the contract states (and the README repeats) names every refusal the gate decides before calling
// Prefect, once per route kind; the codes answered from Prefect's reply come after it.
import { DECISION_ORDER, EVENT_DECISION_ORDER, REFUSALS, RefusalCode } from "../../src/gate/contract";

const AFTER_UPSTREAM: readonly RefusalCode[] = ["run_not_owned", "upstream_rate_limited"];

test("every refusal is placed in the caller routes' order or the status events' order", () => {
  const placed = new Set([...DECISION_ORDER, ...EVENT_DECISION_ORDER].flatMap((step) => step.codes));
  expect((Object.keys(REFUSALS) as RefusalCode[]).filter((c) => !placed.has(c) && !AFTER_UPSTREAM.includes(c))).toEqual([]);
});

test("the caller routes: the address first, the token before the caller's own limit, the quota last", () => {
  const at = (code: RefusalCode) => DECISION_ORDER.findIndex((step) => step.codes.includes(code));
  expect(at("spike_arrest")).toBe(0);
  expect(at("header_repeated")).toBeLessThan(at("token_missing"));
  expect(at("signature_invalid")).toBeLessThan(DECISION_ORDER.findIndex((s, i) => i > 0 && s.codes.includes("spike_arrest")));
  expect(at("route_not_found")).toBeGreaterThan(at("token_missing"));
  expect(at("quota_exceeded")).toBe(DECISION_ORDER.length - 1);
  expect(Math.max(...(["unsupported_media_type", "idempotency_key_missing", "invalid_json", "parameter_hydration"] as const).map(at))).toBeLessThan(at("quota_exceeded"));
});
