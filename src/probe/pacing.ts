/**
 * How fast the probe sends: at most 5 requests a second, and at most half the gate's smallest spike-arrest rate (per
 * client IP, per caller), so the probe never trips a limit a real caller shares with it. Apigee's SpikeArrest
 * smooths its rate (20ps allows one request per 50 ms), so half the rate leaves room for network jitter.
 */
import { Rate } from "../core/rate";
import { GateManifest } from "../gate/manifest";

/** The shortest gap between two probe requests, whatever the gate allows: 5 requests a second. */
export const MIN_INTERVAL_MILLIS = 200;

/** The most requests one probe run sends. */
export const MAX_REQUESTS = 100;

/** Milliseconds between two requests to the gate of `manifest`. */
export function pacingIntervalMillis(manifest: GateManifest): number {
  const perSecond = [manifest.gate.spikeArrestRate, manifest.gate.callerSpikeArrestRate]
    .map((rate) => (rate === undefined ? undefined : Rate.parse(rate)))
    .filter((r): r is Rate => r !== undefined)
    .map((r) => r.toPerSecond());
  const slowest = perSecond.length > 0 ? Math.min(...perSecond) : Infinity;
  return Math.max(MIN_INTERVAL_MILLIS, Math.ceil(2000 / slowest));
}

/** When the `index`th request is sent, in unix seconds, for the simulator: `start` plus its place in the pace. */
export function scheduledAt(start: number, index: number, intervalMillis: number): number {
  return start + Math.floor((index * intervalMillis) / 1000);
}

/** Waits `millis` (the CLI's real clock; tests pass their own). */
export type Sleep = (millis: number) => Promise<void>;

export const realSleep: Sleep = (millis) => new Promise((resolve) => setTimeout(resolve, millis));
