/**
 * The optional IdP modules (`cdktf-gated-pipeline/okta`, `/entra`) need a prebuilt provider package that the core does
 * not. Without it, Node's own error names a deep module path and no fix; this one names the package and the command.
 */
import { readFileSync } from "fs";
import { join } from "path";

export function requireOptionalPeer(entryPoint: string, packageName: string, probe: string): void {
  try {
    require.resolve(probe);
  } catch {
    const range = peerRange(packageName);
    throw new Error(
      `${entryPoint} needs the optional peer dependency ${packageName}, which is not installed: run \`npm install ${packageName}${range ? `@"${range}"` : ""}\``,
    );
  }
}

/** The range this package's package.json asks for (read only on the error path). */
function peerRange(packageName: string): string | undefined {
  // lib/src/internal/ sits three levels below the package root, src/internal/ two.
  for (const up of ["../../..", "../.."]) {
    try {
      const pkg = JSON.parse(readFileSync(join(__dirname, up, "package.json"), "utf8")) as { name?: string; peerDependencies?: Record<string, string> };
      if (pkg.name === "cdktf-gated-pipeline") return pkg.peerDependencies?.[packageName];
    } catch {
      // try the next candidate
    }
  }
  return undefined;
}
