// Public entry point: re-exports only (one concept per file lives behind these lines).
// The Okta and Entra ID modules are separate entry points (`cdktf-gated-pipeline/okta`, `/entra`), so their provider
// packages load only when a user imports them.
export * from "./core/duration";
export * from "./core/rate";
export * from "./pipeline/backend";
export * from "./pipeline/gated-pipeline-props";
export * from "./pipeline/gated-pipeline";
export * from "./pipeline/gate-outputs";
export * from "./pipeline/gated-pipeline-stack";
export * from "./pipeline/status-events-subscription";
export * from "./pipeline/gated-pipeline-admin-stack";
export * from "./pipeline/access-matrix";
export * from "./apigee";
// The bundle model's Quota and SharedFlow are Apigee policy/bundle elements, not the L2 constructs of the same name.
export * as bundle from "./apigee/bundle";
export * from "./identity";
export * from "./secrets";
export * from "./audit";
export * from "./prefect";
export * from "./gate/manifest";
export * as gate from "./gate/contract";
export * from "./checks";
export * from "./simulate";
export * from "./probe";
export * from "./review";
