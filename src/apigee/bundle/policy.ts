import { nameProblem, problems } from "./names";
import { ResourceFile } from "./resource-file";
import { XmlAttributes, XmlChild, XmlElement, el, optText, renderXml } from "./xml";

/** What every policy accepts. */
export interface PolicyProps {
  /** The policy name, unique in its bundle; steps refer to it (`A-Za-z0-9._-`). */
  readonly name: string;
  /**
   * Display name shown in the Apigee UI.
   * @default - none
   */
  readonly displayName?: string;
  /**
   * Continue the flow when the policy fails. Security policies must fail closed, so leave this false for them.
   * @default false
   */
  readonly continueOnError?: boolean;
  /**
   * Whether the policy runs at all.
   * @default true
   */
  readonly enabled?: boolean;
}

/**
 * A policy: one file `policies/<name>.xml`. Subclasses render their own elements, in Apigee's documented order,
 * and report their own problems; the bundle prefixes problems with its name and throws.
 */
export abstract class Policy {
  /** The policy name. */
  public readonly name: string;
  /** The root element, e.g. `VerifyJWT`. */
  public readonly kind: string;
  /** Whether the flow continues when this policy fails. */
  public readonly continueOnError: boolean;
  /** Whether the policy runs. */
  public readonly enabled: boolean;
  private readonly displayName?: string;

  protected constructor(kind: string, props: PolicyProps) {
    this.kind = kind;
    this.name = props.name;
    this.displayName = props.displayName;
    this.continueOnError = props.continueOnError ?? false;
    this.enabled = props.enabled ?? true;
  }

  /** The policy's element tree. */
  public toXmlElement(): XmlElement {
    return el(this.kind, [optText("DisplayName", this.displayName), ...this.body()], {
      continueOnError: this.continueOnError,
      enabled: this.enabled,
      name: this.name,
      ...this.attributes(),
    });
  }

  /** The policy file's text. */
  public toXml(): string {
    return renderXml(this.toXmlElement());
  }

  /** Problems with this policy, each starting with `policy "<name>" (<kind>)`. */
  public problems(): string[] {
    const label = `policy ${JSON.stringify(this.name)} (${this.kind})`;
    return problems(nameProblem("policy name", this.name), this.validate().map((p) => `${label}: ${p}`));
  }

  /** Resource files this policy needs in the bundle (e.g. a Javascript policy's script). */
  public resources(): readonly ResourceFile[] {
    return [];
  }

  /**
   * Problems that need the other policies of the bundle (e.g. a Quota's `stepName` must name a VerifyAPIKey policy),
   * each starting with the policy label.
   */
  public referenceProblems(policies: ReadonlyMap<string, Policy>): string[] {
    const label = `policy ${JSON.stringify(this.name)} (${this.kind})`;
    return this.validateReferences(policies).map((p) => `${label}: ${p}`);
  }

  /** Root attributes after `continueOnError`, `enabled` and `name` (e.g. Quota's `type`). */
  protected attributes(): XmlAttributes {
    return {};
  }

  /** Problems with references to other policies, without the policy label. */
  protected validateReferences(_policies: ReadonlyMap<string, Policy>): string[] {
    return [];
  }

  /** The elements inside the root, in order. */
  protected abstract body(): XmlChild[];

  /** Problems with this policy's fields, without the policy label. */
  protected validate(): string[] {
    return [];
  }
}
