/**
 * What the rules need to know about the Apigee bundles a stack uploads: the policies, and for every ProxyEndpoint
 * the request paths a call can take (PreFlow, one conditional Flow or none, PostFlow), with FlowCallouts to shared
 * flows of the same stack expanded in place. Pure: reads `cdk.tf.json` and bundle XML only.
 */
import { BundleFiles, CheckInput } from "./model";
import { evaluate, requiredBindings } from "./condition";
import { all, attr, child, isTrue, parseXml, text, XmlNode } from "./xml";
import { resourcesOfType } from "./terraform-model";

/** A policy file of a bundle. */
export interface Policy {
  /** `bundles/x.zip:apiproxy/policies/VJ.xml`. */
  readonly location: string;
  /** The root element: `VerifyJWT`, `Quota`, ... */
  readonly type: string;
  readonly name: string;
  readonly enabled: boolean;
  readonly continueOnError: boolean;
  readonly node: XmlNode;
}

/** One `<Step>` as executed, with the policy it names (undefined when the bundle lacks it). */
export interface Step {
  readonly name: string;
  /** The step's own `<Condition>` (or the one of the FlowCallout step it was expanded from). */
  readonly condition?: string;
  readonly policy?: Policy;
}

/** One way a request can go through a ProxyEndpoint. */
export interface RequestPath {
  /** e.g. `PreFlow > Flow createRun > PostFlow`. */
  readonly description: string;
  /** The `<Condition>` of the conditional Flow, if the path goes through one. */
  readonly flowCondition?: string;
  readonly steps: readonly Step[];
  /** Index of the first step that calls out of the proxy (a ServiceCallout), or of the route to the target. */
  readonly upstreamAt: number | undefined;
  /**
   * Whether the path can be routed to a TargetEndpoint (the Prefect call): the first RouteRule whose condition may hold
   * for this path's Flow condition names a target. Ends at `steps.length` when true.
   */
  readonly routedToTarget: boolean;
}

export interface ProxyEndpointModel {
  /** `bundles/x.zip:apiproxy/proxies/default.xml`. */
  readonly location: string;
  readonly name: string;
  readonly paths: readonly RequestPath[];
  readonly postClientSteps: readonly Step[];
}

export interface TargetEndpointModel {
  readonly location: string;
  readonly name: string;
  readonly node: XmlNode;
}

/** An uploaded proxy (`google_apigee_api`) and what its bundle holds. */
export interface ProxyModel {
  /** `google_apigee_api.<name>`. */
  readonly resource: string;
  readonly configBundle: string;
  /** Undefined when the bundle was not available to the check (missing zip, unknown path). */
  readonly bundle?: {
    readonly policies: ReadonlyMap<string, Policy>;
    readonly proxyEndpoints: readonly ProxyEndpointModel[];
    readonly targetEndpoints: readonly TargetEndpointModel[];
  };
}

/** A path whose Flow condition pins a verb other than POST never starts a run (reads, webhooks of other verbs). */
export function mayPost(path: RequestPath): boolean {
  const condition = path.flowCondition ?? "";
  return !/request\.verb/i.test(condition) || /"POST"/i.test(condition);
}

const PREFLIGHT_ONLY = /^\(?\s*request\.verb\s*(!=|NotEquals)\s*"OPTIONS"\s*\)?$/i;

/** True when a step runs for every request that is not a CORS preflight. */
export function runsAlways(step: Step): boolean {
  return step.condition === undefined || PREFLIGHT_ONLY.test(step.condition);
}

/** True when a policy runs and stops the request on failure. */
export function failsClosed(policy: Policy | undefined): boolean {
  return policy !== undefined && policy.enabled && !policy.continueOnError;
}

export function readPolicies(configBundle: string, files: BundleFiles, folder: "apiproxy" | "sharedflowbundle"): Map<string, Policy> {
  const policies = new Map<string, Policy>();
  for (const [file, content] of [...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (!file.startsWith(`${folder}/policies/`) || !file.endsWith(".xml")) continue;
    const parsed = parseXml(content);
    if (!parsed) continue;
    const name = attr(parsed.node, "name") ?? file.slice(`${folder}/policies/`.length, -4);
    policies.set(name, {
      location: `${configBundle}:${file}`,
      type: parsed.name,
      name,
      enabled: attr(parsed.node, "enabled") === undefined || isTrue(attr(parsed.node, "enabled")),
      continueOnError: isTrue(attr(parsed.node, "continueOnError")),
      node: parsed.node,
    });
  }
  return policies;
}

/** Every proxy the stack uploads, with its bundle analysed. */
export function proxies(input: CheckInput): ProxyModel[] {
  const sharedFlows = sharedFlowSteps(input);
  return resourcesOfType(input.config, "google_apigee_api").map(({ id, body }) => {
    const configBundle = String(body.config_bundle ?? "");
    const files = input.bundles.get(configBundle);
    if (!files) return { resource: id, configBundle };
    const policies = readPolicies(configBundle, files, "apiproxy");
    const expand = (steps: XmlNode[]) => expandSteps(steps, policies, sharedFlows, 0);
    const targetEndpoints: TargetEndpointModel[] = [];
    const proxyEndpoints: ProxyEndpointModel[] = [];
    for (const [file, content] of [...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      const parsed = file.endsWith(".xml") ? parseXml(content) : undefined;
      if (!parsed) continue;
      const location = `${configBundle}:${file}`;
      if (file.startsWith("apiproxy/targets/") && parsed.name === "TargetEndpoint") {
        targetEndpoints.push({ location, name: attr(parsed.node, "name") ?? file, node: parsed.node });
      }
      if (file.startsWith("apiproxy/proxies/") && parsed.name === "ProxyEndpoint") {
        proxyEndpoints.push(proxyEndpoint(location, parsed.node, expand));
      }
    }
    return { resource: id, configBundle, bundle: { policies, proxyEndpoints, targetEndpoints } };
  });
}

function proxyEndpoint(location: string, node: XmlNode, expand: (steps: XmlNode[]) => Step[]): ProxyEndpointModel {
  const requestSteps = (flow: XmlNode) => expand(all(child(flow, "Request"), "Step"));
  const pre = requestSteps(child(node, "PreFlow"));
  const post = requestSteps(child(node, "PostFlow"));
  const routes = all(node, "RouteRule").map((r) => ({
    condition: text(child(r, "Condition")),
    toTarget: text(child(r, "TargetEndpoint")) !== undefined || text(child(r, "URL")) !== undefined,
  }));
  /** Apigee takes the first RouteRule whose condition holds; one that may hold and has a target counts as routed. */
  const routedToTarget = (flowCondition: string | undefined): boolean => {
    const bindings = requiredBindings(flowCondition);
    for (const route of routes) {
      const holds = evaluate(route.condition, bindings);
      if (holds === false) continue;
      if (route.toTarget) return true;
      if (holds === true) return false;
    }
    return false;
  };
  const flows = all(child(node, "Flows"), "Flow");
  const candidates: { description: string; flowCondition?: string; steps: Step[] }[] = flows.map((flow) => ({
    description: `PreFlow > Flow ${attr(flow, "name") ?? "?"} > PostFlow`,
    flowCondition: text(child(flow, "Condition")),
    steps: [...pre, ...requestSteps(flow), ...post],
  }));
  if (flows.every((flow) => text(child(flow, "Condition")) !== undefined)) {
    candidates.push({ description: "PreFlow > (no Flow) > PostFlow", steps: [...pre, ...post] });
  }
  const paths = candidates.map((c) => {
    const routed = routedToTarget(c.flowCondition);
    return { ...c, upstreamAt: upstreamIndex(c.steps, routed), routedToTarget: routed && upstreamIndex(c.steps, true) !== undefined };
  });
  return {
    location,
    name: attr(node, "name") ?? location,
    paths,
    postClientSteps: expand(all(child(child(node, "PostClientFlow"), "Response"), "Step")),
  };
}

function upstreamIndex(steps: readonly Step[], routesToTarget: boolean): number | undefined {
  for (let i = 0; i < steps.length; i++) {
    const policy = steps[i].policy;
    if (policy?.enabled && policy.type === "ServiceCallout") return i;
    // An unconditional fault ends the request before it is routed.
    if (policy?.enabled && policy.type === "RaiseFault" && steps[i].condition === undefined) return undefined;
  }
  return routesToTarget ? steps.length : undefined;
}

type SharedFlows = ReadonlyMap<string, { readonly steps: XmlNode[]; readonly policies: ReadonlyMap<string, Policy> }>;

/** Shared flows uploaded by the same stack, by name, so FlowCallouts can be followed. */
function sharedFlowSteps(input: CheckInput): SharedFlows {
  const result = new Map<string, { steps: XmlNode[]; policies: ReadonlyMap<string, Policy> }>();
  for (const { body } of resourcesOfType(input.config, "google_apigee_sharedflow")) {
    const configBundle = String(body.config_bundle ?? "");
    const files = input.bundles.get(configBundle);
    if (!files || typeof body.name !== "string") continue;
    const flowFile = [...files.keys()].sort().find((f) => f.startsWith("sharedflowbundle/sharedflows/") && f.endsWith(".xml"));
    const parsed = flowFile ? parseXml(files.get(flowFile) ?? "") : undefined;
    if (!parsed || parsed.name !== "SharedFlow") continue;
    result.set(body.name, { steps: all(parsed.node, "Step"), policies: readPolicies(configBundle, files, "sharedflowbundle") });
  }
  return result;
}

function expandSteps(steps: XmlNode[], policies: ReadonlyMap<string, Policy>, sharedFlows: SharedFlows, depth: number): Step[] {
  const result: Step[] = [];
  for (const node of steps) {
    const name = text(child(node, "Name")) ?? "";
    const condition = text(child(node, "Condition"));
    const policy = policies.get(name);
    const target = policy?.type === "FlowCallout" && policy.enabled ? text(child(policy.node, "SharedFlowBundle")) : undefined;
    const shared = target !== undefined ? sharedFlows.get(target) : undefined;
    if (shared && depth < 5) {
      for (const inner of expandSteps(shared.steps, shared.policies, sharedFlows, depth + 1)) {
        result.push({ ...inner, condition: combine(condition, inner.condition) });
      }
    } else {
      result.push({ name, condition, policy });
    }
  }
  return result;
}

function combine(outer: string | undefined, inner: string | undefined): string | undefined {
  if (outer === undefined) return inner;
  if (inner === undefined) return outer;
  return `(${outer}) and (${inner})`;
}

/** Where a required policy type stands on a path: the step, or why it does not protect the upstream call. */
export function guardOnPath(path: RequestPath, type: string): { ok: true; step: Step } | { ok: false; why: string } {
  const limit = path.upstreamAt ?? path.steps.length;
  const candidates = path.steps.map((step, index) => ({ step, index })).filter(({ step }) => step.policy?.type === type);
  const good = candidates.find(({ step, index }) => index < limit && runsAlways(step) && failsClosed(step.policy));
  if (good) return { ok: true, step: good.step };
  if (candidates.length === 0) return { ok: false, why: `no ${type} step before the upstream call` };
  const { step, index } = candidates[0];
  if (index >= limit) return { ok: false, why: `${type} step ${step.name} comes after the upstream call` };
  if (!runsAlways(step)) return { ok: false, why: `${type} step ${step.name} has a Condition that can skip it (${JSON.stringify(step.condition)})` };
  if (!step.policy?.enabled) return { ok: false, why: `${type} policy ${step.name} is disabled (enabled="false")` };
  return { ok: false, why: `${type} policy ${step.name} has continueOnError="true"` };
}
