// A compliant gate as synthesized output (cdk.tf.json object + bundle files), and ways to break it one rule at a time.
import * as fs from "fs";
import * as path from "path";
import { CheckInput, CheckReport, Finding, runChecks } from "../../src/checks";

export const BUNDLE = "bundles/orders-gate.zip";
const BUNDLE_DIR = path.join(__dirname, "../fixtures/checks/gate-bundle");

/** The fixture bundle: bundle-relative path → XML. */
export function gateBundle(): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else files.set(path.relative(BUNDLE_DIR, full).split(path.sep).join("/"), fs.readFileSync(full, "utf8"));
    }
  };
  walk(BUNDLE_DIR);
  return withKeyedCallers(files);
}

/**
 * The hand-written bundle predates GP018 and GP019 (their passing fixtures are the generator's own output, see
 * test/checks/gp018-gp019.test.ts); until the generator's output replaces it here too, the compliant gate gets what
 * those rules require: a spike arrest per client IP, a consumer key bound to the issuer, a spike arrest per caller.
 */
function withKeyedCallers(files: Map<string, string>): Map<string, string> {
  const replace = (file: string, from: string, to: string) => {
    const before = files.get(file)!;
    if (!before.includes(from)) throw new Error(`${from} does not occur in ${file}`);
    files.set(file, before.replace(from, to));
  };
  replace("apiproxy/policies/SA-Spike.xml", "<Rate>", '<Identifier ref="client.ip"/>\n  <Rate>');
  replace("apiproxy/policies/VA-ClientId.xml", 'ref="jwt.VJ-okta.decoded.claim.cid"', 'ref="gate.consumer_key"');
  replace("apiproxy/proxies/default.xml", "<Step><Name>VA-ClientId</Name></Step>", "<Step><Name>AM-ConsumerKey</Name></Step>\n      <Step><Name>SA-Caller</Name></Step>\n      <Step><Name>VA-ClientId</Name></Step>");
  files.set(
    "apiproxy/policies/AM-ConsumerKey.xml",
    `<AssignMessage name="AM-ConsumerKey">
  <AssignVariable><Name>gate.issuer_name</Name><Value>okta</Value></AssignVariable>
  <AssignVariable><Name>gate.client_id</Name><Template>{jwt.VJ-okta.decoded.claim.cid}</Template></AssignVariable>
  <AssignVariable><Name>gate.consumer_key_input</Name><Template>orders|{gate.issuer_name}|{gate.client_id}</Template></AssignVariable>
  <AssignVariable><Name>gate.consumer_key</Name><Template>{sha256Hex(gate.consumer_key_input)}</Template></AssignVariable>
</AssignMessage>
`,
  );
  files.set("apiproxy/policies/SA-Caller.xml", '<SpikeArrest name="SA-Caller">\n  <Identifier ref="gate.consumer_key"/>\n  <Rate>5ps</Rate>\n</SpikeArrest>\n');
  return new Map([...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

const ROTATION = "time_rotating.rotation";

/** A compliant `cdk.tf.json` of a gate: proxy, secret, Prefect service account, IAM, target server. */
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
        prefect: { env_id: "organizations/acme-data-prod/environments/prod", name: "prefect", host: "api.prefect.cloud", port: 443, s_sl_info: { enabled: true, enforce: true } },
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

/** The bundle with one file's text replaced (the replacement must apply). */
export function edit(bundle: Map<string, string>, file: string, from: string | RegExp, to: string): Map<string, string> {
  const before = bundle.get(file);
  if (before === undefined) throw new Error(`no ${file} in the fixture bundle`);
  const after = before.replace(from, to);
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
