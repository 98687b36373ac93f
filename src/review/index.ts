// Reviewing a change from synthesized outputs: read them, compare two, render the comparison.
export { diffAccess, quotaEffect, quotaText } from "./access-diff";
export { isWidening } from "./change";
export type { Area, Change, Effect } from "./change";
export { renderDiffMarkdown } from "./diff-markdown";
export { diffGateSettings } from "./gate-settings-diff";
export { diffAudit, diffRotation } from "./rotation-audit-diff";
export { diffFindings, diffProxies } from "./stack-diff";
export { AREA_ORDER, diffSynthOutputs } from "./synth-diff";
export type { SynthDiff, SynthSide } from "./synth-diff";
export { gateManifests, readStackOutput, readSynthOutput, synthStacks, SynthOutputError } from "./synth-output";
export type { SynthStack } from "./synth-output";
