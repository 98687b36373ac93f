/**
 * Throws every problem of a construct's props as one error, so a user sees them all in one synthesis: a single problem
 * as it is, several as a list under `path` (each still names its own construct path and field). Nothing when none.
 */
export function throwProblems(path: string, problems: readonly string[]): void {
  const unique = [...new Set(problems)];
  if (unique.length === 0) return;
  if (unique.length === 1) throw new Error(unique[0]);
  throw new Error(`${path || "app"}: ${unique.length} problems in the props (nothing is synthesized until each is fixed):\n${unique.map((p) => `  - ${p}`).join("\n")}`);
}
