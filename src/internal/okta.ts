/**
 * Prebuilt okta/okta 4.20.0 bindings (deep imports), for the optional `cdktf-gated-pipeline/okta` module only: the core
 * entry point never loads this file, so `@cdktf/provider-okta` stays an optional peer dependency.
 */
import { requireOptionalPeer } from "./optional-peer";

requireOptionalPeer("cdktf-gated-pipeline/okta", "@cdktf/provider-okta", "@cdktf/provider-okta/lib/provider");
export { OktaProvider } from "@cdktf/provider-okta/lib/provider";
export { AuthServer as OktaAuthServer } from "@cdktf/provider-okta/lib/auth-server";
export { AuthServerScope as OktaAuthServerScope } from "@cdktf/provider-okta/lib/auth-server-scope";
export { AuthServerPolicy as OktaAuthServerPolicy } from "@cdktf/provider-okta/lib/auth-server-policy";
export { AuthServerPolicyRule as OktaAuthServerPolicyRule } from "@cdktf/provider-okta/lib/auth-server-policy-rule";
export { AppOauth as OktaAppOauth } from "@cdktf/provider-okta/lib/app-oauth";
export type { AppOauthJwks as OktaAppOauthJwks } from "@cdktf/provider-okta/lib/app-oauth";
