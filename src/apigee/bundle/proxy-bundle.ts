import { PROXY_BASE_PATH } from "../../core/rules";
import { collectPolicies, collectResources, compare, pack, throwIfProblems } from "./bundle-support";
import { duplicates } from "./endpoint-parts";
import { nameProblem, problems } from "./names";
import { PackedBundle } from "./packed-bundle";
import { Policy } from "./policy";
import { ProxyEndpoint, ProxyEndpointProps } from "./proxy-endpoint";
import { ResourceFile } from "./resource-file";
import { TargetEndpoint, TargetEndpointProps } from "./target-endpoint";
import { el, optList, renderXml, text } from "./xml";

/** An API proxy bundle. */
export interface ProxyBundleProps {
  /** The proxy name (`A-Za-z0-9._-`); also the zip's name. */
  readonly name: string;
  /**
   * A description shown in the Apigee UI.
   * @default - none
   */
  readonly description?: string;
  /** The base path clients call, e.g. `/orders`. */
  readonly basePath: string;
  /** The proxy endpoint (flows, fault rules, route rules). */
  readonly proxyEndpoint: ProxyEndpoint | ProxyEndpointProps;
  /**
   * Target endpoints the route rules refer to.
   * @default - none (only null routes)
   */
  readonly targetEndpoints?: ReadonlyArray<TargetEndpoint | TargetEndpointProps>;
  /**
   * Policies referenced by name from steps. Policy objects used in steps are included without being listed here.
   * @default - the policies used in steps
   */
  readonly policies?: readonly Policy[];
  /**
   * Resource files besides those the policies bring (e.g. property sets).
   * @default - the policies' resources
   */
  readonly resources?: readonly ResourceFile[];
}

/**
 * A typed API proxy bundle, validated when constructed; `pack()` renders canonical XML and a deterministic zip:
 * `apiproxy/<name>.xml`, `apiproxy/proxies/`, `apiproxy/targets/`, `apiproxy/policies/`, `apiproxy/resources/`.
 */
export class ProxyBundle {
  public readonly name: string;
  public readonly kind = "apiproxy" as const;
  public readonly basePath: string;
  public readonly description?: string;
  public readonly proxyEndpoint: ProxyEndpoint;
  public readonly targetEndpoints: readonly TargetEndpoint[];
  /** Every policy of the bundle, sorted by name. */
  public readonly policies: readonly Policy[];
  /** Every resource file, sorted by path. */
  public readonly resources: readonly ResourceFile[];
  private packed?: PackedBundle;

  public constructor(props: ProxyBundleProps) {
    this.name = props.name;
    this.basePath = props.basePath;
    this.description = props.description;
    this.proxyEndpoint = props.proxyEndpoint instanceof ProxyEndpoint ? props.proxyEndpoint : new ProxyEndpoint(props.proxyEndpoint);
    this.targetEndpoints = (props.targetEndpoints ?? []).map((t) => (t instanceof TargetEndpoint ? t : new TargetEndpoint(t)));

    const sites = [...this.proxyEndpoint.stepSites(), ...this.targetEndpoints.flatMap((t) => t.stepSites())];
    const collected = collectPolicies(props.policies ?? [], sites);
    const res = collectResources(props.resources ?? [], collected.policies);
    this.policies = collected.policies;
    this.resources = res.resources;

    const targets = this.targetEndpoints.map((t) => t.name);
    const routed = new Set(this.proxyEndpoint.routeRules.map((r) => r.target).filter((t) => t !== undefined));
    const defined = [...targets].sort(compare).join(", ") || "none";
    throwIfProblems(
      `proxy ${JSON.stringify(this.name)}`,
      problems(
        nameProblem("proxy name", this.name),
        PROXY_BASE_PATH.pattern.test(this.basePath) ? undefined : `basePath ${JSON.stringify(this.basePath)} is not allowed (${PROXY_BASE_PATH.allowed})`,
        this.proxyEndpoint.problems(),
        this.targetEndpoints.flatMap((t) => t.problems()),
        duplicates("TargetEndpoint", targets),
        this.proxyEndpoint.routeRules.map((r) =>
          r.target !== undefined && !targets.includes(r.target)
            ? `route rule ${JSON.stringify(r.name)} in ProxyEndpoint ${JSON.stringify(this.proxyEndpoint.name)} refers to no target endpoint ${JSON.stringify(r.target)} (defined: ${defined})`
            : undefined,
        ),
        targets.filter((t) => !routed.has(t)).map((t) => `TargetEndpoint ${JSON.stringify(t)} is not used by any route rule`),
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
    const targets = [...this.targetEndpoints].sort((a, b) => compare(a.name, b.name));
    const descriptor = el("APIProxy", [
      text("Basepaths", this.basePath),
      this.description !== undefined && text("Description", this.description),
      text("DisplayName", this.name),
      optList("Policies", this.policies, (p) => text("Policy", p.name)),
      el("ProxyEndpoints", [text("ProxyEndpoint", this.proxyEndpoint.name)]),
      optList("Resources", this.resources, (r) => text("Resource", r.url)),
      optList("TargetEndpoints", targets, (t) => text("TargetEndpoint", t.name)),
    ], { name: this.name });
    return [
      { path: `apiproxy/${this.name}.xml`, content: renderXml(descriptor) },
      { path: `apiproxy/proxies/${this.proxyEndpoint.name}.xml`, content: renderXml(this.proxyEndpoint.toXmlElement(this.basePath)) },
      ...targets.map((t) => ({ path: `apiproxy/targets/${t.name}.xml`, content: renderXml(t.toXmlElement()) })),
      ...this.policies.map((p) => ({ path: `apiproxy/policies/${p.name}.xml`, content: p.toXml() })),
      ...this.resources.map((r) => ({ path: `apiproxy/${r.path}`, content: r.content })),
    ];
  }
}
