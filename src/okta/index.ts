export * from "./client-public-key";
export * from "./okta-gate-authorization";
export * from "./okta-issuer-mode";
export * from "./okta-provider";
