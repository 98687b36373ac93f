// The `cdktf-gated-pipeline/okta` entry point: Okta's side of a gate (an authorization server, its scope, policy and
// rule, the callers' service apps). It loads @cdktf/provider-okta, so only users who import it need that package.
export { ClientPublicKey } from "./client-public-key";
export type { PublicJwk } from "./client-public-key";
export { OktaGateAuthorization } from "./okta-gate-authorization";
export type { OktaClientSecretProps, OktaGateAuthorizationProps, OktaGateCallerProps } from "./okta-gate-authorization";
export { OktaIssuerMode } from "./okta-issuer-mode";
export { defineOktaProvider } from "./okta-provider";
export type { OktaConnectionProps } from "./okta-provider";
