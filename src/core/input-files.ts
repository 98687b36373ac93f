/**
 * Reading the files the `gated-pipeline` command and its readers of a synthesized output take as input. A file that
 * cannot be read or parsed is an `InputFileError` whose message names the file and says what is wrong; the command
 * prints it and exits 2.
 */
import { readFileSync } from "fs";

/** An input file that cannot be read or understood; the message names the file. */
export class InputFileError extends Error {}

/** A file's text; `what` names it in the error ("the token file"). */
export function readTextFile(file: string, what: string): string {
  try {
    return readFileSync(file, "utf8");
  } catch (e) {
    throw new InputFileError(`cannot read ${what} ${JSON.stringify(file)}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
}

/** A file's JSON value; `what` names it in the error ("the manifest file"). */
export function readJsonFile(file: string, what: string): unknown {
  const text = readTextFile(file, what);
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new InputFileError(`${what} ${JSON.stringify(file)} is not JSON: ${(e as Error).message}`);
  }
}
