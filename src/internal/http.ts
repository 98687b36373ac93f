/** Prebuilt hashicorp/http bindings (deep imports): reads OIDC discovery documents at plan time. */
export { HttpProvider } from "@cdktf/provider-http/lib/provider";
export { DataHttp } from "@cdktf/provider-http/lib/data-http";
