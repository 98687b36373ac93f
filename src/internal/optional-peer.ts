/**
 * The optional IdP modules (`cdktf-gated-pipeline/okta`, `/entra`) need a prebuilt provider package that the core does
 * not. Without it, Node's own error names a deep module path and no fix; this one names the package and the command.
 */
import { ownPackageJson } from "../core/own-package";

export function requireOptionalPeer(entryPoint: string, packageName: string, probe: string): void {
  try {
    require.resolve(probe);
  } catch {
    const range = ownPackageJson()?.peerDependencies?.[packageName];
    throw new Error(
      `${entryPoint} needs the optional peer dependency ${packageName}, which is not installed: run \`npm install ${packageName}${range ? `@"${range}"` : ""}\``,
    );
  }
}
