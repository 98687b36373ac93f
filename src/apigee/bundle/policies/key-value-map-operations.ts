import { Duration } from "../../../core/duration";
import { FlowValue } from "../flow-value";
import { nameProblem, problems, variableProblem } from "../names";
import { Policy, PolicyProps } from "../policy";
import { XmlChild, el, text } from "../xml";

/** One KVM read: the entry whose key is the parts joined with `__`, into `assignTo`. */
export interface KvmGet {
  /** Flow variable receiving the value; use a `private.` prefix for secrets so Debug masks them. */
  readonly assignTo: string;
  /** Key parts: strings are literal, `FlowValue.ref(...)` parts are read at runtime (composite key). */
  readonly key: ReadonlyArray<string | FlowValue>;
}

/** KeyValueMapOperations (Get only): reads entries of an environment KVM that Terraform wrote. */
export interface KeyValueMapOperationsProps extends PolicyProps {
  /** The KVM's name. */
  readonly mapIdentifier: string;
  /**
   * The KVM's scope.
   * @default "environment"
   */
  readonly scope?: "environment" | "organization" | "apiproxy";
  /**
   * How long the runtime caches values read (how late an entry change is seen).
   * @default - Apigee's default
   */
  readonly expiry?: Duration;
  /** The reads, in order. */
  readonly gets: readonly KvmGet[];
}

/** A KeyValueMapOperations policy. */
export class KeyValueMapOperations extends Policy {
  private readonly props: KeyValueMapOperationsProps;

  public constructor(props: KeyValueMapOperationsProps) {
    super("KeyValueMapOperations", props);
    this.props = props;
  }

  protected attributes(): { mapIdentifier: string } {
    return { mapIdentifier: this.props.mapIdentifier };
  }

  protected body(): XmlChild[] {
    const p = this.props;
    return [
      text("Scope", p.scope ?? "environment"),
      p.expiry && text("ExpiryTimeInSecs", p.expiry.toSeconds()),
      ...p.gets.map((g) =>
        el("Get", [el("Key", g.key.map((part) => {
          const v = FlowValue.of(part);
          return v.isRef ? el("Parameter", [], { ref: v.variable }) : text("Parameter", v.literal ?? "");
        }))], { assignTo: g.assignTo }),
      ),
    ];
  }

  protected validate(): string[] {
    const p = this.props;
    return problems(
      nameProblem("mapIdentifier", p.mapIdentifier),
      p.gets.length === 0 ? "gets is empty (give at least one Get)" : undefined,
      p.gets.map((g) => variableProblem("Get assignTo", g.assignTo)),
      p.gets.map((g) => (g.key.length === 0 ? `Get into ${JSON.stringify(g.assignTo)} has an empty key` : undefined)),
      p.gets.flatMap((g) => g.key.map((k) => (typeof k === "string" ? undefined : variableProblem("Key Parameter ref", k.variable)))),
    );
  }
}
