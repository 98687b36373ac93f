/**
 * Values known only at apply time (`{"tfRef": ...}` in the manifest; the gate reads them from its KVM) and the `set` values that stand
 * in for them offline. A value is looked up by its Terraform expression, or by its placeholder name
 * (`account_id`, `workspace_id`, `deployment_id:<deployment>`).
 */
import { isTfRef, ManifestValue } from "../gate/manifest";
import { SimulationError } from "./simulation-error";

export class References {
  constructor(private readonly set: Readonly<Record<string, string>> = {}) {}

  /** The literal or supplied value; `undefined` when only apply time knows it. */
  public resolve(value: ManifestValue<string>, name?: string): string | undefined {
    if (!isTfRef(value)) return value;
    if (Object.hasOwn(this.set, value.tfRef)) return this.set[value.tfRef];
    if (name !== undefined && Object.hasOwn(this.set, name)) return this.set[name];
    return undefined;
  }

  /** The value, or `{name}` where it stays unknown offline (only for values that do not change the decision). */
  public placeholder(value: ManifestValue<string>, name: string): string {
    return this.resolve(value, name) ?? `{${name}}`;
  }

  /** A value a decision depends on: a missing one stops the simulation with the `--set` that would supply it. */
  public required(value: ManifestValue<string>, what: string): string {
    const resolved = this.resolve(value);
    if (resolved !== undefined) return resolved;
    const expression = isTfRef(value) ? value.tfRef : String(value);
    throw new SimulationError(`${what} is only known at apply time; pass --set '${expression}=<value>' to decide offline`);
  }

  /** A named value from `set` that has no manifest entry (e.g. `webhook_secret`). */
  public named(name: string): string | undefined {
    return Object.hasOwn(this.set, name) ? this.set[name] : undefined;
  }
}
