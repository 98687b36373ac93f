/**
 * The evidence report (`gated-pipeline report --evidence`): for each gate of a synthesized output, plain statements a
 * reviewer can check against the files they come from — who may trigger what, how tokens are verified, how keys
 * rotate, the limits, where the audit trail goes and how long it is kept (and who could divert it), and the policy
 * pack's results with the reasons of its suppressions. It states what the configuration says; it claims no compliance.
 * Pure: built from parsed files, so the CLI needs no cdktf.
 */
import { CheckReport, Finding, findingCounts } from "../checks/model";
import { appliedByAdministrator } from "../core/stack-metadata";
import { references, resolveReference, resourcesOfType, TfBody } from "../checks/terraform-model";
import { GateManifest, ManifestAuditTrail, ManifestQuota, ManifestRotation } from "../gate/manifest";
import { AccessMatrixRow, buildAccessMatrix, quotaText, valueText } from "../pipeline/access-matrix";
import { inlineCode, tableCell } from "../core/markdown";
import { AuditQuery, auditQueries } from "./audit-queries";
import { readAuditRecord } from "./audit-record";

/** One synthesized stack, as read from `cdktf.out`. */
export interface StackOutput {
  readonly name: string;
  /** The parsed `cdk.tf.json` (with its `"//"` metadata). */
  readonly config: TfBody;
  readonly manifests: readonly GateManifest[];
  /** `gated-pipeline/checks.json`, when the stack ran the policy pack. */
  readonly checks?: CheckReport;
  /** Bundle files by `config_bundle` path. */
  readonly bundles: ReadonlyMap<string, ReadonlyMap<string, string>>;
}

/**
 * Permissions that let an identity divert or cut short a trail: change or delete a sink, add an exclusion, shorten a
 * bucket's retention or delete it (Cloud Logging access control).
 */
export const TRAIL_DIVERTING_PERMISSIONS: readonly string[] = [
  "logging.buckets.delete",
  "logging.buckets.update",
  "logging.exclusions.create",
  "logging.exclusions.update",
  "logging.sinks.create",
  "logging.sinks.delete",
  "logging.sinks.update",
];

/** Predefined roles that hold those permissions (IAM "Cloud Logging roles and permissions"; basic roles). */
export const TRAIL_DIVERTING_ROLES: readonly string[] = ["roles/owner", "roles/editor", "roles/logging.admin", "roles/logging.configWriter"];

export interface EvidenceReport {
  readonly version: 1;
  readonly stacks: readonly StackEvidence[];
}

export interface StackEvidence {
  readonly stack: string;
  /** `administrator` when `cdk.tf.json` carries the administrator marker (GatedPipelineAdminStack), else `ci`. */
  readonly appliedBy: "administrator" | "ci";
  readonly gates: readonly GateEvidence[];
  /** Custom roles and predefined-role bindings of this stack that can divert a trail. */
  readonly trailEditors: readonly TrailEditor[];
  readonly policyPack: PolicyPackEvidence | null;
}

/** An identity grant, in this synthesized output, that could divert an audit trail. */
export interface TrailEditor {
  /** `google_project_iam_custom_role.x` with its role id, or the predefined role. */
  readonly role: string;
  /** The trail-diverting permissions it holds. */
  readonly permissions: readonly string[];
  /** Who holds it here (IAM members, Terraform expressions left as written). */
  readonly members: readonly string[];
}

export interface GateEvidence {
  readonly pipeline: string;
  readonly basePath: string;
  readonly hostnames: readonly string[];
  readonly access: readonly AccessMatrixRow[];
  readonly tokenVerification: readonly IssuerEvidence[];
  /** null when the manifest predates the rotation record. */
  readonly rotation: ManifestRotation | null;
  readonly limits: LimitsEvidence;
  readonly audit: AuditEvidence;
}

export interface IssuerEvidence {
  readonly name: string;
  readonly issuers: readonly string[];
  readonly audiences: readonly string[];
  readonly algorithms: readonly string[];
  readonly maxTokenLifetimeSeconds: number;
  readonly clockSkewSeconds: number;
  readonly clientIdClaim: string;
  readonly expectedType: string | null;
  readonly requiredClaims: Readonly<Record<string, string>>;
}

export interface LimitsEvidence {
  /** The first spike arrest. */
  readonly spikeArrestRate: string;
  /** The per-caller spike arrest, when the manifest records one. */
  readonly callerSpikeArrestRate: string | null;
  readonly maxBodyBytes: number;
  readonly products: readonly { readonly name: string; readonly deployments: readonly string[]; readonly quota: ManifestQuota | null }[];
}

export interface AuditEvidence {
  /** null when the manifest predates the audit record. */
  readonly logName: string | null;
  /** The record as the bundle writes it: its MessageLogging policy and field names; null when the bundle was not found. */
  readonly record: { readonly policy: string; readonly fields: readonly string[] } | null;
  readonly trail: ManifestAuditTrail | null;
  /** Log Analytics and linked-dataset views to query, `project.location.bucket._AllLogs` and `project.link._AllLogs`. */
  readonly tables: readonly string[];
  /** The common questions as SQL over the first of `tables` and this gate's log; empty when there is no table. */
  readonly queries: readonly AuditQuery[];
}

export interface PolicyPackEvidence {
  readonly errors: number;
  readonly warnings: number;
  readonly suppressed: number;
  readonly passed: number;
  /** Everything that did not pass, suppressions with their reasons. */
  readonly findings: readonly Finding[];
}

/** Builds the report of a synthesized output. */
export function buildEvidence(stacks: readonly StackOutput[]): EvidenceReport {
  return {
    version: 1,
    stacks: stacks.map((s) => ({
      stack: s.name,
      appliedBy: appliedByAdministrator(s.config) ? "administrator" : "ci",
      gates: s.manifests.map((m) => gateEvidence(s, m)),
      trailEditors: trailEditors(s.config),
      policyPack: s.checks ? policyPack(s.checks) : null,
    })),
  };
}

function gateEvidence(stack: StackOutput, m: GateManifest): GateEvidence {
  const gate = m.gate;
  return {
    pipeline: m.pipeline,
    basePath: m.basePath,
    hostnames: [...m.hostnames],
    access: buildAccessMatrix(stack.name, [m]).rows,
    tokenVerification: m.issuers.map((i) => ({
      name: i.name,
      issuers: [valueText(i.issuer), ...(i.alternateIssuers ?? [])],
      audiences: i.audiences.map(valueText),
      algorithms: [...i.algorithms],
      maxTokenLifetimeSeconds: i.maxTokenLifetimeSeconds,
      clockSkewSeconds: i.clockSkewSeconds,
      clientIdClaim: i.clientIdClaim,
      expectedType: i.expectedType ?? null,
      requiredClaims: Object.fromEntries(Object.entries(i.requiredClaims ?? {}).map(([k, v]) => [k, valueText(v)])),
    })),
    rotation: m.rotation ?? null,
    limits: {
      spikeArrestRate: String(gate.spikeArrestRate),
      callerSpikeArrestRate: gate.callerSpikeArrestRate !== undefined ? String(gate.callerSpikeArrestRate) : null,
      maxBodyBytes: gate.maxBodyBytes,
      products: m.products.map((p) => ({ name: p.name, deployments: [...p.deployments], quota: p.quota })),
    },
    audit: auditEvidence(stack, m),
  };
}

function auditEvidence(stack: StackOutput, m: GateManifest): AuditEvidence {
  const logName = m.audit?.logName ?? null;
  const trail = m.audit?.trail ?? null;
  const tables: string[] = [];
  if (trail && trail.logAnalytics !== false) tables.push(`${trail.project}.${trail.location}.${trail.bucketId}._AllLogs`);
  if (trail?.linkedDataset) tables.push(`${trail.linkedDataset}._AllLogs`);
  const queries = tables.length > 0 && logName !== null ? auditQueries({ table: tables[0], logName }) : [];
  return { logName, record: recordOf(stack, m, logName), trail, tables, queries };
}

/** The gate's MessageLogging record, read from the bundle its proxy uploads. */
function recordOf(stack: StackOutput, m: GateManifest, logName: string | null): AuditEvidence["record"] {
  const proxyName = m.apigee?.proxy ?? `${m.pipeline}-gate`;
  const api = resourcesOfType(stack.config, "google_apigee_api").find((b) => b.body.name === proxyName);
  const files = api ? stack.bundles.get(String(api.body.config_bundle)) : undefined;
  if (!files) return null;
  const records = [...files.entries()]
    .filter(([file]) => file.startsWith("apiproxy/policies/"))
    .map(([, xml]) => readAuditRecord(xml))
    .filter((r) => r !== undefined);
  const record = records.find((r) => r.logName === logName) ?? records[0];
  return record ? { policy: record.policy, fields: [...(record.fields ?? [])] } : null;
}

/** Custom roles (and their bindings) and predefined-role bindings of a stack that can divert a trail. */
function trailEditors(config: TfBody): TrailEditor[] {
  const bindings = [...resourcesOfType(config, "google_project_iam_member"), ...resourcesOfType(config, "google_project_iam_binding")];
  const membersOf = (matches: (role: string) => boolean): string[] =>
    bindings
      .filter((b) => matches(String(b.body.role ?? "")))
      .flatMap((b) => (Array.isArray(b.body.members) ? b.body.members : [b.body.member]))
      .map((member: unknown) => memberText(config, String(member)));
  const editors: TrailEditor[] = [];
  for (const role of resourcesOfType(config, "google_project_iam_custom_role")) {
    const held = (Array.isArray(role.body.permissions) ? role.body.permissions : []).filter((p: string) => TRAIL_DIVERTING_PERMISSIONS.includes(p)).sort();
    if (held.length === 0) continue;
    const refersToRole = (r: string) => references(r).some((ref) => ref.type === "google_project_iam_custom_role" && ref.name === role.name);
    editors.push({ role: `${role.id} (role id ${role.body.role_id})`, permissions: held, members: membersOf(refersToRole) });
  }
  for (const role of TRAIL_DIVERTING_ROLES) {
    const members = membersOf((r) => r === role);
    if (members.length > 0) editors.push({ role, permissions: ["(predefined role)"], members });
  }
  return editors;
}

/** An IAM member as written, with a reference to a service account of the same stack spelled out as its email. */
function memberText(config: TfBody, member: string): string {
  const ref = references(member).find((r) => r.type === "google_service_account" && (r.attribute === "member" || r.attribute === "email"));
  const account = ref ? resolveReference(config, ref) : undefined;
  if (account && typeof account.account_id === "string" && typeof account.project === "string" && /^\$\{[^}]*\}$/.test(member)) {
    return `serviceAccount:${account.account_id}@${account.project}.iam.gserviceaccount.com`;
  }
  return member;
}

function policyPack(report: CheckReport): PolicyPackEvidence {
  return { ...findingCounts(report), findings: report.findings.filter((f) => f.result !== "pass") };
}

// ---- Markdown ---------------------------------------------------------------------------------------------------

/** The report as Markdown: one section per stack, one per gate. */
export function renderEvidenceMarkdown(report: EvidenceReport): string {
  const lines: string[] = [
    "# Evidence report",
    "",
    "Statements read from the synthesized output (`cdk.tf.json`, the gate manifests `gated-pipeline/<pipeline>.json`, the proxy bundles and " +
      "`gated-pipeline/checks.json`). They say what the configuration sets up; what is deployed is what was last applied from it.",
  ];
  const editors = report.stacks.flatMap((s) => s.trailEditors.map((e) => ({ stack: s.stack, ...e })));
  const appliedBy = new Map(report.stacks.map((s) => [s.stack, s.appliedBy]));
  for (const s of report.stacks) {
    lines.push("", `## Stack ${s.stack}`, "", `Applied by: ${s.appliedBy === "administrator" ? "an administrator (the stack is marked `applied_by: administrator`)" : "CI (the deployer)"}.`);
    for (const g of s.gates) lines.push(...gateMarkdown(s.stack, g, editors, appliedBy));
    if (s.gates.length === 0) lines.push("", "This stack defines no gate.");
    lines.push(...policyPackMarkdown(s.policyPack));
  }
  return `${lines.join("\n")}\n`;
}

function gateMarkdown(
  stack: string,
  g: GateEvidence,
  editors: readonly (TrailEditor & { stack: string })[],
  appliedBy: ReadonlyMap<string, StackEvidence["appliedBy"]>,
): string[] {
  const lines = ["", `### Gate ${g.pipeline}: \`${g.basePath}\` on ${g.hostnames.map(inlineCode).join(", ")}`, "", "#### Who can trigger what", ""];
  if (g.access.length === 0) lines.push("No caller is granted any deployment.");
  else {
    lines.push("| caller | issuer | deployment | product | quota |", "|---|---|---|---|---|");
    for (const r of g.access) {
      lines.push(`| ${tableCell(valueText(r.caller))}${r.callerDescription ? ` (${tableCell(r.callerDescription)})` : ""} | ${r.issuer} | ${r.deployment} | ${r.product} | ${r.quota ? quotaText(r.quota) : "none"} |`);
    }
    lines.push("", "A caller not listed, or a deployment not granted to it, is refused before Prefect is called (403 `client_unknown` / `client_not_authorized`, 404 `deployment_not_found`).");
  }

  lines.push("", "#### How tokens are verified", "", "| issuer | accepted `iss` | audience | algorithms | max lifetime | clock skew | client id claim | other checks |", "|---|---|---|---|---|---|---|---|");
  for (const i of g.tokenVerification) {
    const other = [
      ...(i.expectedType ? [`typ = ${i.expectedType}`] : []),
      ...Object.entries(i.requiredClaims).map(([k, v]) => `${k} = ${v}`),
    ];
    lines.push(
      `| ${i.name} | ${i.issuers.map(inlineCode).join(", ")} | ${i.audiences.map(inlineCode).join(", ")} | ${i.algorithms.join(", ")} | ` +
        `${humanDuration(i.maxTokenLifetimeSeconds)} | ${humanDuration(i.clockSkewSeconds)} | \`${i.clientIdClaim}\` | ${other.length > 0 ? tableCell(other.join("; ")) : "none"} |`,
    );
  }
  lines.push("", "Each token is verified by the issuer its `iss` names, with exactly that issuer and audience, one of the listed asymmetric algorithms, " +
    "and `exp`/`nbf` within the clock skew; a token whose `exp - iat` exceeds the maximum lifetime is refused.");

  lines.push("", "#### Key rotation", "");
  const r = g.rotation;
  lines.push(
    r
      ? `The Prefect key and the webhook secret rotate every ${humanDuration(r.everySeconds)}. A key stays valid ${humanDuration(r.graceSeconds)} after its rotation is due (grace); ` +
          `the previous key keeps working ${humanDuration(r.overlapSeconds)} after a rotation (overlap), longer than the gate caches secrets (${humanDuration(r.cacheTtlSeconds)}). ` +
          `Rotation happens when the stack is applied; CI is expected to apply every ${humanDuration(r.applyEverySeconds)}.`
      : "Not recorded (the manifest predates the rotation record; synthesize again).",
  );

  const l = g.limits;
  lines.push("", "#### Quotas and spike arrests", "", `- Spike arrest: ${l.spikeArrestRate}${l.callerSpikeArrestRate ? `; per caller: ${l.callerSpikeArrestRate}` : ""}.`, `- Largest request body: ${l.maxBodyBytes} bytes.`);
  for (const p of l.products) lines.push(`- Product ${p.name} (${p.deployments.join(", ")}): ${p.quota ? `${quotaText(p.quota)} per caller` : "no quota"}.`);

  lines.push("", "#### Audit trail", "");
  const a = g.audit;
  if (a.logName === null) lines.push("Not recorded (the manifest predates the audit record; synthesize again).");
  else {
    lines.push(
      a.record
        ? `- One record per request, written after the response (PostClientFlow) by MessageLogging ${a.record.policy} to \`${a.logName}\`, with the fields ${a.record.fields.map(inlineCode).join(", ")}.`
        : `- Records are written to \`${a.logName}\` (the proxy bundle was not found, so the record's fields are not listed).`,
    );
    const t = a.trail;
    if (!t) {
      lines.push("- No dedicated bucket: the records stay in the project's `_Default` bucket (30 days unless changed there), mixed with every other log.");
    } else {
      lines.push(
        `- Routed by the sink \`${t.sinkName}\` to the bucket \`${t.bucketName}\`, and kept out of \`_Default\` by the exclusion \`${t.sinkName}\`.`,
        `- Kept ${t.retentionDays === null ? "for a retention not stated here" : `${t.retentionDays} days`}; ` +
          `${t.locked === null ? "lock unknown" : t.locked ? "the bucket is locked (its retention cannot be changed and it cannot be deleted before every record has aged out)" : "the bucket is not locked (its retention can be shortened and the bucket deleted)"}; ` +
          `Log Analytics ${t.logAnalytics === null ? "unknown" : t.logAnalytics ? "on" : "off"}; ` +
          `${t.kmsKeyName ? `encrypted with \`${t.kmsKeyName}\`` : "Google-managed encryption (or not stated)"}` +
          `${t.linkedDataset ? `; linked BigQuery dataset \`${t.linkedDataset}\`` : ""}.`,
        t.definedIn === null
          ? "- The trail is defined outside this app."
          : `- The trail is defined in ${t.definedIn === stack ? "this stack" : `stack \`${t.definedIn}\``}` +
              `${appliedBy.get(t.definedIn) === "administrator" ? ", which an administrator applies" : appliedBy.get(t.definedIn) === "ci" ? ", which CI applies" : ""}.`,
      );
      if (t.verifiedAtPlan) lines.push(`- Every plan of stack \`${stack}\` reads the sink and fails unless it writes this gate's log to that bucket, is enabled and has no exclusions of its own.`);
      if (a.tables.length > 0) lines.push(`- Query it in ${a.tables.map((x) => `\`${x}\``).join(" and ")}; the common questions, ready to run:`);
      for (const q of a.queries) lines.push("", `  ${q.question}`, "", "  ```sql", ...q.sql.split("\n").map((l) => `  ${l}`), "  ```");
      if (a.queries.length > 0) lines.push("");
    }
    const project = t?.project ?? /^projects\/([^/]+)\//.exec(a.logName)?.[1] ?? "the project";
    lines.push(
      `- Who could divert it or cut it short: any identity holding one of ${TRAIL_DIVERTING_PERMISSIONS.map(inlineCode).join(", ")} on project \`${project}\`; ` +
        `the predefined roles ${TRAIL_DIVERTING_ROLES.map(inlineCode).join(", ")} hold them.`,
      ...(editors.length === 0
        ? ["  - In this synthesized output, no stack grants them."]
        : editors.map(
            (e) => `  - In this synthesized output: ${e.role} in stack \`${e.stack}\` (${e.permissions.join(", ")}), held by ${e.members.length > 0 ? e.members.map(inlineCode).join(", ") : "no member bound here"}.`,
          )),
      `  - Grants made outside this output do not appear here: read the project's IAM policy (\`gcloud projects get-iam-policy ${project}\`).`,
      "- Whoever deploys the gate also decides where its proxy logs (the log name is part of the bundle); the policy pack (GP023) reports a gate whose log no dedicated bucket keeps.",
    );
  }
  return lines;
}

function policyPackMarkdown(p: PolicyPackEvidence | null): string[] {
  if (!p) return ["", "### Policy pack", "", "No `checks.json`: the stack did not run the policy pack."];
  const lines = ["", "### Policy pack", "", `${p.errors} error(s), ${p.warnings} warning(s), ${p.suppressed} suppressed, ${p.passed} passed (\`gated-pipeline/checks.json\`).`];
  if (p.findings.length > 0) {
    lines.push("", "| rule | level | result | resource | finding | suppression reason |", "|---|---|---|---|---|---|");
    for (const f of p.findings) lines.push(`| ${f.rule} | ${f.level} | ${f.result} | ${tableCell(f.resource)} | ${tableCell(f.message)} | ${f.suppressionReason ? tableCell(f.suppressionReason) : ""} |`);
  }
  return lines;
}

/** `30 days`, `24 hours`, `5 minutes`, `90 seconds`: the largest unit that divides the value. */
export function humanDuration(seconds: number): string {
  for (const [unit, size] of [["day", 86400], ["hour", 3600], ["minute", 60]] as const) {
    if (seconds >= size && seconds % size === 0) return `${seconds / size} ${unit}${seconds === size ? "" : "s"}`;
  }
  return `${seconds} second${seconds === 1 ? "" : "s"}`;
}


