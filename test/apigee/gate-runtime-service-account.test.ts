import { GateRuntimeServiceAccount } from "../../src/apigee/gate-runtime-service-account";
import { Secret } from "../../src/secrets/secret";
import { stackTokenResolver } from "../../src/identity/manifest-entries";
import { synthJson } from "../helpers";
import { apigeeStack, only, onlyName } from "./fixtures";

describe("GateRuntimeServiceAccount", () => {
  test("grants log writing on the project and read on the one secret, never secret access on the project", () => {
    const { stack, org } = apigeeStack();
    const secret = new Secret(stack, "PrefectKey", { secretId: "orders-gate-prefect-key" });
    const sa = new GateRuntimeServiceAccount(stack, "Runtime", { organization: org, accountId: "orders-gate", readableSecret: secret });
    const json = synthJson(stack);
    const saName = onlyName(json, "google_service_account");
    const resolve = stackTokenResolver(stack);
    expect(resolve(sa.serviceAccountEmail)).toBe(`\${google_service_account.${saName}.email}`);
    expect(only(json, "google_service_account")).toMatchObject({
      account_id: "orders-gate",
      project: "acme-data-prod",
      // What it does, whatever it is granted (a gate's account reads two secrets and publishes status events).
      description: "Runtime identity of an Apigee gate proxy: writes audit logs, reads the secrets and publishes to the topics it is granted",
    });
    // The account by reference, so Terraform creates it before granting it anything.
    expect(only(json, "google_project_iam_member")).toEqual({
      project: "acme-data-prod",
      role: "roles/logging.logWriter",
      member: `\${google_service_account.${saName}.member}`,
    });
    expect(only(json, "google_secret_manager_secret_iam_member")).toMatchObject({
      role: "roles/secretmanager.secretAccessor",
      member: `\${google_service_account.${saName}.member}`,
    });
    // The binding keeps the address it had when it named the account by its literal email.
    expect(onlyName(json, "google_secret_manager_secret_iam_member")).toMatch(/^PrefectKey_Read-serviceAccountorders-gateacme-data-prodiamgserviceaccountcom_/);
    expect(sa.grants).toHaveLength(2);
    const webhook = new Secret(stack, "Webhook", { secretId: "orders-gate-webhook-secret" });
    expect(sa.grantSecretRead(webhook)).toBe(sa.grantSecretRead(webhook));
    expect(sa.grants).toHaveLength(3);
  });

  test("without a secret, only log writing", () => {
    const { stack, org } = apigeeStack();
    new GateRuntimeServiceAccount(stack, "Runtime", { organization: org, accountId: "orders-gate", project: "acme-logs-prod" });
    const json = synthJson(stack);
    expect(only(json, "google_project_iam_member").project).toBe("acme-logs-prod");
    expect(json.resource.google_secret_manager_secret_iam_member).toBeUndefined();
  });

  test("fails on a bad account id and a bad imported email", () => {
    const { stack, org } = apigeeStack();
    expect(() => new GateRuntimeServiceAccount(stack, "A", { organization: org, accountId: "gate" })).toThrow(
      'apigee/A: accountId "gate" is not allowed (6-30 characters: lowercase letters, digits and hyphens, starting with a letter and ending with a letter or digit)',
    );
    expect(() => GateRuntimeServiceAccount.fromEmail(stack, "B", "gate@example.com")).toThrow(
      'apigee/B: email "gate@example.com" is not allowed (a service account email, e.g. orders-gate-rt@acme-data-prod.iam.gserviceaccount.com)',
    );
  });

  test("importing by email defines nothing", () => {
    const { stack } = apigeeStack();
    const sa = GateRuntimeServiceAccount.fromEmail(stack, "Existing", "orders-gate@acme-data-prod.iam.gserviceaccount.com");
    expect(sa.serviceAccountMember).toBe("serviceAccount:orders-gate@acme-data-prod.iam.gserviceaccount.com");
    expect(synthJson(stack).resource.google_service_account).toBeUndefined();
  });
});
