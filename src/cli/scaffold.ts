/**
 * The files `gated-pipeline init` writes: a cdktf project (laid out as `cdktf init --template=typescript` makes one)
 * with one gated pipeline, one issuer and one caller, and commented alternatives. Versions are pinned to the ones this
 * package is built and tested with. Pure: the caller decides where the files go.
 */

/** Versions the scaffold pins, by package name. */
export interface ScaffoldVersions {
  readonly library: string;
  readonly packages: Readonly<Record<string, string>>;
}

/** Packages the scaffold depends on (at run time) and develops with. */
export const SCAFFOLD_DEPENDENCIES = [
  "cdktf",
  "constructs",
  "@cdktf/provider-google",
  "@cdktf/provider-http",
  "@cdktf/provider-random",
  "@cdktf/provider-time",
] as const;
export const SCAFFOLD_DEV_DEPENDENCIES = ["cdktf-cli", "typescript", "ts-node", "@types/node"] as const;

export interface ScaffoldOptions {
  /** npm package name of the project (lowercase). */
  readonly name: string;
  /** The stack name, e.g. `orders-gate`. */
  readonly stackName: string;
  /** `projectId` for cdktf.json (the cdktf CLI adds one when missing, which would dirty a checkout). */
  readonly projectId: string;
  readonly versions: ScaffoldVersions;
}

/** Relative path → file content. */
export function scaffoldFiles(options: ScaffoldOptions): Record<string, string> {
  const pin = (names: readonly string[]) => Object.fromEntries(names.map((n) => [n, options.versions.packages[n]]));
  const packageJson = {
    name: options.name,
    version: "0.1.0",
    private: true,
    description: "A gated pipeline: an Apigee X gate in front of Prefect deployments, defined with cdktf-gated-pipeline",
    scripts: {
      synth: "cdktf synth",
      "synth:plain": "ts-node --transpile-only main.ts",
      typecheck: "tsc --noEmit",
      check: "gated-pipeline check",
      test: "tsc --noEmit && cdktf synth && gated-pipeline check",
      // Two stacks: the gate (CI deploys it) and the administrator's (applied once, with an administrator's credentials).
      deploy: `cdktf deploy ${options.stackName}`,
      "deploy:admin": `cdktf deploy ${options.stackName}-admin`,
    },
    engines: { node: ">=20.19" },
    dependencies: { "cdktf-gated-pipeline": options.versions.library, ...pin(SCAFFOLD_DEPENDENCIES) },
    devDependencies: pin(SCAFFOLD_DEV_DEPENDENCIES),
  };
  const cdktfJson = {
    language: "typescript",
    // Transpile only: `npm test` (tsc --noEmit) type-checks; synthesis should not pay for it every time.
    app: "npx ts-node --transpile-only main.ts",
    projectId: options.projectId,
    sendCrashReports: "false",
    terraformProviders: [],
    terraformModules: [],
    context: {},
  };
  return {
    "package.json": json(packageJson),
    "cdktf.json": json(cdktfJson),
    "tsconfig.json": json(TSCONFIG),
    "main.ts": mainTs(options.stackName),
    "flows/prefect.yaml": PREFECT_YAML,
    ".gitignore": GITIGNORE,
    "README.md": readme(options.stackName),
  };
}

function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** cdktf's TypeScript template settings ("module": "CommonJS", strict), which the library supports as they are. */
const TSCONFIG = {
  compilerOptions: {
    alwaysStrict: true,
    declaration: true,
    experimentalDecorators: true,
    inlineSourceMap: true,
    inlineSources: true,
    lib: ["es2018"],
    module: "CommonJS",
    noEmitOnError: true,
    noFallthroughCasesInSwitch: true,
    noImplicitAny: true,
    noImplicitReturns: true,
    noImplicitThis: true,
    noUnusedLocals: true,
    noUnusedParameters: true,
    resolveJsonModule: true,
    strict: true,
    strictNullChecks: true,
    strictPropertyInitialization: true,
    stripInternal: true,
    target: "ES2018",
    incremental: true,
    skipLibCheck: true,
  },
  include: ["**/*.ts"],
  exclude: ["node_modules", "cdktf.out"],
};

const GITIGNORE = `node_modules/
cdktf.out/
*.tsbuildinfo
# Terraform state holds secrets (the Prefect key): keep it in an encrypted, access-restricted backend, never in git.
*.tfstate
*.tfstate.*
.terraform/
.terraform.lock.hcl
`;

const PREFECT_YAML = `# The Prefect deployments behind the gate, as \`prefect deploy\` reads them. Replace the placeholders.
prefect-version: 3.4.0
name: my-flows

# Where the worker gets the flow's code when a run starts.
pull:
  - prefect.deployments.steps.git_clone:
      repository: https://github.com/my-org/my-flows.git
      branch: main

deployments:
  - name: nightly
    flow_name: orders-etl
    entrypoint: flows/orders.py:orders_etl
    description: Loads yesterday's orders.
    parameters:
      full_refresh: false
    work_pool:
      name: my-work-pool
    schedules:
      - cron: "0 2 * * *"
        timezone: Europe/Berlin
`;

function mainTs(stackName: string): string {
  return `// A gated pipeline: callers present a JWT from their identity provider to an Apigee X proxy, which checks it,
// authorizes the caller per Prefect deployment (API products with quotas), audits the request, and starts the run.
// Every id below is a placeholder: replace them with yours. \`npm run synth\` needs no credentials.
import { App } from "cdktf";
import {
  Caller,
  Duration,
  GateAuditTrail,
  GatedPipelineAdminStack,
  GatedPipelineStack,
  Issuer,
  PrefectDeployments,
  PrefectWorkspace,
  Quota,
} from "cdktf-gated-pipeline";

const app = new App();

// Applied once by an administrator, before the gate: the audit trail, a dedicated log bucket the gate's records are
// routed to (kept 400 days; CI cannot change it). Put DeployerIdentity here too when CI deploys the gate.
const admin = new GatedPipelineAdminStack(app, ${JSON.stringify(`${stackName}-admin`)}, { google: { project: "my-apigee-project", region: "europe-west1" } });
const auditTrail = new GateAuditTrail(admin, "AuditTrail", { project: "my-apigee-project", location: "europe-west1", retention: Duration.days(400) });

new GatedPipelineStack(app, ${JSON.stringify(stackName)}, {
  google: { project: "my-apigee-project", region: "europe-west1" },
  prefect: { accountId: "00000000-0000-4000-8000-000000000000", workspace: PrefectWorkspace.fromHandle("my-workspace") },
  // Every plan checks that the administrator's trail routes the gate's records.
  auditTrail,
  // State holds the Prefect key: for anything but a trial, keep it in an encrypted, access-restricted bucket.
  // backend: Backend.gcs({ bucket: "my-tfstate-bucket", prefix: "gates/${stackName}" }),
  pipelines: [
    {
      id: "orders",
      apigee: {
        organization: "my-apigee-project",
        environment: "prod",
        hostnames: ["api.example.com"],
        basePath: "/orders",
        // The Apigee instance the environment is attached to (without one, the environment serves no traffic).
        instanceName: "my-instance",
      },
      // Whose tokens the gate accepts. Alternatives:
      //   Issuer.okta({ domain: "acme.okta.com", authorizationServerId: "aus1abc", audience: "api://orders-gate" })
      //   Issuer.entraId({ tenantId: "<tenant uuid>", audience: "api://<application id>" })
      //   Issuer.oidc({ name: "corp", issuerUrl: "https://idp.example.com", audiences: ["orders-gate"],
      //                 discoverJwksUri: true, clientIdClaim: "azp", algorithms: [JwtAlgorithm.RS256] })
      issuers: [Issuer.google({ audience: "https://api.example.com/orders" })],
      // Who may call, and which products each is granted. A Google service account calls with its ID token; its
      // client id is the account's unique id. Alternatives:
      //   Caller.client("<okta or entra client id>", { issuer: "okta", products: ["nightly"] })
      //   Caller.googleServiceAccount({ accountId: "orders-scheduler", tokenCreators: [Principal.serviceAccount("scheduler@<project>.iam.gserviceaccount.com")], products: ["nightly"] })
      callers: [Caller.client("123456789012345678901", { issuer: "google", products: ["nightly"], description: "Cloud Scheduler job" })],
      // The deployments, from the prefect.yaml your team already uses (or PrefectDeployments.of([...]) in code), with
      // what prefect deploy reads from the Python code (Terraform cannot run it): the @flow name, and the parameter
      // schema Prefect validates runs against (the gate also refuses parameters the schema does not name).
      deployments: PrefectDeployments.fromPrefectYaml("flows/prefect.yaml", {
        flowNames: { "flows/orders.py:orders_etl": "orders-etl" },
        parameterSchemas: { "flows/orders.py:orders_etl": { type: "object", properties: { full_refresh: { type: "boolean" } } } },
      }),
      // Every deployment belongs to a product; each product has a quota per caller.
      products: [{ name: "nightly", deployments: ["orders-etl-nightly"], quota: Quota.perMinute(10) }],
      // The Prefect key and the status webhook's secret rotate on apply: apply at least this often.
      rotation: { every: Duration.days(30) },
    },
  ],
});

app.synth();
`;
}

function readme(stackName: string): string {
  return `# ${stackName}

A gated pipeline defined with [cdktf-gated-pipeline](https://www.npmjs.com/package/cdktf-gated-pipeline).

\`\`\`sh
npm install
npm run synth          # cdktf synth: writes cdktf.out/stacks/${stackName}/ and ${stackName}-admin/ (no credentials needed)
npm test               # type-check, synthesize, and run the policy pack (gated-pipeline check)
npm run deploy:admin   # once, with an administrator's Google credentials: the audit trail
npm run deploy         # the gate: cdktf deploy, with Google credentials and PREFECT_API_KEY set
\`\`\`

\`cdktf.json\` runs \`main.ts\` with \`ts-node --transpile-only\`, so synthesis does not type-check; \`npm test\` does.
Set \`CHECKPOINT_DISABLE=1\` to keep the cdktf CLI from calling home.

Synthesis warns about two decisions a production gate needs, until you make them in \`main.ts\`: where Terraform keeps
the state, which holds the Prefect key (\`backend: Backend.gcs(...)\` on an encrypted, access-restricted bucket), and
locking the audit log bucket (\`locked: true\`, irreversible: its retention is then frozen).
`;
}
