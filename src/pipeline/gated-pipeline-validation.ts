/**
 * Every problem of a gated pipeline's props at once, before anything is defined: the pipeline (and the stack that
 * holds it) reports them in one error, each as `<construct path>: <field> <value> is not allowed (<what is allowed>)`,
 * so a first stack needs one round trip, not one per typo. The constructs it would define check the same rules again
 * (`src/core/rules.ts`), so a valid pipeline never meets one of their errors.
 */
import { ClientIpResolution } from "../apigee/client-ip-resolution";
import { DEVELOPER_EMAIL, ENVIRONMENT_GROUP_NAME, ENVIRONMENT_NAME, INSTANCE_NAME } from "../apigee/validation";
import { LOG_ID } from "../audit/log-names";
import { Duration } from "../core/duration";
import { GATE_BASE_PATH, HOSTNAME, NameRule, notAllowed, PIPELINE_ID, PRODUCT_NAME, PROJECT_ID, PUBSUB_NAME, ruleProblem, UUID } from "../core/rules";
import { identityProblems } from "../identity/identity-problems";
import { Token } from "../internal/cdk";
import { checkRotationInvariant, DEFAULT_ROTATION_TIMINGS, RotationTimings } from "../prefect/rotation-invariant";
import { FlowRunState, statusStatesProblems } from "../prefect/status-automation";
import { rotationPeriodProblem } from "../secrets/rotation-schedule";
import { GateSettings, resolveGateSettings } from "./gate-settings";
import { GatedPipelineProps } from "./gated-pipeline-props";
import { clientIpResolutionMismatchProblem, clientIpResolutionOf, environmentGroupNameOf, groupHostnamesMismatchProblem } from "./shared-environment";
import type { PipelineDefaults } from "./stack-defaults";

/** The default Prefect API host of a pipeline. */
export const DEFAULT_PREFECT_API_HOST = "api.prefect.cloud";

/** A pipeline's props, checked, with the defaults applied where later code relies on them. */
export interface CheckedPipelineProps {
  readonly gate: GateSettings;
  readonly rotation: RotationTimings;
  /** Empty when the props can be built. */
  readonly problems: readonly string[];
}

/**
 * What a stack found checking the props of a pipeline it is about to define, by props object: the pipeline takes it
 * (once) instead of checking the same props a second time.
 */
const checkedByStack = new WeakMap<GatedPipelineProps, { readonly path: string; readonly defaults: PipelineDefaults; readonly checked: CheckedPipelineProps }>();

/**
 * Checks the props of pipeline `id` whose construct path is (or will be) `path`, with what its stack offers
 * (`defaults`). Returns every problem, one sentence each, and the resolved gate settings and rotation timings.
 */
export function checkPipelineProps(path: string, id: string, props: GatedPipelineProps, defaults: PipelineDefaults): CheckedPipelineProps {
  const handed = checkedByStack.get(props);
  checkedByStack.delete(props);
  if (handed !== undefined && handed.path === path && handed.defaults === defaults) return handed.checked;
  const problems: string[] = [];
  const rule = (field: string, value: string | undefined, r: NameRule, note?: string) => {
    if (value === undefined || Token.isUnresolved(value)) return;
    const problem = ruleProblem(path, field, value, r, note);
    if (problem !== undefined) problems.push(problem);
  };

  rule("pipeline id", id, PIPELINE_ID);

  // Apigee: where the gate runs.
  const apigee = props.apigee;
  rule("apigee.organization", apigee.organization, PROJECT_ID, "an Apigee X organization is named after its Google Cloud project");
  rule("apigee.environment", apigee.environment, ENVIRONMENT_NAME);
  if (!apigee.existingEnvironmentGroup) rule("apigee.environmentGroupName", environmentGroupNameOf(apigee), ENVIRONMENT_GROUP_NAME);
  rule("apigee.instanceName", apigee.instanceName, INSTANCE_NAME);
  rule("apigee.basePath", apigee.basePath, GATE_BASE_PATH);
  rule("apigee.developerEmail", apigee.developerEmail, DEVELOPER_EMAIL);
  if (apigee.hostnames.length === 0) {
    problems.push(`${path}: apigee.hostnames is empty (give at least one hostname; Prefect posts status events to the first)`);
  }
  const hosts = new Set<string>();
  apigee.hostnames.forEach((host, i) => {
    rule(`apigee.hostnames[${i}]`, host, HOSTNAME);
    if (hosts.has(host)) problems.push(`${path}: apigee.hostnames[${i}] ${JSON.stringify(host)} is listed twice`);
    hosts.add(host);
  });

  // Prefect: the account, workspace and API host.
  // An account id the stack offers is the stack's to check (and report once).
  if ((props.prefect?.accountId ?? defaults.prefectAccountId) === undefined) {
    problems.push(`${path}: prefect.accountId is missing (set it, or use GatedPipelineStack, whose prefect.accountId is the default)`);
  }
  rule("prefect.accountId", props.prefect?.accountId, UUID);
  if ((props.prefect?.workspace ?? defaults.workspace) === undefined) {
    problems.push(`${path}: prefect.workspace is missing (e.g. PrefectWorkspace.fromHandle("data-prod"), or set the stack's prefect.workspace)`);
  }
  rule("prefect.apiHost", props.prefect?.apiHost, HOSTNAME);

  // Identity: issuers and callers, checked together; the gate verifies one audience per issuer.
  problems.push(...identityProblems(path, props.issuers, props.callers));
  for (const issuer of props.issuers) {
    if (issuer.audiences.length !== 1) {
      problems.push(
        `${path}: issuer ${JSON.stringify(issuer.name)} accepts ${issuer.audiences.length} audiences (the gate verifies exactly one audience per issuer: Apigee's VerifyJWT checks a single <Audience>)`,
      );
    }
  }

  // Deployments and products.
  problems.push(...props.deployments._problems(`${path}/Deployments`));
  problems.push(...productProblems(path, props));

  // Gate settings, status events, rotation, audit log.
  const gate = resolveGateSettings(path, props, problems);
  rule("statusEvents.topicName", props.statusEvents?.topicName, PUBSUB_NAME);
  if (props.statusEvents?.states !== undefined) problems.push(...statusStatesProblems(path, "statusEvents.states", props.statusEvents.states as readonly FlowRunState[]));
  const rotation = rotationTimings(path, props, problems);
  rule("auditLogName", props.auditLogName, LOG_ID);
  return { gate, rotation, problems };
}

function productProblems(path: string, props: GatedPipelineProps): string[] {
  const out: string[] = [];
  if (props.products.length === 0) {
    out.push(`${path}: products is empty (group the deployments into at least one product that callers are granted)`);
  }
  const routeNames = props.deployments.routeNames;
  const names = new Set<string>();
  for (const p of props.products) {
    const nameProblem = ruleProblem(path, "product name", p.name, PRODUCT_NAME);
    if (nameProblem !== undefined) out.push(nameProblem);
    if (names.has(p.name)) out.push(`${path}: product name ${JSON.stringify(p.name)} is used twice`);
    names.add(p.name);
    if (p.deployments.length === 0) out.push(`${path}: product ${JSON.stringify(p.name)} grants no deployment (list at least one route name)`);
    for (const d of p.deployments) {
      if (!routeNames.includes(d)) {
        out.push(
          `${path}: product ${JSON.stringify(p.name)} grants deployment ${JSON.stringify(d)}, which is not one of the pipeline's deployments (${routeNames.map((r) => JSON.stringify(r)).join(", ")})`,
        );
      }
    }
  }
  for (const caller of props.callers) {
    const who = Token.isUnresolved(caller.identityKey) ? "(a client id known after apply)" : JSON.stringify(caller.identityKey);
    for (const p of caller.products) {
      if (!names.has(p)) out.push(`${path}: caller ${who} is granted product ${JSON.stringify(p)}, which is not one of ${[...names].map((n) => JSON.stringify(n)).join(", ") || "(none)"}`);
    }
  }
  return out;
}

/** The rotation timings with their defaults; the period's bounds and the zero-downtime invariant go to `problems`. */
function rotationTimings(path: string, props: GatedPipelineProps, problems: string[]): RotationTimings {
  const r = props.rotation ?? {};
  const timings: RotationTimings = {
    every: r.every ?? DEFAULT_ROTATION_TIMINGS.every,
    grace: r.grace ?? DEFAULT_ROTATION_TIMINGS.grace,
    overlap: r.overlap ?? DEFAULT_ROTATION_TIMINGS.overlap,
    cacheTtl: r.cacheTtl ?? DEFAULT_ROTATION_TIMINGS.cacheTtl,
    applyEvery: r.applyEvery ?? DEFAULT_ROTATION_TIMINGS.applyEvery,
  };
  const notWhole = Object.entries(timings).filter(([, d]) => !(d instanceof Duration) || !d.isWholeSeconds());
  for (const [field, value] of notWhole) problems.push(notAllowed(path, `rotation.${field}`, String(value), "a Duration of whole seconds"));
  if (notWhole.length > 0) return DEFAULT_ROTATION_TIMINGS;
  const period = rotationPeriodProblem(path, "rotation.every", timings.every);
  if (period !== undefined) problems.push(period);
  const violations = checkRotationInvariant(timings);
  if (violations.length > 0) problems.push(`${path}: rotation is not zero-downtime: ${violations.join("; ")}`);
  return timings;
}

/** One pipeline of a stack: its id and the props object the stack will define it with. */
export interface StackPipeline {
  readonly id: string;
  readonly props: GatedPipelineProps;
}

/**
 * The problem of pipeline id `id` when stack `stackPath` already holds it: as another pipeline's id, or as the id of
 * another of its constructs (at `constructPath`, e.g. a provider).
 */
export function pipelineIdTakenProblem(stackPath: string, id: string, heldBy: "pipeline" | { readonly constructPath: string }): string {
  return heldBy === "pipeline"
    ? `${stackPath}: pipeline id ${JSON.stringify(id)} is used twice (each pipeline of a stack needs its own id: it names the proxy, secrets and manifest)`
    : `${stackPath}: pipeline id ${JSON.stringify(id)} is taken by another construct of the stack (${heldBy.constructPath}, e.g. a provider): choose another id`;
}

/**
 * Every problem of a stack's pipelines: each pipeline's own (at `<stack path>/<id>`), an id used twice or taken by one of
 * the stack's own constructs (`reservedIds`), and pipelines that share an environment or environment group but declare
 * it differently. Each pipeline's check is handed to the pipeline the stack then defines with the same props object.
 */
export function stackPipelinesProblems(
  stackPath: string,
  pipelines: readonly StackPipeline[],
  defaults: PipelineDefaults,
  reservedIds: readonly string[] = [],
): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  for (const { id, props } of pipelines) {
    if (reservedIds.includes(id)) {
      problems.push(pipelineIdTakenProblem(stackPath, id, { constructPath: `${stackPath}/${id}` }));
      continue;
    }
    if (ids.has(id)) {
      problems.push(pipelineIdTakenProblem(stackPath, id, "pipeline"));
      continue;
    }
    ids.add(id);
    const path = `${stackPath}/${id}`;
    const checked = checkPipelineProps(path, id, props, defaults);
    checkedByStack.set(props, { path, defaults, checked });
    problems.push(...checked.problems);
  }
  problems.push(...sharedTopologyProblems(stackPath, pipelines.map((p) => p.props)));
  return problems;
}

/** Pipelines that share an environment must resolve client addresses alike; those sharing a group list the same hostnames. */
function sharedTopologyProblems(stackPath: string, pipelines: readonly GatedPipelineProps[]): string[] {
  const problems: (string | undefined)[] = [];
  const environments = new Map<string, ClientIpResolution>();
  const groups = new Map<string, readonly string[]>();
  for (const { apigee } of pipelines) {
    if (!apigee.existingEnvironment) {
      const resolution = clientIpResolutionOf(apigee);
      const declared = environments.get(apigee.environment);
      if (declared === undefined) environments.set(apigee.environment, resolution);
      else problems.push(clientIpResolutionMismatchProblem(stackPath, apigee.environment, declared, resolution));
    }
    if (!apigee.existingEnvironmentGroup) {
      const name = environmentGroupNameOf(apigee);
      const declared = groups.get(name);
      if (declared === undefined) groups.set(name, apigee.hostnames);
      else problems.push(groupHostnamesMismatchProblem(stackPath, name, declared, apigee.hostnames));
    }
  }
  return problems.filter((p): p is string => p !== undefined);
}
