import { Construct } from "constructs";
import { checkRule, UUID } from "../core/rules";
import { AzureadProvider } from "../internal/azuread";

/** Which Entra ID tenant a stack manages. Credentials are deliberately not props. */
export interface AzureadConnectionProps {
  /** The directory (tenant) id: a UUID in lowercase, as Entra writes it in `tid`. */
  readonly tenantId: string;
}

/**
 * Declares the azuread provider for `scope`'s stack, pinned to one tenant. How Terraform signs in is not a prop: it
 * reads `ARM_CLIENT_ID` with `ARM_USE_OIDC=true` (keyless CI), a managed identity or the Azure CLI at apply time, so no
 * credential reaches `cdk.tf.json`.
 */
export function defineAzureadProvider(scope: Construct, props: AzureadConnectionProps, id = "azuread"): AzureadProvider {
  const path = scope.node.path || "app";
  checkRule(path, "azuread tenantId", props.tenantId, UUID);
  return new AzureadProvider(scope, id, { tenantId: props.tenantId });
}
