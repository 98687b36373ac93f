/**
 * `gated-pipeline simulate`: reads a gate manifest and a request (or a list of them), prints the decision(s) as JSON
 * and exits 0 whenever it could evaluate; bad usage or unreadable input exits 2 with a message. Loaded only when the
 * command runs, so `--help` of the other commands does not pay for jose.
 */
import { parseGateRequests } from "../simulate/gate-request";
import { parseGateManifest } from "../simulate/parse-manifest";
import { simulateGate } from "../simulate/simulate-gate";
import { SimulationError } from "../simulate/simulation-error";
import type { JwksOption } from "../simulate/verify-token";
import { CommandDefinition, currentUnixSeconds, InputError, nameValuePairs, optionalString, readJsonFile, requiredString, unixSeconds } from "./command";
import { refuseUnknownSetNames } from "./set-options";

const USAGE = `usage: gated-pipeline simulate --manifest <file> --request <file> [--jwks <file>] [--now <unix s>] [--set <name>=<value> ...]

  --manifest  the gate manifest synth wrote: cdktf.out/stacks/<stack>/gated-pipeline/<pipeline>.json
  --request   {"method", "path", "headers", "body", "at", "clientIp"} or a list of them (a sequence, e.g. to
              exhaust a quota); a header given on several lines is a list of strings
  --jwks      public keys: {"keys": [...]} for every issuer, or {"<issuer name>": {"keys": [...]}} (default: none;
              the simulator never fetches keys, and says so when a request's token needs them)
  --now       the time of the requests in unix seconds (default: now)
  --set       the value of a {"tfRef": ...}: by Terraform expression or by name (account_id, workspace_id,
              deployment_id:<deployment>, webhook_secret); repeatable

Prints one decision {allow, status, code, reason, deployment, upstream}, or a list for a list of requests.
`;

export const simulateCommand: CommandDefinition = {
  name: "simulate",
  usage: USAGE,
  options: {
    manifest: { type: "string" },
    request: { type: "string" },
    jwks: { type: "string" },
    now: { type: "string" },
    set: { type: "string", multiple: true },
  },
  async run(args, out) {
    const manifestFile = requiredString(args, "manifest", "<file>");
    const requestFile = requiredString(args, "request", "<file>");
    const now = unixSeconds(args, "now");
    const set = nameValuePairs(args, "set");
    const jwksFile = optionalString(args, "jwks");
    try {
      const manifest = parseGateManifest(readJsonFile(manifestFile, "the manifest file"), manifestFile);
      refuseUnknownSetNames("set", manifest, set, manifestFile);
      const requests = parseGateRequests(readJsonFile(requestFile, "the request file"), requestFile);
      const jwks = jwksFile === undefined ? undefined : (readJsonFile(jwksFile, "the jwks file") as JwksOption);
      const decisions = await simulateGate(manifest, requests, { now: now ?? currentUnixSeconds(), jwks, set });
      out.write(`${JSON.stringify(decisions, null, 2)}\n`);
      return 0;
    } catch (e) {
      if (e instanceof SimulationError) throw new InputError(e.message);
      throw e;
    }
  },
};
