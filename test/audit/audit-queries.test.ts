// The README's SQL and the evidence report's queries read fields the gate's audit record really has: the record is
// read from the MessageLogging policy of a generated gate bundle (not from a list kept here), and its message renders
// to valid JSON whatever a caller puts in the values it controls.
import * as fs from "fs";
import * as path from "path";
import { AUDIT_QUERY_PLACEHOLDERS, auditQueries, jsonPayloadFields } from "../../src/audit/audit-queries";
import { readAuditRecord, renderTemplate, templateReferences } from "../../src/audit/audit-record";
import { ROUTES } from "../../src/gate/contract";
import { buildGateProxy, GATE_VARIABLES } from "../../src/pipeline/gate-proxy";
import { gateSpec } from "../pipeline/gate-proxy-fixture";

const README = fs.readFileSync(path.join(__dirname, "..", "..", "README.md"), "utf8");

/** The gate's audit record, from the bundle the generator builds. */
function generatedRecord() {
  const records = buildGateProxy(gateSpec())
    .pack()
    .files.filter((f) => f.path.startsWith("apiproxy/policies/"))
    .map((f) => readAuditRecord(typeof f.content === "string" ? f.content : Buffer.from(f.content).toString("utf8")))
    .filter((r) => r !== undefined);
  expect(records).toHaveLength(1);
  return records[0];
}

/** The ```sql blocks of the README's "Compliance and audit" section, in order. */
function readmeSql(): string[] {
  const start = README.indexOf("\n## Compliance and audit\n");
  expect(start).toBeGreaterThan(0);
  const section = README.slice(start, README.indexOf("\n## ", start + 1));
  return [...section.matchAll(/```sql\n([\s\S]*?)\n```/g)].map((m) => m[1]);
}

const record = generatedRecord();
const fields = new Set(record.fields ?? []);

test("the gate writes its record as a JSON object to the pipeline's log", () => {
  expect(record.logName).toBe(gateSpec().auditLogName);
  expect(record.contentType).toBe("application/json");
  expect(fields.size).toBeGreaterThan(10);
  for (const f of ["messageid", "status", "route", "iss", "sub", "client_id", "deployment", "flow_run_id", "code"]) expect(fields).toContain(f);
});

test("the README shows exactly the queries the evidence report prints, with placeholders", () => {
  expect(readmeSql()).toEqual(auditQueries(AUDIT_QUERY_PLACEHOLDERS).map((q) => q.sql));
});

test.each(auditQueries(AUDIT_QUERY_PLACEHOLDERS).map((q) => [q.id, q.sql]))("query %s reads only fields the record has", (_id, sql) => {
  const used = jsonPayloadFields(sql);
  expect(used.length).toBeGreaterThan(0);
  expect(used.filter((f) => !fields.has(f))).toEqual([]);
  // Counts are of distinct message ids: Log Analytics keeps duplicate entries.
  for (const count of sql.match(/COUNT\(.*$/gm) ?? []) expect(count).toMatch(/^COUNT\(DISTINCT .*json_payload\.messageid/);
  // Route names compared with are the gate's routes.
  for (const m of sql.matchAll(/json_payload\.route\) = '([^']+)'/g)) expect(Object.keys(ROUTES)).toContain(m[1]);
  expect(sql).toContain("FROM `PROJECT.LOCATION.BUCKET._AllLogs`\nWHERE log_name = 'projects/PROJECT/logs/LOG_ID'");
});

test("the field extractor sees what a query reads", () => {
  expect(jsonPayloadFields("SELECT JSON_VALUE(json_payload.a), JSON_VALUE(json_payload.b_2) WHERE JSON_VALUE(json_payload.a) = 'x'")).toEqual(["a", "b_2"]);
});

describe("the rendered message is valid JSON", () => {
  const references = templateReferences(record.template);
  const hostile = 'a"b\\c\n</x>{}\u2028';

  test("with hostile values in everything escaped, and plain values elsewhere", () => {
    const rendered = renderTemplate(record.template, (ref) => (/^escapeJSON\(/.test(ref) ? JSON.stringify(hostile).slice(1, -1) : "value-1"));
    const parsed = JSON.parse(rendered);
    expect(Object.keys(parsed)).toEqual(record.fields);
    for (const ref of references.filter((r) => /^escapeJSON\(/.test(r))) {
      const key = Object.keys(parsed).find((k) => record.template.includes(`"${k}":"{${ref}}"`));
      expect(parsed[key!]).toBe(hostile);
    }
  });

  test("with every variable unset (Apigee renders an unresolved reference as empty)", () => {
    expect(Object.keys(JSON.parse(renderTemplate(record.template, () => "")))).toEqual(record.fields);
  });

  test("every value a caller controls is escaped", () => {
    // Claims, the path and the deployment name come from the request; the verb cannot hold '"' or '\' (RFC 9110 token).
    const callerControlled = (name: string) =>
      /^(jwt\.|request\.(header|queryparam|formparam|content|path|uri)|proxy\.pathsuffix)/.test(name) ||
      [GATE_VARIABLES.iss, GATE_VARIABLES.sub, GATE_VARIABLES.clientId, GATE_VARIABLES.deployment].includes(name as never);
    const unescaped = references.filter((r) => !/^escapeJSON\(/.test(r) && callerControlled(r));
    expect(unescaped).toEqual([]);
    expect(references.filter((r) => /^escapeJSON\(/.test(r)).length).toBeGreaterThan(0);
  });
});
