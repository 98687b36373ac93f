import * as path from "path";
import { STATUS_EVENT_FIELDS } from "../../src/gate/contract";
import { PrefectDeployments } from "../../src/prefect/deployments";
import { FlowRunState, StatusAutomation, StatusAutomationProps, STATUS_PAYLOAD_TEMPLATE } from "../../src/prefect/status-automation";
import { PrefectWorkspace } from "../../src/prefect/workspace";
import { RotationSchedule } from "../../src/secrets/rotation-schedule";
import { Secret } from "../../src/secrets/secret";
import { newStack, synthJson, WORKSPACE_ID } from "../helpers";
import { pythonTest, renderedStatusPayloads } from "../support/python";

// The deployments whose states are reported: nightly and hourly of orders-etl.
const DEPLOYMENTS = PrefectDeployments.fromPrefectYaml(path.join("test", "fixtures", "prefect", "status-events.yaml"));

function build(overrides: Partial<StatusAutomationProps> = {}) {
  const { stack } = newStack();
  const workspace = PrefectWorkspace.fromWorkspaceId(stack, "Workspace", WORKSPACE_ID);
  const rotation = new RotationSchedule(stack, "Rotation");
  const secret = new Secret(stack, "WebhookSecret", { secretId: "orders-gate-webhook-secret" });
  const deployments = DEPLOYMENTS.bind(stack, workspace);
  new StatusAutomation(stack, "Status", {
    name: "orders-gate-status",
    workspace,
    deployments,
    hostname: "api.acme.example",
    basePath: "/orders",
    rotation,
    secret,
    ...overrides,
  });
  return synthJson(stack);
}

const entries = (json: Record<string, Record<string, unknown>>, type: string) => Object.entries(json[type] ?? {}) as [string, Record<string, unknown>][];
const triggerOf = (automation: Record<string, unknown>) => (automation.trigger as { event: Record<string, unknown> }).event;

describe("StatusAutomation", () => {
  const json = build();
  const [[rotKey]] = entries(json.resource, "time_rotating");
  const [[pwKey, pw]] = entries(json.resource, "random_password");
  const [[blockKey, block]] = entries(json.resource, "prefect_block");
  const [[, automation]] = entries(json.resource, "prefect_automation");
  const depKeys = ["orders-etl-nightly_", "orders-etl-hourly_"].map((p) => entries(json.resource, "prefect_deployment").find(([k]) => k.startsWith(p))![0]);
  const data = `{"url" = "https://api.acme.example/orders/events", "method" = "POST", "headers" = {"Content-Type" = "application/json", "x-gate-webhook-secret" = random_password.${pwKey}.result}}`;

  test("the shared secret is generated in Terraform and regenerated with the rotation", () => {
    expect(pw).toEqual({ length: 48, special: false, keepers: { rotation: `\${time_rotating.${rotKey}.unix}` } });
  });

  test("the shared secret reaches the gate's Secret as a write-only version bound to the rotation", () => {
    const [[, version]] = entries(json.resource, "google_secret_manager_secret_version");
    expect(version.secret_data_wo).toBe(`\${random_password.${pwKey}.result}`);
    expect(version.secret_data_wo_version).toBe(`\${time_rotating.${rotKey}.unix}`);
  });

  test("the webhook block sends JSON: Content-Type application/json with the secret header, only through write-only data", () => {
    expect(block).toMatchObject({ name: "orders-gate-status-webhook", type_slug: "webhook", workspace_id: WORKSPACE_ID });
    expect(block).not.toHaveProperty("data");
    expect(block.data_wo).toBe(`\${jsonencode(${data})}`);
  });

  test("the write-only data's version changes whenever the data does: a time_static replaced on the data's digest", () => {
    const [[staticKey, versionClock]] = entries(json.resource, "time_static");
    // The digest covers exactly what is written (URL, method, headers, the secret of the current rotation) ...
    expect(versionClock).toEqual({ triggers: { data: `\${sha256(jsonencode(${data}))}` } });
    // ... and the version is the time of the apply that last replaced it (an Int32: counted from 2023-11-14).
    expect(block.data_wo_version).toBe(`\${(time_static.${staticKey}.unix - 1700000000)}`);
    // A change that leaves the rotation alone (here the URL) still changes the digest, so the data is sent again.
    const moved = build({ basePath: "/orders-v2" });
    const [[, movedClock]] = entries(moved.resource, "time_static");
    expect((movedClock.triggers as { data: string }).data).toContain("https://api.acme.example/orders-v2/events");
  });

  test("the automation matches state types on the prefect.state-type label, for the pipeline's deployments", () => {
    expect(automation).toMatchObject({ name: "orders-gate-status", workspace_id: WORKSPACE_ID, enabled: true });
    expect(triggerOf(automation)).toMatchObject({
      posture: "Reactive",
      expect: ["prefect.flow-run.*"],
      // A TimedOut run (type FAILED) matches; a match on the event name prefect.flow-run.Failed would miss it.
      match: '{"prefect.resource.id":"prefect.flow-run.*","prefect.state-type":["COMPLETED","FAILED","CRASHED","CANCELLED"]}',
      threshold: 1,
      within: 0,
    });
    expect(JSON.parse(triggerOf(automation).match_related as string)).toEqual({
      "prefect.resource.id": depKeys.map((k) => `prefect.deployment.\${prefect_deployment.${k}.id}`),
      "prefect.resource.role": "deployment",
    });
    expect(automation.actions).toEqual([{ type: "call-webhook", block_document_id: `\${prefect_block.${blockKey}.id}`, payload: STATUS_PAYLOAD_TEMPLATE }]);
  });

  test("named states (LATE, RETRYING, named) match state names in a second automation; a name its type covers is refused", () => {
    const j = build({ states: [FlowRunState.FAILED, FlowRunState.LATE, FlowRunState.named("AwaitingRetry")] });
    const automations = entries(j.resource, "prefect_automation").map(([, a]) => a);
    expect(automations.map((a) => [a.name, JSON.parse(triggerOf(a).match as string)])).toEqual([
      ["orders-gate-status", { "prefect.resource.id": "prefect.flow-run.*", "prefect.state-type": ["FAILED"] }],
      ["orders-gate-status-by-state-name", { "prefect.resource.id": "prefect.flow-run.*", "prefect.state-name": ["Late", "AwaitingRetry"] }],
    ]);
    const only = entries(build({ states: [FlowRunState.RETRYING] }).resource, "prefect_automation").map(([, a]) => a);
    expect(only.map((a) => [a.name, JSON.parse(triggerOf(a).match as string)["prefect.state-name"]])).toEqual([["orders-gate-status", ["Retrying"]]]);
    expect(() => build({ states: [FlowRunState.SCHEDULED, FlowRunState.LATE] })).toThrow(
      "test-stack/Status: states has Late and SCHEDULED, which already reports every SCHEDULED state (drop one, or each Late event is sent twice)",
    );
    // The same state given by name is the same state (Prefect's Late is a SCHEDULED state, Retrying a RUNNING one).
    expect(() => build({ states: [FlowRunState.named("Late"), FlowRunState.SCHEDULED] })).toThrow(
      "test-stack/Status: states has Late and SCHEDULED, which already reports every SCHEDULED state (drop one, or each Late event is sent twice)",
    );
    expect(() => build({ states: [FlowRunState.RUNNING, FlowRunState.named("Retrying")] })).toThrow(
      "test-stack/Status: states has Retrying and RUNNING, which already reports every RUNNING state (drop one, or each Retrying event is sent twice)",
    );
    expect(() => FlowRunState.named("Timed{{Out")).toThrow('FlowRunState.named: name "Timed{{Out" is not allowed (a state name such as "TimedOut")');
  });

  test("the payload template names the gate contract's fields and no Terraform interpolation", () => {
    for (const field of Object.values(STATUS_EVENT_FIELDS)) expect(STATUS_PAYLOAD_TEMPLATE).toContain(`"${field}":`);
    expect(STATUS_PAYLOAD_TEMPLATE).not.toMatch(/\$\{|%\{/);
    // `tojson` on a date-time raises in Prefect's sandbox: only strings and labels go through it.
    expect(STATUS_PAYLOAD_TEMPLATE).not.toMatch(/(start_time|end_time|occurred)\s*\|\s*tojson/);
  });

  test("no secret value is written literally and nothing is output", () => {
    expect(json.output).toBeUndefined();
    // The generated value is referenced in the block's write-only data, its digest and the gate's secret version.
    expect(JSON.stringify(json).split(`random_password.${pwKey}.result`)).toHaveLength(4);
  });

  test("fails on a bad hostname, base path, empty deployments or states", () => {
    expect(() => build({ hostname: "https://api.acme.example" })).toThrow(
      "test-stack/Status: hostname \"https://api.acme.example\" is not allowed (a DNS hostname: lowercase labels of letters, digits and '-' joined by '.', at least two labels, the last not all digits; no scheme, port, path or wildcard, e.g. api.acme.example)",
    );
    expect(() => build({ basePath: "orders/" })).toThrow("test-stack/Status: basePath \"orders/\" is not allowed ('/' followed by '/'-separated segments of letters, digits, '.', '_', '~' and '-', e.g. /orders; not '/' alone, no trailing '/')");
    expect(() => build({ deployments: [] })).toThrow("test-stack/Status: deployments is empty (the automation needs at least one deployment to watch)");
    expect(() => build({ states: [] })).toThrow("test-stack/Status: states is empty (give at least one FlowRunState)");
  });
});

// Prefect renders the payload with Jinja2 in a sandbox: the template rendered as Prefect does for three events, a
// timed-out run, a run cancelled before it started, a run deleted since.
pythonTest("the payload renders as JSON in Jinja2's sandbox, absent values as null", renderedStatusPayloads(), (stdout) => {
  const bodies = JSON.parse(stdout) as Record<string, unknown>[];
  const common = {
    [STATUS_EVENT_FIELDS.eventId]: "0b9a4c7e-2f1d-4e5a-9c3b-7d6e5f4a3b21",
    [STATUS_EVENT_FIELDS.occurred]: 1796073696.974152,
    [STATUS_EVENT_FIELDS.flowRunId]: "5c2b7a1e-0000-4000-8000-0000000000a1",
    flow_run_name: 'nightly "<run>"',
  };
  expect(bodies).toEqual([
    {
      ...common,
      event: "prefect.flow-run.TimedOut",
      deployment_id: "5c2b7a1e-0000-4000-8000-0000000000d1",
      [STATUS_EVENT_FIELDS.stateName]: "TimedOut",
      [STATUS_EVENT_FIELDS.stateType]: "FAILED",
      start_time: "2026-11-30T20:21:36.974152+00:00",
      end_time: "2026-11-30T21:21:36.974152+00:00",
    },
    {
      ...common,
      event: "prefect.flow-run.Cancelled",
      deployment_id: "5c2b7a1e-0000-4000-8000-0000000000d1",
      [STATUS_EVENT_FIELDS.stateName]: "Cancelled",
      [STATUS_EVENT_FIELDS.stateType]: "CANCELLED",
      start_time: null,
      end_time: null,
    },
    {
      ...common,
      event: "prefect.flow-run.Crashed",
      deployment_id: null,
      [STATUS_EVENT_FIELDS.stateName]: "Crashed",
      [STATUS_EVENT_FIELDS.stateType]: "CRASHED",
      start_time: null,
      end_time: null,
    },
  ]);
});
