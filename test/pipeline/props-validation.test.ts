// Every problem of a stack's props in one synthesis, each with its construct path, field, value and what is allowed,
// before anything is defined; and the warnings the docs promise (a product without a quota, a region Google does not
// list, an Apigee organization that is not the stack's project).
import * as fs from "fs";
import * as path from "path";
import { App, TerraformStack, Testing } from "cdktf";
import { checkCommand } from "../../src/cli/check-command";
import { ClientIpResolution, Duration, GatedPipeline, GatedPipelineAdminStack, GatedPipelineStack, GatedPipelineStackPipeline, PrefectDeployments, PrefectWorkspace, Quota } from "../../src";
import { readJson, stackDir } from "../helpers";
import { ACCOUNT_ID, DEPLOYMENTS, ordersPipeline, ordersStack } from "./fixtures";
import { runCliCommand } from "../support/cli";

const warningsOf = (c: { node: { metadata: { type: string; data: unknown }[] } }) => c.node.metadata.filter((m) => m.type === "@cdktf/warn").map((m) => m.data);

/** The message of what `build` throws. */
function thrown(build: () => unknown): string {
  try {
    build();
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error("nothing was thrown");
}

describe("all problems at once", () => {
  test("a stack with problems in its own props and in two pipelines reports each, in one error, before defining anything", () => {
    const app = Testing.app();
    const message = thrown(
      () =>
        new GatedPipelineStack(app, "orders-gate-prod", {
          google: { project: "acme-data-prod", region: "Europe" },
          prefect: { accountId: ACCOUNT_ID.toUpperCase(), workspace: PrefectWorkspace.fromHandle("data-prod") },
          pipelines: [
            ordersPipeline({
              apigee: { organization: "acme-data-prod", environment: "prod", hostnames: ["api.acme.example"], basePath: "orders" },
              gate: { ioTimeout: Duration.seconds(60) },
            }),
            ordersPipeline({
              id: "billing",
              apigee: { organization: "acme-data-prod", environment: "prod", hostnames: ["api.acme.example"], basePath: "/billing" },
              products: [
                { name: "Nightly", deployments: ["orders-etl-nightly"], quota: Quota.perMinute(10) },
                { name: "backfill", deployments: ["orders-etl-backfill", "orders-etl-daily"] },
              ],
            }),
          ],
        }),
    );
    expect(message.split("\n")).toEqual([
      "orders-gate-prod: 8 problems in the props (nothing is synthesized until each is fixed):",
      '  - orders-gate-prod: google.region "Europe" is not allowed (a region name such as europe-west1)',
      `  - orders-gate-prod: prefect.accountId "${ACCOUNT_ID.toUpperCase()}" is not allowed (a UUID in lowercase hex, 8-4-4-4-12 digits, e.g. 6f1c2a3b-0000-4000-8000-000000000000)`,
      `  - orders-gate-prod/orders: apigee.basePath "orders" is not allowed ('/' followed by '/'-separated segments of letters, digits, '.', '_', '~' and '-', e.g. /orders; not '/' alone, no trailing '/')`,
      "  - orders-gate-prod/orders: gate.ioTimeout 60 seconds is not allowed (whole milliseconds from 100 milliseconds to 55 seconds: Apigee answers 504 after 55 seconds anyway)",
      `  - orders-gate-prod/billing: product name "Nightly" is not allowed (1-40 characters: lowercase letters, digits, '.', '_' and '-', starting with a letter)`,
      `  - orders-gate-prod/billing: product "backfill" grants deployment "orders-etl-daily", which is not one of the pipeline's deployments ("orders-etl-nightly", "orders-etl-backfill")`,
      `  - orders-gate-prod/billing: caller "0oa1cideployer" is granted product "nightly", which is not one of "Nightly", "backfill"`,
      `  - orders-gate-prod/billing: caller "serviceAccount:orders-backfiller" is granted product "nightly", which is not one of "Nightly", "backfill"`,
    ]);
    // Nothing half-written: the stack holds no construct but what `super` made, and nothing reached the output folder.
    const stack = app.node.findChild("orders-gate-prod");
    expect(stack.node.children).toEqual([]);
    expect(fs.readdirSync(app.outdir)).toEqual(["stacks"]);
    expect(fs.readdirSync(path.join(app.outdir, "stacks"))).toEqual([]);
  });

  test("a bad basePath is reported on the pipeline (not by the status automation or the proxy bundle it would define)", () => {
    const build = () =>
      ordersStack(Testing.app(), [ordersPipeline({ apigee: { organization: "acme-data-prod", environment: "prod", hostnames: ["api.acme.example"], basePath: "/orders/" } })]);
    expect(thrown(build)).toBe(
      `orders-gate-prod/orders: apigee.basePath "/orders/" is not allowed ('/' followed by '/'-separated segments of letters, digits, '.', '_', '~' and '-', e.g. /orders; not '/' alone, no trailing '/')`,
    );
  });

  test("a pipeline id used twice says so, in the stack's props and with addPipeline", () => {
    expect(thrown(() => ordersStack(Testing.app(), [ordersPipeline(), ordersPipeline()]))).toBe(
      'orders-gate-prod: pipeline id "orders" is used twice (each pipeline of a stack needs its own id: it names the proxy, secrets and manifest)',
    );
    const stack = ordersStack();
    const { id, ...props } = ordersPipeline();
    const message = thrown(() => stack.addPipeline(id, props));
    expect(message).toBe('orders-gate-prod: pipeline id "orders" is used twice (each pipeline of a stack needs its own id: it names the proxy, secrets and manifest)');
    expect(message).not.toMatch(/There is already a Construct/);
    // An id one of the stack's own constructs has (a provider) is refused as such, in the props and with addPipeline.
    expect(thrown(() => ordersStack(Testing.app(), [ordersPipeline({ id: "google" })]))).toBe(
      'orders-gate-prod: pipeline id "google" is taken by another construct of the stack (orders-gate-prod/google, e.g. a provider): choose another id',
    );
    expect(thrown(() => stack.addPipeline("prefect", props))).toBe(
      'orders-gate-prod: pipeline id "prefect" is taken by another construct of the stack (orders-gate-prod/prefect, e.g. a provider): choose another id',
    );
  });

  test("pipelines sharing an environment or group but declaring it differently are refused alike in the stack's props and with addPipeline", () => {
    const hostnames = 'orders-gate-prod: environment group "prod-group" is declared with hostnames ["api.acme.example"] and again with ["billing.acme.example"] (pipelines sharing a group must list the same hostnames)';
    const resolution = 'orders-gate-prod: environment "prod" is declared with client IP resolution "X-Forwarded-For, 2nd entry from the right" and again with "X-Forwarded-For, 1st entry from the right" (pipelines sharing an environment must resolve client addresses the same way)';
    const billing = (apigee: Partial<GatedPipelineStackPipeline["apigee"]>) =>
      ordersPipeline({ id: "billing", apigee: { ...ordersPipeline().apigee, basePath: "/billing", ...apigee } });
    const bothDiffer = billing({ hostnames: ["billing.acme.example"], clientIpResolution: ClientIpResolution.xForwardedForFromRight(1) });
    const expected = ["orders-gate-prod: 2 problems in the props (nothing is synthesized until each is fixed):", `  - ${resolution}`, `  - ${hostnames}`];
    expect(thrown(() => ordersStack(Testing.app(), [ordersPipeline(), bothDiffer])).split("\n")).toEqual(expected);
    const { id, ...props } = bothDiffer;
    const stack = ordersStack();
    expect(thrown(() => stack.addPipeline(id, props)).split("\n")).toEqual(expected);
    // Checked before anything of the topology is defined: a group of its own is not left behind.
    const ownGroup = billing({ environmentGroupName: "billing-group", hostnames: ["billing.acme.example"], clientIpResolution: ClientIpResolution.xForwardedForFromRight(1) });
    const other = ordersStack();
    expect(thrown(() => other.addPipeline(id, { ...props, apigee: ownGroup.apigee }))).toBe(resolution);
    expect(other.node.children.map((c) => c.node.id).filter((c) => c.startsWith("ApigeeEnvironment"))).toEqual(["ApigeeEnvironment-prod", "ApigeeEnvironmentGroup-prod-group"]);
  });

  test("a GatedPipeline in a plain TerraformStack reports its problems together too, the deployments' at their own paths", () => {
    const stack = new TerraformStack(Testing.app(), "plain");
    const { id, ...props } = ordersPipeline({
      apigee: { organization: "Acme", environment: "prod", hostnames: [], basePath: "/orders" },
      deployments: PrefectDeployments.of([{ ...DEPLOYMENTS[0], workPool: "a/b" }, DEPLOYMENTS[1]]),
      rotation: { every: Duration.days(400) },
    });
    expect(thrown(() => new GatedPipeline(stack, id, props)).split("\n")).toEqual([
      "plain/orders: 6 problems in the props (nothing is synthesized until each is fixed):",
      "  - plain/orders: apigee.organization \"Acme\" is not allowed (a project id: 6-30 characters, lowercase letters, digits and hyphens, starting with a letter and not ending with a hyphen; an Apigee X organization is named after its Google Cloud project)",
      "  - plain/orders: apigee.hostnames is empty (give at least one hostname; Prefect posts status events to the first)",
      "  - plain/orders: prefect.accountId is missing (set it, or use GatedPipelineStack, whose prefect.accountId is the default)",
      "  - plain/orders: prefect.workspace is missing (e.g. PrefectWorkspace.fromHandle(\"data-prod\"), or set the stack's prefect.workspace)",
      "  - plain/orders/Deployments/orders-etl-nightly: workPool \"a/b\" is not allowed (must not contain '/', '%', '&', '<' or '>')",
      "  - plain/orders: rotation.every 400 days is not allowed (a whole number of minutes, from 1 hour to 365 days: a credential that lives longer than a year is not rotated in any useful sense)",
    ]);
    expect(stack.node.tryFindChild("orders")?.node.children).toEqual([]);
  });
});

test("a duration with a fraction of a second is refused where the setting takes whole seconds, naming the field", () => {
  expect(thrown(() => ordersStack(Testing.app(), [ordersPipeline({ rotation: { cacheTtl: Duration.millis(1500) }, statusEvents: { replayWindow: Duration.millis(90_500) } })])).split("\n")).toEqual([
    "orders-gate-prod: 2 problems in the props (nothing is synthesized until each is fixed):",
    "  - orders-gate-prod/orders: statusEvents.replayWindow 90500 milliseconds is not allowed (whole seconds from 60 seconds to 24 hours: shorter refuses events Prefect delivers a little late, longer keeps event ids cached for long)",
    '  - orders-gate-prod/orders: rotation.cacheTtl "1500 milliseconds" is not allowed (a Duration of whole seconds)',
  ]);
});

describe("warnings the docs promise", () => {
  test("a product without a quota warns at synthesis (GP024) and in gated-pipeline check, naming the gate's fallback", async () => {
    const stack = ordersStack(Testing.app(), [
      ordersPipeline({
        products: [
          { name: "nightly", deployments: ["orders-etl-nightly"], quota: Quota.perMinute(10) },
          { name: "backfill", deployments: ["orders-etl-backfill"] },
        ],
      }),
    ]);
    const outdir = Testing.fullSynth(stack);
    const findings = readJson(stackDir(outdir, stack.node.id), "gated-pipeline/checks.json").findings;
    const gp024 = findings.filter((f: { rule: string }) => f.rule === "GP024");
    const message =
      'product "orders-backfill" has no quota, so its callers are limited by the spike arrests only: the proxy\'s product Quota falls back to its default of 1000000000 per 1 minute';
    expect(gp024).toEqual([
      { rule: "GP024", level: "warning", resource: expect.stringMatching(/^google_apigee_api_product\.orders_Product-backfill_/), result: "fail", message },
      { rule: "GP024", level: "warning", resource: expect.stringMatching(/^google_apigee_api_product\.orders_Product-nightly_/), result: "pass", message: 'product "orders-nightly" allows 10 requests per 1 minute per app' },
    ]);
    const product = stack.pipelines[0].products[1].node.findChild("Resource") as unknown as { node: { metadata: { type: string; data: unknown }[] } };
    expect(warningsOf(product)).toEqual([expect.stringContaining(`[GP024] ${gp024[0].resource}: ${message}`)]);

    const res = await runCliCommand(checkCommand, ["--synth-dir", outdir]);
    expect(res.code).toBe(0);
    expect(res.stdout).toContain(`  WARNING    GP024  ${gp024[0].resource}\n             ${message}\n`);
  });

  test("a region Google does not list warns; a malformed one is refused", () => {
    const stack = new GatedPipelineStack(Testing.app(), "s", { google: { project: "acme-data-prod", region: "europe-west7" }, prefect: { accountId: ACCOUNT_ID } });
    expect(warningsOf(stack)).toEqual([
      'google.region "europe-west7" is not one of the Google Cloud regions this library knows (43 regions, from Google\'s \'Cloud locations\' page): check the spelling, or, for a region newer than this list, that it exists (gcloud compute regions list)',
    ]);
    const admin = new GatedPipelineAdminStack(Testing.app(), "a", { google: { project: "acme-data-prod", region: "europe-west7" } });
    expect(warningsOf(admin)).toHaveLength(1);
    expect(warningsOf(new GatedPipelineStack(Testing.app(), "k", { google: { project: "acme-data-prod", region: "europe-west1" }, prefect: { accountId: ACCOUNT_ID } }))).toEqual([]);
    expect(thrown(() => new GatedPipelineAdminStack(Testing.app(), "b", { google: { project: "acme-data-prod", region: "west-europe-1" } }))).toBe(
      'b: google.region "west-europe-1" is not allowed (a region name such as europe-west1)',
    );
  });

  test("an Apigee organization that is not the stack's project warns on the pipeline", () => {
    const app = new App({ outdir: Testing.app().outdir });
    const stack = ordersStack(app, [ordersPipeline({ apigee: { organization: "acme-apigee-shared", environment: "prod", hostnames: ["api.acme.example"], basePath: "/orders" } })]);
    expect(warningsOf(stack.pipelines[0])).toContain(
      'apigee.organization "acme-apigee-shared" is not the stack\'s google.project "acme-data-prod": the gate\'s secrets, runtime service account, status topic and Apigee objects are created in project "acme-apigee-shared", the provider\'s default project is "acme-data-prod". If the Apigee organization is deliberately shared, give the deployer its role in "acme-apigee-shared" too; otherwise use one project for both',
    );
    expect(warningsOf(ordersStack().pipelines[0]).filter((w) => String(w).startsWith("apigee.organization"))).toEqual([]);
  });

  test("a rotation of the gate's key longer than a year is refused (the Okta and Entra credentials: their validation tests)", () => {
    expect(thrown(() => ordersStack(Testing.app(), [ordersPipeline({ rotation: { every: Duration.days(366) } })]))).toBe(
      "orders-gate-prod/orders: rotation.every 366 days is not allowed (a whole number of minutes, from 1 hour to 365 days: a credential that lives longer than a year is not rotated in any useful sense)",
    );
    expect(() => ordersStack(Testing.app(), [ordersPipeline({ rotation: { every: Duration.days(365) } })])).not.toThrow();
  });
});
