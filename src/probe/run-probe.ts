/**
 * The probe: holds a deployed gate to the simulator's decisions. It builds the built-in hostile requests (and, with a
 * caller's token, the requests derived from it), decides them with the simulator as one sequence — the sequence it
 * sends, each request at the second the pace sends it — withholds every request the simulator would allow (except the
 * one run `allowRun` asks for), sends the rest to the gate one at a time at the pace, and compares each answer with
 * its decision. It stops after three requests in a row get no answer.
 */
import { randomUUID } from "crypto";
import type { JSONWebKeySet } from "jose";
import { GateManifest } from "../gate/manifest";
import { Decision } from "../simulate/decision";
import { QuotaState } from "../simulate/quota-state";
import { References } from "../simulate/references";
import { GateSimulator } from "../simulate/simulate-gate";
import { SimulationError } from "../simulate/simulation-error";
import { compareAnswer, Outcome } from "./compare";
import { hostileRequests } from "./hostile-requests";
import { jwksOption } from "./key-sets";
import { LiveAnswer, sendProbeRequest } from "./live-answer";
import { MAX_REQUESTS, pacingIntervalMillis, realSleep, scheduledAt, Sleep } from "./pacing";
import { probeCaller } from "./probe-caller";
import { ProbeContext, runRequest, runsPath } from "./probe-context";
import { ProbeRequest, toGateRequest } from "./probe-request";
import { isLoopbackHost } from "./probe-target";
import { tokenVariants, UNKNOWN_DEPLOYMENT } from "./token-variants";

export interface ProbeOptions {
  readonly manifest: GateManifest;
  /** The gate host, `https://host[:port]` (see `parseGateUrl`). */
  readonly url: URL;
  /** When the probe starts, in unix seconds: the simulator's `now`, and the time of the forged tokens and events. */
  readonly now: number;
  /**
   * Apply-time values and the webhook secret, as the simulator's `set`.
   * @default none
   */
  readonly set?: Readonly<Record<string, string>>;
  /**
   * Public key sets by issuer name.
   * @default none: forged-signature and unknown-key requests are left out, and requests the simulator cannot decide
   *   without keys are skipped
   */
  readonly keySets?: ReadonlyMap<string, JSONWebKeySet>;
  /**
   * A real caller's token: adds the requests derived from it.
   * @default none
   */
  readonly token?: string;
  /**
   * The deployment of the one run the probe may start (with the token, and a fresh Idempotency-Key).
   * @default none: the probe sends no request the simulator would allow
   */
  readonly allowRun?: string;
  /**
   * Milliseconds between two requests.
   * @default pacingIntervalMillis(manifest): at most 5 a second and half the gate's smallest spike-arrest rate
   */
  readonly intervalMillis?: number;
  /**
   * How the probe waits between requests.
   * @default real time
   */
  readonly sleep?: Sleep;
  /**
   * Fresh ids (event ids, Idempotency-Keys).
   * @default crypto.randomUUID
   */
  readonly randomId?: () => string;
  /**
   * Sends one request and reads the answer.
   * @default an HTTP(S) request with a 10 s deadline
   */
  readonly send?: (url: URL, request: ProbeRequest) => Promise<LiveAnswer>;
}

/** One request sent and compared. */
export interface ProbeResult {
  readonly request: { readonly name: string; readonly description: string; readonly method: string; readonly path: string };
  readonly expected: { readonly allow: boolean; readonly status: number; readonly code: string; readonly reason: string };
  readonly got: LiveAnswer;
  readonly outcome: Outcome;
}

/** A request the probe built but did not send, and why. */
export interface UnsentRequest {
  readonly name: string;
  readonly description: string;
  readonly reason: string;
}

export interface ProbeReport {
  /** How many requests were sent and compared. */
  readonly compared: number;
  /** The results whose answer did not match the simulator's decision. */
  readonly mismatches: readonly ProbeResult[];
  /** Every request sent, in order. */
  readonly results: readonly ProbeResult[];
  /** How many answers were 429s the simulator did not expect (rate limited: neither a match nor a mismatch). */
  readonly inconclusive: number;
  /** Requests the simulator would allow, so the probe did not send them. */
  readonly withheld: readonly UnsentRequest[];
  /** Requests the simulator could not decide (a value it needs is missing), so the probe did not send them. */
  readonly skipped: readonly UnsentRequest[];
  /** What the probe could not do, or stopped doing, and why. */
  readonly notes: readonly string[];
  /** The gate: its URL with base path, and its pipeline id. */
  readonly gate: { readonly url: string; readonly pipeline: string };
  /** Milliseconds between two requests. */
  readonly intervalMillis: number;
}

/** Consecutive requests without an answer after which the probe stops. */
const MAX_SILENT_IN_A_ROW = 3;

export async function runProbe(options: ProbeOptions): Promise<ProbeReport> {
  const { manifest, now } = options;
  const set = options.set ?? {};
  const refs = new References(set);
  const keySets = options.keySets ?? new Map<string, JSONWebKeySet>();
  const intervalMillis = options.intervalMillis ?? pacingIntervalMillis(manifest);
  const notes: string[] = [];

  const caller = options.token !== undefined ? probeCaller(manifest, refs, options.token) : undefined;
  const deployment = targetDeployment(manifest, caller?.granted ?? [], options.allowRun);
  if (caller && caller.granted.length === 0) {
    notes.push(
      caller.issuer === undefined
        ? "the token's iss names none of the gate's issuers: the requests derived from it are refused at the token"
        : "the token names no registered caller, or one granted no deployment: the requests derived from it stop at authorization",
    );
  }
  if (!isLoopbackHost(options.url.hostname) && manifest.hostnames.length > 0 && !manifest.hostnames.some((h) => h.toLowerCase() === options.url.hostname.toLowerCase())) {
    notes.push(`the gate serves ${manifest.hostnames.join(", ")}, not ${options.url.hostname}: Apigee routes by host, so the requests may not reach this gate`);
  }
  const ctx: ProbeContext = { manifest, refs, now, keySets, deployment, randomId: options.randomId ?? randomUUID };

  const sets = [hostileRequests(ctx)];
  if (options.token !== undefined) {
    const granted = new Set(caller?.granted ?? []);
    sets.push(tokenVariants(ctx, { token: options.token, ungranted: manifest.deployments.map((d) => d.name).find((d) => !granted.has(d)) }));
  }
  let candidates: ProbeRequest[] = sets.flatMap((s) => s.requests);
  notes.push(...sets.flatMap((s) => s.notes));
  if (options.allowRun !== undefined && options.token !== undefined) {
    candidates.push(
      runRequest(ctx, `allowed-run-${options.allowRun}`, "the one run --allow-runs asks for, with a fresh Idempotency-Key", `Bearer ${options.token}`, {
        path: runsPath(manifest, options.allowRun),
        allowedRun: true,
      }),
    );
  }
  if (candidates.length > MAX_REQUESTS) throw new Error(`the probe built ${candidates.length} requests, more than its bound of ${MAX_REQUESTS}`);

  // Decide the sequence that will be sent: leave out what the simulator would allow or cannot decide, then decide the
  // remaining sequence again from fresh counters, until nothing more is left out.
  const withheld: UnsentRequest[] = [];
  const skipped: UnsentRequest[] = [];
  // The manifest is checked once, not once per request decided.
  const simulator = new GateSimulator(manifest);
  let decisions: Decision[];
  for (;;) {
    const state = new QuotaState();
    const kept: ProbeRequest[] = [];
    decisions = [];
    for (const r of candidates) {
      let decision: Decision;
      try {
        const at = scheduledAt(now, kept.length, intervalMillis);
        decision = await simulator.simulate(toGateRequest(r, at), { now, set, jwks: keySets.size > 0 ? jwksOption(keySets) : undefined, quotaState: state });
      } catch (e) {
        if (!(e instanceof SimulationError)) throw e;
        skipped.push({ name: r.name, description: r.description, reason: e.message });
        continue;
      }
      if (decision.allow && !r.allowedRun) {
        withheld.push({ name: r.name, description: r.description, reason: decision.reason });
        continue;
      }
      kept.push(r);
      decisions.push(decision);
    }
    const done = kept.length === candidates.length;
    candidates = kept;
    if (done) break;
  }
  // Never more than the one run asked for.
  if (decisions.filter((d) => d.allow).length > 1 || decisions.some((d, i) => d.allow && !candidates[i].allowedRun)) {
    throw new Error("the probe would send a request the simulator allows that --allow-runs did not ask for");
  }

  const send = options.send ?? sendProbeRequest;
  const sleep = options.sleep ?? realSleep;
  const results: ProbeResult[] = [];
  let silent = 0;
  for (const [i, r] of candidates.entries()) {
    if (i > 0) await sleep(intervalMillis);
    const got = await send(options.url, r);
    const d = decisions[i];
    results.push({
      request: { name: r.name, description: r.description, method: r.method, path: r.path },
      expected: { allow: d.allow, status: d.status, code: d.code, reason: d.reason },
      got,
      outcome: compareAnswer(d, got),
    });
    silent = "error" in got ? silent + 1 : 0;
    if (silent === MAX_SILENT_IN_A_ROW && i < candidates.length - 1) {
      notes.push(`the gate did not answer ${MAX_SILENT_IN_A_ROW} requests in a row; the probe stopped, ${candidates.length - i - 1} request(s) not sent`);
      break;
    }
  }

  return {
    compared: results.length,
    mismatches: results.filter((r) => r.outcome === "mismatch"),
    results,
    inconclusive: results.filter((r) => r.outcome === "inconclusive").length,
    withheld,
    skipped,
    notes,
    gate: { url: `${options.url.origin}${manifest.basePath}`, pipeline: manifest.pipeline },
    intervalMillis,
  };
}

/** The deployment refusable run requests aim at: the allowed run's if granted, else the first granted, else any. */
function targetDeployment(manifest: GateManifest, granted: readonly string[], allowRun: string | undefined): string {
  if (allowRun !== undefined && granted.includes(allowRun)) return allowRun;
  return granted[0] ?? allowRun ?? manifest.deployments[0]?.name ?? UNKNOWN_DEPLOYMENT;
}
