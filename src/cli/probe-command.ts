/**
 * `gated-pipeline probe`: holds a deployed gate to the simulator. It sends the built-in hostile requests (and, with
 * `--token`, the requests derived from a caller's token) to the gate at `--url`, paced, and compares each answer with
 * the simulator's decision for the same manifest, keys and values. Exit 0: every answer matched; 1: a mismatch; 2: bad
 * usage or unreadable input. Loaded only when the command runs.
 */
import type { JSONWebKeySet } from "jose";
import { COMPACT_JWS } from "../gate/contract";
import { GateManifest } from "../gate/manifest";
import { fetchKeySet, fetchKeySets, KeySetError, keySetsFromJwks } from "../probe/key-sets";
import { Sleep } from "../probe/pacing";
import { renderProbeJson, renderProbeTable } from "../probe/probe-report";
import { parseGateUrl, TargetError } from "../probe/probe-target";
import { runProbe } from "../probe/run-probe";
import { OutputsFileError, setFromTerraformOutputs } from "../probe/terraform-outputs";
import { References } from "../simulate/references";
import { parseGateManifest } from "../simulate/parse-manifest";
import { WEBHOOK_SECRET_SET_NAME } from "../simulate/simulate-gate";
import { SimulationError } from "../simulate/simulation-error";
import { CommandArgs, CommandDefinition, currentUnixSeconds, InputError, nameValuePairs, optionalString, readJsonFile, readTextFile, requiredString, unixSeconds, UsageError } from "./command";
import { refuseUnknownSetNames } from "./set-options";

const USAGE = `usage: gated-pipeline probe --manifest <file> --url <https://gate-host> [--token <file>] [--jwks <file>]
                            [--outputs <file>] [--set <name>=<value> ...] [--set-file <name>=<path> ...]
                            [--now <unix s>] [--allow-runs <deployment>] [--json]

Sends hostile requests to a deployed gate and compares each answer (status, and the code of the gate's JSON error
body) with the simulator's decision. It never sends a request the simulator would allow, unless --allow-runs.
  --manifest    the gate manifest synth wrote: cdktf.out/stacks/<stack>/gated-pipeline/<pipeline>.json
  --url         the gate host, scheme://host[:port] (http:// only for loopback hosts); paths come from the manifest
  --token       a file holding a real caller's JWT (a trailing newline is ignored): adds requests derived from it
                (tampered and unsigned copies, refused headers and bodies aimed at a deployment the caller is
                granted); the token itself is only ever sent in the Authorization header
  --jwks        public keys: {"keys": [...]} for every issuer, or {"<issuer name>": {"keys": [...]}}
                (default: fetched from each issuer's JWKS URI over HTTPS)
  --outputs     the JSON of \`terraform output -json\` for the gate's stack: the apply-time values the manifest names
                (deployment ids, workspace id, discovered JWKS URIs, generated client ids)
  --set         an apply-time value, as for simulate (by Terraform expression or name); repeatable
  --set-file    a value read from a file (a trailing newline is ignored); repeatable: the way to pass a secret.
                With the webhook secret (--set-file ${WEBHOOK_SECRET_SET_NAME}=<path>), forged status events are
                decided against it
  --now         the time of the requests in unix seconds (default: now; the live gate decides at its own clock)
  --allow-runs  also send exactly one run the simulator allows: to this deployment, with --token's caller and a
                fresh Idempotency-Key
  --json        print {"compared", "mismatches", "results", ...} instead of a table

Requests are paced: at most 5 a second, and at most half the gate's smallest spike-arrest rate. A 429 the
simulator did not expect is reported as inconclusive (rate limited), not as a mismatch.
Exit status: 0 every answer matched, 1 a mismatch (each listed), 2 bad usage or unreadable input.
`;

/** What the command needs from its surroundings; tests replace the waiting and the key-set fetching. */
export interface ProbeCommandDependencies {
  readonly sleep?: Sleep;
  readonly fetchKeySet?: (uri: string) => Promise<JSONWebKeySet>;
}

/** A token file's content: the text without one trailing newline. */
export function readTokenFile(file: string): string {
  const text = readTextFile(file, "the token file").replace(/\r?\n$/, "");
  if (!COMPACT_JWS.test(text)) throw new InputError(`the token file ${JSON.stringify(file)} does not hold a compact JWS (header.payload.signature)`);
  return text;
}

export function createProbeCommand(deps: ProbeCommandDependencies = {}): CommandDefinition {
  return {
    name: "probe",
    usage: USAGE,
    options: {
      manifest: { type: "string" },
      url: { type: "string" },
      token: { type: "string" },
      jwks: { type: "string" },
      outputs: { type: "string" },
      set: { type: "string", multiple: true },
      "set-file": { type: "string", multiple: true },
      now: { type: "string" },
      "allow-runs": { type: "string" },
      json: { type: "boolean" },
    },
    async run(args, out, err) {
      const manifestFile = requiredString(args, "manifest", "<file>");
      const urlText = requiredString(args, "url", "<https://gate-host>");
      let url: URL;
      try {
        url = parseGateUrl(urlText);
      } catch (e) {
        if (e instanceof TargetError) throw new UsageError(e.message);
        throw e;
      }
      const now = unixSeconds(args, "now") ?? currentUnixSeconds();
      const set = nameValuePairs(args, "set");
      if (Object.hasOwn(set, WEBHOOK_SECRET_SET_NAME)) {
        err.write(`gated-pipeline probe: warning: --set ${WEBHOOK_SECRET_SET_NAME}=... puts a secret on the command line (other processes and shell history see it); prefer --set-file ${WEBHOOK_SECRET_SET_NAME}=<path>\n`);
      }
      const files = nameValuePairs(args, "set-file");
      const tokenFile = optionalString(args, "token");
      const allowRun = optionalString(args, "allow-runs");
      if (allowRun !== undefined && tokenFile === undefined) throw new UsageError("--allow-runs needs --token (the run is started as that caller)");

      const manifest = readManifest(manifestFile);
      refuseUnknownSetNames("set", manifest, set, manifestFile);
      refuseUnknownSetNames("set-file", manifest, files, manifestFile);
      if (allowRun !== undefined && !manifest.deployments.some((d) => d.name === allowRun)) {
        throw new UsageError(`--allow-runs ${JSON.stringify(allowRun)} is not a deployment of ${manifestFile} (${manifest.deployments.map((d) => d.name).join(", ")})`);
      }

      const values: Record<string, string> = { ...terraformOutputs(args, manifest) };
      for (const [name, file] of Object.entries(files)) values[name] = readTextFile(file, `the --set-file ${name} file`).replace(/\r?\n$/, "");
      Object.assign(values, set);
      const token = tokenFile === undefined ? undefined : readTokenFile(tokenFile);

      const jwksFile = optionalString(args, "jwks");
      let keySets: Map<string, JSONWebKeySet>;
      const notes: string[] = [];
      try {
        if (jwksFile !== undefined) keySets = keySetsFromJwks(manifest, readJsonFile(jwksFile, "the jwks file"), jwksFile);
        else {
          const fetched = await fetchKeySets(manifest, new References(values), deps.fetchKeySet ?? fetchKeySet);
          keySets = fetched.sets;
          notes.push(...fetched.notes);
        }
      } catch (e) {
        if (e instanceof KeySetError) throw new InputError(e.message);
        throw e;
      }

      const report = await runProbe({ manifest, url, now, set: values, keySets, token, allowRun, sleep: deps.sleep });
      const withNotes = { ...report, notes: [...notes, ...report.notes] };
      out.write(args.values.json === true ? renderProbeJson(withNotes) : renderProbeTable(withNotes));
      return report.mismatches.length > 0 ? 1 : 0;
    },
  };
}

export const probeCommand: CommandDefinition = createProbeCommand();

function readManifest(file: string): GateManifest {
  try {
    return parseGateManifest(readJsonFile(file, "the manifest file"), file);
  } catch (e) {
    if (e instanceof SimulationError) throw new InputError(e.message);
    throw e;
  }
}

function terraformOutputs(args: CommandArgs, manifest: GateManifest): Record<string, string> {
  const file = optionalString(args, "outputs");
  if (file === undefined) return {};
  try {
    return setFromTerraformOutputs(manifest, readJsonFile(file, "the outputs file"), file);
  } catch (e) {
    if (e instanceof OutputsFileError) throw new InputError(e.message);
    throw e;
  }
}
