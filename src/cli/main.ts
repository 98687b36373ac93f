/**
 * The `gated-pipeline` command. It reads synthesized output and gate manifests only, never cdktf or constructs, so it
 * starts fast and runs anywhere. Commands load their modules on demand: `--help` loads nothing.
 */
import { ownPackageJson } from "../core/own-package";
import type { CommandDefinition } from "./command";
import { runCommand } from "./command";

const USAGE = `usage: gated-pipeline <command> [options]

Commands:
  simulate   decide whether a request would pass the gate (gated-pipeline simulate --help)
  report     print the access matrix, or the evidence report, of a synthesized output (gated-pipeline report --help)
  check      run the policy pack over a synthesized cdktf.out (gated-pipeline check --help)
  init       write a new gated-pipeline project (gated-pipeline init --help)
  probe      hold a deployed gate to the simulator's decisions (gated-pipeline probe --help)
  diff       what a change does to access and to the gates, between two synthesized outputs (gated-pipeline diff --help)

Options:
  --help     show this help
  --version  print the version
`;

const COMMANDS: Record<string, () => Promise<CommandDefinition>> = {
  simulate: async () => (await import("./simulate-command")).simulateCommand,
  report: async () => (await import("./report-command")).reportCommand,
  check: async () => (await import("./check-command")).checkCommand,
  init: async () => (await import("./init-command")).initCommand,
  probe: async () => (await import("./probe-command")).probeCommand,
  diff: async () => (await import("./diff-command")).diffCommand,
};

/** Runs the CLI with the given arguments; resolves to the exit code. */
export async function main(argv: readonly string[], out: NodeJS.WritableStream = process.stdout, err: NodeJS.WritableStream = process.stderr): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined) {
    err.write(USAGE);
    return 2;
  }
  if (command === "--help" || command === "-h" || command === "help") {
    out.write(USAGE);
    return 0;
  }
  if (command === "--version" || command === "-v") {
    out.write(`${ownPackageJson()?.version ?? "unknown"}\n`);
    return 0;
  }
  const load = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
  if (load) return runCommand(await load(), rest, out, err);
  err.write(`gated-pipeline: unknown command ${JSON.stringify(command)}\n\n${USAGE}`);
  return 2;
}
