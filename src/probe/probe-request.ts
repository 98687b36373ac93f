/**
 * One request the probe sends to a live gate: exactly the bytes it puts on the wire (method, path with query, header
 * lines, body text), and the same request as the simulator reads it. The `--url` host is not added as a `Host` header
 * of the simulated request: the simulator then skips its host check, which Apigee makes before the proxy runs.
 */
import type { GateRequest } from "../simulate/gate-request";

export interface ProbeRequest {
  /** A stable name, e.g. `no-authorization` or `token-forbidden-field`. */
  readonly name: string;
  /** What the request tries, in a few words. */
  readonly description: string;
  readonly method: string;
  /** The path below the host, base path and query string included. */
  readonly path: string;
  /** Header lines by name; a list sends the header on several lines. */
  readonly headers: Readonly<Record<string, string | readonly string[]>>;
  /**
   * The body, as the exact text sent.
   * @default no body
   */
  readonly body?: string;
  /** Whether this is the one run `--allow-runs` lets the probe start. */
  readonly allowedRun?: boolean;
}

/** The request as the simulator reads it, arriving at `at` (unix seconds). */
export function toGateRequest(request: ProbeRequest, at: number): GateRequest {
  return {
    method: request.method,
    path: request.path,
    headers: request.headers,
    ...(request.body !== undefined ? { body: request.body } : {}),
    at,
  };
}
