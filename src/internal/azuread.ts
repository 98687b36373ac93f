/**
 * Prebuilt hashicorp/azuread 3.7.0 bindings (deep imports), for the optional `cdktf-gated-pipeline/entra` module only:
 * the core entry point never loads this file, so `@cdktf/provider-azuread` stays an optional peer dependency.
 */
import { requireOptionalPeer } from "./optional-peer";

requireOptionalPeer("cdktf-gated-pipeline/entra", "@cdktf/provider-azuread", "@cdktf/provider-azuread/lib/provider");
export { AzureadProvider } from "@cdktf/provider-azuread/lib/provider";
export { Application as AzureadApplication } from "@cdktf/provider-azuread/lib/application";
export { ServicePrincipal as AzureadServicePrincipal } from "@cdktf/provider-azuread/lib/service-principal";
export { AppRoleAssignment as AzureadAppRoleAssignment } from "@cdktf/provider-azuread/lib/app-role-assignment";
export { ApplicationPasswordA as AzureadApplicationPassword } from "@cdktf/provider-azuread/lib/application-password";
export { ApplicationFederatedIdentityCredential as AzureadApplicationFederatedIdentityCredential } from "@cdktf/provider-azuread/lib/application-federated-identity-credential";
