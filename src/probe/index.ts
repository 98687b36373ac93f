// The probe's public API: run it, read its report, and the pieces a caller may reuse (request sets, comparison,
// pacing, key sets, Terraform outputs). Helpers the request sets share stay internal.
export { compareAnswer } from "./compare";
export type { Outcome } from "./compare";
export { hostileRequests, NOT_PROVOKED_WITHOUT_TOKEN } from "./hostile-requests";
export type { RequestSet } from "./hostile-requests";
export { fetchKeySets, KeySetError, keySetsFromJwks } from "./key-sets";
export { readErrorBody, sendProbeRequest } from "./live-answer";
export type { LiveAnswer } from "./live-answer";
export { MAX_REQUESTS, MIN_INTERVAL_MILLIS, pacingIntervalMillis } from "./pacing";
export type { ProbeContext } from "./probe-context";
export { renderProbeJson, renderProbeTable } from "./probe-report";
export type { ProbeRequest } from "./probe-request";
export { isLoopbackHost, parseGateUrl, TargetError } from "./probe-target";
export { runProbe } from "./run-probe";
export type { ProbeOptions, ProbeReport, ProbeResult, UnsentRequest } from "./run-probe";
export { OutputsFileError, setFromTerraformOutputs } from "./terraform-outputs";
export { tokenVariants } from "./token-variants";
export type { TokenVariantsInput } from "./token-variants";
