/**
 * Naming and value rules shared by the bundle model (Apigee's naming rules). Each check returns a problem sentence
 * (without the bundle prefix) or nothing; the bundle collects them and throws once, naming itself.
 */

import { Duration } from "../../core/duration";
import { APIGEE_NAME } from "../../core/rules";

/** Proxy, shared-flow, policy, endpoint and resource names: Apigee's `A-Za-z0-9._-`. */
export const NAME = APIGEE_NAME.pattern;

/** `what ${JSON.stringify(value)} is not allowed (...)` when `value` is not a valid Apigee name. */
export function nameProblem(what: string, value: string): string | undefined {
  return NAME.test(value) ? undefined : `${what} ${JSON.stringify(value)} is not allowed (must be 1-255 characters of A-Za-z0-9._-)`;
}

/** A problem when `value` is set and not a positive whole number. */
export function positiveIntegerProblem(what: string, value: number | undefined): string | undefined {
  if (value === undefined || (Number.isInteger(value) && value > 0)) return undefined;
  return `${what} ${value} is not allowed (must be a positive whole number)`;
}

/**
 * A problem when `value` is set and is not a positive duration that `unit` can express: whole milliseconds (always) or
 * whole seconds. The problem names the value in that unit, as Apigee's element does.
 */
export function positiveDurationProblem(what: string, value: Duration | undefined, unit: "millis" | "seconds"): string | undefined {
  if (value === undefined) return undefined;
  if (unit === "seconds" && !value.isWholeSeconds()) return `${what} ${value} is not allowed (must be a positive whole number of seconds)`;
  return positiveIntegerProblem(what, unit === "millis" ? value.toMillis() : value.toSeconds());
}

/** A problem when a flow-variable name (for `ref`s and `assignTo`) is empty or has characters Apigee does not accept. */
export function variableProblem(what: string, value: string | undefined): string | undefined {
  if (value === undefined || /^[A-Za-z_][A-Za-z0-9_.-]*$/.test(value)) return undefined;
  return `${what} ${JSON.stringify(value)} is not a flow variable name (letters, digits, '_', '.', '-', starting with a letter or '_')`;
}

/** Removes `undefined` from a list of optional problems. */
export function problems(...items: Array<string | undefined | false | ReadonlyArray<string | undefined>>): string[] {
  return items.flat().filter((p): p is string => typeof p === "string");
}
