export * from "./rotation-schedule";
export * from "./secret";
