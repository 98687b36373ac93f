import * as fs from "fs";
import { Construct } from "constructs";
import { throwProblems } from "../core/problems";
import { Annotations } from "../internal/cdk";
import { deploymentOptionProblems, PrefectDeployment, PrefectDeploymentOptions } from "./deployment";
import { defaultRouteName } from "./names";
import { parsePrefectYaml, PrefectYamlOptions } from "./prefect-yaml";
import { IPrefectWorkspace } from "./workspace";

/**
 * A set of deployments described before any construct exists: typed options, or the deployments of a prefect.yaml.
 * A pipeline binds it to a scope and workspace, which defines one {@link PrefectDeployment} per entry (construct id =
 * route name) and reports the import warnings as construct warnings.
 */
export class PrefectDeployments {
  /**
   * Reads `file` now, synchronously, and maps its deployments as `prefect deploy` reads them: YAML 1.1 as PyYAML's
   * `safe_load` resolves it, then Prefect's own checks. Call it at app level (in `main.ts`, in props), never inside a
   * constructor: constructors do no I/O. `file` is used as given in every message, so pass a path relative to the
   * project (e.g. `flows/prefect.yaml`) for reproducible output.
   *
   * Every problem of the file is reported in one error, one line each with the file, line and column, the deployment
   * and the field. Refused: what `prefect deploy` refuses (no work pool, no entrypoint, a non-string name or version,
   * `schedule` next to `schedules`, build/push/pull given as a scalar), and what Terraform cannot do (build/push step
   * outputs a deployment relies on, `{{ $ENV }}` outside pull steps, block or variable templates outside pull steps
   * and job variables, `triggers`, pull steps other than the seven the provider supports, unknown keys, repeated
   * keys). Warned about: a `flow_name` used as given, a derived flow name, parameters without a schema, block and
   * variable templates in job variables (resolved by the worker at run time), ignored build/push steps,
   * `version_type`, `grace_period_seconds`, a schedule's `replaces`, a missing `pull` section.
   */
  public static fromPrefectYaml(file: string, options: PrefectYamlOptions = {}): PrefectDeployments {
    let text: string;
    try {
      text = fs.readFileSync(file, "utf8");
    } catch (e) {
      throw new Error(`${file}: cannot read the prefect.yaml (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
    }
    return PrefectDeployments.fromPrefectYamlText(text, file, options);
  }

  /** Maps the deployments of prefect.yaml text; `fileName` names it in messages. No I/O. */
  public static fromPrefectYamlText(text: string, fileName: string, options: PrefectYamlOptions = {}): PrefectDeployments {
    const parsed = parsePrefectYaml(text, fileName, options);
    return new PrefectDeployments(parsed.deployments, parsed.warnings);
  }

  /** Typed deployments. */
  public static of(deployments: readonly PrefectDeploymentOptions[]): PrefectDeployments {
    return new PrefectDeployments(deployments, []);
  }

  private constructor(
    /** The deployments, as options. */
    public readonly deployments: readonly PrefectDeploymentOptions[],
    /** What the import ignored, one message each (also reported as construct warnings on bind). */
    public readonly warnings: readonly string[],
  ) {}

  /**
   * What binding under a scope at `path` would refuse, one sentence each: a route name used twice, and each
   * deployment's own problems (at `<path>/<route name>`, where it will be defined). For a pipeline that checks all of
   * its props before it defines anything.
   * @internal
   */
  public _problems(path: string): string[] {
    const routes = this.routeNames;
    return [...this.routeProblems(path), ...this.deployments.flatMap((d, i) => deploymentOptionProblems(`${path}/${routes[i]}`, d))];
  }

  /** Route names used twice, one sentence each: the one rule no single deployment can check. */
  private routeProblems(path: string): string[] {
    const out: string[] = [];
    const seen = new Map<string, string>();
    this.routeNames.forEach((route, i) => {
      const full = `${this.deployments[i].flowName}/${this.deployments[i].name}`;
      const previous = seen.get(route);
      if (previous !== undefined) {
        out.push(`${path}: route name ${JSON.stringify(route)} is used by both ${JSON.stringify(previous)} and ${JSON.stringify(full)} (set routeName on one of them)`);
      }
      seen.set(route, full);
    });
    return out;
  }

  /** The route slugs of the deployments, in order. */
  public get routeNames(): string[] {
    return this.deployments.map((d) => d.routeName ?? defaultRouteName(d.flowName, d.name));
  }

  /**
   * Defines the deployments under `scope` in `workspace`. Route names must be unique: they become the construct ids
   * (so one deployment's change touches only its own resources) and the gate's public routes.
   */
  public bind(scope: Construct, workspace: IPrefectWorkspace): PrefectDeployment[] {
    // Each PrefectDeployment checks its own options.
    throwProblems(scope.node.path, this.routeProblems(scope.node.path));
    const routes = this.routeNames;
    for (const warning of this.warnings) Annotations.of(scope).addWarning(warning);
    return this.deployments.map((d, i) => new PrefectDeployment(scope, routes[i], { ...d, workspace }));
  }
}
