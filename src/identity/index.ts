export * from "./caller";
export * from "./ci-provider";
export * from "./deployer-identity";
export * from "./entra-token-version";
export * from "./gate-identities";
export * from "./issuer";
export * from "./jwt-algorithm";
export * from "./manifest-entries";
