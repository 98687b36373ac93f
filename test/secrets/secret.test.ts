import { Token } from "cdktf";
import { Duration } from "../../src/core/duration";
import { Principal } from "../../src/identity/principal";
import { RotationSchedule } from "../../src/secrets/rotation-schedule";
import { Secret, SecretReplication } from "../../src/secrets/secret";
import { newStack, synthJson } from "../helpers";

/** A stand-in for another resource's sensitive attribute (e.g. a Prefect key): a reference, never a literal. */
const KEY_REF = Token.asString({ resolve: () => "${random_password.webhook.result}" });
const GATE = Principal.serviceAccount("gate@acme-data-prod.iam.gserviceaccount.com");

// eslint-disable-next-line @typescript-eslint/no-explicit-any
function only(map: Record<string, any> | undefined): any {
  expect(Object.keys(map ?? {})).toHaveLength(1);
  return Object.values(map ?? {})[0];
}

describe("Secret", () => {
  test("defines a secret with automatic replication, labels and deletion protection", () => {
    const { stack } = newStack();
    new Secret(stack, "Key", { secretId: "orders-gate-prefect-key", labels: { pipeline: "orders", env: "prod" } });
    expect(only(synthJson(stack).resource.google_secret_manager_secret)).toEqual({
      secret_id: "orders-gate-prefect-key",
      replication: { auto: {} },
      labels: { pipeline: "orders", env: "prod" },
      deletion_protection: true,
    });
  });

  test("CMEK with automatic replication uses a global key", () => {
    const { stack } = newStack();
    const key = "projects/acme-kms/locations/global/keyRings/gates/cryptoKeys/secrets";
    new Secret(stack, "Key", { secretId: "k", replication: SecretReplication.automatic({ kmsKeyName: key }) });
    expect(only(synthJson(stack).resource.google_secret_manager_secret).replication).toEqual({
      auto: { customer_managed_encryption: { kms_key_name: key } },
    });
  });

  test("user-managed replicas each carry their own regional key", () => {
    const { stack } = newStack();
    const key = "projects/acme-kms/locations/europe-west1/keyRings/gates/cryptoKeys/secrets";
    new Secret(stack, "Key", {
      secretId: "k",
      replication: SecretReplication.userManaged([{ location: "europe-west1", kmsKeyName: key }, { location: "europe-west4" }]),
    });
    expect(only(synthJson(stack).resource.google_secret_manager_secret).replication).toEqual({
      user_managed: { replicas: [{ location: "europe-west1", customer_managed_encryption: { kms_key_name: key } }, { location: "europe-west4" }] },
    });
  });

  test("grantRead binds secretAccessor on this secret only, once per member", () => {
    const { stack } = newStack();
    const secret = new Secret(stack, "Key", { secretId: "k" });
    expect(secret.grantRead(GATE)).toBe(secret.grantRead(GATE));
    const json = synthJson(stack);
    expect(only(json.resource.google_secret_manager_secret_iam_member)).toEqual({
      secret_id: `\${google_secret_manager_secret.${Object.keys(json.resource.google_secret_manager_secret)[0]}.id}`,
      role: "roles/secretmanager.secretAccessor",
      member: GATE.member,
    });
    expect(json.resource.google_project_iam_member).toBeUndefined();
  });

  test("an existing secret is referenced by name and defines nothing", () => {
    const { stack } = newStack();
    const secret = Secret.fromSecretAttributes(stack, "Existing", { project: "acme-data-prod", secretId: "bootstrap-key" });
    expect(secret.latestVersionName).toBe("projects/acme-data-prod/secrets/bootstrap-key/versions/latest");
    expect(synthJson(stack).resource).toBeUndefined();
  });
});

describe("write-only versions bound to the rotation", () => {
  test("a version is written with secret_data_wo and a version derived from time_rotating's unix time", () => {
    const { stack } = newStack();
    const secret = new Secret(stack, "Key", { secretId: "k" });
    const rotation = new RotationSchedule(stack, "Rotation", { every: Duration.days(30) });
    secret.addVersion("Current", { value: KEY_REF, rotation });
    const json = synthJson(stack);
    const rotating = Object.keys(json.resource.time_rotating)[0];
    expect(json.resource.time_rotating[rotating]).toEqual({ rotation_days: 30 });
    expect(only(json.resource.google_secret_manager_secret_version)).toEqual({
      secret: `\${google_secret_manager_secret.${Object.keys(json.resource.google_secret_manager_secret)[0]}.id}`,
      secret_data_wo: "${random_password.webhook.result}",
      secret_data_wo_version: `\${time_rotating.${rotating}.unix}`,
      lifecycle: { create_before_destroy: true },
    });
  });

  test("two rotations give two different version references", () => {
    const { stack } = newStack();
    const secret = new Secret(stack, "Key", { secretId: "k" });
    secret.addVersion("A", { value: KEY_REF, rotation: new RotationSchedule(stack, "Monthly", { every: Duration.days(30) }) });
    secret.addVersion("B", { value: KEY_REF, rotation: new RotationSchedule(stack, "Weekly", { every: Duration.days(7) }) });
    const versions = Object.values(synthJson(stack).resource.google_secret_manager_secret_version) as { secret_data_wo_version: string }[];
    const refs = versions.map((v) => v.secret_data_wo_version);
    expect(refs[0]).toMatch(/^\$\{time_rotating\.Monthly_[0-9A-F]{8}\.unix\}$/);
    expect(refs[1]).toMatch(/^\$\{time_rotating\.Weekly_[0-9A-F]{8}\.unix\}$/);
  });

  test("no version the library writes stores secret_data, and no output carries a value", () => {
    const { stack } = newStack();
    const secret = new Secret(stack, "Key", { secretId: "k", rotationNotification: { every: Duration.days(30) } });
    const rotation = new RotationSchedule(stack, "Rotation");
    secret.addVersion("Current", { value: KEY_REF, rotation });
    secret.grantRead(GATE);
    const json = synthJson(stack);
    for (const version of Object.values(json.resource.google_secret_manager_secret_version) as Record<string, unknown>[]) {
      expect(Object.keys(version)).not.toContain("secret_data");
      expect(version).toHaveProperty("secret_data_wo");
      expect(version).toHaveProperty("secret_data_wo_version");
    }
    expect(json.output).toBeUndefined();
    // The value appears once, as the write-only attribute, and nowhere else in the stack.
    expect(JSON.stringify(json).split("random_password.webhook.result")).toHaveLength(2);
  });

  test("fails on a literal value, which would land in cdk.tf.json", () => {
    const { stack } = newStack();
    const secret = new Secret(stack, "Key", { secretId: "k" });
    expect(() => secret.addVersion("Current", { value: "pnu_fake-not-a-real-key", rotation: new RotationSchedule(stack, "R") })).toThrow(
      'test-stack/Key: addVersion("Current") value is a literal (it would be written into cdk.tf.json; ' +
        "pass a reference to the attribute of the resource that makes the value, e.g. a random_password's result or a Prefect key)",
    );
  });
});

describe("rotation notification", () => {
  const notified = (every = Duration.days(30)) => {
    const { stack } = newStack();
    new Secret(stack, "Key", { secretId: "orders-gate-prefect-key", rotationNotification: { every } });
    return synthJson(stack);
  };

  test("publishes to a topic the Secret Manager service agent may publish to", () => {
    const json = notified();
    const topic = Object.keys(json.resource.google_pubsub_topic)[0];
    expect(json.resource.google_pubsub_topic[topic]).toEqual({ name: "orders-gate-prefect-key-rotation" });
    const project = Object.keys(json.data.google_project)[0];
    expect(only(json.resource.google_pubsub_topic_iam_member)).toEqual({
      topic: `\${google_pubsub_topic.${topic}.id}`,
      role: "roles/pubsub.publisher",
      member: `serviceAccount:service-\${data.google_project.${project}.number}@gcp-sa-secretmanager.iam.gserviceaccount.com`,
    });
    const secret = only(json.resource.google_secret_manager_secret);
    expect(secret.topics).toEqual([{ name: `\${google_pubsub_topic.${topic}.id}` }]);
    expect(secret.depends_on).toEqual([`google_pubsub_topic_iam_member.${Object.keys(json.resource.google_pubsub_topic_iam_member)[0]}`]);
  });

  test("next_rotation_time is computed by Terraform from time_static and its drift is ignored", () => {
    const json = notified(Duration.days(30));
    const start = Object.keys(json.resource.time_static)[0];
    const secret = only(json.resource.google_secret_manager_secret);
    expect(secret.rotation).toEqual({
      rotation_period: "2592000s",
      next_rotation_time: `\${timeadd(time_static.${start}.rfc3339, "720h")}`,
    });
    expect(secret.lifecycle).toEqual({ ignore_changes: ["rotation[0].next_rotation_time"] });
  });

  test("custom topic name and topic CMEK", () => {
    const { stack } = newStack();
    const key = "projects/acme-kms/locations/europe-west1/keyRings/gates/cryptoKeys/pubsub";
    new Secret(stack, "Key", { secretId: "k", rotationNotification: { every: Duration.hours(1), topicName: "gate-rotations", topicKmsKeyName: key } });
    const json = synthJson(stack);
    expect(only(json.resource.google_pubsub_topic)).toEqual({ name: "gate-rotations", kms_key_name: key });
    expect(only(json.resource.google_secret_manager_secret).rotation.rotation_period).toBe("3600s");
  });

  test("without a notification the secret has no topics and no rotation", () => {
    const { stack } = newStack();
    new Secret(stack, "Key", { secretId: "k" });
    const json = synthJson(stack);
    expect(only(json.resource.google_secret_manager_secret).rotation).toBeUndefined();
    expect(json.resource.google_pubsub_topic).toBeUndefined();
  });
});

describe("secret validation", () => {
  test("fails on a notification period under 1 hour", () => {
    const { stack } = newStack();
    expect(() => new Secret(stack, "Key", { secretId: "k", rotationNotification: { every: Duration.minutes(30) } })).toThrow(
      "test-stack/Key: rotationNotification.every 30 minutes is not allowed (Secret Manager accepts whole seconds from 3600 to 3153600000, 1 hour to 100 years)",
    );
  });

  test("fails on a notification period over 100 years", () => {
    const { stack } = newStack();
    expect(() => new Secret(stack, "Key", { secretId: "k", rotationNotification: { every: Duration.days(36501) } })).toThrow(
      "test-stack/Key: rotationNotification.every 36501 days is not allowed (Secret Manager accepts whole seconds from 3600 to 3153600000, 1 hour to 100 years)",
    );
  });

  test("fails on a topic name starting with goog", () => {
    const { stack } = newStack();
    expect(() => new Secret(stack, "Key", { secretId: "k", rotationNotification: { every: Duration.days(1), topicName: "google-rotations" } })).toThrow(
      'test-stack/Key: rotationNotification.topicName "google-rotations" is not allowed (3-255 characters: letters, digits, ' +
        "'-', '_', '.', '~', '+', '%', starting with a letter and not with 'goog')",
    );
  });

  test("fails when the default topic name is invalid (secret id starting with a digit)", () => {
    const { stack } = newStack();
    expect(() => new Secret(stack, "Key", { secretId: "1-key", rotationNotification: { every: Duration.days(1) } })).toThrow(
      'test-stack/Key: rotationNotification.topicName "1-key-rotation" is not allowed (3-255 characters: letters, digits, ' +
        "'-', '_', '.', '~', '+', '%', starting with a letter and not with 'goog')",
    );
  });

  test("fails on a malformed topic KMS key", () => {
    const { stack } = newStack();
    expect(() => new Secret(stack, "Key", { secretId: "k", rotationNotification: { every: Duration.days(1), topicKmsKeyName: "my-key" } })).toThrow(
      'test-stack/Key: rotationNotification: kmsKeyName "my-key" is not allowed (projects/<project>/locations/<location>/keyRings/<ring>/cryptoKeys/<key>)',
    );
  });

  test("fails on a bad secret id", () => {
    const { stack } = newStack();
    expect(() => new Secret(stack, "Key", { secretId: "orders/key" })).toThrow(
      "test-stack/Key: secretId \"orders/key\" is not allowed (1-255 characters: letters, digits, '-' and '_')",
    );
  });

  test("fails on an uppercase label key", () => {
    const { stack } = newStack();
    expect(() => new Secret(stack, "Key", { secretId: "k", labels: { Team: "data" } })).toThrow(
      "test-stack/Key: label key \"Team\" is not allowed (1-63 characters: lowercase letters, digits, '_' and '-', starting with a letter)",
    );
  });

  test("fails on a label value with spaces", () => {
    const { stack } = newStack();
    expect(() => new Secret(stack, "Key", { secretId: "k", labels: { team: "data eng" } })).toThrow(
      "test-stack/Key: label team value \"data eng\" is not allowed (0-63 characters: lowercase letters, digits, '_' and '-')",
    );
  });

  test("fails on more than 64 labels", () => {
    const { stack } = newStack();
    const labels = Object.fromEntries(Array.from({ length: 65 }, (_, i) => [`l${i}`, "x"]));
    expect(() => new Secret(stack, "Key", { secretId: "k", labels })).toThrow("test-stack/Key: labels has 65 entries (at most 64)");
  });

  test("fails on a public reader", () => {
    const { stack } = newStack();
    const secret = new Secret(stack, "Key", { secretId: "k" });
    expect(() => secret.grantRead({ member: "allAuthenticatedUsers" })).toThrow(
      'test-stack/Key: grantRead member "allAuthenticatedUsers" is not allowed (an IAM principal such as ' +
        "'serviceAccount:ci@acme.iam.gserviceaccount.com', 'user:', 'group:', 'domain:', 'principal://' or 'principalSet://'; never allUsers or allAuthenticatedUsers)",
    );
  });

  test("fails on an automatic-replication key outside global", () => {
    expect(() => SecretReplication.automatic({ kmsKeyName: "projects/p/locations/europe-west1/keyRings/r/cryptoKeys/k" })).toThrow(
      'SecretReplication.automatic: kmsKeyName "projects/p/locations/europe-west1/keyRings/r/cryptoKeys/k" is in location "europe-west1" (it must be in "global")',
    );
  });

  test("fails on a replica key in another region", () => {
    expect(() => SecretReplication.userManaged([{ location: "europe-west4", kmsKeyName: "projects/p/locations/europe-west1/keyRings/r/cryptoKeys/k" }])).toThrow(
      'SecretReplication.userManaged: kmsKeyName "projects/p/locations/europe-west1/keyRings/r/cryptoKeys/k" is in location "europe-west1" (it must be in "europe-west4")',
    );
  });

  test("fails on a replica location listed twice", () => {
    expect(() => SecretReplication.userManaged([{ location: "europe-west1" }, { location: "europe-west1" }])).toThrow(
      'SecretReplication.userManaged: location "europe-west1" is listed twice',
    );
  });

  test("fails on a malformed replica location", () => {
    expect(() => SecretReplication.userManaged([{ location: "Europe" }])).toThrow(
      'SecretReplication.userManaged: location "Europe" is not allowed (a region name such as europe-west1)',
    );
  });

  test("fails without replicas", () => {
    expect(() => SecretReplication.userManaged([])).toThrow("SecretReplication.userManaged: give at least one replica location");
  });
});

describe("RotationSchedule", () => {
  test("uses the coarsest exact time_rotating unit", () => {
    const { stack } = newStack();
    new RotationSchedule(stack, "Days", { every: Duration.days(7) });
    new RotationSchedule(stack, "Hours", { every: Duration.hours(36) });
    new RotationSchedule(stack, "Minutes", { every: Duration.minutes(90) });
    const rotating = Object.values(synthJson(stack).resource.time_rotating);
    expect(rotating).toEqual([{ rotation_days: 7 }, { rotation_hours: 36 }, { rotation_minutes: 90 }]);
  });

  test("fails on a period under 1 hour", () => {
    const { stack } = newStack();
    expect(() => new RotationSchedule(stack, "R", { every: Duration.minutes(59) })).toThrow(
      "test-stack/R: every 59 minutes is not allowed (a whole number of minutes, from 1 hour to 365 days: a credential that lives longer than a year is not rotated in any useful sense)",
    );
  });

  test("fails on a period that is not whole minutes", () => {
    const { stack } = newStack();
    expect(() => new RotationSchedule(stack, "R", { every: Duration.seconds(3601) })).toThrow(
      "test-stack/R: every 3601 seconds is not allowed (a whole number of minutes, from 1 hour to 365 days: a credential that lives longer than a year is not rotated in any useful sense)",
    );
  });

  test("fails on a period over a year, wherever the schedule is made (a standalone GateServiceAccount's or StatusAutomation's too)", () => {
    const { stack } = newStack();
    expect(() => new RotationSchedule(stack, "R", { every: Duration.days(366) })).toThrow(
      "test-stack/R: every 366 days is not allowed (a whole number of minutes, from 1 hour to 365 days: a credential that lives longer than a year is not rotated in any useful sense)",
    );
    expect(() => new RotationSchedule(stack, "Decade", { every: Duration.days(3650) })).toThrow(
      "test-stack/Decade: every 3650 days is not allowed (a whole number of minutes, from 1 hour to 365 days: a credential that lives longer than a year is not rotated in any useful sense)",
    );
    expect(() => new RotationSchedule(stack, "Century", { every: Duration.days(36501) })).toThrow(
      "test-stack/Century: every 36501 days is not allowed (a whole number of minutes, from 1 hour to 365 days: a credential that lives longer than a year is not rotated in any useful sense)",
    );
    new RotationSchedule(stack, "Year", { every: Duration.days(365) });
    expect(Object.values(synthJson(stack).resource.time_rotating)).toEqual([{ rotation_days: 365 }]);
  });
});

describe("grantRead to a reference", () => {
  test("names the binding by the member's Terraform expression, so adding resources does not rename it", () => {
    const build = (extraFirst: boolean) => {
      const { stack } = newStack();
      if (extraFirst) new RotationSchedule(stack, "Unrelated"); // allocates tokens before the member's
      const member = Principal.fromMember(Token.asString({ resolve: () => "${google_service_account.gate.member}" }));
      const secret = new Secret(stack, "Key", { secretId: "k" });
      expect(secret.grantRead(member)).toBe(secret.grantRead(member));
      return Object.keys(synthJson(stack).resource.google_secret_manager_secret_iam_member);
    };
    const names = build(false);
    expect(names).toHaveLength(1);
    expect(names[0]).toMatch(/^Key_Read-google_service_accountgatemember_[0-9A-F]{8}$/);
    expect(build(true)).toEqual(names);
  });
});
