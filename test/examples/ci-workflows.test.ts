// The GitHub Actions workflows users copy (examples/ci/github-actions/): parsed as YAML and held to what they rely on —
// the steps in order, keyless auth with exactly the inputs DeployerIdentity outputs, the reference app's gate manifest,
// host and audience for the probe, gated-pipeline command lines the CLI accepts, and a schedule at least once per
// rotation period.
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { parseArgs } from "util";
import { CronExpressionParser } from "cron-parser";
import { Document, isMap, isScalar, parse, parseDocument, Scalar, YAMLMap } from "yaml";
import type { CommandDefinition } from "../../src/cli/command";
import type { GateManifest } from "../../src/gate/manifest";

const ROOT = path.join(__dirname, "..", "..");
const DIR = path.join(ROOT, "examples", "ci", "github-actions");

interface Step {
  name?: string;
  id?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
  if?: string;
  "working-directory"?: string;
}
interface Workflow {
  on: Record<string, unknown>;
  permissions: Record<string, string>;
  env?: Record<string, string>;
  jobs: Record<string, { steps: Step[] }>;
}

const read = (file: string): Workflow => parse(fs.readFileSync(path.join(DIR, file), "utf8"));
const steps = (w: Workflow): Step[] => Object.values(w.jobs).flatMap((j) => j.steps);
const indexOf = (list: Step[], match: (s: Step) => boolean): number => {
  const i = list.findIndex(match);
  expect(i).toBeGreaterThanOrEqual(0);
  return i;
};
const runs = (command: RegExp) => (s: Step) => command.test(s.run ?? "");

let out: string;
let reference: GateManifest;
let adminOutputs: Record<string, { value: string }>;
beforeAll(() => {
  out = fs.mkdtempSync(path.join(os.tmpdir(), "ci-workflows-"));
  execFileSync(process.execPath, ["scripts/synth.js"], { cwd: ROOT, env: { ...process.env, CDKTF_OUTDIR: out }, stdio: "pipe" });
  reference = JSON.parse(fs.readFileSync(path.join(out, "stacks", "orders-gate-prod", "gated-pipeline", "orders.json"), "utf8"));
  adminOutputs = JSON.parse(fs.readFileSync(path.join(out, "stacks", "gate-admin-prod", "cdk.tf.json"), "utf8")).output;
}, 60_000);
afterAll(() => fs.rmSync(out, { recursive: true, force: true }));

describe("pull-request.yml", () => {
  const w = read("pull-request.yml");
  const s = steps(w);

  test("runs on pull requests with no cloud credentials", () => {
    expect(Object.keys(w.on)).toEqual(["pull_request"]);
    expect(w.permissions).toEqual({ contents: "read", "pull-requests": "write" });
    expect(JSON.stringify(w)).not.toMatch(/secrets\.|id-token|google-github-actions\/auth/);
  });

  test("installs, synthesizes, checks, synthesizes the base and posts the diff, in that order", () => {
    const order = [
      indexOf(s, runs(/^npm ci$/)),
      indexOf(s, runs(/^npm run synth$/)),
      indexOf(s, runs(/^npx gated-pipeline check\b/)),
      indexOf(s, (x) => x.uses === "actions/checkout@v4" && x.with?.ref === "${{ github.event.pull_request.base.sha }}" && x.with?.path === "base"),
      indexOf(s, (x) => x["working-directory"] === "base" && /npm ci && npm run synth/.test(x.run ?? "")),
      indexOf(s, runs(/npx gated-pipeline diff base\/cdktf\.out cdktf\.out > gate-diff\.md/)),
      indexOf(s, runs(/gh pr comment "\$PR" --body-file gate-diff\.md/)),
      indexOf(s, runs(/npx gated-pipeline diff base\/cdktf\.out cdktf\.out --fail-on-widening/)),
    ];
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(s.find(runs(/--fail-on-widening/))?.if).toContain("gate-widening-approved");
  });
});

describe("deploy.yml", () => {
  const w = read("deploy.yml");
  const s = steps(w);
  const auth = s.filter((x) => x.uses === "google-github-actions/auth@v2");

  test("runs on main, on a schedule and by hand, with an OIDC token and nothing else", () => {
    expect(Object.keys(w.on).sort()).toEqual(["push", "schedule", "workflow_dispatch"]);
    expect(w.on.push).toEqual({ branches: ["main"] });
    expect(w.permissions).toEqual({ contents: "read", "id-token": "write" });
  });

  test("authenticates keyless with the inputs DeployerIdentity outputs, never a key file", () => {
    const text = fs.readFileSync(path.join(DIR, "deploy.yml"), "utf8");
    expect(text).not.toMatch(/credentials_json|GOOGLE_CREDENTIALS|service_account_key/i);
    expect(auth).toHaveLength(2);
    // Each identity input names an env variable whose comment names the DeployerIdentity output that fills it, and
    // that output holds what the input expects.
    const doc = parseDocument(text);
    const expected: Record<string, RegExp> = {
      workload_identity_provider: /^\$\{google_iam_workload_identity_pool_provider\.[^.]+\.name\}$/,
      service_account: /^\$\{google_service_account\.[^.]+\.email\}$/,
    };
    for (const step of auth) {
      for (const [input, holds] of Object.entries(expected)) {
        const variable = /^\$\{\{ env\.([A-Z_]+) \}\}$/.exec(String(step.with?.[input]))?.[1];
        expect(variable).toBeDefined();
        expect(w.env?.[variable!]).toBe(`\${{ vars.${variable} }}`);
        const output = /terraform output -raw (\S+)/.exec(envComment(doc, variable!))?.[1];
        expect(output).toBeDefined();
        expect(adminOutputs[output!]?.value).toMatch(holds);
      }
    }
    // The README tells the administrator the same mapping.
    const readme = fs.readFileSync(path.join(DIR, "README.md"), "utf8");
    expect(readme).toContain("| `GATE_WORKLOAD_IDENTITY_PROVIDER` | `deployer_workload_identity_provider` |");
    expect(readme).toContain("| `GATE_DEPLOYER_SERVICE_ACCOUNT` | `deployer_service_account_email` |");
  });

  test("installs, authenticates, deploys, reads the outputs, mints CI's token and probes, in that order", () => {
    const order = [
      indexOf(s, runs(/^npm ci$/)),
      indexOf(s, (x) => x.id === "auth"),
      indexOf(s, runs(/^npm run synth && npx gated-pipeline check/)),
      indexOf(s, runs(/^npx cdktf deploy --auto-approve "\$GATE_STACK"$/)),
      indexOf(s, runs(/terraform -chdir="cdktf\.out\/stacks\/\$GATE_STACK" output -json > "\$RUNNER_TEMP\/gate-outputs\.json"/)),
      indexOf(s, (x) => x.id === "probe-token"),
      indexOf(s, runs(/npx gated-pipeline probe /)),
    ];
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(s.find(runs(/cdktf deploy/))?.env).toEqual({ PREFECT_API_KEY: "${{ secrets.PREFECT_API_KEY }}" });
    const mint = s.find((x) => x.id === "probe-token")!;
    expect(mint.with).toMatchObject({ token_format: "id_token", id_token_audience: "${{ env.GATE_AUDIENCE }}" });
    const probe = s.find(runs(/gated-pipeline probe/))!;
    expect(probe.env).toEqual({ PROBE_TOKEN: "${{ steps.probe-token.outputs.id_token }}" });
    expect(probe.run).toContain('--token "$RUNNER_TEMP/probe-token"');
    expect(probe.run).toContain('--outputs "$RUNNER_TEMP/gate-outputs.json"');
    expect(probe.run).not.toContain("--allow-runs");
  });

  test("probes the reference gate: its manifest, a host it serves, the audience of its Google issuer, a registered probe caller", () => {
    const env = w.env!;
    expect(fs.existsSync(path.join(out, path.relative("cdktf.out", env.GATE_MANIFEST)))).toBe(true);
    expect(env.GATE_MANIFEST).toBe(`cdktf.out/stacks/${env.GATE_STACK}/gated-pipeline/${reference.pipeline}.json`);
    expect(reference.hostnames).toContain(new URL(env.GATE_URL).host);
    const google = reference.issuers.find((i) => i.issuer === "https://accounts.google.com")!;
    expect(google.audiences).toEqual([env.GATE_AUDIENCE]);
    // The deployer's ID tokens name it by azp; the reference registers it with a product that grants a deployment.
    expect(google.clientIdClaim).toBe("azp");
    const probeCaller = reference.clients.find((c) => c.issuer === google.name && c.description?.startsWith("CI probe"));
    expect(reference.products.filter((p) => probeCaller?.products.includes(p.name)).flatMap((p) => p.deployments).length).toBeGreaterThan(0);
  });

  test("applies at least once per rotation period", () => {
    const crons = (w.on.schedule as Array<{ cron: string }>).map((x) => x.cron);
    expect(crons).toHaveLength(1);
    const it = CronExpressionParser.parse(crons[0], { currentDate: new Date("2026-01-01T00:00:00Z"), tz: "UTC" });
    let previous = it.next().toDate().getTime();
    let longest = 0;
    for (let i = 0; i < 400; i++) {
      const next = it.next().toDate().getTime();
      longest = Math.max(longest, next - previous);
      previous = next;
    }
    expect(longest / 1000).toBeLessThanOrEqual(reference.rotation!.applyEverySeconds);
    expect(longest / 1000).toBeLessThan(reference.rotation!.everySeconds);
  });
});

test("every gated-pipeline command line in the workflows is one the CLI accepts", async () => {
  const commands: Record<string, () => Promise<CommandDefinition>> = {
    check: async () => (await import("../../src/cli/check-command")).checkCommand,
    diff: async () => (await import("../../src/cli/diff-command")).diffCommand,
    probe: async () => (await import("../../src/cli/probe-command")).probeCommand,
  };
  const lines = ["pull-request.yml", "deploy.yml"].flatMap((f) => steps(read(f)).flatMap((x) => (x.run ?? "").split("\n")));
  const calls = lines.flatMap((line) => [...line.matchAll(/npx gated-pipeline (\w+)((?: +(?!&&|>|\|)[^\s]+)*)/g)]);
  expect(calls.map((m) => m[1]).sort()).toEqual(["check", "check", "diff", "diff", "probe"]);
  for (const [, name, rest] of calls) {
    const command = await commands[name]();
    const args = rest.trim().split(/ +/).map((a) => a.replace(/^"(.*)"$/, "$1"));
    const parsed = parseArgs({ args, options: command.options, strict: true, allowPositionals: true });
    const range = command.positionals ?? { min: 0, max: 0 };
    expect(parsed.positionals.length).toBeGreaterThanOrEqual(range.min);
    expect(parsed.positionals.length).toBeLessThanOrEqual(range.max);
  }
});

/** The comment right above `variable` in the workflow's top-level `env:`. */
function envComment(doc: Document, variable: string): string {
  const env = doc.get("env", true);
  if (!isMap(env)) throw new Error("no env map");
  const pair = (env as YAMLMap).items.find((p) => isScalar(p.key) && (p.key as Scalar).value === variable);
  return String((pair?.key as Scalar | undefined)?.commentBefore ?? "");
}
