// Internal: what the proxies of one app deploy where, so that clashes that Apigee would only report at apply time
// (two proxies on one base path behind one hostname, two bundles written to one file) fail at construction.
import { IConstruct } from "constructs";
import { IApigeeEnvironmentGroup } from "./environment-group";

/** The part of an environment the registry needs (avoids a circular import with environment.ts). */
export interface RegisteredEnvironment {
  readonly environmentId: string;
  readonly environmentName: string;
  readonly environmentGroups: readonly IApigeeEnvironmentGroup[];
}

interface ProxyRegistration {
  readonly proxy: IConstruct;
  readonly environment: RegisteredEnvironment;
  readonly basePaths: readonly string[];
}

const registries = new WeakMap<IConstruct, DeploymentRegistry>();

/** One per construct tree (keyed by its root), so two apps in one process never see each other. */
export class DeploymentRegistry {
  public static of(scope: IConstruct): DeploymentRegistry {
    const root = scope.node.root;
    let registry = registries.get(root);
    if (!registry) {
      registry = new DeploymentRegistry();
      registries.set(root, registry);
    }
    return registry;
  }

  private readonly proxies: ProxyRegistration[] = [];
  private readonly files = new Map<string, IConstruct>();

  private constructor() {}

  /** Records a proxy deployment; throws if one of its base paths is already served in a shared scope. */
  public registerProxy(proxy: IConstruct, environment: RegisteredEnvironment, basePaths: readonly string[]): void {
    const mine: ProxyRegistration = { proxy, environment, basePaths: basePaths.map(normalizeBasePath) };
    for (const other of this.proxies) checkPair(mine, other);
    this.proxies.push(mine);
  }

  /** Called when `environment` joins a group: proxies already deployed there may now clash through the group. */
  public recheckEnvironment(environment: RegisteredEnvironment): void {
    const deployedHere = this.proxies.filter((p) => p.environment.environmentId === environment.environmentId);
    for (const mine of deployedHere) {
      for (const other of this.proxies) {
        if (other.environment.environmentId !== environment.environmentId) checkPair(mine, other);
      }
    }
  }

  /** Records a file written at synthesis in a stack's folder; throws if another construct writes the same one. */
  public registerFile(stack: IConstruct, filePath: string, owner: IConstruct): void {
    const key = `${stack.node.path}\u0000${filePath}`;
    const existing = this.files.get(key);
    if (existing) {
      throw new Error(
        `${owner.node.path}: bundle file ${JSON.stringify(filePath)} is already written by ${existing.node.path} ` +
          "(proxy and shared flow names must be unique within a stack)",
      );
    }
    this.files.set(key, owner);
  }
}

function normalizeBasePath(basePath: string): string {
  return basePath.length > 1 && basePath.endsWith("/") ? basePath.slice(0, -1) : basePath;
}

/** The routing scopes a deployment occupies: its environment, and every group the environment is attached to. */
function scopes(env: RegisteredEnvironment): Map<string, string> {
  const out = new Map<string, string>([[env.environmentId, `environment ${JSON.stringify(env.environmentName)}`]]);
  for (const group of env.environmentGroups) {
    out.set(group.environmentGroupId, `environment group ${JSON.stringify(group.environmentGroupName)}`);
  }
  return out;
}

function checkPair(mine: ProxyRegistration, other: ProxyRegistration): void {
  if (mine.proxy === other.proxy) return;
  const otherScopes = scopes(other.environment);
  for (const [key, label] of scopes(mine.environment)) {
    if (!otherScopes.has(key)) continue;
    const clash = mine.basePaths.find((b) => other.basePaths.includes(b));
    if (clash !== undefined) {
      throw new Error(
        `${mine.proxy.node.path}: basePath ${JSON.stringify(clash)} is already used by ${other.proxy.node.path} in ${label} ` +
          "(base paths must be unique per environment group and environment)",
      );
    }
  }
}
