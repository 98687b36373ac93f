/**
 * What every `gated-pipeline` command shares: one argument parser (`node:util` `parseArgs`: `--x v` and `--x=v` alike,
 * unknown options refused), `--help`, and the exit codes: a command's own status, or 2 with a message on stderr for
 * bad usage (followed by the usage text) and for unreadable input (the message alone).
 */
import { parseArgs } from "util";
import { InputFileError } from "../core/input-files";

export { readJsonFile, readTextFile } from "../core/input-files";

/** Options as `parseArgs` declares them. */
export type OptionSpecs = Record<string, { readonly type: "string" | "boolean"; readonly multiple?: boolean; readonly short?: string }>;

/** The parsed command line: option values by name, and positional arguments. */
export interface CommandArgs {
  readonly values: Readonly<Record<string, string | boolean | string[] | undefined>>;
  readonly positionals: readonly string[];
}

export interface CommandDefinition {
  /** The command name, as typed after `gated-pipeline`. */
  readonly name: string;
  /** The whole usage text, starting with `usage: gated-pipeline <name>`. */
  readonly usage: string;
  readonly options: OptionSpecs;
  /**
   * How many positional arguments the command takes.
   * @default none
   */
  readonly positionals?: { readonly min: number; readonly max: number };
  /** Runs the command; resolves to its exit status. */
  run(args: CommandArgs, out: NodeJS.WritableStream, err: NodeJS.WritableStream): Promise<number>;
}

/** Bad usage: the message, then the usage text, on stderr; exit 2. */
export class UsageError extends Error {}

/** Input that cannot be read or understood (a missing file, bad JSON): the message on stderr; exit 2. */
export class InputError extends InputFileError {}

/** Parses `argv` for `command` and runs it; resolves to the exit status. */
export async function runCommand(command: CommandDefinition, argv: readonly string[], out: NodeJS.WritableStream, err: NodeJS.WritableStream): Promise<number> {
  const prefix = `gated-pipeline ${command.name}: `;
  try {
    const args = parseCommandLine(command, argv);
    if (args.values.help === true) {
      out.write(command.usage);
      return 0;
    }
    return await command.run(args, out, err);
  } catch (e) {
    if (e instanceof UsageError) {
      err.write(`${prefix}${e.message}\n\n${command.usage}`);
      return 2;
    }
    // Includes the file readers' own errors (a missing or malformed input file).
    if (e instanceof InputFileError) {
      err.write(`${prefix}${e.message}\n`);
      return 2;
    }
    throw e;
  }
}

function parseCommandLine(command: CommandDefinition, argv: readonly string[]): CommandArgs {
  const options = { ...command.options, help: { type: "boolean" as const, short: "h" } };
  let parsed: { values: Record<string, string | boolean | (string | boolean)[] | undefined>; positionals: string[]; tokens?: Array<{ kind: string; name?: string }> };
  try {
    parsed = parseArgs({ args: [...argv], options, strict: true, allowPositionals: true, tokens: true });
  } catch (e) {
    throw new UsageError(parseArgsMessage(e as Error & { code?: string }));
  }
  if (parsed.values.help === true) return { values: { help: true }, positionals: [] };
  const range = command.positionals ?? { min: 0, max: 0 };
  if (parsed.positionals.length > range.max) {
    throw new UsageError(`unexpected argument ${JSON.stringify(parsed.positionals[range.max])}`);
  }
  if (parsed.positionals.length < range.min) throw new UsageError(`expected ${range.min} argument(s), got ${parsed.positionals.length}`);
  // parseArgs keeps the last of a repeated option; a repeated single-valued option is a mistake worth saying.
  for (const [name, spec] of Object.entries(command.options)) {
    const count = (parsed.tokens ?? []).filter((t) => t.kind === "option" && t.name === name).length;
    if (!spec.multiple && count > 1) throw new UsageError(`--${name} is given twice`);
  }
  return { values: parsed.values as CommandArgs["values"], positionals: parsed.positionals };
}

/** `parseArgs` errors in the command's own words. */
function parseArgsMessage(e: Error & { code?: string }): string {
  const option = /'(-{1,2}[^' ]+)/.exec(e.message)?.[1];
  switch (e.code) {
    case "ERR_PARSE_ARGS_UNKNOWN_OPTION":
      return `unknown option ${JSON.stringify(option ?? e.message)}`;
    case "ERR_PARSE_ARGS_INVALID_OPTION_VALUE":
      return /argument missing|ambiguous/.test(e.message) ? `${option} needs a value` : `${option} takes no value`;
    default:
      return e.message;
  }
}

/** A string option's value, or a usage error naming it. */
export function requiredString(args: CommandArgs, name: string, what: string): string {
  const value = args.values[name];
  if (typeof value !== "string") throw new UsageError(`--${name} ${what} is required`);
  return value;
}

/** An optional string option's value. */
export function optionalString(args: CommandArgs, name: string): string | undefined {
  const value = args.values[name];
  return typeof value === "string" ? value : undefined;
}

/** `--set name=value` pairs (repeatable), in order; a later pair for the same name wins. */
export function nameValuePairs(args: CommandArgs, name: string): Record<string, string> {
  const raw = args.values[name];
  const pairs: Record<string, string> = {};
  for (const pair of Array.isArray(raw) ? raw : []) {
    const at = pair.indexOf("=");
    if (at <= 0) throw new UsageError(`--${name} ${JSON.stringify(pair)} is not <name>=<value>`);
    pairs[pair.slice(0, at)] = pair.slice(at + 1);
  }
  return pairs;
}

/** Unix seconds from an option, or a usage error. */
export function unixSeconds(args: CommandArgs, name: string): number | undefined {
  const value = optionalString(args, name);
  if (value === undefined) return undefined;
  if (!/^[0-9]+$/.test(value)) throw new UsageError(`--${name} ${JSON.stringify(value)} is not unix seconds`);
  return Number(value);
}

/** Current unix time: the CLI is the one place allowed to read the clock (constructors and the simulator never do). */
export function currentUnixSeconds(): number {
  return Math.floor(Date.now() / 1000);
}
