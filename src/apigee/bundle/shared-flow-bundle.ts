import { collectPolicies, collectResources, compare, pack, throwIfProblems } from "./bundle-support";
import { duplicates } from "./endpoint-parts";
import { nameProblem, problems } from "./names";
import { PackedBundle } from "./packed-bundle";
import { Policy } from "./policy";
import { ResourceFile } from "./resource-file";
import { SharedFlow, SharedFlowProps } from "./shared-flow";
import { el, optList, renderXml, text } from "./xml";

/** A shared-flow bundle. */
export interface SharedFlowBundleProps {
  /** The shared flow's name (`A-Za-z0-9._-`); FlowCallout policies refer to it. */
  readonly name: string;
  /**
   * A description shown in the Apigee UI.
   * @default - none
   */
  readonly description?: string;
  /** The flows; usually one, named "default". */
  readonly sharedFlows: ReadonlyArray<SharedFlow | SharedFlowProps>;
  /**
   * Policies referenced by name from steps. Policy objects used in steps are included without being listed here.
   * @default - the policies used in steps
   */
  readonly policies?: readonly Policy[];
  /**
   * Resource files besides those the policies bring.
   * @default - the policies' resources
   */
  readonly resources?: readonly ResourceFile[];
}

/**
 * A typed shared-flow bundle, validated when constructed; `pack()` renders `sharedflowbundle/<name>.xml`,
 * `sharedflowbundle/sharedflows/`, `sharedflowbundle/policies/` and resources into a deterministic zip.
 */
export class SharedFlowBundle {
  public readonly name: string;
  public readonly kind = "sharedflowbundle" as const;
  public readonly description?: string;
  public readonly sharedFlows: readonly SharedFlow[];
  /** Every policy of the bundle, sorted by name. */
  public readonly policies: readonly Policy[];
  /** Every resource file, sorted by path. */
  public readonly resources: readonly ResourceFile[];
  private packed?: PackedBundle;

  public constructor(props: SharedFlowBundleProps) {
    this.name = props.name;
    this.description = props.description;
    this.sharedFlows = props.sharedFlows.map((f) => (f instanceof SharedFlow ? f : new SharedFlow(f)));
    const collected = collectPolicies(props.policies ?? [], this.sharedFlows.flatMap((f) => f.stepSites()));
    const res = collectResources(props.resources ?? [], collected.policies);
    this.policies = collected.policies;
    this.resources = res.resources;
    throwIfProblems(
      `shared flow ${JSON.stringify(this.name)}`,
      problems(
        nameProblem("shared flow name", this.name),
        this.sharedFlows.length === 0 ? "sharedFlows is empty (a bundle needs at least one shared flow)" : undefined,
        this.sharedFlows.flatMap((f) => f.problems()),
        duplicates("SharedFlow", this.sharedFlows.map((f) => f.name)),
        collected.problems,
        res.problems,
      ),
    );
  }

  /** Renders and zips the bundle (once; later calls return the same result). */
  public pack(): PackedBundle {
    this.packed ??= pack(this.name, this.render());
    return this.packed;
  }

  private render(): Array<{ path: string; content: string }> {
    const flows = [...this.sharedFlows].sort((a, b) => compare(a.name, b.name));
    const descriptor = el("SharedFlowBundle", [
      this.description !== undefined && text("Description", this.description),
      text("DisplayName", this.name),
      optList("Policies", this.policies, (p) => text("Policy", p.name)),
      optList("Resources", this.resources, (r) => text("Resource", r.url)),
      el("SharedFlows", flows.map((f) => text("SharedFlow", f.name))),
    ], { name: this.name });
    return [
      { path: `sharedflowbundle/${this.name}.xml`, content: renderXml(descriptor) },
      ...flows.map((f) => ({ path: `sharedflowbundle/sharedflows/${f.name}.xml`, content: renderXml(f.toXmlElement()) })),
      ...this.policies.map((p) => ({ path: `sharedflowbundle/policies/${p.name}.xml`, content: p.toXml() })),
      ...this.resources.map((r) => ({ path: `sharedflowbundle/${r.path}`, content: r.content })),
    ];
  }
}
