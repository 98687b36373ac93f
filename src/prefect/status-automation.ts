import { WEBHOOK_SECRET_HEADER } from "../gate/contract";
import { Construct } from "constructs";
import { Automation } from "../gen/providers/prefect/automation";
import { Block } from "../gen/providers/prefect/block";
import { Fn, Token } from "../internal/cdk";
import { RandomPassword } from "../internal/random";
import { RotationSchedule } from "../secrets/rotation-schedule";
import { Secret } from "../secrets/secret";
import { IPrefectDeployment } from "./deployment";
import { canonicalJson } from "./json-value";
import { prefectNameProblem } from "./names";
import { IPrefectWorkspace } from "./workspace";

/** A flow-run state whose event (`prefect.flow-run.<State>`) is sent to the gate. */
export class FlowRunState {
  public static readonly SCHEDULED = new FlowRunState("Scheduled");
  public static readonly LATE = new FlowRunState("Late");
  public static readonly PENDING = new FlowRunState("Pending");
  public static readonly RUNNING = new FlowRunState("Running");
  public static readonly RETRYING = new FlowRunState("Retrying");
  public static readonly PAUSED = new FlowRunState("Paused");
  public static readonly COMPLETED = new FlowRunState("Completed");
  public static readonly FAILED = new FlowRunState("Failed");
  public static readonly CRASHED = new FlowRunState("Crashed");
  public static readonly CANCELLING = new FlowRunState("Cancelling");
  public static readonly CANCELLED = new FlowRunState("Cancelled");
  /** The terminal states: Completed, Failed, Crashed, Cancelled. */
  public static readonly TERMINAL: readonly FlowRunState[] = [
    FlowRunState.COMPLETED,
    FlowRunState.FAILED,
    FlowRunState.CRASHED,
    FlowRunState.CANCELLED,
  ];

  private constructor(public readonly name: string) {}

  /** The event name, e.g. `prefect.flow-run.Failed`. */
  public get eventName(): string {
    return `prefect.flow-run.${this.name}`;
  }
}

/** The header carrying the shared secret on every status call to the gate (stated once, in the gate contract). */
export { WEBHOOK_SECRET_HEADER };

/**
 * The body Prefect sends (a Jinja template rendered per event). Ids and state come from the event itself, so the body
 * is right even when the flow run was deleted since.
 */
export const STATUS_PAYLOAD_TEMPLATE = [
  "{",
  '"event": {{ event.event | tojson }},',
  '"event_id": "{{ event.id }}",',
  '"occurred": "{{ event.occurred }}",',
  '"flow_run_id": "{{ event.resource.id | replace(\'prefect.flow-run.\', \'\') }}",',
  '"flow_run_name": {{ event.resource.name | tojson }},',
  '"deployment_id": "{{ deployment.id }}",',
  '"state": {{ event.resource.get(\'prefect.state-name\') | tojson }},',
  '"state_type": {{ event.resource.get(\'prefect.state-type\') | tojson }},',
  '"start_time": "{{ flow_run.start_time }}",',
  '"end_time": "{{ flow_run.end_time }}"',
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
  readonly secret: Secret;
  /**
   * The states reported.
   * @default FlowRunState.TERMINAL (Completed, Failed, Crashed, Cancelled)
   */
  readonly states?: readonly FlowRunState[];
}

const HOSTNAME = /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;
const BASE_PATH = /^\/[A-Za-z0-9._~-]+(\/[A-Za-z0-9._~-]+)*$/;

/**
 * Pushes flow-run state changes of the pipeline's deployments to the gate: a `prefect_automation` on
 * `prefect.flow-run.<State>` events related to those deployments, whose `call-webhook` action posts through a Webhook
 * block. The block authenticates with a shared secret generated in Terraform (`random_password`, regenerated with the
 * rotation), written to the block through write-only `data_wo` and to a Secret for the gate.
 */
export class StatusAutomation extends Construct {
  /** The URL the automation calls. */
  public readonly webhookUrl: string;
  /**
   * The automation id.
   * @attribute
   */
  public readonly automationId: string;
  /** The underlying `prefect_automation`. */
  public readonly resource: Automation;

  public constructor(scope: Construct, id: string, props: StatusAutomationProps) {
    super(scope, id);
    const path = this.node.path;
    const nameProblem = prefectNameProblem(props.name);
    if (nameProblem) throw new Error(`${path}: name ${JSON.stringify(props.name)} is not allowed (${nameProblem})`);
    if (props.deployments.length === 0) {
      throw new Error(`${path}: deployments is empty (the automation needs at least one deployment to watch)`);
    }
    if (!Token.isUnresolved(props.hostname) && !HOSTNAME.test(props.hostname)) {
      throw new Error(`${path}: hostname ${JSON.stringify(props.hostname)} is not allowed (a lowercase DNS name such as api.acme.example)`);
    }
    if (!BASE_PATH.test(props.basePath)) {
      throw new Error(`${path}: basePath ${JSON.stringify(props.basePath)} is not allowed (must start with '/', no trailing '/', no query)`);
    }
    const states = props.states ?? FlowRunState.TERMINAL;
    if (states.length === 0) throw new Error(`${path}: states is empty (give at least one FlowRunState)`);
    this.webhookUrl = `https://${props.hostname}${props.basePath}/events`;

    const shared = new RandomPassword(this, "SharedSecret", {
      length: 48,
      // Letters and digits only: the value travels in an HTTP header and inside JSON.
      special: false,
      keepers: { rotation: Token.asString(props.rotation.versionNumber) },
    });
    props.secret.addVersion(`${id}-WebhookSecret`, { value: shared.result, rotation: props.rotation });

    const block = new Block(this, "WebhookBlock", {
      name: `${props.name.toLowerCase().replace(/[^a-z0-9-]+/g, "-")}-webhook`,
      typeSlug: "webhook",
      workspaceId: props.workspace.workspaceId,
      dataWo: Fn.jsonencode({ url: this.webhookUrl, method: "POST", headers: { [WEBHOOK_SECRET_HEADER]: shared.result } }),
      dataWoVersion: props.rotation.versionNumber,
    });

    const deploymentResources = props.deployments.map((d) => `prefect.deployment.${d.deploymentId}`);
    this.resource = new Automation(this, "Resource", {
      name: props.name,
      description: "Reports flow-run state changes of the gated deployments to the gate.",
      workspaceId: props.workspace.workspaceId,
      enabled: true,
      trigger: {
        event: {
          posture: "Reactive",
          expect: states.map((s) => s.eventName),
          match: canonicalJson({ "prefect.resource.id": "prefect.flow-run.*" }),
          matchRelated: canonicalJson({ "prefect.resource.id": deploymentResources, "prefect.resource.role": "deployment" }),
          threshold: 1,
          within: 0,
        },
      },
      actions: [{ type: "call-webhook", blockDocumentId: block.id, payload: STATUS_PAYLOAD_TEMPLATE }],
    });
    this.automationId = this.resource.id;
  }
}
