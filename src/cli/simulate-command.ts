/**
 * `gated-pipeline simulate` (DESIGN §4): reads a gate manifest and a request (or a list of them), prints the
 * decision(s) as JSON and exits 0 whenever it could evaluate; bad usage or unreadable input exits 2 with a message.
 * Loaded only when the command runs, so `--help` does not pay for jose.
 */
import { readFileSync } from "fs";
import { parseGateManifest, parseGateRequests, SimulationError, simulateGate } from "../simulate";
import type { JwksOption } from "../simulate";

export const SIMULATE_USAGE = `usage: gated-pipeline simulate --manifest <file> --request <file> [--jwks <file>] [--now <unix s>] [--set <name>=<value> ...]

  --manifest  the gate manifest synth wrote: cdktf.out/stacks/<stack>/gated-pipeline/<pipeline>.json
  --request   {"method", "path", "headers", "body", "at", "clientIp"} or a list of them (a sequence, e.g. to
              exhaust a quota); a header given on several lines is a list of strings
  --jwks      public keys: {"keys": [...]} for every issuer, or {"<issuer name>": {"keys": [...]}}
  --now       the time of the requests in unix seconds (default: now)
  --set       the value of a {"tfRef": ...}: by Terraform expression or by name (account_id, workspace_id,
              deployment_id:<deployment>, webhook_secret); repeatable

Prints one decision {allow, status, code, reason, deployment, upstream}, or a list for a list of requests.
`;

class UsageError extends Error {}

interface SimulateArgs {
  manifest: string;
  request: string;
  jwks?: string;
  now?: number;
  set: Record<string, string>;
}

/** Current unix time: the CLI is the one place allowed to read the clock. */
function currentUnixSeconds(): number {
  return Math.floor(Date.now() / 1000);
}

export async function simulateCommand(argv: readonly string[], out: NodeJS.WritableStream, err: NodeJS.WritableStream): Promise<number> {
  if (argv.includes("--help") || argv.includes("-h")) {
    out.write(SIMULATE_USAGE);
    return 0;
  }
  try {
    const args = parseArgs(argv);
    const manifest = parseGateManifest(readJson(args.manifest, "manifest"), args.manifest);
    const requests = parseGateRequests(readJson(args.request, "request"), args.request);
    const jwks = args.jwks === undefined ? undefined : (readJson(args.jwks, "jwks") as JwksOption);
    const decisions = await simulateGate(manifest, requests, { now: args.now ?? currentUnixSeconds(), jwks, set: args.set });
    out.write(`${JSON.stringify(decisions, null, 2)}\n`);
    return 0;
  } catch (e) {
    if (e instanceof UsageError) {
      err.write(`gated-pipeline simulate: ${e.message}\n\n${SIMULATE_USAGE}`);
      return 2;
    }
    if (e instanceof SimulationError) {
      err.write(`gated-pipeline simulate: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
}

function parseArgs(argv: readonly string[]): SimulateArgs {
  const values: Partial<Record<"manifest" | "request" | "jwks" | "now", string>> = {};
  const set: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const eq = arg.startsWith("--") ? arg.indexOf("=") : -1;
    const flag = eq > 0 ? arg.slice(0, eq) : arg;
    const value = (): string => {
      if (eq > 0) return arg.slice(eq + 1);
      const next = argv[++i];
      if (next === undefined || next.startsWith("--")) throw new UsageError(`${flag} needs a value`);
      return next;
    };
    switch (flag) {
      case "--manifest":
      case "--request":
      case "--jwks":
      case "--now": {
        const name = flag.slice(2) as keyof typeof values;
        if (values[name] !== undefined) throw new UsageError(`${flag} is given twice`);
        values[name] = value();
        break;
      }
      case "--set": {
        const pair = value();
        const at = pair.indexOf("=");
        if (at <= 0) throw new UsageError(`--set ${JSON.stringify(pair)} is not <name>=<value>`);
        set[pair.slice(0, at)] = pair.slice(at + 1);
        break;
      }
      default:
        throw new UsageError(`unknown option ${JSON.stringify(arg)}`);
    }
  }
  if (values.manifest === undefined) throw new UsageError("--manifest <file> is required");
  if (values.request === undefined) throw new UsageError("--request <file> is required");
  let now: number | undefined;
  if (values.now !== undefined) {
    if (!/^[0-9]+$/.test(values.now)) throw new UsageError(`--now ${JSON.stringify(values.now)} is not unix seconds`);
    now = Number(values.now);
  }
  return { manifest: values.manifest, request: values.request, jwks: values.jwks, now, set };
}

function readJson(file: string, what: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (e) {
    throw new UsageError(`cannot read the ${what} file ${JSON.stringify(file)}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new UsageError(`the ${what} file ${JSON.stringify(file)} is not JSON: ${(e as Error).message}`);
  }
}
