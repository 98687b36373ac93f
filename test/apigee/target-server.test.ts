import { TargetServer } from "../../src/apigee/target-server";
import { synthJson } from "../helpers";
import { apigeeStack, only, onlyName } from "./fixtures";

describe("TargetServer", () => {
  test("defaults to api.prefect.cloud:443 with TLS enabled, enforced and validated", () => {
    const { stack, env } = apigeeStack();
    new TargetServer(stack, "Prefect", { environment: env, targetServerName: "prefect-cloud" });
    const json = synthJson(stack);
    const ts = only(json, "google_apigee_target_server");
    expect(ts).toMatchObject({
      env_id: `organizations/acme-data-prod/environments/\${google_apigee_environment.${onlyName(json, "google_apigee_environment")}.name}`,
      name: "prefect-cloud",
      host: "api.prefect.cloud",
      port: 443,
      protocol: "HTTP",
      is_enabled: true,
      s_sl_info: { enabled: true, enforce: true, ignore_validation_errors: false },
    });
  });

  test("fails on a URL instead of a host, a bad port and a bad name", () => {
    const { stack, env } = apigeeStack();
    expect(() => new TargetServer(stack, "A", { environment: env, targetServerName: "prefect", host: "https://api.prefect.cloud" })).toThrow(
      "apigee/A: host \"https://api.prefect.cloud\" is not allowed (a DNS hostname: lowercase labels of letters, digits and '-' joined by '.', at least two labels, the last not all digits; no scheme, port, path or wildcard, e.g. api.acme.example)",
    );
    expect(() => new TargetServer(stack, "B", { environment: env, targetServerName: "prefect", port: 70000 })).toThrow(
      "apigee/B: port 70000 is not allowed (a whole number from 1 to 65535)",
    );
    expect(() => new TargetServer(stack, "C", { environment: env, targetServerName: "prefect cloud" })).toThrow(
      "apigee/C: targetServerName \"prefect cloud\" is not allowed (1-255 characters: letters, digits, '.', '_' and '-')",
    );
  });

  test("importing a target server defines nothing", () => {
    const { stack, env } = apigeeStack();
    TargetServer.fromTargetServerName(stack, "Old", env, "prefect-cloud");
    expect(synthJson(stack).resource.google_apigee_target_server).toBeUndefined();
  });
});
