// cdk-nag style: each rule passes on the compliant gate, the generator's own bundle, and fails, with its full message,
// when that bundle is broken one way.
import { RULES } from "../../src/checks/rules";
import { BUNDLE, check, edit, failures, gateBundle, gateConfig, gateInput } from "./fixtures";

const PROXY = "apiproxy/proxies/default.xml";
const VJ = "apiproxy/policies/VJWT-okta.xml";
const at = (file: string) => `${BUNDLE}:${file}`;
const TRIGGER = "PreFlow > Flow triggerRun > PostFlow";
const READ = "PreFlow > Flow readRun > PostFlow";
const EVENTS = "PreFlow > Flow statusEvents > PostFlow";

/** A step of the proxy endpoint as the generator renders it (name, then an optional condition). */
const step = (name: string) => new RegExp(`\\s*<Step>\\s*<Name>${name}</Name>(\\s*<Condition>[^<]*</Condition>)?\\s*</Step>`);
/** Every per-issuer VerifyJWT step of the gate (one per accepted iss spelling, each under its issuer's condition). */
const VERIFY_JWT_STEPS = /\s*<Step>\s*<Name>VJWT-[^<]*<\/Name>\s*<Condition>[^<]*<\/Condition>\s*<\/Step>/g;
/** Where to insert steps right before the token is decoded (after the checks of the raw request). */
const BEFORE_DECODE = /(<Step>\s*<Name>JWT-Decode<\/Name>)/;
/** The status events flow's first Secret Manager read (a ServiceCallout: that path's upstream call). */
const AFTER_WEBHOOK_CALLOUT = /(<Name>SC-WebhookSecret<\/Name>\s*<Condition>[^<]*<\/Condition>\s*<\/Step>)/;

/** [resource, message] of a rule's failures. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function fails(rule: string, bundle = gateBundle(), config: any = gateConfig()): [string, string][] {
  return failures(check(gateInput(config, bundle)), rule).map((f) => [f.resource, f.message]);
}

/** The message on every caller-and-events path of the proxy, for a problem all three share. */
const onEveryPath = (problem: string) => [TRIGGER, READ, EVENTS].map((p) => `${p}: ${problem}`).join("; ");

describe("the compliant gate", () => {
  const report = check();

  test("passes every rule, and every rule examined something", () => {
    expect(report.findings.filter((f) => f.result !== "pass")).toEqual([]);
    expect([...new Set(report.findings.map((f) => f.rule))]).toEqual(RULES.map((r) => r.id));
  });

  test("rules have unique ids, one-line titles and fix hints; the core set is fixed", () => {
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
    for (const rule of RULES) {
      expect(rule.title).not.toMatch(/\n/);
      expect(rule.fix.length).toBeGreaterThan(20);
    }
    expect(RULES.filter((r) => r.core).map((r) => r.id)).toEqual(["GP001", "GP002", "GP003", "GP005", "GP008"]);
  });
});

describe("GP001 JWT verification before any upstream call", () => {
  test("fails when VerifyJWT is not in the request path", () => {
    const bundle = edit(gateBundle(), PROXY, VERIFY_JWT_STEPS, "");
    expect(fails("GP001", bundle)).toEqual([[at(PROXY), onEveryPath("no VerifyJWT step before the upstream call")]]);
  });

  test("fails when VerifyJWT comes after a ServiceCallout", () => {
    let bundle = edit(gateBundle(), PROXY, VERIFY_JWT_STEPS, "");
    bundle = edit(bundle, PROXY, AFTER_WEBHOOK_CALLOUT, "$1<Step><Name>VJWT-okta</Name></Step>");
    expect(fails("GP001", bundle)[0][1]).toBe(
      `${TRIGGER}: no VerifyJWT step before the upstream call; ${READ}: no VerifyJWT step before the upstream call; ${EVENTS}: VerifyJWT step VJWT-okta comes after the upstream call`,
    );
  });

  test("fails when continueOnError is true", () => {
    const bundle = edit(gateBundle(), VJ, 'continueOnError="false"', 'continueOnError="true"');
    expect(fails("GP001", bundle)).toEqual([[at(PROXY), onEveryPath('VerifyJWT policy VJWT-okta has continueOnError="true"')]]);
  });

  test("fails when the policy is disabled", () => {
    const bundle = edit(gateBundle(), VJ, 'enabled="true"', 'enabled="false"');
    expect(fails("GP001", bundle)).toEqual([[at(PROXY), onEveryPath('VerifyJWT policy VJWT-okta is disabled (enabled="false")')]]);
  });

  test("fails when a Condition can skip it: more than its issuer's selection, so the issuer_unknown refusal no longer covers it", () => {
    const bundle = edit(
      gateBundle(),
      PROXY,
      "<Condition>gate.issuer_policy = &quot;okta&quot;</Condition>",
      "<Condition>gate.issuer_policy = &quot;okta&quot; and request.header.x-skip = null</Condition>",
    );
    expect(fails("GP001", bundle)).toEqual([
      [at(PROXY), onEveryPath("VerifyJWT steps VJWT-okta, VJWT-entra, VJWT-google, VJWT-google__1 are conditional and no RaiseFault before the upstream call refuses requests none of them verified")],
    ]);
  });

  test("passes a CORS preflight exemption, and per-issuer VerifyJWTs closed by a RaiseFault on their results", () => {
    const preflight = edit(edit(gateBundle(), PROXY, VERIFY_JWT_STEPS, ""), PROXY, BEFORE_DECODE, '<Step><Condition>request.verb != "OPTIONS"</Condition><Name>VJWT-okta</Name></Step>$1');
    expect(fails("GP001", preflight)).toEqual([]);
    const guarded = edit(
      edit(gateBundle(), PROXY, VERIFY_JWT_STEPS, ""),
      PROXY,
      BEFORE_DECODE,
      '<Step><Condition>request.header.x-issuer = "okta"</Condition><Name>VJWT-okta</Name></Step>' +
        "<Step><Condition>jwt.VJWT-okta.valid != true</Condition><Name>RF-issuer_unknown</Name></Step>$1",
    );
    expect(fails("GP001", guarded)).toEqual([]);
    // The generator's gate: one VerifyJWT per issuer selection, and issuer_unknown for every other selection. A refusal
    // that names another value leaves the okta selection unverified.
    expect(fails("GP001")).toEqual([]);
    const wrongComplement = edit(gateBundle(), PROXY, "(gate.issuer_policy != &quot;okta&quot;)", "(gate.issuer_policy != &quot;evil&quot;)");
    expect(fails("GP001", wrongComplement).length).toBe(1);
  });

  test("fails closed when the proxy's bundle is not available", () => {
    const input = { ...gateInput(), bundles: new Map() };
    expect(failures(check(input), "GP001").map((f) => [f.resource, f.message])).toEqual([
      ["google_apigee_api.gate", 'bundle "bundles/orders-gate.zip" was not available to the check, so its content cannot be verified'],
    ]);
  });

  test("follows a FlowCallout into a shared flow of the same stack", () => {
    const config = gateConfig();
    config.resource.google_apigee_sharedflow = { security: { name: "sf-security", org_id: "acme-data-prod", config_bundle: "bundles/sf-security.zip" } };
    let bundle = edit(gateBundle(), PROXY, VERIFY_JWT_STEPS, "");
    bundle = edit(bundle, PROXY, BEFORE_DECODE, "<Step><Name>FC-Security</Name></Step>$1");
    bundle = new Map(bundle).set("apiproxy/policies/FC-Security.xml", '<FlowCallout name="FC-Security"><SharedFlowBundle>sf-security</SharedFlowBundle></FlowCallout>');
    const shared = new Map([
      ["sharedflowbundle/sharedflows/default.xml", '<SharedFlow name="default"><Step><Name>VJWT-okta</Name></Step></SharedFlow>'],
      ["sharedflowbundle/policies/VJWT-okta.xml", gateBundle().get(VJ)!],
    ]);
    const input = { stackName: "s", config, bundles: new Map([[BUNDLE, bundle], ["bundles/sf-security.zip", shared]]) };
    expect(failures(check(input), "GP001")).toEqual([]);
    const withoutSharedFlow = { ...input, bundles: new Map([[BUNDLE, bundle]]) };
    expect(failures(check(withoutSharedFlow), "GP001").map((f) => f.resource)).toEqual([at(PROXY)]);
  });
});

describe("GP002 issuer and audience", () => {
  test("fails without Issuer and Audience, or when unresolved variables or critical headers are ignored", () => {
    let bundle = edit(gateBundle(), VJ, "<Issuer>https://acme.okta.com/oauth2/aus1abc</Issuer>", "");
    bundle = edit(bundle, VJ, "<Audience>api://orders-gate</Audience>", "");
    bundle = edit(bundle, VJ, "<IgnoreCriticalHeaders>false", "<IgnoreCriticalHeaders>true");
    bundle = edit(bundle, VJ, "<IgnoreUnresolvedVariables>false", "<IgnoreUnresolvedVariables>true");
    expect(fails("GP002", bundle)).toEqual([
      [
        at(VJ),
        "VerifyJWT VJWT-okta: no <Issuer> (an omitted issuer is not checked); no <Audience> (an omitted audience is not checked); IgnoreUnresolvedVariables is true; IgnoreCriticalHeaders is true",
      ],
    ]);
  });

  test("passes issuer and audience given by ref", () => {
    // The generator's entra issuer is known only after apply: its VerifyJWT reads both from KVM-read variables.
    expect(gateBundle().get("apiproxy/policies/VJWT-entra.xml")).toMatch(/<Issuer ref="gate\.kvm\.[^"]+"\/>[\s\S]*<Audience ref="gate\.kvm\.[^"]+"\/>/);
    let bundle = edit(gateBundle(), VJ, "<Issuer>https://acme.okta.com/oauth2/aus1abc</Issuer>", '<Issuer ref="gate.okta.issuer"/>');
    bundle = edit(bundle, VJ, "<Audience>api://orders-gate</Audience>", '<Audience ref="gate.okta.audience"/>');
    expect(fails("GP002", bundle)).toEqual([]);
  });
});

describe("GP003 asymmetric algorithm allowlist", () => {
  test("fails on HS256 next to RS256, and on a shared secret key", () => {
    let bundle = edit(gateBundle(), VJ, "<Algorithm>RS256,ES256</Algorithm>", "<Algorithm>RS256,ES256,HS256</Algorithm>");
    bundle = edit(bundle, VJ, /<PublicKey>[\s\S]*?<\/PublicKey>/, '<SecretKey><Value ref="private.key"/></SecretKey>');
    expect(fails("GP003", bundle)).toEqual([
      [at(VJ), 'VerifyJWT VJWT-okta: algorithms ["HS256"] are not allowed (only RS256, RS384, RS512, PS256, PS384, PS512, ES256, ES384, ES512); <SecretKey> (a shared secret) is not allowed; no <PublicKey>'],
    ]);
  });

  test("fails on a missing allowlist, a plain-http JWKS and certificate keys", () => {
    const noAlg = edit(gateBundle(), VJ, "<Algorithm>RS256,ES256</Algorithm>", "");
    expect(fails("GP003", noAlg)[0][1]).toBe("VerifyJWT VJWT-okta: no <Algorithm> allowlist");
    const http = edit(gateBundle(), VJ, 'uri="https://', 'uri="http://');
    expect(fails("GP003", http)[0][1]).toBe('VerifyJWT VJWT-okta: JWKS uri "http://acme.okta.com/oauth2/aus1abc/v1/keys" is not https');
    const cert = edit(gateBundle(), VJ, /<JWKS[^>]*\/>/, '<Certificate ref="cert"/>');
    expect(fails("GP003", cert)[0][1]).toBe("VerifyJWT VJWT-okta: <Certificate> keys are not allowed (VerifyJWT checks neither their chain nor their expiry)");
  });

  test("passes RS256 and ES256 together with a JWKS from a variable", () => {
    let bundle = edit(gateBundle(), VJ, "<Algorithm>RS256,ES256</Algorithm>", "<Algorithm>RS256, ES256</Algorithm>");
    bundle = edit(bundle, VJ, /<JWKS[^>]*\/>/, '<JWKS uriRef="gate.okta.jwks_uri"/>');
    expect(fails("GP003", bundle)).toEqual([]);
  });
});

describe("GP004 clock skew and lifetime", () => {
  test("fails on a 5 minute TimeAllowance and no MaxLifespan", () => {
    let bundle = edit(gateBundle(), VJ, "<TimeAllowance>1m</TimeAllowance>", "<TimeAllowance>5m</TimeAllowance>");
    bundle = edit(bundle, VJ, "<MaxLifespan>1h</MaxLifespan>", "");
    expect(fails("GP004", bundle)).toEqual([[at(VJ), 'VerifyJWT VJWT-okta: TimeAllowance "5m" exceeds 60s; no <MaxLifespan>']]);
  });

  test("passes a 30s allowance and an omitted one (Apigee's default is 0)", () => {
    expect(fails("GP004", edit(gateBundle(), VJ, "<TimeAllowance>1m</TimeAllowance>", "<TimeAllowance>30s</TimeAllowance>"))).toEqual([]);
    expect(fails("GP004", edit(gateBundle(), VJ, "<TimeAllowance>1m</TimeAllowance>", ""))).toEqual([]);
  });
});

describe("GP005 no service account keys", () => {
  test("fails on any google_service_account_key, even a plain generated one", () => {
    const config = gateConfig();
    config.resource.google_service_account_key = { ci: { service_account_id: "ci@acme-data-prod.iam.gserviceaccount.com" } };
    expect(fails("GP005", undefined, config)).toEqual([
      ["google_service_account_key.ci", "google_service_account_key.ci defines a user-managed service account key, a long-lived credential"],
    ]);
  });
});

describe("GP006 no primitive or admin roles", () => {
  test("fails on roles/editor, a predefined admin role and an admin role inside an IAM policy", () => {
    const config = gateConfig();
    config.resource.google_project_iam_member.deployer = { project: "p", role: "roles/editor", member: "serviceAccount:d@p.iam.gserviceaccount.com" };
    config.resource.google_secret_manager_secret_iam_binding = { rotator: { secret_id: "s", role: "roles/secretmanager.admin", members: ["serviceAccount:r@p.iam.gserviceaccount.com"] } };
    config.data.google_iam_policy = { topic: { binding: [{ role: "roles/pubsub.publisher", members: ["x"] }, { role: "roles/pubsub.Admin", members: ["y"] }] } };
    config.resource.google_pubsub_topic_iam_policy = { topic: { topic: "t", policy_data: "${data.google_iam_policy.topic.policy_data}" } };
    expect(fails("GP006", undefined, config)).toEqual([
      ["data.google_iam_policy.topic", "data.google_iam_policy.topic grants predefined admin role roles/pubsub.Admin"],
      ["google_project_iam_member.deployer", "google_project_iam_member.deployer grants primitive role roles/editor"],
      ["google_pubsub_topic_iam_policy.topic", "google_pubsub_topic_iam_policy.topic grants predefined admin role roles/pubsub.Admin"],
      ["google_secret_manager_secret_iam_binding.rotator", "google_secret_manager_secret_iam_binding.rotator grants predefined admin role roles/secretmanager.admin"],
    ]);
  });
});

describe("GP007 no impersonation roles at project level", () => {
  test("fails on serviceAccountTokenCreator granted on the project", () => {
    const config = gateConfig();
    config.resource.google_project_iam_member.ci = { project: "p", role: "roles/iam.serviceAccountTokenCreator", member: "user:ci@acme.example" };
    expect(fails("GP007", undefined, config)).toEqual([
      ["google_project_iam_member.ci", "google_project_iam_member.ci grants roles/iam.serviceAccountTokenCreator on every service account of the project"],
    ]);
  });

  test("passes the same role granted on one service account", () => {
    const config = gateConfig();
    config.resource.google_service_account_iam_member = { ci: { service_account_id: "x", role: "roles/iam.serviceAccountTokenCreator", member: "user:ci@acme.example" } };
    expect(fails("GP007", undefined, config)).toEqual([]);
  });
});

describe("GP008 secrets only write-only", () => {
  test("fails on secret_data, which lands in state", () => {
    const config = gateConfig();
    config.resource.google_secret_manager_secret_version.plain = { secret: "s", secret_data: "${prefect_service_account.gate.api_key}" };
    expect(fails("GP008", undefined, config)).toEqual([
      [
        "google_secret_manager_secret_version.plain",
        "google_secret_manager_secret_version.plain sets secret_data, which is stored in Terraform state; has no secret_data_wo; has no secret_data_wo_version, so a new value is never sent",
      ],
    ]);
  });
});

describe("GP009 secret version bound to a rotation", () => {
  test("fails on a constant write-only version", () => {
    const config = gateConfig();
    config.resource.google_secret_manager_secret_version.key_v.secret_data_wo_version = 1;
    expect(fails("GP009", undefined, config)).toEqual([
      ["google_secret_manager_secret_version.key_v", "google_secret_manager_secret_version.key_v secret_data_wo_version 1 does not reference a time_rotating, so a rotated value would never be written"],
    ]);
  });
});

describe("GP010 no output exposing a credential", () => {
  test("fails on the Prefect key, even as a sensitive output, and on a whole service account", () => {
    const config = gateConfig();
    config.output.key = { value: "${prefect_service_account.gate.api_key}", sensitive: true };
    config.output.sa = { value: "${prefect_service_account.gate}" };
    expect(fails("GP010", undefined, config)).toEqual([
      ["output.key", "output.key exposes prefect_service_account.gate.api_key"],
      ["output.sa", "output.sa exposes prefect_service_account.gate"],
    ]);
  });

  test("passes a secret's name", () => {
    const config = gateConfig();
    config.output.secret = { value: "${google_secret_manager_secret_version.key_v.secret}" };
    expect(fails("GP010", undefined, config)).toEqual([]);
  });
});

describe("GP011 audit logging", () => {
  test("fails when the audit policy is not in PostClientFlow", () => {
    const bundle = edit(gateBundle(), PROXY, step("ML-Audit"), "");
    expect(fails("GP011", bundle)).toEqual([[at(PROXY), "no enabled, unconditional MessageLogging step with <CloudLogging> in PostClientFlow"]]);
  });

  test("fails when the record holds the Authorization header, a private variable or the token", () => {
    const bundle = edit(
      gateBundle(),
      "apiproxy/policies/ML-Audit.xml",
      "&quot;messageid&quot;:&quot;{messageid}&quot;",
      "&quot;auth&quot;:&quot;{request.header.Authorization}&quot;,&quot;key&quot;:&quot;{private.prefect.api_key}&quot;,&quot;jwt&quot;:&quot;{jwt.VJWT-okta.token}&quot;",
    );
    expect(fails("GP011", bundle)).toEqual([
      [
        at("apiproxy/policies/ML-Audit.xml"),
        "MessageLogging ML-Audit logs {request.header.Authorization} (the Authorization header), {private.prefect.api_key} (a private.* variable), {jwt.VJWT-okta.token} (the JWT itself)",
      ],
    ]);
  });
});

describe("GP012 spike arrest and quota before upstream", () => {
  test("fails when the quota is missing and spike arrest runs after the upstream call", () => {
    let bundle = edit(gateBundle(), PROXY, step("Q-Product"), "");
    bundle = edit(bundle, PROXY, step("SA-Caller"), "");
    bundle = edit(bundle, PROXY, step("SA-ClientIp"), "");
    bundle = edit(bundle, PROXY, AFTER_WEBHOOK_CALLOUT, "$1<Step><Name>SA-ClientIp</Name></Step>");
    expect(fails("GP012", bundle)[0][1]).toBe(
      `${TRIGGER}: no SpikeArrest step before the upstream call; ` +
        `${TRIGGER}: no Quota step before the upstream call; ` +
        // Reads start no run: the spike arrest bounds them, the product quota does not apply.
        `${READ}: no SpikeArrest step before the upstream call; ` +
        `${EVENTS}: SpikeArrest step SA-ClientIp comes after the upstream call`,
    );
  });
});

describe("GP013 target TLS and timeouts", () => {
  const TARGET = "apiproxy/targets/prefect.xml";

  test("fails on plain http, missing Enforce, ignored validation errors and missing or long timeouts", () => {
    // The gate reaches Prefect through a target server (TLS is its s_sl_info); here the target is a URL instead.
    let bundle = edit(
      gateBundle(),
      TARGET,
      /<LoadBalancer>[\s\S]*<\/Path>/,
      "<SSLInfo><Enabled>true</Enabled><IgnoreValidationErrors>true</IgnoreValidationErrors></SSLInfo><URL>http://api.prefect.cloud</URL>",
    );
    bundle = edit(bundle, TARGET, '<Property name="connect.timeout.millis">3000</Property>', "");
    bundle = edit(bundle, TARGET, ">10000<", ">120000<");
    const config = gateConfig();
    config.resource.google_apigee_target_server.prefect.s_sl_info = { enabled: true };
    expect(fails("GP013", bundle, config)).toEqual([
      [
        at(TARGET),
        'TargetEndpoint prefect: no connect.timeout.millis property; io.timeout.millis "120000" is not a number of milliseconds <= 55000; URL "http://api.prefect.cloud" is not https; SSLInfo Enforce is not true; SSLInfo IgnoreValidationErrors is true',
      ],
      ["google_apigee_target_server.prefect", "google_apigee_target_server.prefect: s_sl_info.enforce is not true"],
    ]);
  });
});

describe("GP014 idempotency key enforced", () => {
  test("fails when a POST route reaches the upstream without the Idempotency-Key check", () => {
    // The repeated-header and shape checks also read the header, but neither refuses a request without it.
    const bundle = edit(gateBundle(), PROXY, step("RF-idempotency_key_missing"), "");
    expect(fails("GP014", bundle)).toEqual([[at(PROXY), `${TRIGGER}: reaches the upstream without requiring the Idempotency-Key header`]]);
  });

  test("fails when the fault does not answer 400", () => {
    const bundle = edit(gateBundle(), "apiproxy/policies/RF-idempotency_key_missing.xml", "<StatusCode>400</StatusCode>", "<StatusCode>200</StatusCode>");
    expect(fails("GP014", bundle)).toEqual([[at(PROXY), `${TRIGGER}: reaches the upstream without requiring the Idempotency-Key header`]]);
  });
});

describe("GP015 Prefect service account no broader than Runner", () => {
  test("fails on an Admin account role and the Developer workspace role", () => {
    const config = gateConfig();
    config.resource.prefect_service_account.gate.account_role_name = "Admin";
    config.data.prefect_workspace_role.runner.name = "Developer";
    expect(fails("GP015", undefined, config)).toEqual([
      ["prefect_service_account.gate", 'prefect_service_account.gate account_role_name "Admin" is not allowed (Member only)'],
      ["prefect_workspace_access.gate", 'prefect_workspace_access.gate: the workspace role "Developer" is broader than Runner'],
    ]);
  });

  test("fails on a custom role with write scopes and on a literal role id; passes a custom run-only role", () => {
    const config = gateConfig();
    config.resource.prefect_workspace_role = { gate: { name: "gate-runner", scopes: ["see_flows", "run_deployments", "write_deployments"] } };
    config.resource.prefect_workspace_access.gate.workspace_role_id = "${prefect_workspace_role.gate.id}";
    config.resource.prefect_workspace_access.other = { accessor_type: "SERVICE_ACCOUNT", accessor_id: "x", workspace_role_id: "3f0c0000-0000-4000-8000-000000000009" };
    expect(fails("GP015", undefined, config)).toEqual([
      ["prefect_workspace_access.gate", 'prefect_workspace_access.gate: the custom workspace role "gate-runner" holds scopes ["write_deployments"] beyond Runner'],
      [
        "prefect_workspace_access.other",
        'prefect_workspace_access.other: workspace_role_id "3f0c0000-0000-4000-8000-000000000009" is not a reference to a prefect_workspace_role, so its breadth cannot be verified',
      ],
    ]);
    config.resource.prefect_workspace_role.gate.scopes = ["see_flows", "run_deployments"];
    delete config.resource.prefect_workspace_access.other;
    expect(fails("GP015", undefined, config)).toEqual([]);
  });
});

describe("GP016 rotation invariant", () => {
  test("fails when the old key dies before the gate's cache expires", () => {
    const config = gateConfig();
    config.resource.prefect_service_account.gate.old_key_expires_in_seconds = 300;
    // The rule takes the longest cache or KVM expiry of the bundle: here the status events' id cache (the replay window
    // plus skew, 660 s), longer than the key's own 300 s. Conservative: it never takes a shorter TTL than the key's.
    expect(fails("GP016", undefined, config)).toEqual([
      ["prefect_service_account.gate", "prefect_service_account.gate: old_key_expires_in_seconds 300 is not greater than the gate's key cache TTL 660"],
    ]);
  });

  test("fails on the documented no-grace pattern, an overlap over 48 h, and no overlap at all", () => {
    const config = gateConfig();
    config.resource.prefect_service_account.gate.api_key_expiration = "${time_rotating.rotation.rotation_rfc3339}";
    config.resource.prefect_service_account.gate.old_key_expires_in_seconds = 172801;
    config.resource.prefect_service_account.other = { name: "other" };
    expect(fails("GP016", undefined, config)).toEqual([
      [
        "prefect_service_account.gate",
        'prefect_service_account.gate: api_key_expiration "${time_rotating.rotation.rotation_rfc3339}" is not timeadd(<time_rotating>..., <grace>); old_key_expires_in_seconds 172801 exceeds 172800',
      ],
      [
        "prefect_service_account.other",
        "prefect_service_account.other: api_key_expiration is not set, so the key never rotates; old_key_expires_in_seconds is not set, so the old key dies at rotation",
      ],
    ]);
  });

  test("reads the cache TTL from a KVM's ExpiryTimeInSecs", () => {
    const bundle = new Map(gateBundle()).set(
      "apiproxy/policies/KVM-Config.xml",
      '<KeyValueMapOperations name="KVM-Config" mapIdentifier="gate"><ExpiryTimeInSecs>7200</ExpiryTimeInSecs><Get assignTo="x"><Key><Parameter>k</Parameter></Key></Get></KeyValueMapOperations>',
    );
    expect(fails("GP016", bundle)[0][1]).toBe("prefect_service_account.gate: old_key_expires_in_seconds 3600 is not greater than the gate's key cache TTL 7200");
  });
});

describe("GP017 distributed quota (warning)", () => {
  test("warns on a quota counted per message processor", () => {
    const bundle = edit(gateBundle(), "apiproxy/policies/Q-Product.xml", "<Distributed>true</Distributed>", "");
    const report = check(gateInput(gateConfig(), bundle));
    expect(failures(report, "GP017")).toEqual([
      {
        rule: "GP017",
        level: "warning",
        resource: at("apiproxy/policies/Q-Product.xml"),
        result: "fail",
        message: "Quota Q-Product is not distributed, so each message processor counts on its own",
      },
    ]);
  });
});

describe("GP023 audit log kept in a dedicated bucket (warning)", () => {
  const ML = at("apiproxy/policies/ML-Audit.xml");

  test("warns when no sink routes the gate's log, and when the bucket keeps it under 90 days", () => {
    const config = gateConfig();
    delete config["//"].gated_pipeline;
    delete config.data.google_logging_sink;
    expect(fails("GP023", gateBundle(), config)).toEqual([
      [
        ML,
        "MessageLogging ML-Audit writes to projects/acme-data-prod/logs/orders-gate-audit, which no sink of this stack routes to a dedicated log bucket and no data.google_logging_sink verifies: the records stay in the _Default bucket (30 days, mixed with every other log)",
      ],
    ]);
    const short = gateConfig();
    short["//"].gated_pipeline.audit_trails.audit.retention_days = 89;
    expect(fails("GP023", gateBundle(), short)).toEqual([
      [
        ML,
        "MessageLogging ML-Audit writes to projects/acme-data-prod/logs/orders-gate-audit: data.google_logging_sink.audit routes it to projects/acme-data-prod/locations/global/buckets/gate-audit, which keeps it 89 days (under 90)",
      ],
    ]);
  });

  test("accepts a trail in the gate's own stack (a sink of the whole log to a bucket kept 90 days or more)", () => {
    const config = gateConfig();
    delete config["//"].gated_pipeline;
    delete config.data.google_logging_sink;
    config.resource.google_logging_project_bucket_config = { audit: { project: "acme-data-prod", location: "global", bucket_id: "gate-audit", retention_days: 400 } };
    config.resource.google_logging_project_sink = {
      audit: {
        project: "acme-data-prod",
        name: "gate-audit",
        destination: "logging.googleapis.com/${google_logging_project_bucket_config.audit.id}",
        filter: 'logName="projects/acme-data-prod/logs/orders-gate-audit"',
      },
    };
    expect(fails("GP023", gateBundle(), config)).toEqual([]);
    config.resource.google_logging_project_bucket_config.audit.retention_days = 89;
    expect(fails("GP023", gateBundle(), config)).toEqual([
      [
        ML,
        "MessageLogging ML-Audit writes to projects/acme-data-prod/logs/orders-gate-audit: google_logging_project_sink.audit routes it to google_logging_project_bucket_config.audit, which keeps it 89 days (under 90)",
      ],
    ]);
    // The trail's types are the administrator's: in a stack CI applies, GP020 refuses them.
    expect(fails("GP020", gateBundle(), config).map(([resource]) => resource)).toEqual([
      "google_logging_project_bucket_config.audit",
      "google_logging_project_sink.audit",
    ]);
  });

  test("reads the log name as Apigee resolves {organization.name}: the organization the proxy is uploaded to", () => {
    const bundle = edit(gateBundle(), "apiproxy/policies/ML-Audit.xml", "projects/acme-data-prod/logs", "projects/{organization.name}/logs");
    expect(fails("GP023", bundle)).toEqual([]);
  });
});

describe("GP024 every API product carries a quota (warning)", () => {
  const product = (extra: object = {}, operationQuota?: object) => ({
    name: "orders-nightly",
    org_id: "acme-data-prod",
    operation_group: {
      operation_config_type: "proxy",
      operation_configs: [
        { api_source: "${google_apigee_api.gate.name}", operations: [{ resource: "/deployments/orders-etl-nightly/runs", methods: ["POST"] }], quota: operationQuota },
        { api_source: "${google_apigee_api.gate.name}", operations: [{ resource: "/runs/*", methods: ["GET"] }], quota: operationQuota },
      ],
    },
    ...extra,
  });
  const withProduct = (body: object) => {
    const config = gateConfig();
    config.resource.google_apigee_api_product = { nightly: body };
    return config;
  };

  test("passes with a product quota, or with a quota on every operation", () => {
    expect(fails("GP024", gateBundle(), withProduct(product({ quota: "10", quota_interval: "1", quota_time_unit: "minute" })))).toEqual([]);
    expect(fails("GP024", gateBundle(), withProduct(product({}, { limit: "5", interval: "1", time_unit: "minute" })))).toEqual([]);
  });

  test("warns about a product without one, naming the default the proxy's product Quota falls back to", () => {
    const found = fails("GP024", gateBundle(), withProduct(product()));
    expect(found).toHaveLength(1);
    expect(found[0][0]).toBe("google_apigee_api_product.nightly");
    expect(found[0][1]).toMatch(
      /^product "orders-nightly" has no quota, so its callers are limited by the spike arrests only: the proxy's product Quota falls back to its default of \d+ per 1 minute$/,
    );
  });

  test("is a warning that a reason can suppress", () => {
    const rule = RULES.find((r) => r.id === "GP024");
    expect(rule).toMatchObject({ level: "warning", core: false });
  });
});
