// The repository's source files, walked once for every test that reads them as text or parses them (import rules,
// doc-comment rules, rules written once, the bundle compiler's purity).
import * as fs from "fs";
import * as path from "path";

export const ROOT = path.join(__dirname, "..", "..");

/**
 * The files under `dir` (relative to the root), recursively, whose names match `name`, as root-relative paths in
 * directory order; folders in `exclude` (root-relative, e.g. `src/gen`) are skipped.
 */
export function repoFiles(dir: string, name: RegExp, exclude: readonly string[] = []): string[] {
  const skipped = new Set(exclude.map((e) => path.normalize(e)));
  const walk = (rel: string): string[] =>
    fs.readdirSync(path.join(ROOT, rel), { withFileTypes: true }).flatMap((e) => {
      const child = path.join(rel, e.name);
      if (e.isDirectory()) return skipped.has(child) ? [] : walk(child);
      return name.test(e.name) ? [child] : [];
    });
  return walk(path.normalize(dir));
}

/** The TypeScript sources (`.ts`, not `.d.ts`) under `dir`, as `repoFiles` lists them. */
export function tsFiles(dir: string, exclude: readonly string[] = []): string[] {
  return repoFiles(dir, /^(?!.*\.d\.ts$).*\.ts$/, exclude);
}
