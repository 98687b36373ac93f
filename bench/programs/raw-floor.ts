// The raw-cdktf floor: the same Terraform resources as the reference stack, declared directly as L1 resources (one
// TerraformResource per resource, attributes copied from a previous synth of the library's stack), with the same
// provider modules loaded. What the library adds on top — validation, bundle building, manifests, checks — is
// exactly the difference between this program and the library's.
// Usage: node lib/bench/programs/raw-floor.js <cdk.tf.json of the library's stack>
import * as fs from "fs";
import { App, TerraformHclModule, TerraformResource, TerraformStack, TerraformDataSource } from "cdktf";
import { GoogleProvider } from "@cdktf/provider-google/lib/provider";
import { TimeProvider } from "@cdktf/provider-time/lib/provider";
import { HttpProvider } from "@cdktf/provider-http/lib/provider";
import { RandomProvider } from "@cdktf/provider-random/lib/provider";
import { PrefectProvider } from "../../src/gen/providers/prefect/provider";

void TerraformHclModule;
const source = JSON.parse(fs.readFileSync(process.argv[2], "utf8"));
const app = new App();
const stack = new TerraformStack(app, "raw-floor");
new GoogleProvider(stack, "google", { project: "acme-data-prod", region: "europe-west1" });
new PrefectProvider(stack, "prefect", { accountId: "6f1c2a3b-0000-4000-8000-000000000001" });
new TimeProvider(stack, "time");
new HttpProvider(stack, "http");
new RandomProvider(stack, "random");

function declare(kind: "resource" | "data", type: string, id: string, body: Record<string, unknown>): void {
  const Ctor = kind === "resource" ? TerraformResource : TerraformDataSource;
  const element = new Ctor(stack, id, { terraformResourceType: type });
  for (const [key, value] of Object.entries(body)) if (key !== "//") element.addOverride(key, value);
}
for (const [type, items] of Object.entries(source.resource ?? {})) {
  for (const [id, body] of Object.entries(items as Record<string, Record<string, unknown>>)) declare("resource", type, id, body);
}
for (const [type, items] of Object.entries(source.data ?? {})) {
  for (const [id, body] of Object.entries(items as Record<string, Record<string, unknown>>)) declare("data", type, id, body);
}
app.synth();
