// Shared test helpers: a stack with the library's providers, and the synthesized JSON of a stack as an object.
import * as fs from "fs";
import * as path from "path";
import { App, Testing } from "cdktf";
import { GatedPipelineStack, GatedPipelineStackProps } from "../src";

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

/** Runs a full synthesis (files written) and returns the stack's output directory. */
export function fullSynthDir(stack: GatedPipelineStack): string {
  const outdir = Testing.fullSynth(stack);
  return path.join(outdir, "stacks", stack.node.id);
}

/** Reads a file of a full synthesis. */
export function readOut(dir: string, file: string): string {
  return fs.readFileSync(path.join(dir, file), "utf8");
}
