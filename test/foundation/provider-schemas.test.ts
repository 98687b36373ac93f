// The provider schemas the offline Terraform provider serves (schemas/terraform/) must be exactly what
// `npm run schemas:extract` reads from the prebuilt packages and the flag table: a package upgrade, a new facade
// import or a table edit without re-extraction fails here.
import * as fs from "fs";
import * as path from "path";

interface Document {
  format_version: string;
  provider_schemas: Record<string, ProviderSchemas>;
}
interface ProviderSchemas {
  provider: unknown;
  resource_schemas: Record<string, { block: Block }>;
  data_source_schemas?: Record<string, { block: Block }>;
}
interface Block {
  attributes?: Record<string, Record<string, unknown>>;
  block_types?: Record<string, { block: Block }>;
}
interface Extracted {
  file: string;
  address: string;
  document: Document;
}

// eslint-disable-next-line @typescript-eslint/no-require-imports
const extractor = require("../../scripts/extract-provider-schemas.js") as {
  extractAll: () => Extracted[];
  applyFlags: (address: string, schemas: ProviderSchemas, flags: unknown) => void;
  render: (d: Document) => string;
  OUT: string;
};

const ROOT = path.join(__dirname, "..", "..");
const read = (file: string): Document => JSON.parse(fs.readFileSync(path.join(extractor.OUT, file), "utf8"));

describe("schemas/terraform", () => {
  let fresh: Extracted[];
  beforeAll(() => {
    fresh = extractor.extractAll();
  });

  test("each extracted document matches the committed file byte for byte, and no other document is left", () => {
    const committed = fs.readdirSync(extractor.OUT).filter((f) => f.endsWith(".json")).sort();
    expect(committed).toEqual([...fresh.map((d) => d.file), "prefect-3.4.1.json"].sort());
    const differing = fresh.filter((d) => fs.readFileSync(path.join(extractor.OUT, d.file), "utf8") !== extractor.render(d.document));
    expect(differing.map((d) => d.file)).toEqual([]);
  });

  test("there is one document per provider the library's stacks can require", () => {
    const addresses = [...fresh.map((d) => d.address), ...Object.keys(read("prefect-3.4.1.json").provider_schemas)].sort();
    expect(addresses).toEqual([
      "registry.terraform.io/hashicorp/azuread",
      "registry.terraform.io/hashicorp/google",
      "registry.terraform.io/hashicorp/http",
      "registry.terraform.io/hashicorp/random",
      "registry.terraform.io/hashicorp/time",
      "registry.terraform.io/okta/okta",
      "registry.terraform.io/prefecthq/prefect",
    ]);
  });

  test("the google document holds the prebuilt types and the generated 7.x extras, with flags the packages lack", () => {
    const google = fresh.find((d) => d.address.endsWith("/google"))!.document.provider_schemas["registry.terraform.io/hashicorp/google"];
    expect(Object.keys(google.resource_schemas)).toEqual(
      expect.arrayContaining(["google_apigee_api", "google_apigee_developer_app", "google_apigee_environment_api_revision_deployment"]),
    );
    const version = google.resource_schemas.google_secret_manager_secret_version.block.attributes!;
    expect(version.secret_data_wo).toMatchObject({ optional: true, write_only: true });
    expect(version.secret_data).toMatchObject({ optional: true, sensitive: true });
    // SDKv2's implicit id, and an attribute that is both settable and computed.
    expect(google.resource_schemas.google_apigee_api.block.attributes!.id).toMatchObject({ optional: true, computed: true });
    expect(google.resource_schemas.google_service_account.block.attributes!.project).toMatchObject({ optional: true, computed: true });
    // Computed only, from the generated sources' flags comments; a required block from its missing reset method.
    expect(google.resource_schemas.google_apigee_api.block.attributes!.latest_revision_id).toEqual({ type: "string", description_kind: "plain", computed: true });
    expect(google.resource_schemas.google_secret_manager_secret.block.block_types!.replication).toMatchObject({ nesting_mode: "list", min_items: 1, max_items: 1 });
  });

  test("the Prefect schema the bindings are generated from is a part of the full 3.4.1 dump, type for type", () => {
    const address = "registry.terraform.io/prefecthq/prefect";
    const full = read("prefect-3.4.1.json").provider_schemas[address];
    const generator = JSON.parse(fs.readFileSync(path.join(ROOT, "schemas", "prefect-3.4.1.json"), "utf8")).provider_schemas[address];
    for (const kind of ["resource_schemas", "data_source_schemas"] as const) {
      for (const [type, schema] of Object.entries(generator[kind] ?? {})) expect([type, full[kind]?.[type]]).toEqual([type, schema]);
    }
  });

  test("a flag-table entry naming an attribute that does not exist, or cannot be set, is refused", () => {
    const schemas = (): ProviderSchemas => ({
      provider: {},
      resource_schemas: { x_thing: { block: { attributes: { name: { type: "string", optional: true }, arn: { type: "string", computed: true } } } } },
      data_source_schemas: {},
    });
    const table = (optionalComputed: string[]) => ({ SDKV2_IMPLICIT_ID: "id", providers: { a: { rules: [], optionalComputed, sensitive: [], writeOnly: [] } } });
    expect(() => extractor.applyFlags("a", schemas(), table(["x_thing.nme"]))).toThrow("schema-flags: x_thing.nme: no such attribute");
    expect(() => extractor.applyFlags("a", schemas(), table(["x_thing.arn"]))).toThrow("schema-flags: x_thing.arn is not an optional attribute");
    const ok = schemas();
    extractor.applyFlags("a", ok, table(["x_thing.name"]));
    expect(ok.resource_schemas.x_thing.block.attributes!.name).toEqual({ type: "string", optional: true, computed: true });
  });
});
