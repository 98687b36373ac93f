import { ClientIpResolution } from "../apigee/client-ip-resolution";
import { IApigeeEnvironment } from "../apigee/environment";
import { IApigeeEnvironmentGroup } from "../apigee/environment-group";
import { Quota } from "../apigee/quota";
import { IGateAuditTrail } from "../audit/gate-audit-trail";
import { Duration } from "../core/duration";
import { Rate } from "../core/rate";
import { Caller } from "../identity/caller";
import { Issuer } from "../identity/issuer";
import { PrefectDeployments } from "../prefect/deployments";
import { FlowRunState } from "../prefect/status-automation";
import { WorkspaceRef } from "../prefect/workspace";
import { StatusEventsSubscription } from "./status-events-subscription";

/** Where the gate runs in Apigee X. */
export interface GatedPipelineApigeeProps {
  /**
   * The Apigee organization name, bare: `acme-data-prod`. On Apigee X it is the Google Cloud project id (6-30
   * lowercase letters, digits and hyphens, starting with a letter, not ending with a hyphen); a pipeline whose
   * organization is not its `GatedPipelineStack`'s `google.project` gets a warning.
   */
  readonly organization: string;
  /**
   * Name of the environment the gate is deployed to: 2-32 lowercase letters, digits and hyphens, starting with a letter,
   * not ending with a hyphen. It is defined in this stack (once per stack, shared by the pipelines that name it) unless
   * `existingEnvironment` is given.
   */
  readonly environment: string;
  /**
   * An environment that already exists (e.g. `ApigeeEnvironment.fromEnvironmentName(...)`); nothing is defined for it.
   * @default - the environment is defined here
   */
  readonly existingEnvironment?: IApigeeEnvironment;
  /**
   * Hostnames callers use, at least one, each a lowercase DNS name of two labels or more (no scheme, port or
   * wildcard); they form the environment group the environment joins (defined here unless `existingEnvironmentGroup`
   * is given). The first one is where Prefect sends status events.
   */
  readonly hostnames: readonly string[];
  /**
   * Name of the environment group holding `hostnames`: 1-63 lowercase letters, digits and hyphens, starting and
   * ending with a letter or digit.
   * @default - `<environment>-group`
   */
  readonly environmentGroupName?: string;
  /**
   * An environment group that already exists and serves `hostnames`; nothing is defined for it.
   * @default - the group is defined here
   */
  readonly existingEnvironmentGroup?: IApigeeEnvironmentGroup;
  /**
   * How the environment the stack defines resolves the caller's address (`client.ip`), the key of the gate's first
   * spike arrest. Ignored, with a warning, for an `existingEnvironment`: configure that one where it is defined.
   * @default ClientIpResolution.behindGoogleLoadBalancer() (the second X-Forwarded-For entry from the right)
   */
  readonly clientIpResolution?: ClientIpResolution;
  /**
   * An existing Apigee instance the defined environment is attached to. An environment serves traffic only once it is
   * attached to an instance; the policy pack warns (GP022) about a defined environment with no attachment.
   * @default - no attachment (attach it yourself, or the environment serves no traffic)
   */
  readonly instanceName?: string;
  /**
   * Base path of the gate, e.g. `/orders`: `/` and one or more `/`-separated segments of letters, digits, `.`, `_`, `~`
   * and `-`, without a trailing `/` (the gate's routes, `/events` among them, are appended to it); unique per
   * environment group.
   */
  readonly basePath: string;
  /**
   * Email of the Apigee developer that owns the callers' apps, in lowercase (it is only a container; nobody signs in
   * as it).
   * @default - `gate-callers-<pipeline>@<organization>.invalid`
   */
  readonly developerEmail?: string;
}

/** The Prefect side of one pipeline. */
export interface GatedPipelinePrefectProps {
  /**
   * Prefect Cloud account id: a UUID in lowercase, as Prefect shows it.
   * @default - the stack's `prefect.accountId` (GatedPipelineStack)
   */
  readonly accountId?: string;
  /**
   * The workspace of the deployments (`PrefectWorkspace.fromHandle("data-prod")`, or `PrefectWorkspace.ref(ws)` for one
   * defined in the stack).
   * @default - the stack's `prefect.workspace`
   */
  readonly workspace?: WorkspaceRef;
  /**
   * Prefect API host the gate calls: a lowercase DNS name, no scheme or port.
   * @default "api.prefect.cloud"
   */
  readonly apiHost?: string;
}

/** A group of deployments granted together, with its quota: an Apigee API product. */
export interface GatedPipelineProduct {
  /**
   * Product name: 1-40 characters of lowercase letters, digits, `.`, `_` and `-`, starting with a letter (it is also part
   * of the Apigee product name `<pipeline>-<name>`, and an Okta scope or Entra app role value). Callers are granted
   * products by name.
   */
  readonly name: string;
  /** Route names of the deployments it grants (`POST {basePath}/deployments/{name}/runs`). */
  readonly deployments: readonly string[];
  /**
   * Requests allowed per caller app.
   * @default - no quota: the gate's product quota falls back to a billion requests per minute, and the policy pack
   * warns (GP024)
   */
  readonly quota?: Quota;
  /**
   * What the product is for, shown in the access matrix.
   * @default - none
   */
  readonly description?: string;
}

/**
 * How the gate's Prefect key and webhook secret rotate. Terraform owns the rotation: it happens on apply, and the
 * previous key stays valid for an overlap longer than the proxy's secret cache, so no request fails during a rotation.
 */
export interface GatedPipelineRotationProps {
  /**
   * Rotation period of the Prefect key and the webhook secret: whole minutes, from 1 hour to 365 days.
   * @default Duration.days(30)
   */
  readonly every?: Duration;
  /**
   * How long a key stays valid after its rotation is due, so it never expires before the next scheduled apply.
   * @default Duration.days(7)
   */
  readonly grace?: Duration;
  /**
   * How long the previous key keeps working after a rotation (≤ 48 h); longer than `cacheTtl`.
   * @default Duration.hours(24)
   */
  readonly overlap?: Duration;
  /**
   * How long the proxy caches secrets read from Secret Manager; shorter than `overlap`.
   * @default Duration.minutes(5)
   */
  readonly cacheTtl?: Duration;
  /**
   * How often CI applies the stack (the rotation only happens on apply).
   * @default Duration.days(1)
   */
  readonly applyEvery?: Duration;
}

/** Gate-wide limits. */
export interface GatedPipelineGateProps {
  /**
   * Spike arrest per client IP (`client.ip`), the gate's first check, before any token is read: one address cannot
   * exhaust the gate for everyone else.
   * @default Rate.perSecond(20)
   */
  readonly spikeArrestRate?: Rate;
  /**
   * Spike arrest per caller (its consumer key: issuer and client id), right after its token is verified.
   * @default Rate.perSecond(5)
   */
  readonly callerSpikeArrestRate?: Rate;
  /**
   * Largest request body accepted, in bytes: from 256 to 5242880 (Prefect's body limit).
   * @default 65536
   */
  readonly maxBodyBytes?: number;
  /**
   * How long the gate waits to connect to Prefect: from 100 milliseconds to 30 seconds, whole milliseconds.
   * @default Duration.seconds(3)
   */
  readonly connectTimeout?: Duration;
  /**
   * How long the gate waits for Prefect's answer: from 100 milliseconds to 55 seconds (Apigee answers 504 after 55
   * seconds anyway), whole milliseconds.
   * @default Duration.seconds(15)
   */
  readonly ioTimeout?: Duration;
}

/** Props of {@link GatedPipeline}. */
export interface GatedPipelineProps {
  /** Apigee organization, environment, hostnames and base path. */
  readonly apigee: GatedPipelineApigeeProps;
  /**
   * Prefect workspace and API host.
   * @default - the stack's workspace, api.prefect.cloud
   */
  readonly prefect?: GatedPipelinePrefectProps;
  /** The identity providers whose tokens the gate accepts (each verifies exactly one audience). */
  readonly issuers: readonly Issuer[];
  /** The callers and the products each is granted. */
  readonly callers: readonly Caller[];
  /** The Prefect deployments behind the gate: `PrefectDeployments.of([...])` or `.fromPrefectYaml(file)`. */
  readonly deployments: PrefectDeployments;
  /**
   * Products: which deployments are granted together, with quotas; at least one, names unique. Every deployment should
   * be in one (synthesis warns about a deployment in none), and every product should have a quota (the policy pack
   * warns, GP024).
   */
  readonly products: readonly GatedPipelineProduct[];
  /**
   * Rotation of the Prefect key and the webhook secret.
   * @default - every 30 days, 7-day grace, 24-hour overlap, 5-minute cache, applied daily
   */
  readonly rotation?: GatedPipelineRotationProps;
  /**
   * The Cloud Logging log id the gate writes its audit records to, in the Apigee organization's project
   * (`projects/<organization>/logs/<auditLogName>`): 1-511 letters, digits, `_`, `-` and `.`.
   * @default - `<pipeline>-gate-audit`
   */
  readonly auditLogName?: string;
  /**
   * Where the audit records are kept.
   * @default - the stack's `auditTrail` (GatedPipelineStack), else none: the records stay in the project's `_Default`
   * bucket (30 days, mixed with every other log) and the policy pack warns (GP023)
   */
  readonly audit?: GatedPipelineAuditProps;
  /**
   * Status events from Prefect: the Pub/Sub topic they are published to, and which flow-run states are reported.
   * @default - topic `<pipeline>-gate-status`, terminal states
   */
  readonly statusEvents?: GatedPipelineStatusEventsProps;
  /**
   * Gate-wide limits.
   * @default - 20 requests/s per client IP, 5 requests/s per caller, 64 KiB bodies, 3 s connect and 15 s read timeouts
   */
  readonly gate?: GatedPipelineGateProps;
}

/** Where Prefect's status events go. */
export interface GatedPipelineStatusEventsProps {
  /**
   * Pub/Sub topic name (defined here): 3-255 letters, digits, `-`, `_`, `.`, `~`, `+` and `%`, starting with a letter
   * and not with `goog`.
   * @default - `<pipeline>-gate-status`
   */
  readonly topicName?: string;
  /**
   * Who reads the events: `StatusEventsSubscription.pull()` for a worker of yours, or `.push({ endpoint })` to have
   * Pub/Sub POST each event to an HTTPS endpoint. Pub/Sub keeps nothing for a topic without subscriptions.
   * @default - no subscription (events are published and dropped until you subscribe)
   */
  readonly subscription?: StatusEventsSubscription;
  /**
   * Flow-run states reported.
   * @default FlowRunState.TERMINAL
   */
  readonly states?: readonly FlowRunState[];
  /**
   * How old a status event may be when it reaches the gate (by its `occurred` time; 60 s of clock skew are allowed
   * the other way): whole seconds, from 1 minute to 24 hours. Older events are refused, and event ids are remembered
   * this long, so a replayed event is not published twice. Prefect does not retry a refused webhook call: an event
   * refused here is lost.
   * @default Duration.minutes(10)
   */
  readonly replayWindow?: Duration;
}

/** The gate's audit trail. */
export interface GatedPipelineAuditProps {
  /**
   * The trail that keeps the gate's records: a `GateAuditTrail` (normally in the stack an administrator applies, next
   * to `DeployerIdentity`), or `GateAuditTrail.fromTrailAttributes(...)` for one defined outside this app. The gate's
   * log is added to the trail's route; a gate in another stack than the trail also reads the trail's sink at plan
   * time and fails unless it routes the gate's log to the trail's bucket.
   * @default - none
   */
  readonly trail?: IGateAuditTrail;
}
