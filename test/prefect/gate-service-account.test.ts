import { Duration } from "../../src/core/duration";
import { GateServiceAccount, GateServiceAccountProps } from "../../src/prefect/gate-service-account";
import { checkRotationInvariant, DEFAULT_ROTATION_TIMINGS } from "../../src/prefect/rotation-invariant";
import { PrefectWorkspace } from "../../src/prefect/workspace";
import { RotationSchedule } from "../../src/secrets/rotation-schedule";
import { Secret } from "../../src/secrets/secret";
import { newStack, synthJson, WORKSPACE_ID } from "../helpers";

function build(overrides: Partial<GateServiceAccountProps> = {}) {
  const { stack } = newStack();
  const workspace = PrefectWorkspace.fromWorkspaceId(stack, "Workspace", WORKSPACE_ID);
  const secret = new Secret(stack, "KeySecret", { secretId: "orders-gate-prefect-key" });
  const sa = new GateServiceAccount(stack, "Gate", { name: "orders-gate-prod", workspace, secret, ...overrides });
  return { stack, sa, json: synthJson(stack) };
}

const only = (json: Record<string, Record<string, unknown>>, type: string) => {
  const values = Object.entries(json[type] ?? {});
  expect(values).toHaveLength(1);
  return { key: values[0][0], res: values[0][1] as Record<string, unknown> };
};

describe("checkRotationInvariant", () => {
  test("the defaults are zero-downtime", () => {
    expect(DEFAULT_ROTATION_TIMINGS).toEqual({
      every: Duration.days(30),
      grace: Duration.days(7),
      overlap: Duration.hours(24),
      cacheTtl: Duration.minutes(5),
      applyEvery: Duration.days(1),
    });
    expect(checkRotationInvariant(DEFAULT_ROTATION_TIMINGS)).toEqual([]);
  });

  test("the arithmetic of the defaults: the key outlives the next apply and the cache, the old key outlives the cache", () => {
    const t = DEFAULT_ROTATION_TIMINGS;
    const s = (d: Duration) => d.toSeconds();
    // Worst case: the apply that rotates comes applyEvery after the key is due, and the gate still serves the old key
    // from its cache for cacheTtl; expiry (every + grace after creation) is later than that.
    expect(s(t.every) + s(t.grace)).toBeGreaterThan(s(t.every) + s(t.applyEvery) + s(t.cacheTtl));
    expect(s(t.overlap)).toBeGreaterThan(s(t.cacheTtl));
    expect(s(t.overlap)).toBeLessThanOrEqual(172800);
  });

  test("each broken rule is named", () => {
    const t = DEFAULT_ROTATION_TIMINGS;
    expect(checkRotationInvariant({ ...t, cacheTtl: Duration.hours(24) })).toEqual([
      "cacheTtl (24 hours) must be shorter than overlap (24 hours), or the gate can keep using the old key after it died",
    ]);
    expect(checkRotationInvariant({ ...t, overlap: Duration.hours(72) })).toEqual([
      "overlap (72 hours) must be whole seconds, at most 48 hours (the provider's old_key_expires_in_seconds limit, 172800)",
    ]);
    expect(checkRotationInvariant({ ...t, grace: Duration.hours(24) })).toEqual([
      "grace (24 hours) must be at least applyEvery + cacheTtl (1 day + 5 minutes), or the key can expire before the next apply replaces it",
    ]);
    expect(checkRotationInvariant({ ...t, every: Duration.days(1), applyEvery: Duration.days(2), grace: Duration.days(3) })).toEqual([
      "applyEvery (2 days) must be at most the rotation period every (1 day), or a period can pass without a rotation",
    ]);
    expect(checkRotationInvariant({ ...t, grace: Duration.seconds(0), cacheTtl: Duration.days(3) })).toHaveLength(2);
  });
});

describe("GateServiceAccount", () => {
  test("service account: Member, key expiry = rotation due + grace, old key kept for the overlap", () => {
    const { json } = build();
    const { res } = only(json.resource, "prefect_service_account");
    const { key: rotKey, res: rot } = only(json.resource, "time_rotating");
    expect(rot).toMatchObject({ rotation_days: 30 });
    expect(res).toMatchObject({
      name: "orders-gate-prod",
      account_role_name: "Member",
      api_key_expiration: `\${timeadd(time_rotating.${rotKey}.rotation_rfc3339, "168h")}`,
      old_key_expires_in_seconds: 86400,
    });
    expect(res).not.toHaveProperty("api_key_keepers");
    expect((res.lifecycle as { postcondition: unknown[] }).postcondition).toEqual([
      { condition: "${length(self.api_key) > 0}", error_message: "Prefect returned an empty API key for the gate's service account." },
    ]);
  });

  test("workspace access: Runner looked up by name, for this service account in this workspace", () => {
    const { json } = build();
    const { key: saKey } = only(json.resource, "prefect_service_account");
    const { key: roleKey, res: role } = only(json.data, "prefect_workspace_role");
    expect(role).toEqual({ name: "Runner" });
    expect(only(json.resource, "prefect_workspace_access").res).toEqual({
      accessor_type: "SERVICE_ACCOUNT",
      accessor_id: `\${prefect_service_account.${saKey}.id}`,
      workspace_role_id: `\${data.prefect_workspace_role.${roleKey}.id}`,
      workspace_id: WORKSPACE_ID,
    });
  });

  test("the key goes only into a write-only secret version whose version is the rotation's", () => {
    const { json } = build();
    const { key: saKey } = only(json.resource, "prefect_service_account");
    const { key: rotKey } = only(json.resource, "time_rotating");
    const { res: version } = only(json.resource, "google_secret_manager_secret_version");
    expect(version.secret_data_wo).toBe(`\${prefect_service_account.${saKey}.api_key}`);
    // Same time_rotating: the key's expiration (which alone rotates the key) and the secret version change together.
    expect(version.secret_data_wo_version).toBe(`\${time_rotating.${rotKey}.unix}`);
    expect(version).not.toHaveProperty("secret_data");
    const text = JSON.stringify(json);
    expect(text.split(`prefect_service_account.${saKey}.api_key`)).toHaveLength(2);
    expect(json.output).toBeUndefined();
  });

  test("a shared rotation drives the key, and its period reaches time_rotating", () => {
    const { stack } = newStack();
    const rotation = new RotationSchedule(stack, "Rotation", { every: Duration.days(14) });
    const workspace = PrefectWorkspace.fromWorkspaceId(stack, "Workspace", WORKSPACE_ID);
    const secret = new Secret(stack, "KeySecret", { secretId: "k" });
    const sa = new GateServiceAccount(stack, "Gate", { name: "g", workspace, secret, rotation, grace: Duration.days(3), overlap: Duration.hours(2) });
    const json = synthJson(stack);
    const { key: rotKey, res: rot } = only(json.resource, "time_rotating");
    expect(rot).toMatchObject({ rotation_days: 14 });
    expect(only(json.resource, "prefect_service_account").res).toMatchObject({
      api_key_expiration: `\${timeadd(time_rotating.${rotKey}.rotation_rfc3339, "72h")}`,
      old_key_expires_in_seconds: 7200,
    });
    expect(sa.rotation).toBe(rotation);
    expect(sa.timings.every.toDays()).toBe(14);
  });

  test("fails on settings that break the invariant, listing every broken rule", () => {
    expect(() => build({ overlap: Duration.minutes(3) })).toThrow(
      "test-stack/Gate: key rotation is not zero-downtime: cacheTtl (5 minutes) must be shorter than overlap (3 minutes), or the gate can keep using the old key after it died",
    );
    expect(() => build({ overlap: Duration.hours(49), grace: Duration.hours(12) })).toThrow(
      "test-stack/Gate: key rotation is not zero-downtime: grace (12 hours) must be at least applyEvery + cacheTtl (1 day + 5 minutes), or the key can expire before the next apply replaces it; overlap (49 hours) must be whole seconds, at most 48 hours (the provider's old_key_expires_in_seconds limit, 172800)",
    );
  });

  test("fails on a role broader than Runner unless acknowledged, and always on roles that cannot run", () => {
    expect(() => build({ workspaceRoleName: "Developer" })).toThrow(
      'test-stack/Gate: workspaceRoleName "Developer" is not allowed (the gate needs only "Runner"; set allowOtherWorkspaceRole to grant another role deliberately)',
    );
    expect(() => build({ workspaceRoleName: "Viewer", allowOtherWorkspaceRole: true })).toThrow(
      'test-stack/Gate: workspaceRoleName "Viewer" is not allowed (it cannot create flow runs; use "Runner")',
    );
    const { json } = build({ workspaceRoleName: "Gate Runner", allowOtherWorkspaceRole: true });
    expect(only(json.data, "prefect_workspace_role").res).toEqual({ name: "Gate Runner" });
  });

  test("fails on a bad service account name", () => {
    expect(() => build({ name: "" })).toThrow('test-stack/Gate: name "" is not allowed (must not be empty)');
  });
});
