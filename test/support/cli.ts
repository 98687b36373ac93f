// The CLI run in this process, as bin/gated-pipeline.js runs it, with what it prints captured; and a temporary folder
// for the input files a suite hands it.
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { Writable } from "stream";
import type { CommandDefinition } from "../../src/cli/command";
import { runCommand } from "../../src/cli/command";
import { main } from "../../src/cli/main";

/** A stream that keeps everything written to it, as text. */
export class Capture extends Writable {
  public text = "";
  override _write(chunk: Buffer, _enc: string, done: () => void): void {
    this.text += chunk.toString();
    done();
  }
}

/** The exit code of one run and what it wrote to stdout and to stderr. */
export interface CliResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

async function captured(run: (out: Capture, err: Capture) => Promise<number>): Promise<CliResult> {
  const out = new Capture();
  const err = new Capture();
  const code = await run(out, err);
  return { code, stdout: out.text, stderr: err.text };
}

/** `gated-pipeline <argv>`: the command line as a user types it. */
export function runCli(argv: readonly string[]): Promise<CliResult> {
  return captured((out, err) => main(argv, out, err));
}

/** One command with its arguments, as `gated-pipeline` runs it once chosen (e.g. a command built with test doubles). */
export function runCliCommand(command: CommandDefinition, argv: readonly string[]): Promise<CliResult> {
  return captured((out, err) => runCommand(command, argv, out, err));
}

/** A fresh temporary folder; `write` puts a file in it (a string as is, anything else as JSON) and returns its path. */
export class TempFiles {
  public readonly dir: string;

  public constructor(prefix: string) {
    this.dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  }

  public write(name: string, content: unknown): string {
    const p = path.join(this.dir, name);
    fs.writeFileSync(p, typeof content === "string" ? content : JSON.stringify(content));
    return p;
  }

  /** Deletes the folder and everything in it. */
  public remove(): void {
    fs.rmSync(this.dir, { recursive: true, force: true });
  }
}
