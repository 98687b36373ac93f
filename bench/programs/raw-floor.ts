// The raw-cdktf floor: the same Terraform resources and data sources as a stack the library synthesized, declared
// directly as L1 elements with the same providers loaded, and wired the way a hand-written program wires them: every
// `${type.name.attr}` reference becomes a real cdktf reference to the other element (with the token and creation
// stack trace cdktf makes for each). No bundle is built, no manifest written, no check run, nothing validated: what
// the library adds is exactly the difference between this program and the library's.
// Usage: node lib/bench/programs/raw-floor.js <cdk.tf.json of a stack the library synthesized> [<another> ...]
import * as fs from "fs";
import { App, TerraformDataSource, TerraformElement, TerraformResource, TerraformStack } from "cdktf";
import { GoogleProvider } from "@cdktf/provider-google/lib/provider";
import { TimeProvider } from "@cdktf/provider-time/lib/provider";
import { HttpProvider } from "@cdktf/provider-http/lib/provider";
import { RandomProvider } from "@cdktf/provider-random/lib/provider";
import { PrefectProvider } from "../../src/gen/providers/prefect/provider";

type Body = Record<string, unknown>;
const REFERENCE = /(data\.)?([a-z0-9_]+)\.([A-Za-z0-9_-]+)\.([a-z0-9_]+)/g;

/** One stack declaring the resources and data sources of `source` (a `cdk.tf.json`), wired by real references. */
function declareStack(app: App, name: string, source: Record<string, Record<string, Record<string, Body>>>): void {
  const stack = new TerraformStack(app, name);
  new GoogleProvider(stack, "google", { project: "acme-data-prod", region: "europe-west1" });
  new PrefectProvider(stack, "prefect", { accountId: "6f1c2a3b-0000-4000-8000-000000000001" });
  new TimeProvider(stack, "time");
  new HttpProvider(stack, "http");
  new RandomProvider(stack, "random");

  const elements = new Map<string, TerraformResource | TerraformDataSource>();
  const declared: [TerraformElement, Body][] = [];
  for (const kind of ["resource", "data"] as const) {
    for (const [type, items] of Object.entries(source[kind] ?? {})) {
      for (const [id, body] of Object.entries(items)) {
        const element = kind === "resource" ? new TerraformResource(stack, id, { terraformResourceType: type }) : new TerraformDataSource(stack, id, { terraformResourceType: type });
        elements.set(kind === "resource" ? `${type}.${id}` : `data.${type}.${id}`, element);
        declared.push([element, body]);
      }
    }
  }

  /** A string with `${...}` references rewritten through real references to the elements they name. */
  const wire = (value: unknown): unknown => {
    if (typeof value === "string") {
      return value.replace(/\$\{([^{}]*)\}/g, (whole, expr: string) => {
        if (!/^(data\.)?[a-z0-9_]+\.[A-Za-z0-9_-]+\.[a-z0-9_]+$/.test(expr)) return whole; // functions: keep as written
        const [, data, type, id, attr] = new RegExp(REFERENCE.source).exec(expr)!;
        const target = elements.get(`${data ?? ""}${type}.${id}`);
        return target ? target.getStringAttribute(attr) : whole;
      });
    }
    if (Array.isArray(value)) return value.map(wire);
    if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, wire(v)]));
    return value;
  };

  for (const [element, body] of declared) {
    for (const [key, value] of Object.entries(body)) {
      if (key === "//") continue;
      if (key === "depends_on" && element instanceof TerraformResource) {
        element.dependsOn = (value as string[]).map((ref) => ref);
        continue;
      }
      element.addOverride(key, wire(value));
    }
  }
}

const app = new App();
// One stack per cdk.tf.json given (the reference app has two: the administrator's and the gate's).
process.argv.slice(2).forEach((file, i) => declareStack(app, `raw-floor-${i}`, JSON.parse(fs.readFileSync(file, "utf8"))));
app.synth();
