/**
 * Sends one probe request to the live gate and reads its answer: the status and, for a refusal, the `code` of the
 * gate's JSON error body `{"code", "message", "messageid"}` (the shape every refusal of the generated proxy has).
 * Redirects are not followed, each request has its own connection and a deadline, and at most 64 KiB of an answer is
 * read.
 */
import * as http from "http";
import * as https from "https";
import { ProbeRequest } from "./probe-request";

/** What the gate answered, or why it did not. */
export type LiveAnswer =
  | { readonly status: number; readonly code: string | null; readonly messageid: string | null }
  | { readonly error: string };

/** How long the probe waits for one answer. */
export const ANSWER_TIMEOUT_MILLIS = 10_000;
const MAX_ANSWER_BYTES = 64 * 1024;

/** The `code` and `messageid` of a gate error body, or nulls when the body is not one. */
export function readErrorBody(text: string): { code: string | null; messageid: string | null } {
  try {
    const body = JSON.parse(text);
    if (typeof body !== "object" || body === null || Array.isArray(body)) return { code: null, messageid: null };
    return { code: typeof body.code === "string" ? body.code : null, messageid: typeof body.messageid === "string" ? body.messageid : null };
  } catch {
    return { code: null, messageid: null };
  }
}

/** Sends `request` to `base` (`https://host[:port]`) and resolves to the answer; never rejects. */
export function sendProbeRequest(base: URL, request: ProbeRequest, timeoutMillis = ANSWER_TIMEOUT_MILLIS): Promise<LiveAnswer> {
  return new Promise((resolve) => {
    const client = base.protocol === "https:" ? https : http;
    const body = request.body === undefined ? undefined : Buffer.from(request.body, "utf8");
    let settled = false;
    const done = (answer: LiveAnswer) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(answer);
    };
    const req = client.request(
      {
        protocol: base.protocol,
        hostname: base.hostname.replace(/^\[(.*)\]$/, "$1"),
        port: base.port === "" ? undefined : Number(base.port),
        method: request.method,
        path: request.path,
        headers: { ...request.headers, ...(body !== undefined ? { "Content-Length": String(body.length) } : {}) } as http.OutgoingHttpHeaders,
        agent: false,
      },
      (res) => {
        const chunks: Buffer[] = [];
        let size = 0;
        const finish = () => {
          const text = Buffer.concat(chunks).toString("utf8");
          done({ status: res.statusCode ?? 0, ...readErrorBody(text) });
        };
        res.on("data", (chunk: Buffer) => {
          size += chunk.length;
          if (size <= MAX_ANSWER_BYTES) chunks.push(chunk);
          else {
            finish();
            res.destroy();
          }
        });
        res.on("end", finish);
        res.on("error", (e) => done({ error: e.message }));
      },
    );
    const timer = setTimeout(() => {
      done({ error: `no answer within ${timeoutMillis / 1000} s` });
      req.destroy();
    }, timeoutMillis);
    req.on("error", (e: NodeJS.ErrnoException) => done({ error: e.code ?? e.message }));
    req.end(body);
  });
}
