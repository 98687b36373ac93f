import { Duration } from "../core/duration";

/** The most the provider lets an old key live after a rotation (`old_key_expires_in_seconds` ≤ 172800). */
export const MAX_OLD_KEY_OVERLAP = Duration.hours(48);

/** The timings of a rotated Prefect key and of the gate that reads it. */
export interface RotationTimings {
  /** Rotation period (`time_rotating`). */
  readonly every: Duration;
  /** How long after the rotation is due the key still works: `api_key_expiration = due + grace`. */
  readonly grace: Duration;
  /** How long the previous key keeps working after a rotation (`old_key_expires_in_seconds`). */
  readonly overlap: Duration;
  /** How long the gate caches the key it read from Secret Manager. */
  readonly cacheTtl: Duration;
  /** The longest time between two applies of the stack (the CI schedule). */
  readonly applyEvery: Duration;
}

/** The defaults of {@link GateServiceAccount}: every 30 d, grace 7 d, overlap 24 h, cache TTL 5 min, apply daily. */
export const DEFAULT_ROTATION_TIMINGS: RotationTimings = {
  every: Duration.days(30),
  grace: Duration.days(7),
  overlap: Duration.hours(24),
  cacheTtl: Duration.minutes(5),
  applyEvery: Duration.days(1),
};

/**
 * The zero-downtime invariant of the gate's Prefect key, as arithmetic. Returns the violated
 * rules, empty when the timings are safe.
 *
 * A key made at apply time `t0` expires at `t0 + every + grace`. It is replaced by the first apply after it is due,
 * at the latest `t0 + every + applyEvery`; the gate may serve the old key from its cache for `cacheTtl` more. So:
 * 1. `applyEvery <= every`: every period sees an apply, so every period rotates;
 * 2. `grace >= applyEvery + cacheTtl`: the key outlives the next apply and the gate's cache of it (expiry is then
 *    later than period + apply gap + cache TTL);
 * 3. `cacheTtl < overlap`: after a rotation the old key lives longer than any cached copy;
 * 4. `overlap <= 48 h`: the provider's limit.
 * The remaining part, "the secret version changes whenever the key does", is structural: the key's expiration and
 * the secret version derive from the same `RotationSchedule`, which {@link GateServiceAccount} enforces.
 */
export function checkRotationInvariant(t: RotationTimings): string[] {
  const s = (d: Duration) => d.toMillis() / 1000;
  const violations: string[] = [];
  if (s(t.applyEvery) > s(t.every)) {
    violations.push(`applyEvery (${t.applyEvery}) must be at most the rotation period every (${t.every}), or a period can pass without a rotation`);
  }
  if (s(t.grace) < s(t.applyEvery) + s(t.cacheTtl)) {
    violations.push(`grace (${t.grace}) must be at least applyEvery + cacheTtl (${t.applyEvery} + ${t.cacheTtl}), or the key can expire before the next apply replaces it`);
  }
  if (s(t.cacheTtl) >= s(t.overlap)) {
    violations.push(`cacheTtl (${t.cacheTtl}) must be shorter than overlap (${t.overlap}), or the gate can keep using the old key after it died`);
  }
  if (s(t.overlap) > s(MAX_OLD_KEY_OVERLAP) || !t.overlap.isWholeSeconds()) {
    violations.push(`overlap (${t.overlap}) must be whole seconds, at most 48 hours (the provider's old_key_expires_in_seconds limit, 172800)`);
  }
  return violations;
}
