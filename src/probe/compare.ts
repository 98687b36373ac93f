/**
 * Holds a live answer to the simulator's decision. An allowed decision matches any 2xx; a refusal matches the same
 * status with the same `code`. A live gate keeps counters the probe cannot see (other callers share its spike arrests
 * and quotas), so a 429 where the simulator expected something else is inconclusive (rate limited), neither a match
 * nor a mismatch. No answer at all is a mismatch.
 */
import type { Decision } from "../simulate/decision";
import { LiveAnswer } from "./live-answer";

export type Outcome = "match" | "mismatch" | "inconclusive";

export function compareAnswer(expected: Decision, live: LiveAnswer): Outcome {
  if ("error" in live) return "mismatch";
  if (!expected.allow && live.status === expected.status && live.code === expected.code) return "match";
  if (live.status === 429) return "inconclusive";
  if (expected.allow) return live.status >= 200 && live.status < 300 ? "match" : "mismatch";
  return "mismatch";
}

/** `401 token_missing`, `2xx (allowed)`: what the simulator expected, in the probe's words. */
export function expectedText(expected: { readonly allow: boolean; readonly status: number; readonly code: string }): string {
  return expected.allow ? `2xx (${expected.code})` : `${expected.status} ${expected.code}`;
}

/** `401 token_missing`, `200 (no gate error body)`, `no answer: ECONNREFUSED`. */
export function answerText(live: LiveAnswer): string {
  if ("error" in live) return `no answer: ${live.error}`;
  return `${live.status} ${live.code ?? "(no gate error body)"}`;
}
