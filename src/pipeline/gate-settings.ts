import { Duration } from "../core/duration";
import { Rate } from "../core/rate";
import { notAllowed } from "../core/rules";
import { DEFAULT_EVENT_WINDOW_SECONDS } from "../gate/contract";
import { GatedPipelineProps } from "./gated-pipeline-props";

/** The gate-wide limits of a pipeline, every one set (defaults applied). */
export interface GateSettings {
  readonly spikeArrestRate: Rate;
  readonly callerSpikeArrestRate: Rate;
  readonly maxBodyBytes: number;
  readonly connectTimeout: Duration;
  readonly ioTimeout: Duration;
  /** `statusEvents.replayWindow`. */
  readonly replayWindow: Duration;
}

/** The defaults of the gate settings (`GatedPipelineProps.gate` and `statusEvents.replayWindow`), stated once. */
export const GATE_DEFAULTS: GateSettings = {
  spikeArrestRate: Rate.perSecond(20),
  callerSpikeArrestRate: Rate.perSecond(5),
  maxBodyBytes: 65_536,
  connectTimeout: Duration.seconds(3),
  ioTimeout: Duration.seconds(15),
  replayWindow: Duration.seconds(DEFAULT_EVENT_WINDOW_SECONDS),
};

/** Bounds of the gate settings, and why. */
const LIMITS = {
  /** Prefect's request body limit. */
  maxBodyBytes: { min: 256, max: 5 * 1024 * 1024 },
  connectTimeout: { min: Duration.millis(100), max: Duration.seconds(30) },
  /** Apigee answers 504 after 55 s anyway; a longer timeout only hides a stuck upstream. */
  ioTimeout: { min: Duration.millis(100), max: Duration.seconds(55) },
  /** At least a minute (Prefect's delivery takes a moment), at most a day (the ids are cached that long). */
  replayWindow: { min: Duration.seconds(60), max: Duration.hours(24) },
} as const;

/** The gate settings of `props`, with the defaults; problems (one sentence each, naming `path`) go to `problems`. */
export function resolveGateSettings(path: string, props: GatedPipelineProps, problems: string[]): GateSettings {
  const g = props.gate ?? {};
  const rate = (field: string, value: Rate | undefined, fallback: Rate): Rate => {
    if (value === undefined) return fallback;
    if (value instanceof Rate) return value;
    problems.push(notAllowed(path, `gate.${field}`, value, "a Rate, e.g. Rate.perSecond(20) or Rate.perMinute(600); rate strings are no longer accepted"));
    return fallback;
  };
  const duration = (field: string, value: Duration | undefined, fallback: Duration, limits: { min: Duration; max: Duration }, unit: "milliseconds" | "seconds", why: string): Duration => {
    if (value === undefined) return fallback;
    if (!(value instanceof Duration)) {
      problems.push(notAllowed(path, field, value, `a Duration, e.g. Duration.seconds(${fallback.toMillis() / 1000})`));
      return fallback;
    }
    const ms = value.toMillis();
    if (ms < limits.min.toMillis() || ms > limits.max.toMillis() || (unit === "seconds" && !value.isWholeSeconds())) {
      problems.push(`${path}: ${field} ${value} is not allowed (whole ${unit} from ${limits.min} to ${limits.max}: ${why})`);
      return fallback;
    }
    return value;
  };
  const maxBodyBytes = g.maxBodyBytes ?? GATE_DEFAULTS.maxBodyBytes;
  if (!Number.isSafeInteger(maxBodyBytes) || maxBodyBytes < LIMITS.maxBodyBytes.min || maxBodyBytes > LIMITS.maxBodyBytes.max) {
    problems.push(`${path}: gate.maxBodyBytes ${maxBodyBytes} is not allowed (a whole number of bytes from ${LIMITS.maxBodyBytes.min} to ${LIMITS.maxBodyBytes.max}, Prefect's body limit)`);
  }
  return {
    spikeArrestRate: rate("spikeArrestRate", g.spikeArrestRate, GATE_DEFAULTS.spikeArrestRate),
    callerSpikeArrestRate: rate("callerSpikeArrestRate", g.callerSpikeArrestRate, GATE_DEFAULTS.callerSpikeArrestRate),
    maxBodyBytes,
    connectTimeout: duration("gate.connectTimeout", g.connectTimeout, GATE_DEFAULTS.connectTimeout, LIMITS.connectTimeout, "milliseconds", "a connection takes milliseconds, not minutes"),
    ioTimeout: duration("gate.ioTimeout", g.ioTimeout, GATE_DEFAULTS.ioTimeout, LIMITS.ioTimeout, "milliseconds", "Apigee answers 504 after 55 seconds anyway"),
    replayWindow: duration(
      "statusEvents.replayWindow",
      props.statusEvents?.replayWindow,
      GATE_DEFAULTS.replayWindow,
      LIMITS.replayWindow,
      "seconds",
      "shorter refuses events Prefect delivers a little late, longer keeps event ids cached for long",
    ),
  };
}
