// Pieces shared by proxy and target endpoints: the flow sections, where each step sits (for messages), duplicate names.
import { DefaultFaultRule, DefaultFaultRuleProps, FaultRule, FaultRuleProps } from "./fault-rule";
import { Flow, FlowProps, FlowSteps, FlowStepsProps } from "./flow";
import { nameProblem, problems } from "./names";
import { Step } from "./step";
import { XmlChild, el, text } from "./xml";

/** The flow sections every endpoint has. */
export interface EndpointFlowsProps {
  /**
   * A description shown in the Apigee UI.
   * @default - none
   */
  readonly description?: string;
  /**
   * Steps run first, on every request and response.
   * @default - none
   */
  readonly preFlow?: FlowStepsProps;
  /**
   * Conditional flows; the first whose condition holds runs.
   * @default - none
   */
  readonly flows?: ReadonlyArray<Flow | FlowProps>;
  /**
   * Steps run last, on every request and response.
   * @default - none
   */
  readonly postFlow?: FlowStepsProps;
  /**
   * Fault rules, evaluated in order when a fault occurs.
   * @default - none
   */
  readonly faultRules?: ReadonlyArray<FaultRule | FaultRuleProps>;
  /**
   * The default fault rule.
   * @default - none
   */
  readonly defaultFaultRule?: DefaultFaultRule | DefaultFaultRuleProps;
}

/** A step and where it sits, e.g. `ProxyEndpoint "default" PreFlow`. */
export interface StepSite {
  /** Where the step sits, e.g. `ProxyEndpoint "default" PreFlow`. */
  readonly location: string;
  /** The step. */
  readonly step: Step;
}

/** The parsed flow sections of an endpoint. */
export class EndpointFlows {
  public readonly description?: string;
  public readonly preFlow: FlowSteps;
  public readonly flows: readonly Flow[];
  public readonly postFlow: FlowSteps;
  public readonly faultRules: readonly FaultRule[];
  public readonly defaultFaultRule?: DefaultFaultRule;

  public constructor(props: EndpointFlowsProps) {
    this.description = props.description;
    this.preFlow = new FlowSteps(props.preFlow);
    this.flows = (props.flows ?? []).map((f) => (f instanceof Flow ? f : new Flow(f)));
    this.postFlow = new FlowSteps(props.postFlow);
    this.faultRules = (props.faultRules ?? []).map((f) => (f instanceof FaultRule ? f : new FaultRule(f)));
    const d = props.defaultFaultRule;
    this.defaultFaultRule = d === undefined ? undefined : d instanceof DefaultFaultRule ? d : new DefaultFaultRule(d);
  }

  /** Every step with its location; `label` names the endpoint. */
  public stepSites(label: string): StepSite[] {
    const at = (location: string, steps: readonly Step[]): StepSite[] => steps.map((step) => ({ location: `${label} ${location}`, step }));
    return [
      ...at("PreFlow", this.preFlow.steps),
      ...this.flows.flatMap((f) => at(`Flow ${JSON.stringify(f.name)}`, f.steps.steps)),
      ...at("PostFlow", this.postFlow.steps),
      ...this.faultRules.flatMap((f) => at(`FaultRule ${JSON.stringify(f.name)}`, f.steps)),
      ...(this.defaultFaultRule ? at(`DefaultFaultRule ${JSON.stringify(this.defaultFaultRule.name)}`, this.defaultFaultRule.steps) : []),
    ];
  }

  /** Problems: flow and fault-rule names, duplicates, malformed conditions. */
  public problems(label: string): string[] {
    const conditions = [
      ...this.flows.map((f) => [`Flow ${JSON.stringify(f.name)}`, f.condition] as const),
      ...this.faultRules.map((f) => [`FaultRule ${JSON.stringify(f.name)}`, f.condition] as const),
      ...this.stepSites(label).map((s) => [`step ${JSON.stringify(s.step.policyName)} in ${s.location.slice(label.length + 1)}`, s.step.condition] as const),
    ];
    return problems(
      this.flows.map((f) => nameProblem(`${label} flow name`, f.name)),
      this.faultRules.map((f) => nameProblem(`${label} fault rule name`, f.name)),
      duplicates(`${label} flow`, this.flows.map((f) => f.name)),
      this.flows.slice(0, -1).filter((f) => f.condition === undefined).map((f) => `${label} flow ${JSON.stringify(f.name)} has no condition but is not the last flow (flows after it can never run)`),
      duplicates(`${label} fault rule`, this.faultRules.map((f) => f.name)),
      conditions.map(([where, c]) => {
        const p = c?.problem();
        return p && `${label} ${where}: ${p}`;
      }),
    );
  }

  /** Description, FaultRules, DefaultFaultRule, PreFlow, PostFlow, Flows (Apigee's export order). */
  public toXmlElements(): XmlChild[] {
    return [
      this.description !== undefined && text("Description", this.description),
      this.faultRules.length > 0 && el("FaultRules", this.faultRules.map((f) => f.toXmlElement())),
      this.defaultFaultRule?.toXmlElement(),
      el("PreFlow", this.preFlow.toXmlElements(), { name: "PreFlow" }),
      el("PostFlow", this.postFlow.toXmlElements(), { name: "PostFlow" }),
      el("Flows", this.flows.map((f) => f.toXmlElement())),
    ];
  }
}

/** `<label> <what> "x" is defined twice` for each name seen more than once. */
export function duplicates(what: string, names: readonly string[]): string[] {
  const seen = new Set<string>();
  const reported = new Set<string>();
  const out: string[] = [];
  for (const n of names) {
    if (seen.has(n) && !reported.has(n)) {
      out.push(`${what} ${JSON.stringify(n)} is defined more than once`);
      reported.add(n);
    }
    seen.add(n);
  }
  return out;
}
