// Shared test helpers: a stack with the library's providers, and the synthesized JSON of a stack as an object.
import * as fs from "fs";
import * as path from "path";
import { App, TerraformStack, Testing, Token } from "cdktf";
import { GatedPipelineStack, GatedPipelineStackProps, IssuerConfig } from "../src";

/** Non-secret placeholder ids used throughout the tests. */
export const ACCOUNT_ID = "6f1c2a3b-0000-4000-8000-000000000001";
export const WORKSPACE_ID = "6f1c2a3b-0000-4000-8000-000000000002";

export const STACK_PROPS: GatedPipelineStackProps = {
  google: { project: "acme-data-prod", region: "europe-west1" },
  prefect: { accountId: ACCOUNT_ID },
};

/** A fresh app (temp outdir, no stack traces) and a library stack in it. */
export function newStack(id = "test-stack", props: Partial<GatedPipelineStackProps> = {}): { app: App; stack: GatedPipelineStack } {
  const app = Testing.app();
  const stack = new GatedPipelineStack(app, id, { ...STACK_PROPS, ...props });
  return { app, stack };
}

/** The synthesized `cdk.tf.json` of a stack, parsed (without the `//` metadata, as `Testing.synth` strips it). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function synthJson(stack: GatedPipelineStack): any {
  return JSON.parse(Testing.synth(stack));
}

/** The folder of one stack in an app's output folder (`cdktf.out/stacks/<stack id>`). */
export function stackDir(outdir: string, stackId: string): string {
  return path.join(outdir, "stacks", stackId);
}

/** Runs a full synthesis (files written) and returns the stack's output directory. */
export function fullSynthDir(stack: TerraformStack): string {
  return stackDir(Testing.fullSynth(stack), stack.node.id);
}

/** A JSON file of a stack's output directory (`cdk.tf.json`, `gated-pipeline/<file>.json`), parsed. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function readJson(dir: string, file: string): any {
  return JSON.parse(fs.readFileSync(path.join(dir, file), "utf8"));
}

/**
 * The fields of a bound issuer whose values are Terraform references, known only at apply time (`issuer`,
 * `alternateIssuers[i]`, `audiences[i]`, `jwksUri`, `requiredClaims.<claim>`), with their values.
 */
export function applyTimeFields(config: IssuerConfig): Record<string, string> {
  const fields: Array<[string, string]> = [
    ["issuer", config.issuer],
    ...config.alternateIssuers.map((v, i): [string, string] => [`alternateIssuers[${i}]`, v]),
    ...config.audiences.map((v, i): [string, string] => [`audiences[${i}]`, v]),
    ["jwksUri", config.jwksUri],
    ...Object.entries(config.requiredClaims).map(([claim, v]): [string, string] => [`requiredClaims.${claim}`, v]),
  ];
  return Object.fromEntries(fields.filter(([, v]) => Token.isUnresolved(v)));
}
