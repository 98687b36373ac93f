/**
 * What `buildGateProxy` refuses before building: names that become policy names, flow variables or Apigee conditions,
 * and numbers the gate's limits need. The bundle model checks the rest (proxy name, base path, algorithms, URLs).
 */
import { CLAIM_NAME, DEPLOYMENT_SLUG, ISSUER_NAME, NameRule, PIPELINE_ID, ruleProblem } from "../../core/rules";
import { GateProxySpec, GateValue } from "../gate-proxy-spec";

/** KVM keys become flow-variable names (`gate.kvm.<key>`). */
const KVM_KEY = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,254}$/;
const SECRET = /^projects\/[^/\s]+\/secrets\/[A-Za-z0-9_-]+$/;
const MEDIA_TYPE = /^[A-Za-z0-9][A-Za-z0-9.+/-]{0,63}$/;

export function validateGateProxySpec(spec: GateProxySpec): void {
  const where = `gate proxy ${JSON.stringify(spec.proxyName)}`;
  const problems: string[] = [];
  // Each problem below, as `<field> ... is not allowed (...)`, prefixed with the proxy it refuses.
  const out = { push: (problem: string) => problems.push(`${where}: ${problem}`) };
  // A value a shared rule governs, refused in the rule's own words; whether it passed.
  const rule = (field: string, v: string, r: NameRule): boolean => {
    const problem = ruleProblem(where, field, v, r);
    if (problem !== undefined) problems.push(problem);
    return problem === undefined;
  };
  const positive = (field: string, value: number, max?: number): void => {
    if (!Number.isInteger(value) || value <= 0 || (max !== undefined && value > max)) {
      out.push(`${field} ${value} is not allowed (must be a whole number from 1${max !== undefined ? ` to ${max}` : ""})`);
    }
  };
  const value = (field: string, v: GateValue): void => {
    if ("kvmKey" in v && !KVM_KEY.test(v.kvmKey)) out.push(`${field}.kvmKey ${JSON.stringify(v.kvmKey)} is not allowed (must match ${KVM_KEY.source})`);
    if ("literal" in v && v.literal.trim() === "") out.push(`${field}.literal is empty`);
  };

  // The pipeline id is written into the consumer-key template (`<pipeline>|<issuer>|<client id>`).
  rule("pipeline", spec.pipeline, PIPELINE_ID);
  if (spec.issuers.length === 0) out.push("issuers is empty (the gate must trust at least one issuer)");
  const issuerNames = new Set<string>();
  spec.issuers.forEach((issuer, i) => {
    const at = `issuers[${i}]`;
    // Issuer names become policy names (`VJWT-<name>`) and KVM values the proxy compares.
    if (rule(`${at}.name`, issuer.name, ISSUER_NAME) && issuerNames.has(issuer.name)) out.push(`${at}.name ${JSON.stringify(issuer.name)} is used by another issuer`);
    issuerNames.add(issuer.name);
    if (issuer.issuers.length === 0) out.push(`${at}.issuers is empty (give the exact iss the issuer's tokens carry)`);
    issuer.issuers.forEach((v, j) => value(`${at}.issuers[${j}]`, v));
    value(`${at}.audience`, issuer.audience);
    value(`${at}.jwksUri`, issuer.jwksUri);
    // Claim names become flow-variable names (`jwt.<policy>.decoded.claim.<claim>`).
    rule(`${at}.clientIdClaim`, issuer.clientIdClaim, CLAIM_NAME);
    for (const [claim, v] of Object.entries(issuer.requiredClaims)) {
      rule(`${at}.requiredClaims name`, claim, CLAIM_NAME);
      value(`${at}.requiredClaims.${claim}`, v);
    }
    if (issuer.expectedType !== undefined && !MEDIA_TYPE.test(issuer.expectedType)) {
      out.push(`${at}.expectedType ${JSON.stringify(issuer.expectedType)} is not allowed (must match ${MEDIA_TYPE.source})`);
    }
    positive(`${at}.clockSkewSeconds`, issuer.clockSkewSeconds);
    positive(`${at}.maxTokenLifetimeSeconds`, issuer.maxTokenLifetimeSeconds);
  });

  const slugs = new Set<string>();
  spec.deployments.forEach((d, i) => {
    if (!DEPLOYMENT_SLUG.pattern.test(d.name)) out.push(`deployments[${i}].name ${JSON.stringify(d.name)} is not allowed (${DEPLOYMENT_SLUG.allowed})`);
    else if (slugs.has(d.name)) out.push(`deployments[${i}].name ${JSON.stringify(d.name)} is used by another deployment`);
    slugs.add(d.name);
    if (d.allowedParameters?.some((p) => p === "")) out.push(`deployments[${i}].allowedParameters has an empty name`);
  });

  value("prefect.accountId", spec.prefect.accountId);
  value("prefect.workspaceId", spec.prefect.workspaceId);
  for (const [field, secret] of [["prefectKeySecret", spec.prefectKeySecret], ["webhookSecret", spec.webhookSecret]] as const) {
    if (!SECRET.test(secret)) out.push(`${field} ${JSON.stringify(secret)} is not allowed (must be projects/<project>/secrets/<secret>)`);
  }
  positive("maxBodyBytes", spec.maxBodyBytes);
  positive("secretCacheTtlSeconds", spec.secretCacheTtlSeconds);
  positive("eventWindowSeconds", spec.eventWindowSeconds, 86_400);
  // GP013: Apigee answers 504 after 55 s anyway; a longer timeout only hides a stuck upstream.
  positive("connectTimeoutMillis", spec.connectTimeoutMillis, 55000);
  positive("ioTimeoutMillis", spec.ioTimeoutMillis, 55000);

  if (problems.length > 0) throw new Error(problems.join("\n"));
}
