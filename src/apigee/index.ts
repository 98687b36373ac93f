// The Apigee L2 constructs (re-exports only).
export * from "./api-product";
export * from "./api-proxy";
export * from "./bundle-source";
export * from "./client-ip-resolution";
export * from "./developer";
export * from "./developer-app";
export * from "./environment";
export * from "./environment-group";
export * from "./flow-hook-point";
export * from "./gate-runtime-service-account";
export * from "./instance";
export * from "./key-value-map";
export * from "./organization";
export * from "./quota";
export * from "./shared-flow";
export * from "./target-server";
