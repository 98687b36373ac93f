// The `cdktf-gated-pipeline/entra` entry point: Microsoft Entra ID's side of a gate (the gate's application, its
// callers' applications, federated credentials). It loads @cdktf/provider-azuread, so only users who import it need
// that package.
export { defineAzureadProvider } from "./azuread-provider";
export type { AzureadConnectionProps } from "./azuread-provider";
export { EntraGateApplication } from "./entra-gate-application";
export type { EntraGateApplicationProps, EntraGateCallerProps, EntraPasswordProps } from "./entra-gate-application";
export { AZURE_AD_TOKEN_EXCHANGE, FederatedCredential } from "./federated-credential";
export type { GitHubActionsCredentialProps, GoogleServiceAccountCredentialProps, OidcCredentialProps } from "./federated-credential";
