#!/usr/bin/env node
// Regenerates the L1 bindings in src/gen/ from the schema JSON committed under schemas/, offline.
// Usage: node scripts/gen.js <outdir>   (npm run gen writes src/gen; the freshness test writes a temp dir)
"use strict";
// The generator's helpers run `terraform version` at load time, which warns about a missing ~/.terraformrc.
process.env.CHECKPOINT_DISABLE = "1";
// It only asks terraform for its version, which generation does not need.
process.env.TERRAFORM_BINARY_NAME = process.env.TERRAFORM_BINARY_NAME || "true";
const fs = require("fs");
const path = require("path");
// Deep import: the package entry point resolves jsii-pacmak at load time, which only cdktf-cli brings.
const { TerraformProviderGenerator } = require("@cdktf/provider-generator/lib/get/generator/provider-generator");
const { CodeMaker } = require("codemaker");
const { TerraformProviderConstraint, ConstructsMakerTarget, Language } = require("@cdktf/commons");

const SCHEMAS = path.join(__dirname, "..", "schemas");

/** Each provider we generate: its schema file, registry address, version and the constraint baked into the code. */
const PROVIDERS = [
  {
    schema: "prefect-3.4.1.json",
    fqpn: "registry.terraform.io/prefecthq/prefect",
    version: "3.4.1",
    constraint: "prefecthq/prefect@3.4.1",
    resourcesOnly: false,
  },
  {
    // google 7.x resources the prebuilt 6.50 package lacks. No provider class: the prebuilt GoogleProvider serves them.
    schema: "google-apigee-extras-7.45.0.json",
    fqpn: "registry.terraform.io/hashicorp/google",
    version: "7.45.0",
    constraint: "hashicorp/google@>= 7.43.0, < 8.0.0",
    resourcesOnly: true,
  },
];

async function generate(outDir) {
  for (const p of PROVIDERS) {
    const schema = JSON.parse(fs.readFileSync(path.join(SCHEMAS, p.schema), "utf8"));
    const entry = schema.provider_schemas[p.fqpn];
    if (!entry) throw new Error(`${p.schema}: no provider_schemas entry for ${p.fqpn}`);
    if (p.resourcesOnly) delete entry.provider;
    schema.provider_versions = { [p.fqpn]: p.version };
    const code = new CodeMaker();
    new TerraformProviderGenerator(code, schema).generate(
      ConstructsMakerTarget.from(new TerraformProviderConstraint(p.constraint), Language.TYPESCRIPT),
    );
    await code.save(outDir);
  }
}

module.exports = { generate, PROVIDERS };

if (require.main === module) {
  const outDir = process.argv[2];
  if (!outDir) {
    process.stderr.write("usage: node scripts/gen.js <outdir>\n");
    process.exit(2);
  }
  const target = path.resolve(outDir);
  // Stale modules of a removed resource must not survive a regeneration.
  fs.rmSync(path.join(target, "providers"), { recursive: true, force: true });
  generate(target).then(
    () => process.stdout.write(`generated bindings in ${path.relative(process.cwd(), target) || "."}/providers\n`),
    (err) => {
      process.stderr.write(`${err.stack || err}\n`);
      process.exit(1);
    },
  );
}
