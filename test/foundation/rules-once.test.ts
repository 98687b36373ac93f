// Each validation rule and shared list is defined once in src/ (outside the generated src/gen/): the naming rules in
// src/core/rules.ts, the JWT algorithm lists in src/core/jwt-algorithms.ts, the cdk.tf.json metadata marker in
// src/core/stack-metadata.ts. The sources are read with the TypeScript parser, so comments never count.
import * as fs from "fs";
import * as path from "path";
import * as ts from "typescript";
import * as rules from "../../src/core/rules";
import { NameRule } from "../../src/core/rules";
import { ROOT, tsFiles } from "../support/source-files";

interface Found {
  readonly file: string;
  readonly line: number;
  readonly text: string;
  readonly node: ts.Node;
}

/** The kinds of node the tests below look for. */
const KINDS = [
  ts.SyntaxKind.RegularExpressionLiteral,
  ts.SyntaxKind.StringLiteral,
  ts.SyntaxKind.NoSubstitutionTemplateLiteral,
  ts.SyntaxKind.TemplateHead,
  ts.SyntaxKind.ArrayLiteralExpression,
] as const;

/** Every node of those kinds in src/ (without src/gen/), by kind, with its file (relative to src/) and line: each file read and parsed once. */
function findAll(): ReadonlyMap<ts.SyntaxKind, Found[]> {
  const out = new Map<ts.SyntaxKind, Found[]>(KINDS.map((k) => [k, []]));
  for (const file of tsFiles("src", ["src/gen"])) {
    const sf = ts.createSourceFile(file, fs.readFileSync(path.join(ROOT, file), "utf8"), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      out.get(node.kind)?.push({ file: path.relative("src", file), line: sf.getLineAndCharacterOfPosition(node.getStart()).line + 1, text: node.getText(), node });
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return out;
}

const found = findAll();
const regexLiterals = found.get(ts.SyntaxKind.RegularExpressionLiteral)!;
const stringLiterals = found.get(ts.SyntaxKind.StringLiteral)!;
const where = (f: Found) => `${f.file}:${f.line}`;

/**
 * Validation patterns that are equal by coincidence, not copies of one rule: each names the concepts and why they are
 * different rules.
 */
const COINCIDENCES: Readonly<Record<string, string>> = {
  // Keycloak's realm names and Apigee's entity names happen to allow the same characters.
  "/^[A-Za-z0-9._-]{1,255}$/": "identity/issuer.ts (Keycloak realm) and core/rules.ts (APIGEE_NAME)",
  // Two IdPs' display names (Entra application, Okta authorization server) with the same limits.
  "/^[A-Za-z0-9][A-Za-z0-9 ._-]{0,79}$/": "entra/entra-gate-application.ts and okta/okta-gate-authorization.ts",
};

/** A validation pattern: anchored at both ends (`/^...$/`), more than a trivial `^\d+$`. */
const isValidationPattern = (r: Found) => /^\/\^.*\$\/[a-z]*$/.test(r.text) && !r.text.endsWith("g") && r.text.length > 12;

test("no validation pattern (a regular expression anchored at both ends) is written twice in src/", () => {
  const byText = new Map<string, Found[]>();
  for (const r of regexLiterals.filter(isValidationPattern)) byText.set(r.text, [...(byText.get(r.text) ?? []), r]);
  const repeated = [...byText].filter(([text, found]) => found.length > 1 && COINCIDENCES[text] === undefined);
  expect(repeated.map(([text, found]) => `${text} at ${found.map(where).join(", ")}`)).toEqual([]);
});

const namedRules = Object.entries(rules).filter((e): e is [string, NameRule] => typeof e[1] === "object" && e[1] !== null && (e[1] as NameRule).pattern instanceof RegExp);

test("the shared naming rules are the ones this test knows, each with the words of what it allows", () => {
  expect(namedRules.map(([name]) => name).sort()).toEqual([
    "APIGEE_NAME",
    "APIGEE_PRODUCT_NAME",
    "CLAIM_NAME",
    "DEPLOYMENT_SLUG",
    "GATE_BASE_PATH",
    "HOSTNAME",
    "IAM_MEMBER",
    "ISSUER_NAME",
    "KMS_KEY_NAME",
    "LOG_BUCKET_LOCATION",
    "PIPELINE_ID",
    "PRODUCT_NAME",
    "PROJECT_ID",
    "PROXY_BASE_PATH",
    "PUBSUB_NAME",
    "REGION",
    "SERVICE_ACCOUNT_EMAIL",
    "SERVICE_ACCOUNT_ID",
    "UUID",
  ]);
  for (const [, rule] of namedRules) expect(rule.allowed.length).toBeGreaterThan(10);
});

test.each(namedRules)("%s is written only in src/core/rules.ts", (_name, rule) => {
  const copies = regexLiterals.filter((r) => r.file !== path.join("core", "rules.ts") && r.text === `/${rule.pattern.source}/${rule.pattern.flags}`);
  expect(copies.filter((c) => COINCIDENCES[c.text] === undefined).map(where)).toEqual([]);
});

test("no module outside src/core defines its own hostname, UUID, IAM member, project, account, region, product, issuer, claim, base path, topic or KMS key pattern", () => {
  const concept = /(?:^|_)(?:HOSTNAME|HOST|GUID|UUID|MEMBER|PROJECT_ID|ACCOUNT_ID|SERVICE_ACCOUNT_EMAIL|REGION|LOCATION|PRODUCT|PRODUCT_NAME|ISSUER_NAME|CLAIM|CLAIM_NAME|BASE_PATH|TOPIC|PUBSUB_NAME|KMS_KEY|PIPELINE|PIPELINE_ID)$/;
  const own: string[] = [];
  for (const r of regexLiterals.filter((r) => !r.file.startsWith(`core${path.sep}`) && isValidationPattern(r))) {
    const declaration = r.node.parent;
    if (ts.isVariableDeclaration(declaration) && concept.test(declaration.name.getText())) own.push(`${declaration.name.getText()} at ${where(r)}`);
  }
  expect(own).toEqual([]);
});

test("the JWT algorithm lists are written once, in src/core/jwt-algorithms.ts", () => {
  const ALG = /^["'](?:RS|PS|ES|HS)(?:256|384|512)["']$/;
  const lists = found.get(ts.SyntaxKind.ArrayLiteralExpression)!.filter((a) => {
    const elements = (a.node as ts.ArrayLiteralExpression).elements;
    return elements.length >= 2 && elements.every((e) => ts.isStringLiteral(e) && ALG.test(e.getText()));
  });
  expect(lists.map((l) => l.file)).toEqual([path.join("core", "jwt-algorithms.ts"), path.join("core", "jwt-algorithms.ts")]);
});

test("the cdk.tf.json metadata key and the administrator marker are written once, in src/core/stack-metadata.ts", () => {
  const marker = stringLiterals.filter((s) => ["gated_pipeline", "applied_by"].includes(s.text.slice(1, -1)));
  expect([...new Set(marker.map((m) => m.file))]).toEqual([path.join("core", "stack-metadata.ts")]);
});

test("the gate's KVM keys are built only in the gate contract (GATE_KVM_KEYS)", () => {
  const KVM_KEY = /^[`"'](?:deployment__|iss__|prefect__|issuer\.)/;
  const literals = [...stringLiterals, ...found.get(ts.SyntaxKind.NoSubstitutionTemplateLiteral)!, ...found.get(ts.SyntaxKind.TemplateHead)!];
  expect([...new Set(literals.filter((l) => KVM_KEY.test(l.text)).map((l) => l.file))]).toEqual([path.join("gate", "contract.ts")]);
});
