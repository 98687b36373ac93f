/**
 * The `gated-pipeline` command. It reads synthesized output and gate manifests only, never cdktf or constructs, so it
 * starts fast and runs anywhere (DESIGN §2).
 */
import { readFileSync } from "fs";
import { join } from "path";

const USAGE = `usage: gated-pipeline <command> [options]

Commands:
  simulate   decide whether a request would pass the gate (coming)
  report     print the access matrix of a synthesized stack (coming)
  check      run the policy pack over a synthesized cdktf.out (coming)

Options:
  --help     show this help
  --version  print the version
`;

/** Runs the CLI with the given arguments; returns the exit code. */
export function main(argv: readonly string[], out: NodeJS.WritableStream = process.stdout, err: NodeJS.WritableStream = process.stderr): number {
  const [command] = argv;
  if (command === undefined || command === "--help" || command === "-h" || command === "help") {
    out.write(USAGE);
    return 0;
  }
  if (command === "--version" || command === "-v") {
    out.write(`${packageVersion()}\n`);
    return 0;
  }
  err.write(`gated-pipeline: unknown command ${JSON.stringify(command)}\n\n${USAGE}`);
  return 2;
}

function packageVersion(): string {
  // lib/src/cli/main.js and src/cli/main.ts both sit three levels below the package root... or two for src/.
  for (const up of ["../../..", "../.."]) {
    try {
      const pkg = JSON.parse(readFileSync(join(__dirname, up, "package.json"), "utf8")) as { name?: string; version?: string };
      if (pkg.name === "cdktf-gated-pipeline" && pkg.version) return pkg.version;
    } catch {
      // try the next candidate
    }
  }
  return "unknown";
}
