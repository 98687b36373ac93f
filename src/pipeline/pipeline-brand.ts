/**
 * How a `GatedPipeline` is recognised in a construct tree without `instanceof`, which fails when a program loads two
 * copies of this library: a symbol registered globally (`Symbol.for`), set on each pipeline. The stack-level writers
 * (the access matrix) find pipelines through it without importing the construct.
 */
import type { IConstruct } from "constructs";
import type { GateManifest } from "../gate/manifest";

const PIPELINE_SYMBOL = Symbol.for("cdktf-gated-pipeline.GatedPipeline");

/** What a branded pipeline offers the stack-level writers. */
export interface BrandedPipeline extends IConstruct {
  /** The gate manifest (valid once the construct tree is complete). */
  manifest(): GateManifest;
}

/** Marks `pipeline` as a GatedPipeline (not enumerable, so it never shows in the construct's JSON). */
export function brandPipeline(pipeline: BrandedPipeline): void {
  Object.defineProperty(pipeline, PIPELINE_SYMBOL, { value: true });
}

/** Whether `x` carries the brand, whichever copy of the library made it. */
export function isBrandedPipeline(x: unknown): x is BrandedPipeline {
  return typeof x === "object" && x !== null && PIPELINE_SYMBOL in x;
}
