import { Construct } from "constructs";
import { AzureadProvider } from "../internal/azuread";

/** Which Entra ID tenant a stack manages. Credentials are deliberately not props. */
export interface AzureadConnectionProps {
  /** The directory (tenant) id, a GUID. */
  readonly tenantId: string;
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * Declares the azuread provider for `scope`'s stack, pinned to one tenant. How Terraform signs in is not a prop: it
 * reads `ARM_CLIENT_ID` with `ARM_USE_OIDC=true` (keyless CI), a managed identity or the Azure CLI at apply time, so no
 * credential reaches `cdk.tf.json`.
 */
export function defineAzureadProvider(scope: Construct, props: AzureadConnectionProps, id = "azuread"): AzureadProvider {
  const path = scope.node.path || "app";
  if (!GUID.test(props.tenantId)) {
    throw new Error(`${path}: azuread tenantId ${JSON.stringify(props.tenantId)} is not allowed (a lowercase tenant GUID such as '72f988bf-86f1-41af-91ab-2d7cd011db47')`);
  }
  return new AzureadProvider(scope, id, { tenantId: props.tenantId });
}
