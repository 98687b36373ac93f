/**
 * The files synthesis writes into a stack's output folder beside `cdk.tf.json`, under `gated-pipeline/`, and that the
 * `gated-pipeline` command reads back. Every other `.json` file there is a gate manifest.
 */

/** The folder, relative to the stack's output folder. */
export const OUTPUT_FOLDER = "gated-pipeline";

/** The policy pack's report. */
export const CHECK_REPORT_FILE = `${OUTPUT_FOLDER}/checks.json`;

/** The stack's access matrix, as data and as Markdown. */
export const ACCESS_MATRIX_FILES = { json: `${OUTPUT_FOLDER}/access-matrix.json`, markdown: `${OUTPUT_FOLDER}/access-matrix.md` } as const;

/** A pipeline's gate manifest. */
export function gateManifestFile(pipeline: string): string {
  return `${OUTPUT_FOLDER}/${pipeline}.json`;
}

/** Whether a `.json` file of the folder (by its path relative to the stack's output folder) is a gate manifest. */
export function isGateManifestFile(relativePath: string): boolean {
  return relativePath.startsWith(`${OUTPUT_FOLDER}/`) && relativePath.endsWith(".json") && relativePath !== CHECK_REPORT_FILE && relativePath !== ACCESS_MATRIX_FILES.json;
}
