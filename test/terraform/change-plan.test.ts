// What a change does to a deployed reference stack, by Terraform itself: apply stacks/main.ts to a local state, plan
// again (no changes), then plan the same app with changed props and read each address's actions from
// `terraform show -json` (replace as delete-then-create or create-then-delete, update in place, no-op). Terraform
// orders actions within one address; between addresses it follows the dependency graph, so ordering claims across
// addresses are asserted on that graph. Resources are found by type and attributes, never by address strings
// (construct ids may change).
import * as fs from "fs";
import * as path from "path";
import type * as Library from "../../src";
import { dependencyGraph, dependsOnTransitively, describeWithTerraform, findChange, ResourceChange, Session, ShowJson, stackDirs, startTerraform } from "./support";
import { synthApp } from "../support/synth-app";

type Mutation = (props: Library.GatedPipelineStackProps, lib: typeof Library) => Library.GatedPipelineStackProps;

const REFERENCE_APP = "stacks/main.ts";
const KVM_ENTRY = "google_apigee_environment_keyvaluemaps_entries";

function onPipelines(props: Library.GatedPipelineStackProps, change: (p: Library.GatedPipelineStackPipeline) => Library.GatedPipelineStackPipeline): Library.GatedPipelineStackProps {
  return { ...props, pipelines: (props.pipelines ?? []).map(change) };
}

/** Renames the nightly deployment but keeps its route: a new Prefect deployment id behind the same KVM entry. */
const renameNightlyDeployment: Mutation = (props, lib) =>
  onPipelines(props, (p) => ({
    ...p,
    deployments: lib.PrefectDeployments.of(p.deployments.deployments.map((d) => (d.name === "nightly" ? { ...d, name: "nightly-v2", routeName: "orders-etl-nightly" } : d))),
  }));

/** Grants the Okta CI deployer a second product. */
const grantDeployerBackfill: Mutation = (props, lib) =>
  onPipelines(props, (p) => ({
    ...p,
    callers: p.callers.map((c) =>
      c.clientId === "0oa1cideployer" ? lib.Caller.client(c.clientId, { issuer: c.issuer, products: [...c.products, "backfill"], description: c.description }) : c,
    ),
  }));

/** Changes the audience the gate accepts for Google ID tokens: a new proxy bundle. */
const clientIpFromThirdEntry: Mutation = (props, lib) => ({
  ...props,
  pipelines: props.pipelines!.map((p) => ({ ...p, apigee: { ...p.apigee, clientIpResolution: lib.ClientIpResolution.xForwardedForFromRight(3) } })),
});

const newGoogleAudience: Mutation = (props, lib) =>
  onPipelines(props, (p) => ({ ...p, issuers: p.issuers.map((i) => (i.name === "google" ? lib.Issuer.google({ audience: "https://api.acme.example/orders/v2" }) : i)) }));

/** Addresses whose planned actions are not no-op (data-source reads left out). */
function changed(plan: ShowJson): ResourceChange[] {
  return plan.resource_changes.filter((c) => c.mode === "managed" && c.change.actions.join() !== "no-op");
}

/** Whether `actions` replace the object, in either order. */
const isReplace = (actions: string[]) => [...actions].sort().join() === "create,delete";

/** The attributes whose known value differs between before and after, or that become unknown. */
function changedAttributes(c: ResourceChange): string[] {
  const before = c.change.before ?? {};
  const after = c.change.after ?? {};
  return Object.keys({ ...before, ...after })
    .filter((k) => c.change.after_unknown?.[k] === true || JSON.stringify(before[k]) !== JSON.stringify(after[k]))
    .sort();
}

const GATE_STACK = "orders-gate-prod";

describeWithTerraform("a change to the deployed reference stack, planned by Terraform", () => {
  let tf: Session;

  /** The gate stack of a synthesized reference app; its data sources read the app's other stacks (the audit sink). */
  function gateStack(outdir: string): string {
    tf.useWorldOf(outdir);
    const stack = stackDirs(outdir).find((d) => path.basename(d) === GATE_STACK);
    if (!stack) throw new Error(`no stack ${GATE_STACK} in ${outdir}`);
    return stack;
  }
  let applied: string;
  let firstPlan: { code: number };
  let replan: { code: number; errors: unknown[] };

  /** Plans the reference app with `mutate` applied against the applied state. */
  async function planChange(name: string, mutate: Mutation): Promise<{ plan: ShowJson; synthesized: Record<string, Record<string, Record<string, Record<string, unknown>>>> }> {
    const stack = gateStack(synthApp(REFERENCE_APP, { mutate }));
    const dir = tf.copyStack(stack, name);
    fs.copyFileSync(path.join(applied, "terraform.tfstate"), path.join(dir, "terraform.tfstate"));
    await tf.init(dir);
    const p = await tf.plan(dir);
    expect([name, p.errors, p.code]).toEqual([name, [], 2]);
    return { plan: await tf.show(dir), synthesized: JSON.parse(fs.readFileSync(path.join(stack, "cdk.tf.json"), "utf8")) };
  }

  beforeAll(async () => {
    tf = await startTerraform();
    applied = tf.copyStack(gateStack(synthApp(REFERENCE_APP)), "applied");
    await tf.init(applied);
    firstPlan = await tf.plan(applied);
    await tf.apply(applied);
    replan = await tf.plan(applied, "replan");
  });
  afterAll(async () => {
    await tf?.close();
  });

  test("applied to a local state, the reference stack plans no changes at once (-detailed-exitcode 0)", () => {
    expect(firstPlan.code).toBe(2);
    expect(replan).toMatchObject({ code: 0, errors: [] });
  });

  describe("a KVM-backed value changes: the nightly deployment is renamed, its route kept", () => {
    let plan: ShowJson;
    let synthesized: Record<string, Record<string, Record<string, Record<string, unknown>>>>;
    let deployment: ResourceChange;
    let entry: ResourceChange;
    beforeAll(async () => {
      ({ plan, synthesized } = await planChange("rename", renameNightlyDeployment));
      deployment = findChange(plan, "prefect_deployment", { name: "nightly" });
      entry = findChange(plan, KVM_ENTRY, { name: "deployment__orders-etl-nightly" });
    });

    test("the deployment, the KVM entry holding its id and its schedule are replaced; the automation matching its id is updated; nothing else changes", () => {
      expect(isReplace(deployment.change.actions)).toBe(true);
      expect(deployment.change.after).toMatchObject({ name: "nightly-v2" });
      expect(isReplace(entry.change.actions)).toBe(true);
      expect(entry.change.after_unknown).toMatchObject({ value: true });
      const schedule = findChange(plan, "prefect_deployment_schedule", { deployment_id: deployment.change.before!.id });
      expect(schedule.change.actions).toEqual(["delete", "create"]);
      const automation = findChange(plan, "prefect_automation", {});
      expect(automation.change.actions).toEqual(["update"]);
      expect(changed(plan).map((c) => c.address).sort()).toEqual([automation.address, deployment.address, entry.address, schedule.address].sort());
      // The other deployment's entry keeps its value.
      expect(findChange(plan, KVM_ENTRY, { name: "deployment__orders-etl-backfill" }).change.actions).toEqual(["no-op"]);
    });

    test("ordering through the dependency graph: the entry and the schedule are written after the new deployment exists", () => {
      const graph = dependencyGraph(plan);
      expect(graph.get(entry.address)).toContain(deployment.address);
      const schedule = findChange(plan, "prefect_deployment_schedule", { deployment_id: deployment.change.before!.id });
      expect(graph.get(schedule.address)).toContain(deployment.address);
    });

    // Terraform forces create-before-destroy onto everything a create_before_destroy resource depends on; were the
    // proxy's revision deployment to depend on an entry, the changed entry would be created (a second entry of the same
    // name: Apigee answers 409) before the old one is deleted.
    test("the KVM entry is deleted before it is created again, and no create_before_destroy resource depends on a KVM entry", () => {
      const graph = dependencyGraph(plan);
      const entries = plan.resource_changes.filter((c) => c.type === KVM_ENTRY).map((c) => c.address);
      const cbd = Object.entries(synthesized.resource).flatMap(([type, byName]) =>
        Object.entries(byName)
          .filter(([, body]) => (body.lifecycle as { create_before_destroy?: boolean } | undefined)?.create_before_destroy === true)
          .map(([name]) => `${type}.${name}`),
      );
      expect(cbd.length).toBeGreaterThan(0);
      const offending = cbd.flatMap((a) => [...dependsOnTransitively(graph, a)].filter((d) => entries.includes(d)).map((d) => `${a} -> ${d}`));
      expect({ entryActions: entry.change.actions, offending }).toEqual({ entryActions: ["delete", "create"], offending: [] });
    });
  });

  describe("a caller's products change", () => {
    let plan: ShowJson;
    beforeAll(async () => {
      ({ plan } = await planChange("products", grantDeployerBackfill));
    });

    test("only that caller's app changes, in place, and only its api_products", () => {
      // The deployer's app is the one granted only the nightly product (its name and key are not part of this test).
      const app = findChange(plan, "google_apigee_developer_app", { api_products: ["orders-nightly"] });
      expect(app.change.actions).toEqual(["update"]);
      expect(changedAttributes(app)).toEqual(["api_products"]);
      expect([...(app.change.after!.api_products as string[])].sort()).toEqual(["orders-backfill", "orders-nightly"]);
      expect(changed(plan).map((c) => c.address)).toEqual([app.address]);
    });
  });

  describe("the proxy bundle changes (a new audience for Google ID tokens)", () => {
    let plan: ShowJson;
    let proxy: ResourceChange;
    let deploy: ResourceChange;
    beforeAll(async () => {
      ({ plan } = await planChange("audience", newGoogleAudience));
      proxy = findChange(plan, "google_apigee_api", {});
      deploy = findChange(plan, "google_apigee_environment_api_revision_deployment", {});
    });

    test("the proxy is updated in place to a new revision, and its deployment is replaced create-then-delete", () => {
      expect(proxy.change.actions).toEqual(["update"]);
      expect(changedAttributes(proxy)).toEqual(expect.arrayContaining(["detect_md5hash", "latest_revision_id"]));
      expect(proxy.change.after_unknown).toMatchObject({ latest_revision_id: true });
      // create_before_destroy: the new revision is deployed (with override) before the old deployment goes.
      expect(deploy.change.actions).toEqual(["create", "delete"]);
      expect(deploy.action_reason).toBe("replace_because_cannot_update");
      expect(changed(plan).map((c) => c.address).sort()).toEqual([deploy.address, proxy.address].sort());
    });

    test("ordering through the dependency graph: the deployment follows the proxy's latest_revision_id", () => {
      expect(dependencyGraph(plan).get(deploy.address)).toContain(proxy.address);
    });
  });

  describe("the environment's client IP resolution changes", () => {
    let plan: ShowJson;
    beforeAll(async () => {
      ({ plan } = await planChange("client-ip", clientIpFromThirdEntry));
    });

    test("the environment is updated in place (a replacement would take every proxy in it down), and nothing else changes", () => {
      const env = findChange(plan, "google_apigee_environment", {});
      expect(env.change.actions).toEqual(["update"]);
      expect(changedAttributes(env)).toEqual(["client_ip_resolution_config"]);
      expect(changed(plan).map((c) => c.address)).toEqual([env.address]);
    });
  });
});
