import { ClientIpResolution } from "../../src/apigee/client-ip-resolution";
import { ApigeeEnvironment, ApigeeEnvironmentType } from "../../src/apigee/environment";
import { ApigeeEnvironmentGroup } from "../../src/apigee/environment-group";
import { ApigeeInstance } from "../../src/apigee/instance";
import { ApigeeOrganization } from "../../src/apigee/organization";
import { newStack, synthJson } from "../helpers";
import { apigeeStack, only, onlyName, ORG_NAME } from "./fixtures";

describe("ApigeeOrganization", () => {
  test("derives the three id forms from the bare name", () => {
    const org = ApigeeOrganization.fromName(ORG_NAME);
    expect(org.organizationName).toBe("acme-data-prod");
    expect(org.organizationId).toBe("organizations/acme-data-prod");
    expect(org.environmentId("prod")).toBe("organizations/acme-data-prod/environments/prod");
  });

  test("fails when given the organizations/ id instead of the name", () => {
    const { stack } = newStack();
    expect(() => ApigeeOrganization.fromName(stack, "organizations/acme-data-prod")).toThrow(
      'test-stack: organization "organizations/acme-data-prod" is an id, not a name (pass the bare organization name "acme-data-prod"; the id forms are derived)',
    );
  });

  test("fails on a name that is not a project id", () => {
    expect(() => ApigeeOrganization.fromName("Acme_Prod")).toThrow(
      'ApigeeOrganization.fromName: organization "Acme_Prod" is not allowed (a project id: 6-30 characters, lowercase letters, digits and hyphens, starting with a letter and not ending with a hyphen)',
    );
  });
});

describe("ApigeeEnvironment", () => {
  test("defines a PROXY environment in organizations/{org} with generous timeouts", () => {
    const { stack, org } = apigeeStack();
    new ApigeeEnvironment(stack, "Dev", {
      organization: org,
      environmentName: "dev",
      type: ApigeeEnvironmentType.INTERMEDIATE,
      minNodeCount: 1,
      maxNodeCount: 3,
    });
    const json = synthJson(stack);
    const dev = Object.values(json.resource.google_apigee_environment).find((e) => (e as { name: string }).name === "dev");
    expect(dev).toEqual({
      org_id: "organizations/acme-data-prod",
      name: "dev",
      display_name: "dev",
      type: "INTERMEDIATE",
      deployment_type: "PROXY",
      node_config: { min_node_count: "1", max_node_count: "3" },
      timeouts: { create: "30m", update: "30m", delete: "30m" },
    });
  });

  test("resolves client addresses from X-Forwarded-For counted from the right, only when asked to", () => {
    const { stack, org } = apigeeStack();
    new ApigeeEnvironment(stack, "Edge", { organization: org, environmentName: "edge", clientIpResolution: ClientIpResolution.xForwardedForFromRight(3) });
    const gclb = new ApigeeEnvironment(stack, "Gclb", { organization: org, environmentName: "gclb", clientIpResolution: ClientIpResolution.behindGoogleLoadBalancer() });
    const envs = Object.values(synthJson(stack).resource.google_apigee_environment) as Array<{ name: string; client_ip_resolution_config?: unknown }>;
    const config = (name: string) => envs.find((e) => e.name === name)!.client_ip_resolution_config;
    expect(config("edge")).toEqual({ header_index_algorithm: { ip_header_name: "X-Forwarded-For", ip_header_index: -3 } });
    expect(config("gclb")).toEqual({ header_index_algorithm: { ip_header_name: "X-Forwarded-For", ip_header_index: -2 } });
    expect(gclb.clientIpResolution?.toString()).toBe("X-Forwarded-For, 2nd entry from the right");
    // The fixture's environment sets none: Apigee's default resolution.
    expect(envs.find((e) => e.name !== "edge" && e.name !== "gclb")!.client_ip_resolution_config).toBeUndefined();
    expect(() => ClientIpResolution.xForwardedForFromRight(-1)).toThrow(
      "ClientIpResolution: position -1 from the right is not allowed (a whole number from 1 to 10; entries counted from the left are caller-controlled)",
    );
  });

  test("attaches to a defined group and an imported instance with the id forms each resource expects", () => {
    const { stack, org, env } = apigeeStack();
    const group = new ApigeeEnvironmentGroup(stack, "Gate", { organization: org, environmentGroupName: "gate", hostnames: ["api.acme.example"] });
    const instance = ApigeeInstance.fromInstanceName(stack, "Euw1", org, "euw1");
    env.addToEnvironmentGroup(group);
    env.attachToInstance(instance);
    const json = synthJson(stack);
    expect(only(json, "google_apigee_envgroup")).toEqual({
      org_id: "organizations/acme-data-prod",
      name: "gate",
      hostnames: ["api.acme.example"],
      timeouts: { create: "30m", update: "30m", delete: "30m" },
    });
    const envName = onlyName(json, "google_apigee_environment");
    const groupName = onlyName(json, "google_apigee_envgroup");
    // Both ends by reference: Terraform creates the environment and the group before attaching them.
    expect(only(json, "google_apigee_envgroup_attachment")).toEqual({
      envgroup_id: `organizations/acme-data-prod/envgroups/\${google_apigee_envgroup.${groupName}.name}`,
      environment: `\${google_apigee_environment.${envName}.name}`,
      timeouts: { create: "30m", delete: "30m" },
    });
    expect(only(json, "google_apigee_instance_attachment")).toEqual({
      instance_id: "organizations/acme-data-prod/instances/euw1",
      environment: `\${google_apigee_environment.${envName}.name}`,
      timeouts: { create: "60m", delete: "60m" },
    });
    expect(json.resource.google_apigee_instance).toBeUndefined();
  });

  test("attaching twice to the same group defines one attachment", () => {
    const { stack, org, env } = apigeeStack();
    const group = ApigeeEnvironmentGroup.fromGroupName(stack, "Gate", org, "gate");
    expect(env.addToEnvironmentGroup(group)).toBe(env.addToEnvironmentGroup(group));
    expect(Object.keys(synthJson(stack).resource.google_apigee_envgroup_attachment)).toHaveLength(1);
    expect(env.environmentGroups).toEqual([group]);
  });

  test("props environmentGroups and instances attach at construction", () => {
    const { stack, org } = apigeeStack();
    const group = ApigeeEnvironmentGroup.fromGroupName(stack, "Gate", org, "gate");
    const instance = ApigeeInstance.fromInstanceName(stack, "Euw1", org, "euw1");
    new ApigeeEnvironment(stack, "Dev", { organization: org, environmentName: "dev", environmentGroups: [group], instances: [instance] });
    const json = synthJson(stack);
    const dev = `\${google_apigee_environment.${Object.keys(json.resource.google_apigee_environment).find((k) => k.startsWith("Dev_"))}.name}`;
    expect(Object.values(json.resource.google_apigee_envgroup_attachment).map((a) => (a as { environment: string }).environment)).toEqual([dev]);
    expect(Object.values(json.resource.google_apigee_instance_attachment).map((a) => (a as { environment: string }).environment)).toEqual([dev]);
  });

  test("importing an environment, a group and an instance defines nothing", () => {
    const { stack } = newStack();
    const org = ApigeeOrganization.fromName(stack, ORG_NAME);
    const env = ApigeeEnvironment.fromEnvironmentName(stack, "Env", org, "prod");
    const group = ApigeeEnvironmentGroup.fromGroupName(stack, "Group", org, "gate");
    const instance = ApigeeInstance.fromInstanceName(stack, "Instance", org, "euw1");
    expect(env.environmentId).toBe("organizations/acme-data-prod/environments/prod");
    expect(group.environmentGroupId).toBe("organizations/acme-data-prod/envgroups/gate");
    expect(instance.instanceId).toBe("organizations/acme-data-prod/instances/euw1");
    expect(synthJson(stack).resource).toBeUndefined();
  });

  test("an imported environment can still be attached (the attachment is defined, without depends_on)", () => {
    const { stack } = newStack();
    const org = ApigeeOrganization.fromName(stack, ORG_NAME);
    const env = ApigeeEnvironment.fromEnvironmentName(stack, "Env", org, "prod");
    env.addToEnvironmentGroup(ApigeeEnvironmentGroup.fromGroupName(stack, "Group", org, "gate"));
    const json = synthJson(stack);
    expect(Object.keys(json.resource)).toEqual(["google_apigee_envgroup_attachment"]);
    expect(only(json, "google_apigee_envgroup_attachment").depends_on).toBeUndefined();
  });

  test("fails on a bad environment name", () => {
    const { stack, org } = apigeeStack();
    expect(() => new ApigeeEnvironment(stack, "Bad", { organization: org, environmentName: "Prod_1" })).toThrow(
      'apigee/Bad: environmentName "Prod_1" is not allowed (2-32 characters: lowercase letters, digits and hyphens, starting with a letter and not ending with a hyphen)',
    );
    expect(() => new ApigeeEnvironment(stack, "Bad2", { organization: org, environmentName: "prod-" })).toThrow(/environmentName "prod-" is not allowed/);
    expect(() => new ApigeeEnvironment(stack, "Bad3", { organization: org, environmentName: "a".repeat(33) })).toThrow(/is not allowed/);
  });

  test("fails when minNodeCount exceeds maxNodeCount", () => {
    const { stack, org } = apigeeStack();
    expect(() => new ApigeeEnvironment(stack, "Bad", { organization: org, environmentName: "dev", minNodeCount: 4, maxNodeCount: 2 })).toThrow(
      "apigee/Bad: minNodeCount 4 is greater than maxNodeCount 2",
    );
  });

  test("fails to attach a group of another organization", () => {
    const { stack, env } = apigeeStack();
    const other = ApigeeOrganization.fromName("other-org-prod");
    const group = ApigeeEnvironmentGroup.fromGroupName(stack, "Foreign", other, "gate");
    expect(() => env.addToEnvironmentGroup(group)).toThrow(
      'apigee/Prod: environment group apigee/Foreign belongs to organization "other-org-prod", not to the environment\'s organization "acme-data-prod"',
    );
  });
});

describe("ApigeeEnvironmentGroup", () => {
  test("fails on a bad group name", () => {
    const { stack, org } = apigeeStack();
    expect(() => new ApigeeEnvironmentGroup(stack, "G", { organization: org, environmentGroupName: "-gate", hostnames: ["api.acme.example"] })).toThrow(
      'apigee/G: environmentGroupName "-gate" is not allowed (1-63 characters: lowercase letters, digits and hyphens, starting and ending with a letter or digit)',
    );
  });

  test("fails on a hostname with a scheme, and on no hostnames", () => {
    const { stack, org } = apigeeStack();
    expect(() => new ApigeeEnvironmentGroup(stack, "G", { organization: org, environmentGroupName: "gate", hostnames: ["https://api.acme.example"] })).toThrow(
      "apigee/G: hostname \"https://api.acme.example\" is not allowed (a DNS hostname: lowercase labels of letters, digits and '-' joined by '.', at least two labels, the last not all digits; no scheme, port, path or wildcard, e.g. api.acme.example)",
    );
    expect(() => new ApigeeEnvironmentGroup(stack, "H", { organization: org, environmentGroupName: "gate", hostnames: [] })).toThrow(
      "apigee/H: hostnames is empty (an environment group needs at least one hostname)",
    );
  });

  test("fails on a duplicate hostname", () => {
    const { stack, org } = apigeeStack();
    expect(
      () => new ApigeeEnvironmentGroup(stack, "G", { organization: org, environmentGroupName: "gate", hostnames: ["api.acme.example", "api.acme.example"] }),
    ).toThrow('apigee/G: hostname "api.acme.example" is listed twice');
  });

  test("fails on a bad instance name when importing", () => {
    const { stack, org } = apigeeStack();
    expect(() => ApigeeInstance.fromInstanceName(stack, "I", org, "EU_1")).toThrow(
      'apigee/I: instanceName "EU_1" is not allowed (2-63 characters: lowercase letters, digits and hyphens, starting with a letter)',
    );
  });
});
