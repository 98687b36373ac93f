/** A request as a caller would send it to the gate (DESIGN §4): `{ method, path, headers, body }`. */
import { SimulationError } from "./simulation-error";

export interface GateRequest {
  /** HTTP method, compared exactly (methods are case-sensitive). */
  readonly method: string;
  /** Path below the host, including the base path and any query string, e.g. `/orders/deployments/x/runs`. */
  readonly path: string;
  /** Header names are case-insensitive. */
  readonly headers?: Readonly<Record<string, string>>;
  /**
   * The body: a JSON value, or a string holding the raw bytes (to simulate a body that is not JSON).
   * @default no body, treated as `{}`
   */
  readonly body?: unknown;
  /**
   * When the request arrives, in unix seconds; spreads a sequence over time for quota windows.
   * @default the simulation's `now`
   */
  readonly at?: number;
}

/** Checks the shape of a request (or a list of them) read from JSON. */
export function parseGateRequests(json: unknown, source = "request"): GateRequest | GateRequest[] {
  if (Array.isArray(json)) return json.map((r, i) => parseGateRequest(r, `${source}[${i}]`));
  return parseGateRequest(json, source);
}

export function parseGateRequest(json: unknown, source = "request"): GateRequest {
  if (typeof json !== "object" || json === null || Array.isArray(json)) {
    throw new SimulationError(`${source}: must be an object { "method", "path", "headers", "body" }, got ${describe(json)}`);
  }
  const r = json as Record<string, unknown>;
  for (const key of Object.keys(r)) {
    if (!["method", "path", "headers", "body", "at"].includes(key)) {
      throw new SimulationError(`${source}: unknown key ${JSON.stringify(key)} (allowed: method, path, headers, body, at)`);
    }
  }
  if (typeof r.method !== "string" || r.method === "") throw new SimulationError(`${source}: "method" must be a non-empty string, got ${describe(r.method)}`);
  if (typeof r.path !== "string") throw new SimulationError(`${source}: "path" must be a string, got ${describe(r.path)}`);
  if (r.at !== undefined && !(typeof r.at === "number" && Number.isInteger(r.at) && r.at >= 0)) {
    throw new SimulationError(`${source}: "at" must be unix seconds (a non-negative integer), got ${describe(r.at)}`);
  }
  if (r.headers !== undefined) {
    if (typeof r.headers !== "object" || r.headers === null || Array.isArray(r.headers)) {
      throw new SimulationError(`${source}: "headers" must be an object of strings, got ${describe(r.headers)}`);
    }
    const seen = new Set<string>();
    for (const [name, value] of Object.entries(r.headers)) {
      if (typeof value !== "string") throw new SimulationError(`${source}: header ${JSON.stringify(name)} must be a string, got ${describe(value)}`);
      const lower = name.toLowerCase();
      if (seen.has(lower)) throw new SimulationError(`${source}: header ${JSON.stringify(name)} is given twice (names are case-insensitive)`);
      seen.add(lower);
    }
  }
  return r as unknown as GateRequest;
}

/** A header's value by case-insensitive name. */
export function headerValue(request: GateRequest, name: string): string | undefined {
  const wanted = name.toLowerCase();
  for (const [key, value] of Object.entries(request.headers ?? {})) {
    if (key.toLowerCase() === wanted) return value;
  }
  return undefined;
}

function describe(value: unknown): string {
  if (value === undefined) return "nothing";
  if (Array.isArray(value)) return "an array";
  return value === null ? "null" : `${typeof value} ${JSON.stringify(value)}`.slice(0, 80);
}
