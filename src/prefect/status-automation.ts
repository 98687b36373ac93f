import { STATUS_EVENT_FIELDS, WEBHOOK_SECRET_HEADER } from "../gate/contract";
import { throwProblems } from "../core/problems";
import { checkRule, GATE_BASE_PATH, HOSTNAME } from "../core/rules";
import { Construct } from "constructs";
import { Automation } from "../gen/providers/prefect/automation";
import { Block } from "../gen/providers/prefect/block";
import { Fn, Op, Token } from "../internal/cdk";
import { RandomPassword } from "../internal/random";
import { TimeStatic } from "../internal/time";
import { RotationSchedule } from "../secrets/rotation-schedule";
import { ISecret } from "../secrets/secret";
import { IPrefectDeployment } from "./deployment";
import { canonicalJson } from "./json-value";
import { prefectNameProblem } from "./names";
import { IPrefectWorkspace } from "./workspace";

/**
 * Flow-run states reported to the gate. A state *type* (`COMPLETED`, `FAILED`, ...) matches every state of that type
 * on the event's `prefect.state-type` label, whatever its name: a run that times out ends in a state named `TimedOut`
 * of type FAILED (`flow_engine.py` in PrefectHQ/prefect), which a match on the event name `prefect.flow-run.Failed`
 * would miss. A *named* state (`LATE`, `RETRYING`, or {@link FlowRunState.named}) matches its exact name on the
 * `prefect.state-name` label; it is one state among others of its type (Late is SCHEDULED, Retrying is RUNNING).
 */
export class FlowRunState {
  public static readonly SCHEDULED = FlowRunState.type("SCHEDULED", "Scheduled");
  public static readonly PENDING = FlowRunState.type("PENDING", "Pending");
  public static readonly RUNNING = FlowRunState.type("RUNNING", "Running");
  public static readonly PAUSED = FlowRunState.type("PAUSED", "Paused");
  public static readonly COMPLETED = FlowRunState.type("COMPLETED", "Completed");
  public static readonly FAILED = FlowRunState.type("FAILED", "Failed");
  public static readonly CRASHED = FlowRunState.type("CRASHED", "Crashed");
  public static readonly CANCELLING = FlowRunState.type("CANCELLING", "Cancelling");
  public static readonly CANCELLED = FlowRunState.type("CANCELLED", "Cancelled");
  /** A scheduled run that has not started on time (a SCHEDULED state named `Late`). */
  public static readonly LATE = new FlowRunState("Late", undefined);
  /** A run retrying after a failure (a RUNNING state named `Retrying`). */
  public static readonly RETRYING = new FlowRunState("Retrying", undefined);
  /** The terminal state types: COMPLETED, FAILED, CRASHED, CANCELLED. */
  public static readonly TERMINAL: readonly FlowRunState[] = [
    FlowRunState.COMPLETED,
    FlowRunState.FAILED,
    FlowRunState.CRASHED,
    FlowRunState.CANCELLED,
  ];

  /** A state by its exact name, e.g. `TimedOut` or `AwaitingRetry`, matched on the `prefect.state-name` label. */
  public static named(name: string): FlowRunState {
    if (typeof name !== "string" || !/^[A-Za-z][A-Za-z0-9 _-]*$/.test(name)) {
      throw new Error(`FlowRunState.named: name ${JSON.stringify(name)} is not allowed (a state name such as "TimedOut")`);
    }
    return new FlowRunState(name, undefined);
  }

  private static type(stateType: string, name: string): FlowRunState {
    return new FlowRunState(name, stateType);
  }

  private constructor(
    /** The state name (`Failed`, `Late`); for a type, the name of its plain state. */
    public readonly name: string,
    /** The state type this matches, for a type; `undefined` for a named state. */
    public readonly stateType: string | undefined,
  ) {}
}

/**
 * The type of each named state {@link FlowRunState} offers, as Prefect makes them (`states.py` in PrefectHQ/prefect:
 * `Late` is `Scheduled(name="Late")`, `Retrying` is `Running(name="Retrying")`).
 */
const TYPE_OF_NAMED_STATE: Readonly<Record<string, string>> = { Late: "SCHEDULED", Retrying: "RUNNING" };

const F = STATUS_EVENT_FIELDS;

/**
 * The body Prefect sends (a Jinja template rendered per event, in Prefect's sandbox with `ChainableUndefined`:
 * `server/utilities/user_templates.py`). Ids and state come from the event itself, so the body is right even when the
 * flow run was deleted since. A value that may be missing renders as JSON `null`, never as the text `None`, and never
 * through `tojson` on a date-time (which raises in the sandbox and fails the call). `occurred` is unix seconds with a
 * fraction, a number every JSON reader (Rhino included) takes.
 */
export const STATUS_PAYLOAD_TEMPLATE = [
  "{",
  '"event": {{ event.event | tojson }},',
  `"${F.eventId}": "{{ event.id }}",`,
  `"${F.occurred}": {{ event.occurred.timestamp() }},`,
  `"${F.flowRunId}": "{{ event.resource.id | replace('prefect.flow-run.', '') }}",`,
  '"flow_run_name": {{ event.resource.name | tojson }},',
  "{% set related = event.resource_in_role.get('deployment') %}",
  `"deployment_id": {% if related %}"{{ related.id | replace('prefect.deployment.', '') }}"{% else %}null{% endif %},`,
  `"${F.stateName}": {{ event.resource.get('prefect.state-name') | tojson }},`,
  `"${F.stateType}": {{ event.resource.get('prefect.state-type') | tojson }},`,
  '"start_time": {% if flow_run and flow_run.start_time %}"{{ flow_run.start_time.isoformat() }}"{% else %}null{% endif %},',
  '"end_time": {% if flow_run and flow_run.end_time %}"{{ flow_run.end_time.isoformat() }}"{% else %}null{% endif %}',
  "}",
].join(" ");

/** Props of {@link StatusAutomation}. */
export interface StatusAutomationProps {
  /** The automation name. */
  readonly name: string;
  /** Workspace of the deployments. */
  readonly workspace: IPrefectWorkspace;
  /** The deployments whose flow-run state changes are reported (at least one). */
  readonly deployments: readonly IPrefectDeployment[];
  /** The gate's hostname, e.g. `api.acme.example`. */
  readonly hostname: string;
  /** The gate's base path, e.g. `/orders`; events go to `https://{hostname}{basePath}/events`. */
  readonly basePath: string;
  /** The rotation the shared secret follows. */
  readonly rotation: RotationSchedule;
  /** The secret the gate reads the shared secret from; each value becomes a write-only version. */
  readonly secret: ISecret;
  /**
   * The states reported: state types match every state of the type, named states their name (a second automation,
   * `<name>-by-state-name`, carries those when types are given too).
   * @default FlowRunState.TERMINAL (the types COMPLETED, FAILED, CRASHED, CANCELLED)
   */
  readonly states?: readonly FlowRunState[];
}


/** `data_wo_version` is an Int32 (provider `block.go`): plain unix seconds overflow it in 2038, counted from this epoch in 2091. */
const DATA_VERSION_EPOCH = 1_700_000_000;

/**
 * Pushes flow-run state changes of the pipeline's deployments to the gate: a `prefect_automation` on flow-run state
 * events related to those deployments, whose `call-webhook` action posts a JSON body through a Webhook block. The block
 * sends `Content-Type: application/json` and authenticates with a shared secret generated in Terraform
 * (`random_password`, regenerated with the rotation), written to the block through write-only `data_wo` and to a
 * Secret for the gate.
 */
export class StatusAutomation extends Construct {
  /** The URL the automation calls. */
  public readonly webhookUrl: string;
  /**
   * The id of the automation on state types (or on state names, when only named states are reported).
   * @attribute
   */
  public readonly automationId: string;
  /** The underlying `prefect_automation` (see `automationId`). */
  public readonly resource: Automation;
  /** Every `prefect_automation` defined: one, or two when state types and named states are both reported. */
  public readonly automations: readonly Automation[];

  public constructor(scope: Construct, id: string, props: StatusAutomationProps) {
    super(scope, id);
    const path = this.node.path;
    const nameProblem = prefectNameProblem(props.name);
    if (nameProblem) throw new Error(`${path}: name ${JSON.stringify(props.name)} is not allowed (${nameProblem})`);
    if (props.deployments.length === 0) {
      throw new Error(`${path}: deployments is empty (the automation needs at least one deployment to watch)`);
    }
    if (!Token.isUnresolved(props.hostname)) checkRule(path, "hostname", props.hostname, HOSTNAME);
    checkRule(path, "basePath", props.basePath, GATE_BASE_PATH);
    const states = props.states ?? FlowRunState.TERMINAL;
    throwProblems(path, statusStatesProblems(path, "states", states));
    const types = unique(states.filter((s) => s.stateType !== undefined).map((s) => s.stateType!));
    const names = unique(states.filter((s) => s.stateType === undefined).map((s) => s.name));
    this.webhookUrl = `https://${props.hostname}${props.basePath}/events`;

    const shared = new RandomPassword(this, "SharedSecret", {
      length: 48,
      // Letters and digits only: the value travels in an HTTP header and inside JSON.
      special: false,
      keepers: { rotation: Token.asString(props.rotation.versionNumber) },
    });
    props.secret.addVersion(`${id}-WebhookSecret`, { value: shared.result, rotation: props.rotation });

    // The block's `call` sends the rendered body with the block's headers only (`blocks/webhook.py`): without a
    // Content-Type the gate could not treat the body as JSON.
    const data = Fn.jsonencode({
      url: this.webhookUrl,
      method: "POST",
      headers: { "Content-Type": "application/json", [WEBHOOK_SECRET_HEADER]: shared.result },
    });
    // A write-only value is sent only when `data_wo_version` changes (provider `block.go`). The version is the time of
    // the apply that last changed the data: `time_static` is replaced whenever the digest of the data changes (a new
    // secret on rotation, a new URL, ...), so no change of content can leave the version as it was.
    const dataVersion = new TimeStatic(this, "WebhookDataVersion", { triggers: { data: Fn.sha256(data) } });
    const block = new Block(this, "WebhookBlock", {
      name: `${props.name.toLowerCase().replace(/[^a-z0-9-]+/g, "-")}-webhook`,
      typeSlug: "webhook",
      workspaceId: props.workspace.workspaceId,
      dataWo: data,
      dataWoVersion: Token.asNumber(Op.sub(dataVersion.unix, DATA_VERSION_EPOCH)),
    });

    const deploymentResources = props.deployments.map((d) => `prefect.deployment.${d.deploymentId}`);
    const automation = (automationId: string, name: string, label: string, values: string[]) =>
      new Automation(this, automationId, {
        name,
        description: `Reports flow-run state changes of the gated deployments to the gate (${label}: ${values.join(", ")}).`,
        workspaceId: props.workspace.workspaceId,
        enabled: true,
        trigger: {
          event: {
            posture: "Reactive",
            expect: ["prefect.flow-run.*"],
            match: canonicalJson({ "prefect.resource.id": "prefect.flow-run.*", [label]: values }),
            matchRelated: canonicalJson({ "prefect.resource.id": deploymentResources, "prefect.resource.role": "deployment" }),
            threshold: 1,
            within: 0,
          },
        },
        actions: [{ type: "call-webhook", blockDocumentId: block.id, payload: STATUS_PAYLOAD_TEMPLATE }],
      });
    const automations: Automation[] = [];
    if (types.length > 0) automations.push(automation("Resource", props.name, "prefect.state-type", types));
    if (names.length > 0) {
      automations.push(
        types.length > 0
          ? automation("ByStateName", `${props.name}-by-state-name`, "prefect.state-name", names)
          : automation("Resource", props.name, "prefect.state-name", names),
      );
    }
    this.automations = automations;
    this.resource = automations[0];
    this.automationId = this.resource.id;
  }
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

/**
 * What is wrong with the flow-run states a status automation reports (`field` names them in messages): none at all, or
 * a named state next to its own state type, which would send each of its events twice. Empty when nothing is.
 * @internal
 */
export function statusStatesProblems(path: string, field: string, states: readonly FlowRunState[]): string[] {
  if (states.length === 0) return [`${path}: ${field} is empty (give at least one FlowRunState)`];
  const types = unique(states.filter((s) => s.stateType !== undefined).map((s) => s.stateType!));
  return states
    .filter((s) => s.stateType === undefined && types.includes(TYPE_OF_NAMED_STATE[s.name]))
    .map((s) => {
      const type = TYPE_OF_NAMED_STATE[s.name];
      return `${path}: ${field} has ${s.name} and ${type}, which already reports every ${type} state (drop one, or each ${s.name} event is sent twice)`;
    });
}
