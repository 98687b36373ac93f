import { proxies } from "../bundle-model";
import { Rule, RuleResult } from "../model";
import { resourcesOfType } from "../terraform-model";
import { all, attr, child, isTrue, text, XmlNode } from "../xml";
import { fail, pass } from "./helpers";

const MAX_TIMEOUT_MILLIS = 55000;

function sslProblems(ssl: XmlNode): string[] {
  const problems: string[] = [];
  if (!isTrue(text(child(ssl, "Enabled")))) problems.push("SSLInfo Enabled is not true");
  if (!isTrue(text(child(ssl, "Enforce")))) problems.push("SSLInfo Enforce is not true");
  if (isTrue(text(child(ssl, "IgnoreValidationErrors")))) problems.push("SSLInfo IgnoreValidationErrors is true");
  return problems;
}

function timeoutProblems(connection: XmlNode): string[] {
  const properties = new Map(all(child(connection, "Properties"), "Property").map((p) => [attr(p, "name") ?? "", text(p)]));
  const problems: string[] = [];
  for (const name of ["connect.timeout.millis", "io.timeout.millis"]) {
    const value = properties.get(name);
    if (value === undefined) problems.push(`no ${name} property`);
    else if (!/^\d+$/.test(value) || Number(value) > MAX_TIMEOUT_MILLIS) problems.push(`${name} ${JSON.stringify(value)} is not a number of milliseconds <= ${MAX_TIMEOUT_MILLIS}`);
  }
  return problems;
}

export const GP013: Rule = {
  id: "GP013",
  level: "error",
  core: false,
  title: "targets are reached over enforced, validated TLS with explicit connect and I/O timeouts (<= 55000 ms)",
  fix: "in HTTPTargetConnection set an https URL, <SSLInfo><Enabled>true</Enabled><Enforce>true</Enforce></SSLInfo> without IgnoreValidationErrors, and connect.timeout.millis / io.timeout.millis properties",
  check(input) {
    const results: RuleResult[] = [];
    for (const proxy of proxies(input)) {
      for (const target of proxy.bundle?.targetEndpoints ?? []) {
        const connection = child(target.node, "HTTPTargetConnection");
        if (connection === undefined) continue;
        const problems = timeoutProblems(connection);
        const url = text(child(connection, "URL"));
        if (url !== undefined && !url.startsWith("https://")) problems.push(`URL ${JSON.stringify(url)} is not https`);
        // Behind a LoadBalancer, TLS is configured on the target servers (checked below as google_apigee_target_server).
        if (child(connection, "LoadBalancer") === undefined) problems.push(...sslProblems(child(connection, "SSLInfo")));
        results.push(problems.length === 0 ? pass(target.location, `TargetEndpoint ${target.name} uses TLS with timeouts`) : fail(target.location, `TargetEndpoint ${target.name}: ${problems.join("; ")}`));
      }
    }
    for (const server of resourcesOfType(input.config, "google_apigee_target_server")) {
      const ssl = server.body.s_sl_info ?? {};
      const problems: string[] = [];
      if (ssl.enabled !== true) problems.push("s_sl_info.enabled is not true");
      if (ssl.enforce !== true) problems.push("s_sl_info.enforce is not true");
      if (ssl.ignore_validation_errors === true) problems.push("s_sl_info.ignore_validation_errors is true");
      results.push(problems.length === 0 ? pass(server.id, "TLS enforced") : fail(server.id, `${server.id}: ${problems.join("; ")}`));
    }
    return results;
  },
};
