export * from "./azuread-provider";
export * from "./entra-gate-application";
export * from "./federated-credential";
