/**
 * The policy pack's data model, and the check report (`gated-pipeline/checks.json`) it produces. Pure: rules read the synthesized `cdk.tf.json` and the
 * proxy/shared-flow bundles, so the same rules run inside synth and from `gated-pipeline check` without cdktf.
 */

/** Bundle-relative path (`apiproxy/policies/VJWT-okta.xml`) → file text. */
export type BundleFiles = ReadonlyMap<string, string>;

/** What the rules read: one synthesized stack. */
export interface CheckInput {
  /** The stack name, e.g. `orders-gate-prod`. */
  readonly stackName: string;
  /** The parsed `cdk.tf.json`, metadata (`"//"`) included. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  readonly config: any;
  /** Bundles by their `config_bundle` path as written in `cdk.tf.json`, e.g. `bundles/orders-gate.zip`. */
  readonly bundles: ReadonlyMap<string, BundleFiles>;
}

/** `error` blocks synthesis and makes `gated-pipeline check` exit 1; `warning` is reported only. */
export type CheckLevel = "error" | "warning";

/** What a rule says about one resource. */
export interface RuleResult {
  /**
   * What was checked: `google_apigee_api.gate`, `data.prefect_workspace_role.runner`, `output.key`,
   * `bundles/x.zip:apiproxy/policies/VJ.xml`, or `cdk.tf.json` for facts about the whole stack.
   */
  readonly resource: string;
  readonly pass: boolean;
  /** Why it passed or failed, naming the offending value. */
  readonly message: string;
  /**
   * The level of this failure, when a rule judges some of what it checks more gravely than the rest (e.g. GP020: an
   * error for a type the library creates, a warning for one the user added).
   * @default - the rule's level
   */
  readonly level?: CheckLevel;
}

/** A rule: an id, a level, a one-line title, a fix hint and a pure check. */
export interface Rule {
  /** `GP001` ... */
  readonly id: string;
  readonly level: CheckLevel;
  /** One line: what must hold. */
  readonly title: string;
  /** How to make a failing resource comply. */
  readonly fix: string;
  /** Core rules guard the gate's authentication and its secrets; they cannot be suppressed. */
  readonly core: boolean;
  /** Lists every resource the rule applies to, passing or failing; nothing when it does not apply. */
  readonly check: (input: CheckInput) => RuleResult[];
}

/** One line of the report. */
export interface Finding {
  /** The rule's id, e.g. `GP001`. */
  readonly rule: string;
  /** Whether a failure blocks (`error`) or is only reported (`warning`). */
  readonly level: CheckLevel;
  /**
   * What the rule looked at: `google_apigee_api.gate`, `data.prefect_workspace_role.runner`, `output.key`,
   * `bundles/x.zip:apiproxy/policies/VJ.xml`, or `cdk.tf.json` for facts about the whole stack.
   */
  readonly resource: string;
  /** The outcome; a suppressed failure names its reason. */
  readonly result: "pass" | "fail" | "suppressed";
  /** What the rule found. */
  readonly message: string;
  /**
   * Why the failure is acknowledged.
   * @default - none (present only when `result` is `suppressed`)
   */
  readonly suppressionReason?: string;
}

/** `cdktf.out/stacks/<stack>/gated-pipeline/checks.json`. Passes are listed too, so reviewers see what was checked. */
export interface CheckReport {
  /** The format of this file: 1. */
  readonly version: 1;
  /** The stack's name. */
  readonly stack: string;
  /** Sorted by rule, then resource, then message: the same input always gives the same bytes. */
  readonly findings: readonly Finding[];
}

/** A rule acknowledged for a resource, with why. */
export interface CheckSuppression {
  /** The rule id, e.g. `GP013`. */
  readonly id: string;
  /** Why the finding is acceptable here; at least 10 characters. */
  readonly reason: string;
}

/** How many findings of a report failed as errors and as warnings, were suppressed, and passed. */
export function findingCounts(report: CheckReport): { readonly errors: number; readonly warnings: number; readonly suppressed: number; readonly passed: number } {
  const count = (result: Finding["result"], level?: CheckLevel) => report.findings.filter((f) => f.result === result && (level === undefined || f.level === level)).length;
  return { errors: count("fail", "error"), warnings: count("fail", "warning"), suppressed: count("suppressed"), passed: count("pass") };
}
