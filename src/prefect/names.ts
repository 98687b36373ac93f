// Shared validation of names, slugs and time zones for the Prefect constructs.

/** Characters Prefect refuses in flow, deployment and work pool names. */
const BANNED = /[/%&<>]/;

/** Returns why `name` is not a usable Prefect object name, or `undefined`. */
export function prefectNameProblem(name: string): string | undefined {
  if (name.length === 0) return "must not be empty";
  if (name.trim() !== name) return "must not start or end with whitespace";
  if (BANNED.test(name)) return "must not contain '/', '%', '&', '<' or '>'";
  if (/[\u0000-\u001f\u007f]/.test(name)) return "must not contain control characters";
  if (name.length > 200) return "must be at most 200 characters";
  return undefined;
}

/** A C-style identifier (letters, digits and `_`, not starting with a digit): environment variable names, JSON paths. */
export const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Default route slug: flow and deployment names joined with `-`, lowercased, other characters turned into `-`. */
export function defaultRouteName(flowName: string, deploymentName: string): string {
  return `${flowName}-${deploymentName}`
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, "-")
    .replace(/-{2,}/g, "-")
    .replace(/^[^a-z0-9]+/, "")
    .replace(/[-.]+$/, "");
}

let zones: Map<string, string> | undefined;

/**
 * Whether `tz` is an IANA time zone name, checked against the runtime's ICU database (`Intl`), not a pattern. Exact
 * spelling is required (`Europe/Berlin`, not `europe/berlin`): Prefect looks zones up case-sensitively.
 */
export function isIanaTimeZone(tz: string): boolean {
  zones ??= new Map(Intl.supportedValuesOf("timeZone").map((z) => [z.toLowerCase(), z]));
  const canonical = zones.get(tz.toLowerCase());
  if (canonical !== undefined) return canonical === tz;
  try {
    // Aliases such as UTC, Etc/UTC or Europe/Kiev are valid but not listed by supportedValuesOf.
    new Intl.DateTimeFormat("en-US", { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

/** RFC 3339 date-time with an explicit offset, as Prefect expects for `anchor_date`. */
export function isRfc3339(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d+)?(Z|[+-]\d{2}:\d{2})$/.exec(value);
  if (!m) return false;
  return !Number.isNaN(Date.parse(value)) && Number(m[2]) <= 12 && Number(m[3]) <= 31 && Number(m[4]) < 24;
}
