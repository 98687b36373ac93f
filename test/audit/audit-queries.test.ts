// The audit record is described once, in the gate contract (AUDIT_RECORD_FIELDS): the generated gate writes exactly
// those fields, in that order, escaping the ones the contract says can hold any text; the README lists them; the
// README's SQL and the evidence report's queries read only them. The record is read from the MessageLogging policy of a
// generated gate bundle (not from a list kept here), and its message renders to valid JSON whatever a caller puts in
// the values it controls.
import * as fs from "fs";
import * as path from "path";
import { AUDIT_QUERY_PLACEHOLDERS, auditQueries } from "../../src/audit/audit-queries";
import { readAuditRecord, renderTemplate } from "../../src/audit/audit-record";

/** The `json_payload` fields a query reads, in order of first use. */
function jsonPayloadFields(sql: string): string[] {
  return [...new Set([...sql.matchAll(/\bjson_payload\.([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1]))];
}

/** The `{...}` references of a message template, in order (Apigee's syntax: no quotes or spaces inside). */
function templateReferences(template: string): string[] {
  return [...template.matchAll(/\{([^{}"\s]+)\}/g)].map((m) => m[1]);
}
import { AUDIT_RECORD_FIELDS, AUDIT_RECORD_VERSION, EVENT_OUTCOMES, ROUTES } from "../../src/gate/contract";
import { buildGateProxy, GATE_VARIABLES } from "../../src/pipeline/gate-proxy";
import { gateSpec } from "../pipeline/gate-proxy-fixture";

const README = fs.readFileSync(path.join(__dirname, "..", "..", "README.md"), "utf8");

const BUNDLE = new Map(buildGateProxy(gateSpec()).pack().files.map((f) => [f.path, f.content]));

/** The gate's audit record, from the bundle the generator builds. */
function generatedRecord() {
  const records = [...BUNDLE]
    .filter(([file]) => file.startsWith("apiproxy/policies/"))
    .map(([, xml]) => readAuditRecord(xml))
    .filter((r) => r !== undefined);
  expect(records).toHaveLength(1);
  return records[0];
}

/** The README's "Compliance and audit" section. */
function readmeSection(): string {
  const start = README.indexOf("\n## Compliance and audit\n");
  expect(start).toBeGreaterThan(0);
  return README.slice(start, README.indexOf("\n## ", start + 1));
}

/** The ```sql blocks of the README's "Compliance and audit" section, in order. */
function readmeSql(): string[] {
  return [...readmeSection().matchAll(/```sql\n([\s\S]*?)\n```/g)].map((m) => m[1]);
}

const record = generatedRecord();
const fields = new Set(record.fields ?? []);

test("the gate writes its record as a JSON object to the pipeline's log, with exactly the contract's fields in order", () => {
  expect(record.logName).toBe(gateSpec().auditLogName);
  expect(record.contentType).toBe("application/json");
  expect(record.fields).toEqual(AUDIT_RECORD_FIELDS.map((f) => f.name));
  expect(JSON.parse(renderTemplate(record.template, () => "")).record_version).toBe(AUDIT_RECORD_VERSION);
});

test("the fields the contract says can hold any text are escaped, and only those", () => {
  for (const field of AUDIT_RECORD_FIELDS.filter((f) => f.name !== "record_version")) {
    const value = new RegExp(`"${field.name}":"\\{([^{}"]+)\\}"`).exec(record.template)?.[1];
    expect([field.name, /^escapeJSON\(/.test(value ?? "")]).toEqual([field.name, field.escaped]);
  }
});

test("the README lists the record's fields as the contract states them", () => {
  const rows = [...readmeSection().matchAll(/^\| `([a-z_]+)` \| (.*) \|$/gm)].map((m) => ({ name: m[1], meaning: m[2] }));
  expect(rows).toEqual(AUDIT_RECORD_FIELDS.map(({ name, meaning }) => ({ name, meaning })));
  expect(readmeSection()).toContain(`version \`AUDIT_RECORD_VERSION\` = ${AUDIT_RECORD_VERSION}`);
});

test("a status event's 202 says whether it was accepted or a duplicate (the record's event_outcome)", () => {
  const assigned = (policy: string) => /<AssignVariable>\s*<Name>gate\.event_outcome<\/Name>\s*<Value>([a-z]+)<\/Value>/.exec(BUNDLE.get(`apiproxy/policies/${policy}.xml`) ?? "")?.[1];
  expect(assigned("AM-EventAccepted")).toBe(EVENT_OUTCOMES.accepted);
  expect(assigned("AM-EventDuplicate")).toBe(EVENT_OUTCOMES.duplicate);
  expect(record.template).toContain(`"event_outcome":"{${GATE_VARIABLES.eventOutcome}}"`);
});

test("the README shows exactly the queries the evidence report prints, with placeholders", () => {
  expect(readmeSql()).toEqual(auditQueries(AUDIT_QUERY_PLACEHOLDERS).map((q) => q.sql));
});

test.each(auditQueries(AUDIT_QUERY_PLACEHOLDERS).map((q) => [q.id, q.sql]))("query %s reads only fields the record has", (_id, sql) => {
  const used = jsonPayloadFields(sql);
  expect(used.length).toBeGreaterThan(0);
  expect(used.filter((f) => !fields.has(f))).toEqual([]);
  expect(used.filter((f) => !AUDIT_RECORD_FIELDS.some((c) => c.name === f))).toEqual([]);
  // Counts are of distinct message ids: Log Analytics keeps duplicate entries.
  for (const count of sql.match(/COUNT\(.*$/gm) ?? []) expect(count).toMatch(/^COUNT\(DISTINCT .*json_payload\.messageid/);
  // Route names compared with are the gate's routes.
  for (const m of sql.matchAll(/json_payload\.route\) = '([^']+)'/g)) expect(Object.keys(ROUTES)).toContain(m[1]);
  expect(sql).toContain("FROM `PROJECT.LOCATION.BUCKET._AllLogs`\nWHERE log_name = 'projects/PROJECT/logs/LOG_ID'");
});

test("the field extractor sees what a query reads", () => {
  expect(jsonPayloadFields("SELECT JSON_VALUE(json_payload.a), JSON_VALUE(json_payload.b_2) WHERE JSON_VALUE(json_payload.a) = 'x'")).toEqual(["a", "b_2"]);
});

test("the story of one run joins its trigger and its accepted status events on the flow run id", () => {
  const story = auditQueries(AUDIT_QUERY_PLACEHOLDERS).find((q) => q.id === "run-story")!.sql;
  expect(story).toContain("AND JSON_VALUE(json_payload.flow_run_id) = 'FLOW_RUN_ID'");
  // Refused events only claim a run, and duplicates repeat one: a status event counts when the gate accepted it.
  expect(story).toContain(`AND (JSON_VALUE(json_payload.route) != 'statusEvents' OR JSON_VALUE(json_payload.event_outcome) = '${EVENT_OUTCOMES.accepted}')`);
  expect(jsonPayloadFields(story)).toEqual(expect.arrayContaining(["state_type", "event_id"]));
});

describe("the rendered message is valid JSON", () => {
  const references = templateReferences(record.template);
  const hostile = 'a"b\\c\n</x>{}\u2028';

  test("with hostile values in everything escaped, and plain values elsewhere", () => {
    const rendered = renderTemplate(record.template, (ref) => (/^escapeJSON\(/.test(ref) ? JSON.stringify(hostile).slice(1, -1) : "value-1"));
    const parsed = JSON.parse(rendered);
    expect(Object.keys(parsed)).toEqual(record.fields);
    const escaped = references.filter((r) => /^escapeJSON\(/.test(r));
    expect(escaped).toHaveLength(AUDIT_RECORD_FIELDS.filter((f) => f.escaped).length);
    for (const ref of escaped) {
      const key = Object.keys(parsed).find((k) => record.template.includes(`"${k}":"{${ref}}"`));
      expect(parsed[key!]).toBe(hostile);
    }
  });

  test("with every variable unset (Apigee renders an unresolved reference as empty)", () => {
    expect(Object.keys(JSON.parse(renderTemplate(record.template, () => "")))).toEqual(record.fields);
  });

  test("every value a caller controls is escaped", () => {
    // Claims, the path, the deployment name and a status event's run and state come from the request; the verb cannot
    // hold '"' or '\' (RFC 9110 token); a status event's id is set only once it is a lowercase UUID.
    const callerControlled = (name: string) =>
      /^(jwt\.|request\.(header|queryparam|formparam|content|path|uri)|proxy\.pathsuffix)/.test(name) ||
      [GATE_VARIABLES.iss, GATE_VARIABLES.sub, GATE_VARIABLES.clientId, GATE_VARIABLES.deployment, GATE_VARIABLES.flowRunId, GATE_VARIABLES.stateType].includes(name as never);
    const unescaped = references.filter((r) => !/^escapeJSON\(/.test(r) && callerControlled(r));
    expect(unescaped).toEqual([]);
    expect(references.filter((r) => /^escapeJSON\(/.test(r)).length).toBeGreaterThan(0);
  });
});
