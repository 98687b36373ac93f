// HTTP servers on 127.0.0.1 that stand in for a deployed gate: one answers with the simulator's decisions, in the
// generated proxy's error-body shape, and broken ones answer as a faulty gate would. Each records what it received
// and is closed by its test (connections included), so nothing outlives the test.
import * as http from "http";
import { AddressInfo } from "net";
import { decodeProtectedHeader, SignJWT } from "jose";
import { REFUSALS, RefusalCode } from "../../src/gate/contract";
import type { GateManifest } from "../../src/gate/manifest";
import { errorResponse } from "../../src/pipeline/gate-proxy/errors";
import { simulateGate } from "../../src/simulate/simulate-gate";
import type { GateRequest } from "../../src/simulate/gate-request";
import type { JwksOption } from "../../src/simulate/verify-token";
import { Keys } from "./fixtures";

export interface Answer {
  status: number;
  body: string;
}

/** What a gate under test decides for one request. */
export type GateBehaviour = (request: GateRequest) => Promise<Answer>;

export interface LoopbackGate {
  url: string;
  /** Every request received, as the simulator reads it, with the raw header lines. */
  received: Array<{ request: GateRequest; rawHeaders: string[] }>;
  close(): Promise<void>;
}

/** Starts a server on 127.0.0.1 (a free port) answering with `behaviour`. */
export async function startGate(behaviour: GateBehaviour): Promise<LoopbackGate> {
  const received: LoopbackGate["received"] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const request = toGateRequest(req, Buffer.concat(chunks).toString("utf8"));
      received.push({ request, rawHeaders: [...req.rawHeaders] });
      behaviour(request)
        .then((a) => {
          res.writeHead(a.status, { "content-type": "application/json" });
          res.end(a.body);
        })
        .catch((e) => {
          res.writeHead(500);
          res.end(String(e));
        });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Serves static JSON documents by path (a JWKS endpoint), on 127.0.0.1. */
export async function startDocuments(documents: Record<string, unknown>): Promise<LoopbackGate> {
  return startGate(async (r) => (Object.hasOwn(documents, r.path) ? { status: 200, body: JSON.stringify(documents[r.path]) } : { status: 404, body: "{}" }));
}

/** The request as the simulator reads it: header lines grouped by name; Host and transport headers are not the gate's. */
function toGateRequest(req: http.IncomingMessage, body: string): GateRequest {
  const headers: Record<string, string[]> = {};
  for (let i = 0; i < req.rawHeaders.length; i += 2) {
    const name = req.rawHeaders[i].toLowerCase();
    if (["host", "content-length", "connection", "transfer-encoding"].includes(name)) continue;
    (headers[name] ??= []).push(req.rawHeaders[i + 1]);
  }
  return { method: req.method ?? "GET", path: req.url ?? "/", headers, ...(body !== "" ? { body } : {}) };
}

let messages = 0;

/** The generated proxy's answer to a refusal: its status and its error body template, with a message id filled in. */
export function refusalAnswer(code: RefusalCode): Answer {
  return { status: REFUSALS[code].status, body: errorResponse(code, { spikeArrestSeconds: 1 }).payload.replace("{messageid}", `rrt-probe-test-${++messages}`) };
}

/** A gate that decides as the simulator does (each request on its own: no counters between requests). */
export function simulatedGate(m: GateManifest, options: { now: number; jwks: JwksOption; set?: Record<string, string> }): GateBehaviour {
  return async (request) => {
    const d = await simulateGate(m, request, options);
    if (!d.allow) return refusalAnswer(d.code as RefusalCode);
    return d.status === 202 ? { status: 202, body: '{"status":"accepted","messageid":"x"}' } : { status: 201, body: '{"flow_run_id":"f","state":"SCHEDULED","idempotent_replay":false}' };
  };
}

/** A broken gate that takes any token whose key id it knows as signed: it re-signs the token before deciding. */
export function ignoresSignatures(keys: Keys, decide: GateBehaviour): GateBehaviour {
  return async (request) => {
    const auth = request.headers?.authorization;
    const value = Array.isArray(auth) ? auth[0] : (auth as string | undefined);
    const token = value?.replace(/^Bearer /, "");
    if (token && token.split(".").length === 3) {
      try {
        const header = decodeProtectedHeader(token);
        const key = typeof header.kid === "string" ? keys.byKid.get(header.kid) : undefined;
        if (key && header.alg === "RS256") {
          const claims = JSON.parse(Buffer.from(token.split(".")[1], "base64url").toString());
          const resigned = await new SignJWT(claims).setProtectedHeader({ ...header, alg: "RS256" } as { alg: string }).sign(key);
          return decide({ ...request, headers: { ...request.headers, authorization: `Bearer ${resigned}` } });
        }
      } catch {
        // not a token this gate can read: decide as it is
      }
    }
    return decide(request);
  };
}

/** A broken gate that drops forbidden fields (job_variables, ...) from run bodies instead of refusing them. */
export function forwardsJobVariables(decide: GateBehaviour): GateBehaviour {
  return async (request) => {
    if (typeof request.body === "string") {
      try {
        const body = JSON.parse(request.body);
        if (body && typeof body === "object" && "job_variables" in body) {
          delete body.job_variables;
          return decide({ ...request, body: JSON.stringify(body) });
        }
      } catch {
        // not JSON: decide as it is
      }
    }
    return decide(request);
  };
}

/** A broken gate that answers 200 to anything. */
export const answers200: GateBehaviour = async () => ({ status: 200, body: "{}" });

/** A gate whose spike arrest answers every third request (someone else is using the same gate). */
export function rateLimitedEveryThird(decide: GateBehaviour): GateBehaviour {
  let n = 0;
  return async (request) => (++n % 3 === 0 ? refusalAnswer("spike_arrest") : decide(request));
}
