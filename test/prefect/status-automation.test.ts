import {
  FlowRunState,
  PrefectDeployment,
  PrefectWorkspace,
  StatusAutomation,
  StatusAutomationProps,
  STATUS_PAYLOAD_TEMPLATE,
} from "../../src/prefect";
import { RotationSchedule } from "../../src/secrets/rotation-schedule";
import { Secret } from "../../src/secrets/secret";
import { newStack, synthJson, WORKSPACE_ID } from "../helpers";

function build(overrides: Partial<StatusAutomationProps> = {}) {
  const { stack } = newStack();
  const workspace = PrefectWorkspace.fromWorkspaceId(stack, "Workspace", WORKSPACE_ID);
  const rotation = new RotationSchedule(stack, "Rotation");
  const secret = new Secret(stack, "WebhookSecret", { secretId: "orders-gate-webhook-secret" });
  const deployments = [
    new PrefectDeployment(stack, "Nightly", { name: "nightly", flowName: "orders-etl", workspace }),
    new PrefectDeployment(stack, "Hourly", { name: "hourly", flowName: "orders-etl", workspace }),
  ];
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

describe("StatusAutomation", () => {
  const json = build();
  const [[rotKey]] = entries(json.resource, "time_rotating");
  const [[pwKey, pw]] = entries(json.resource, "random_password");
  const [[blockKey, block]] = entries(json.resource, "prefect_block");
  const [[, automation]] = entries(json.resource, "prefect_automation");
  // In the order the deployments were given: Nightly, then Hourly.
  const depKeys = ["Nightly_", "Hourly_"].map((p) => entries(json.resource, "prefect_deployment").find(([k]) => k.startsWith(p))![0]);

  test("the shared secret is generated in Terraform and regenerated with the rotation", () => {
    expect(pw).toEqual({ length: 48, special: false, keepers: { rotation: `\${time_rotating.${rotKey}.unix}` } });
  });

  test("the shared secret reaches the gate's Secret as a write-only version bound to the rotation", () => {
    const [[, version]] = entries(json.resource, "google_secret_manager_secret_version");
    expect(version.secret_data_wo).toBe(`\${random_password.${pwKey}.result}`);
    expect(version.secret_data_wo_version).toBe(`\${time_rotating.${rotKey}.unix}`);
  });

  test("the webhook block gets URL, method and secret header only through write-only data", () => {
    expect(block).toMatchObject({ name: "orders-gate-status-webhook", type_slug: "webhook", workspace_id: WORKSPACE_ID });
    expect(block).not.toHaveProperty("data");
    expect(block.data_wo).toBe(
      `\${jsonencode({"url" = "https://api.acme.example/orders/events", "method" = "POST", "headers" = {"x-gate-webhook-secret" = random_password.${pwKey}.result}})}`,
    );
    expect(block.data_wo_version).toBe(`\${time_rotating.${rotKey}.unix}`);
  });

  test("the automation reacts to terminal flow-run events of the pipeline's deployments and calls the webhook", () => {
    expect(automation).toMatchObject({ name: "orders-gate-status", workspace_id: WORKSPACE_ID, enabled: true });
    const trigger = (automation.trigger as { event: Record<string, unknown> }).event;
    expect(trigger).toMatchObject({
      posture: "Reactive",
      expect: ["prefect.flow-run.Completed", "prefect.flow-run.Failed", "prefect.flow-run.Crashed", "prefect.flow-run.Cancelled"],
      match: '{"prefect.resource.id":"prefect.flow-run.*"}',
      threshold: 1,
      within: 0,
    });
    expect(JSON.parse(trigger.match_related as string)).toEqual({
      "prefect.resource.id": depKeys.map((k) => `prefect.deployment.\${prefect_deployment.${k}.id}`),
      "prefect.resource.role": "deployment",
    });
    expect(automation.actions).toEqual([{ type: "call-webhook", block_document_id: `\${prefect_block.${blockKey}.id}`, payload: STATUS_PAYLOAD_TEMPLATE }]);
  });

  test("the payload template carries flow run, deployment, state and timestamps", () => {
    for (const field of ["flow_run_id", "deployment_id", "state", "occurred", "start_time", "end_time"]) {
      expect(STATUS_PAYLOAD_TEMPLATE).toContain(`"${field}":`);
    }
    expect(STATUS_PAYLOAD_TEMPLATE).not.toMatch(/\$\{|%\{/);
  });

  test("no secret value is written literally and nothing is output", () => {
    expect(json.output).toBeUndefined();
    // The generated value is referenced exactly twice: the block's write-only data and the gate's secret version.
    expect(JSON.stringify(json).split(`random_password.${pwKey}.result`)).toHaveLength(3);
  });

  test("chosen states", () => {
    const j = build({ states: [FlowRunState.FAILED, FlowRunState.LATE] });
    const [[, a]] = entries(j.resource, "prefect_automation");
    expect((a.trigger as { event: { expect: string[] } }).event.expect).toEqual(["prefect.flow-run.Failed", "prefect.flow-run.Late"]);
  });

  test("fails on a bad hostname, base path, empty deployments or states", () => {
    expect(() => build({ hostname: "https://api.acme.example" })).toThrow(
      'test-stack/Status: hostname "https://api.acme.example" is not allowed (a lowercase DNS name such as api.acme.example)',
    );
    expect(() => build({ basePath: "orders/" })).toThrow("test-stack/Status: basePath \"orders/\" is not allowed (must start with '/', no trailing '/', no query)");
    expect(() => build({ deployments: [] })).toThrow("test-stack/Status: deployments is empty (the automation needs at least one deployment to watch)");
    expect(() => build({ states: [] })).toThrow("test-stack/Status: states is empty (give at least one FlowRunState)");
  });
});
