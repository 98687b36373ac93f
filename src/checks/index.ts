// The policy pack: rules over synthesized output, their runner, suppressions and the in-synth aspect.
export * from "./model";
export * from "./bundle-source";
export * from "./runner";
export * from "./rules";
export * from "./check-suppressions";
export * from "./gated-pipeline-checks";
export * from "./synth-dir";
