import { EndpointFlows, EndpointFlowsProps, StepSite, duplicates } from "./endpoint-parts";
import { nameProblem, problems } from "./names";
import { RouteRule, RouteRuleProps } from "./route-rule";
import { Step, StepLike } from "./step";
import { XmlElement, el, text } from "./xml";

/** The client-facing side of a proxy. */
export interface ProxyEndpointProps extends EndpointFlowsProps {
  /**
   * The endpoint name (its file is `proxies/<name>.xml`).
   * @default "default"
   */
  readonly name?: string;
  /**
   * Steps run after the response has been sent to the client (audit logging belongs here).
   * @default - none
   */
  readonly postClientFlow?: { readonly response?: readonly StepLike[] };
  /**
   * Route rules, in order; the first whose condition holds picks the target. A rule without a condition goes last.
   * @default - one null route named "default" (Apigee requires at least one route rule)
   */
  readonly routeRules?: ReadonlyArray<RouteRule | RouteRuleProps>;
}

/** A proxy endpoint. Its base path is the bundle's. */
export class ProxyEndpoint {
  public readonly name: string;
  public readonly flows: EndpointFlows;
  public readonly postClientFlow: readonly Step[];
  public readonly routeRules: readonly RouteRule[];

  public constructor(props: ProxyEndpointProps = {}) {
    this.name = props.name ?? "default";
    this.flows = new EndpointFlows(props);
    this.postClientFlow = (props.postClientFlow?.response ?? []).map(Step.from);
    const rules = props.routeRules?.length ? props.routeRules : [RouteRule.noRoute("default")];
    this.routeRules = rules.map((r) => (r instanceof RouteRule ? r : new RouteRule(r)));
  }

  private get label(): string {
    return `ProxyEndpoint ${JSON.stringify(this.name)}`;
  }

  /** Every step with its location. */
  public stepSites(): StepSite[] {
    return [
      ...this.flows.stepSites(this.label),
      ...this.postClientFlow.map((step) => ({ location: `${this.label} PostClientFlow`, step })),
    ];
  }

  /** Problems other than references to policies and targets (the bundle checks those). */
  public problems(): string[] {
    const unconditional = this.routeRules.findIndex((r) => r.condition === undefined);
    return problems(
      nameProblem("ProxyEndpoint name", this.name),
      this.flows.problems(this.label),
      this.routeRules.map((r) => nameProblem(`${this.label} route rule name`, r.name)),
      duplicates(`${this.label} route rule`, this.routeRules.map((r) => r.name)),
      unconditional >= 0 && unconditional < this.routeRules.length - 1
        ? `${this.label} route rule ${JSON.stringify(this.routeRules[unconditional].name)} has no condition but is not the last route rule (rules after it can never match)`
        : undefined,
      this.routeRules.map((r) => {
        const p = r.condition?.problem();
        return p && `${this.label} route rule ${JSON.stringify(r.name)}: ${p}`;
      }),
    );
  }

  /** `proxies/<name>.xml`. */
  public toXmlElement(basePath: string): XmlElement {
    return el(
      "ProxyEndpoint",
      [
        ...this.flows.toXmlElements(),
        this.postClientFlow.length > 0 &&
          el("PostClientFlow", [el("Response", this.postClientFlow.map((s) => s.toXmlElement()))], { name: "PostClientFlow" }),
        el("HTTPProxyConnection", [text("BasePath", basePath)]),
        ...this.routeRules.map((r) => r.toXmlElement()),
      ],
      { name: this.name },
    );
  }
}
