/**
 * This library's own package.json (its version, peer ranges and pinned development versions), found from the module's
 * location: `lib/src/<dir>/` in the published package, `src/<dir>/` when run from sources. Read only where a command
 * or an error message needs it, never by a constructor.
 */
import { readFileSync } from "fs";
import { join } from "path";

export interface OwnPackageJson {
  readonly name: string;
  readonly version: string;
  readonly peerDependencies?: Readonly<Record<string, string>>;
  readonly devDependencies?: Readonly<Record<string, string>>;
}

export function ownPackageJson(): OwnPackageJson | undefined {
  for (const up of ["../../..", "../.."]) {
    try {
      const pkg = JSON.parse(readFileSync(join(__dirname, up, "package.json"), "utf8")) as OwnPackageJson;
      if (pkg.name === "cdktf-gated-pipeline") return pkg;
    } catch {
      // try the next candidate
    }
  }
  return undefined;
}
