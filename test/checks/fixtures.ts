// A compliant gate as synthesized output: the generator's own bundle (buildGateProxy over the shared test spec) and a
// cdk.tf.json object around it, and ways to break them one rule at a time.
import { CheckInput, CheckReport, Finding } from "../../src/checks/model";
import { runChecks } from "../../src/checks/runner";
import { buildGateProxy } from "../../src/pipeline/gate-proxy";
import { gateSpec } from "../pipeline/gate-proxy-fixture";

export const BUNDLE = "bundles/orders-gate.zip";

/** Built once: the bundle is pure and deterministic, and every test gets its own copy to break. */
const GENERATED: ReadonlyArray<readonly [string, string]> = buildGateProxy(gateSpec())
  .pack()
  .files.map((f) => [f.path, f.content] as const);

/** The generator's gate bundle: bundle-relative path → file text. */
export function gateBundle(): Map<string, string> {
  return new Map(GENERATED);
}

const ROTATION = "time_rotating.rotation";

/** A compliant `cdk.tf.json` around the gate bundle: proxy, secret, Prefect service account, IAM, target server. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function gateConfig(): any {
  return {
    // GP023: the audit log routed, as a whole, to a dedicated bucket kept 400 days, by the administrator's trail, which
    // this stack verifies at plan time (the trail's types are never the CI deployer's: GP020).
    "//": {
      metadata: { stackName: "orders-gate-prod" },
      gated_pipeline: {
        audit_trails: {
          audit: {
            bucket: "projects/acme-data-prod/locations/global/buckets/gate-audit",
            data_source: "data.google_logging_sink.audit",
            defined_in: "gate-admin-prod",
            locked: false,
            log_name: "projects/acme-data-prod/logs/orders-gate-audit",
            retention_days: 400,
          },
        },
      },
    },
    data: {
      prefect_workspace_role: { runner: { name: "Runner" } },
      google_logging_sink: {
        audit: {
          id: "projects/acme-data-prod/sinks/gate-audit",
          lifecycle: {
            postcondition: [
              { condition: '${self.destination == "logging.googleapis.com/projects/acme-data-prod/locations/global/buckets/gate-audit"}', error_message: "not routed" },
              { condition: '${strcontains(self.filter, "logName=\\"projects/acme-data-prod/logs/orders-gate-audit\\"")}', error_message: "not routed" },
            ],
          },
        },
      },
    },
    resource: {
      google_apigee_api: { gate: { name: "orders-gate", org_id: "acme-data-prod", config_bundle: BUNDLE } },
      time_rotating: { rotation: { rotation_days: 30 } },
      google_secret_manager_secret: { key: { secret_id: "orders-gate-prefect-key", replication: { auto: {} } } },
      google_secret_manager_secret_version: {
        key_v: {
          secret: "${google_secret_manager_secret.key.id}",
          secret_data_wo: "${prefect_service_account.gate.api_key}",
          secret_data_wo_version: `\${${ROTATION}.unix}`,
        },
      },
      google_secret_manager_secret_iam_member: {
        read: { secret_id: "${google_secret_manager_secret.key.id}", role: "roles/secretmanager.secretAccessor", member: "serviceAccount:gate@acme-data-prod.iam.gserviceaccount.com" },
      },
      google_project_iam_member: {
        log: { project: "acme-data-prod", role: "roles/logging.logWriter", member: "serviceAccount:gate@acme-data-prod.iam.gserviceaccount.com" },
      },
      google_apigee_target_server: {
        prefect: { env_id: "organizations/acme-data-prod/environments/prod", name: "prefect-api", host: "api.prefect.cloud", port: 443, s_sl_info: { enabled: true, enforce: true } },
      },
      prefect_service_account: {
        gate: {
          name: "orders-gate",
          account_role_name: "Member",
          api_key_expiration: `\${timeadd(${ROTATION}.rotation_rfc3339, "168h")}`,
          old_key_expires_in_seconds: 3600,
        },
      },
      prefect_workspace_access: {
        gate: {
          accessor_type: "SERVICE_ACCOUNT",
          accessor_id: "${prefect_service_account.gate.id}",
          workspace_id: "${prefect_workspace.ws.id}",
          workspace_role_id: "${data.prefect_workspace_role.runner.id}",
        },
      },
    },
    output: {
      proxy_revision: { value: "${google_apigee_api.gate.latest_revision_id}" },
    },
  };
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function gateInput(config: any = gateConfig(), bundle: Map<string, string> = gateBundle()): CheckInput {
  return { stackName: "orders-gate-prod", config, bundles: new Map([[BUNDLE, bundle]]) };
}

/** The bundle with one file's text replaced (the replacement must apply; a string replaces every occurrence). */
export function edit(bundle: Map<string, string>, file: string, from: string | RegExp, to: string): Map<string, string> {
  const before = bundle.get(file);
  if (before === undefined) throw new Error(`no ${file} in the fixture bundle`);
  const after = typeof from === "string" ? before.split(from).join(to) : before.replace(from, to);
  if (after === before) throw new Error(`${String(from)} does not occur in ${file}`);
  return new Map(bundle).set(file, after);
}

/** Findings of one rule that are not passes. */
export function failures(report: CheckReport, rule: string): Finding[] {
  return report.findings.filter((f) => f.rule === rule && f.result !== "pass");
}

export function check(input: CheckInput = gateInput()): CheckReport {
  return runChecks(input);
}
