/**
 * What the gate keeps between requests, as the simulator models it: spike arrests, product quotas and the event cache.
 */
import { Rate } from "../core/rate";
import { ManifestQuota } from "../gate/manifest";
import { SimulationError } from "./simulation-error";

/**
 * What the gate keeps between requests: the spike-arrest counters (per client IP, per caller), each caller's product
 * quota, and the status-event ids it has published. One state spans a sequence of requests; pass the same one to
 * several `simulateGate` calls (`options.quotaState`) to continue a sequence.
 */
export class QuotaState {
  private readonly counters = new Map<string, { window: number; count: number }>();
  private readonly remembered = new Map<string, number>();

  /**
   * Whether `key` was remembered and has not expired at `at`. Models the proxy's LookupCache on an Apigee cache entry
   * written by PopulateCache with a TTL (the entry is gone once the TTL has passed).
   */
  public isRemembered(key: string, at: number): boolean {
    const until = this.remembered.get(key);
    return until !== undefined && at < until;
  }

  /** Remembers `key` for `ttlSeconds` from `at` (PopulateCache with `<ExpirySettings><TimeoutInSeconds>`). */
  public remember(key: string, at: number, ttlSeconds: number): void {
    this.remembered.set(key, at + ttlSeconds);
  }

  /** Counts one request against `key` in `window`; false once `limit` requests were counted in that window. */
  public take(key: string, window: number, limit: number): boolean {
    const counter = this.counters.get(key);
    if (!counter || counter.window !== window) {
      this.counters.set(key, { window, count: 1 });
      return limit >= 1;
    }
    if (counter.count >= limit) return false;
    counter.count++;
    return true;
  }

  /** Requests counted against `key` in its current window (0 when none). */
  public used(key: string): number {
    return this.counters.get(key)?.count ?? 0;
  }
}

/**
 * A spike-arrest rate (`20ps`, `600pm`) as a budget per aligned second or minute. Apigee with `UseEffectiveCount`
 * counts this way (SpikeArrest policy reference, `<UseEffectiveCount>`: a sliding window over all message processors);
 * without it Apigee smooths (20ps = one request per 50 ms), which is stricter for bursts. Each `<Identifier>` value
 * has its own counter (SpikeArrest reference, `<Identifier>`), so the simulator keys a counter per client IP and per
 * caller.
 */
export function spikeArrestWindow(rate: Rate, at: number): { limit: number; window: number } {
  return { limit: rate.amount, window: Math.floor(at / rate.unitSeconds) };
}

/** A manifest's spike-arrest rate (`20ps`, `600pm`), read once per simulated gate. */
export function spikeArrestRate(rate: string): Rate {
  const parsed = Rate.parse(rate);
  if (!parsed) throw new SimulationError(`spike-arrest rate ${JSON.stringify(rate)} is not a rate like "20ps" or "600pm"`);
  return parsed;
}

/** Whether `rate` is a SpikeArrest rate as the gate writes it (`Rate.parse`). */
export function isSpikeArrestRate(rate: string): boolean {
  return Rate.parse(rate) !== undefined;
}

const UNIT_SECONDS = { minute: 60, hour: 3_600, day: 86_400 } as const;

/**
 * The quota window `at` falls in: Apigee's default Quota type starts a window at the top of the unit, in UTC, so
 * windows are aligned to `interval` units since the epoch (calendar months for `month`).
 */
export function quotaWindow(quota: ManifestQuota, at: number): number {
  if (quota.timeUnit === "month") {
    const d = new Date(at * 1000);
    const months = (d.getUTCFullYear() - 1970) * 12 + d.getUTCMonth();
    return Math.floor(months / quota.interval);
  }
  return Math.floor(at / (UNIT_SECONDS[quota.timeUnit] * quota.interval));
}
