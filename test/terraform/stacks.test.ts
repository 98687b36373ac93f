// Real Terraform on every stack the reference app and the examples synthesize: `init` with no registry (every
// provider is served by the offline provider), `validate -json` with no error and no warning, `plan`, and an apply to
// a local state after which a new plan has nothing to do (so the provider's answers are consistent). A broken
// copy proves each check can fail: an attribute the schema lacks (Terraform core), a required attribute set to null
// and a read-only attribute set (the provider), a failing postcondition on a data source's fixture answer.
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { APPS, describeWithTerraform, Session, stackDirs, startTerraform } from "./support";
import { synthApp } from "../support/synth-app";

/** Each app synthesized once for the whole file (a test that changes the output changes a private copy). */
const synthesized = new Map<string, string>();
function outdirOf(app: string): string {
  if (!synthesized.has(app)) synthesized.set(app, synthApp(app));
  return synthesized.get(app)!;
}

describeWithTerraform("Terraform validates and plans every synthesized stack", () => {
  let tf: Session;
  beforeAll(async () => {
    tf = await startTerraform();
  });
  afterAll(async () => {
    await tf?.close();
  });

  test("the runs are pinned to Terraform 1.11.x", () => {
    expect(tf.version).toMatch(/^1\.11\.\d+$/);
  });

  describe.each(APPS)("%s", (app) => {
    let outdir: string;
    let stacks: string[];
    beforeAll(() => {
      outdir = outdirOf(app);
      stacks = stackDirs(outdir);
    });

    test("every stack initializes offline, validates with no error or warning, plans, applies, and then plans no changes", async () => {
      expect(stacks.length).toBeGreaterThan(0);
      // Data sources read what the app's other stacks define (the administrator's audit sink), not a fixture.
      tf.useWorldOf(outdir);
      for (const stack of stacks) {
        const dir = tf.copyStack(stack);
        await tf.init(dir);
        const v = await tf.validate(dir);
        expect([path.basename(stack), v.diagnostics]).toEqual([path.basename(stack), []]);
        expect(v).toMatchObject({ valid: true, error_count: 0, warning_count: 0 });
        const p = await tf.plan(dir);
        expect([path.basename(stack), p.errors, p.code]).toEqual([path.basename(stack), [], 2]);
        expect(p.summary!.add).toBeGreaterThan(0);
        await tf.apply(dir);
        expect([path.basename(stack), await tf.plan(dir, "replan")]).toEqual([path.basename(stack), expect.objectContaining({ code: 0, errors: [] })]);
        // The synthesized folder itself is never initialized.
        expect(fs.existsSync(path.join(stack, ".terraform"))).toBe(false);
        expect(fs.existsSync(path.join(stack, "backend_override.tf.json"))).toBe(false);
      }
    });
  });

  describe("a broken copy of the reference stack fails validate", () => {
    let reference: string;
    beforeAll(() => {
      reference = stackDirs(outdirOf("stacks/main.ts")).find((d) => path.basename(d) === "orders-gate-prod")!;
    });

    /** Validates a copy of the reference stack after `edit` changed its cdk.tf.json. */
    async function validateBroken(edit: (config: { resource: Record<string, Record<string, Record<string, unknown>>> }) => void) {
      const dir = tf.copyStack(reference, "broken");
      const file = path.join(dir, "cdk.tf.json");
      const config = JSON.parse(fs.readFileSync(file, "utf8"));
      edit(config);
      fs.writeFileSync(file, JSON.stringify(config, null, 2));
      await tf.init(dir);
      return tf.validate(dir);
    }
    const first = (config: { resource: Record<string, Record<string, Record<string, unknown>>> }, type: string) => ({
      body: Object.values(config.resource[type])[0],
    });

    test("an attribute the schema does not have (Terraform core, with file and line)", async () => {
      const v = await validateBroken((config) => {
        first(config, "google_apigee_api").body.bundle_path = "bundles/x.zip";
      });
      expect(v.valid).toBe(false);
      expect(v.diagnostics).toEqual([
        expect.objectContaining({ severity: "error", summary: "Extraneous JSON object property", detail: expect.stringContaining('No argument or block type is named "bundle_path"') }),
      ]);
      expect(v.diagnostics[0].range).toMatchObject({ filename: "cdk.tf.json", start: { line: expect.any(Number) } });
    });

    test("a required attribute set to null (the provider; Terraform core accepts it)", async () => {
      const v = await validateBroken((config) => {
        first(config, "google_apigee_environment_keyvaluemaps_entries").body.name = null;
      });
      expect(v.valid).toBe(false);
      expect(v.diagnostics).toEqual([
        expect.objectContaining({ severity: "error", summary: "Missing Configuration for Required Attribute", detail: expect.stringContaining("the name attribute") }),
      ]);
    });

    test("a value for an attribute the provider computes (the provider; Terraform core accepts it)", async () => {
      const v = await validateBroken((config) => {
        first(config, "google_apigee_api").body.latest_revision_id = "7";
      });
      expect(v.valid).toBe(false);
      expect(v.diagnostics).toEqual([
        expect.objectContaining({ severity: "error", summary: "Invalid Configuration for Read-Only Attribute", detail: expect.stringContaining("the latest_revision_id attribute") }),
      ]);
    });
  });

  test("a stack requiring a provider with no pinned schema is refused before terraform init tries a registry", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "unserved-"));
    fs.writeFileSync(path.join(dir, "main.tf.json"), JSON.stringify({ terraform: { required_providers: { aws: { source: "hashicorp/aws" } } } }));
    await expect(tf.init(tf.copyStack(dir, "unserved"))).rejects.toThrow("requires providers the offline provider does not serve (no schema in schemas/terraform/): aws (registry.terraform.io/hashicorp/aws)");
  });

  test("data.http answers from its fixtures, so lifecycle postconditions are evaluated on a real-looking document", async () => {
    const url = "https://accounts.google.com/.well-known/openid-configuration";
    const stack = (expectedIssuer: string) => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), "discovery-"));
      const config = {
        terraform: { required_providers: { http: { source: "hashicorp/http" } } },
        data: {
          http: {
            discovery: {
              url,
              lifecycle: {
                postcondition: [
                  { condition: "${self.status_code == 200}", error_message: "not 200" },
                  { condition: `\${jsondecode(self.response_body).issuer == "${expectedIssuer}"}`, error_message: "another issuer" },
                  { condition: '${startswith(jsondecode(self.response_body).jwks_uri, "https://")}', error_message: "jwks_uri is not https" },
                ],
              },
            },
          },
        },
      };
      fs.writeFileSync(path.join(dir, "main.tf.json"), JSON.stringify(config));
      return tf.copyStack(dir, "discovery");
    };
    const good = stack("https://accounts.google.com");
    await tf.init(good);
    expect(await tf.plan(good)).toMatchObject({ code: 0, errors: [] });
    const bad = stack("https://accounts.google.com/other");
    await tf.init(bad);
    const p = await tf.plan(bad);
    expect(p.code).toBe(1);
    expect(p.errors).toEqual([expect.objectContaining({ summary: "Resource postcondition failed", detail: "another issuer" })]);
  });

  test("a gate's plan reads the administrator's audit sink from the same output, and fails when the sink does not route its log", async () => {
    // A private copy: this test rewrites the administrator's stack in it.
    const outdir = fs.mkdtempSync(path.join(os.tmpdir(), "synth-main-unrouted-"));
    fs.cpSync(outdirOf("stacks/main.ts"), outdir, { recursive: true });
    const gate = stackDirs(outdir).find((d) => path.basename(d) === "orders-gate-prod")!;
    tf.useWorldOf(outdir);
    const routed = tf.copyStack(gate, "routed");
    await tf.init(routed);
    expect(await tf.plan(routed)).toMatchObject({ code: 2, errors: [] });

    // The administrator's route without the gate's log: the gate must not go live with its records unrouted.
    const admin = path.join(outdir, "stacks", "gate-admin-prod", "cdk.tf.json");
    const config = JSON.parse(fs.readFileSync(admin, "utf8"));
    for (const sink of Object.values(config.resource.google_logging_project_sink) as { filter: string }[]) {
      sink.filter = sink.filter.replace(/logName="projects\/acme-data-prod\/logs\/orders-gate-audit"( OR )?/, "").replace(/ OR $/, "") || 'logName="projects/acme-data-prod/logs/other"';
    }
    fs.writeFileSync(admin, JSON.stringify(config));
    tf.useWorldOf(outdir);
    const unrouted = tf.copyStack(gate, "unrouted");
    await tf.init(unrouted);
    const p = await tf.plan(unrouted);
    expect(p.code).toBe(1);
    expect(p.errors).toEqual([
      expect.objectContaining({
        summary: "Resource postcondition failed",
        detail: expect.stringContaining("does not route the gate's log projects/acme-data-prod/logs/orders-gate-audit"),
      }),
    ]);
  });
});
