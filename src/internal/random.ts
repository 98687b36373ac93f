/** Prebuilt hashicorp/random bindings (deep imports): shared secrets generated inside Terraform, never in code. */
export { RandomProvider } from "@cdktf/provider-random/lib/provider";
export { Password as RandomPassword } from "@cdktf/provider-random/lib/password";
