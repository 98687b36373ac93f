// The Python engines the library is held to: Jinja2 in the sandbox Prefect renders automation templates with, and
// PyYAML's safe_load, which `prefect deploy` reads prefect.yaml with. One rule for every test that needs them: under
// CI=true (.ci/run installs python3 with both) a missing engine fails the test; elsewhere the test is skipped, with the
// reason in its title and a warning in the output.
import { spawnSync } from "child_process";
import * as path from "path";
import { STATUS_PAYLOAD_TEMPLATE } from "../../src/prefect/status-automation";

/** What a python3 run printed, or why it could not run. */
export type PythonRun = { readonly ok: true; readonly stdout: string } | { readonly ok: false; readonly reason: string };

/** Exit code of the scripts below when the Python module they need is not installed. */
const MODULE_MISSING = 3;

/** Runs `python3 <args>` with `input` on stdin; `module` names what an exit code of 3 means is missing. */
export function runPython(args: readonly string[], module: string, input?: string): PythonRun {
  const res = spawnSync("python3", args, { input, encoding: "utf8" });
  if (res.error) {
    const code = (res.error as NodeJS.ErrnoException).code;
    return { ok: false, reason: code === "ENOENT" ? "python3 is not on PATH" : `python3 could not run (${code ?? res.error.message})` };
  }
  if (res.status === MODULE_MISSING) return { ok: false, reason: `python3 has no ${module}` };
  if (res.status !== 0) return { ok: false, reason: `python3 ${args[0]} exited ${res.status}: ${res.stderr.trim()}` };
  return { ok: true, stdout: res.stdout };
}

let statusPayloads: PythonRun | undefined;

/**
 * The status automation's payload template rendered as Prefect's automation actions render it (Jinja2's immutable
 * sandbox, test/fixtures/prefect/render_status_payload.py) for three events: stdout is a JSON list of the bodies.
 * Rendered once per test file.
 */
export function renderedStatusPayloads(): PythonRun {
  statusPayloads ??= runPython([path.join(__dirname, "..", "fixtures", "prefect", "render_status_payload.py")], "Jinja2", STATUS_PAYLOAD_TEMPLATE);
  return statusPayloads;
}

/**
 * Stands in for the tests that need a Python run that failed: under CI=true, a test named `title` that fails with the
 * reason; elsewhere a skipped test whose title gives the reason, and a warning.
 */
export function pythonMissing(title: string, reason: string): void {
  if (process.env.CI === "true") {
    test(title, () => {
      throw new Error(`${reason}: CI=true requires python3 with Jinja2 and PyYAML (.ci/run installs them)`);
    });
    return;
  }
  console.warn(`${title}: skipped, ${reason} (CI=true turns this into a failure)`);
  test.skip(`${title} (skipped: ${reason})`, () => undefined);
}

/** A test of what a Python run printed: `body` gets its stdout; when the run failed, `pythonMissing` stands in. */
export function pythonTest(title: string, run: PythonRun, body: (stdout: string) => void): void {
  if (run.ok) test(title, () => body(run.stdout));
  else pythonMissing(title, run.reason);
}
