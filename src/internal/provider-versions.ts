/**
 * The versions every stack of the library asks for. The prebuilt google package would pin 6.50.0, which cannot deploy
 * a proxy revision, deploy with a service account or define developer apps, so stacks override it
 * to 7.x; 8.0.0 changes `secret_data_wo_version` to a string and is not tested.
 */
export const TERRAFORM_REQUIRED_VERSION = ">= 1.11";
export const GOOGLE_PROVIDER_SOURCE = "hashicorp/google";
export const GOOGLE_VERSION_CONSTRAINT = ">= 7.43.0, < 8.0.0";
/** Pinned exactly: the generated bindings in src/gen/ were made from this version's schema. */
export const PREFECT_PROVIDER_SOURCE = "prefecthq/prefect";
export const PREFECT_PROVIDER_VERSION = "3.4.1";
