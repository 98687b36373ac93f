/** A request as a caller would send it to the gate: `{ method, path, headers, body }`, as in a simulator request file. */
import { SimulationError } from "./simulation-error";

/** A request to the gate, as the simulator takes it (and as `gated-pipeline simulate --request` reads it from JSON). */
export interface GateRequest {
  /** HTTP method, compared exactly (methods are case-sensitive). */
  readonly method: string;
  /** Path below the host, including the base path and any query string, e.g. `/orders/deployments/x/runs`. */
  readonly path: string;
  /**
   * Header names are case-insensitive. A list holds the values of a header sent on several lines (as Apigee reads a
   * repeated header: one value per line, and one per comma-separated part of a line).
   * @default - no headers
   */
  readonly headers?: Readonly<Record<string, string | readonly string[]>>;
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
  /**
   * The caller's address as Apigee resolves it (`client.ip`, from the environment's client IP resolution): the key of
   * the spike arrest that runs before anything else.
   * @default "192.0.2.1" (one address for every request that names none)
   */
  readonly clientIp?: string;
}

/** The client address of a request that gives none (TEST-NET-1, RFC 5737). */
export const DEFAULT_CLIENT_IP = "192.0.2.1";

const REQUEST_KEYS = ["method", "path", "headers", "body", "at", "clientIp"];

/** Checks the shape of a request (or a list of them) read from JSON; `source` names it in errors. */
export function parseGateRequests(json: unknown, source = "request"): GateRequest | GateRequest[] {
  if (Array.isArray(json)) return json.map((r, i) => parseGateRequest(r, `${source}[${i}]`));
  return parseGateRequest(json, source);
}

/** Checks the shape of one request read from JSON; `source` names it in errors. */
export function parseGateRequest(json: unknown, source = "request"): GateRequest {
  if (typeof json !== "object" || json === null || Array.isArray(json)) {
    throw new SimulationError(`${source}: must be an object { "method", "path", "headers", "body" }, got ${describe(json)}`);
  }
  const r = json as Record<string, unknown>;
  for (const key of Object.keys(r)) {
    if (!REQUEST_KEYS.includes(key)) {
      throw new SimulationError(`${source}: unknown key ${JSON.stringify(key)} (allowed: ${REQUEST_KEYS.join(", ")})`);
    }
  }
  if (typeof r.method !== "string" || r.method === "") throw new SimulationError(`${source}: "method" must be a non-empty string, got ${describe(r.method)}`);
  if (typeof r.path !== "string") throw new SimulationError(`${source}: "path" must be a string, got ${describe(r.path)}`);
  if (r.at !== undefined && !(typeof r.at === "number" && Number.isInteger(r.at) && r.at >= 0)) {
    throw new SimulationError(`${source}: "at" must be unix seconds (a non-negative integer), got ${describe(r.at)}`);
  }
  if (r.clientIp !== undefined && (typeof r.clientIp !== "string" || r.clientIp === "")) {
    throw new SimulationError(`${source}: "clientIp" must be a non-empty string (the caller's address), got ${describe(r.clientIp)}`);
  }
  if (r.headers !== undefined) {
    if (typeof r.headers !== "object" || r.headers === null || Array.isArray(r.headers)) {
      throw new SimulationError(`${source}: "headers" must be an object of strings (or lists of strings), got ${describe(r.headers)}`);
    }
    const seen = new Set<string>();
    for (const [name, value] of Object.entries(r.headers)) {
      const lines = Array.isArray(value) ? value : [value];
      if (lines.length === 0 || lines.some((line) => typeof line !== "string")) {
        throw new SimulationError(`${source}: header ${JSON.stringify(name)} must be a string or a non-empty list of strings (one per line), got ${describe(value)}`);
      }
      const lower = name.toLowerCase();
      if (seen.has(lower)) throw new SimulationError(`${source}: header ${JSON.stringify(name)} is given twice (names are case-insensitive)`);
      seen.add(lower);
    }
  }
  return r as unknown as GateRequest;
}

/** The lines of a header, by case-insensitive name (empty when absent). */
export function headerLines(request: GateRequest, name: string): readonly string[] {
  const wanted = name.toLowerCase();
  for (const [key, value] of Object.entries(request.headers ?? {})) {
    if (key.toLowerCase() === wanted) return typeof value === "string" ? [value] : value;
  }
  return [];
}

/** A header's value by case-insensitive name: its first line (the gate refuses repeated security headers first). */
export function headerValue(request: GateRequest, name: string): string | undefined {
  return headerLines(request, name)[0];
}

/**
 * How many values Apigee sees in a header (`request.header.<name>.values.count`): one per line and one per
 * comma-separated part of a line (flow variables reference, "request.header"; antipattern "Accessing multi-value HTTP
 * headers incorrectly"). `request.header.<name>` itself yields only the first.
 */
export function headerValueCount(request: GateRequest, name: string): number {
  return headerLines(request, name).reduce((n, line) => n + line.split(",").length, 0);
}

function describe(value: unknown): string {
  if (value === undefined) return "nothing";
  if (Array.isArray(value)) return "an array";
  return value === null ? "null" : `${typeof value} ${JSON.stringify(value)}`.slice(0, 80);
}
