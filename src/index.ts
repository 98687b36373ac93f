// Public entry point: re-exports only (one concept per file lives behind these lines).
export * from "./pipeline/backend";
export * from "./pipeline/gated-pipeline-stack";
export * from "./prefect/prefect-provider";
