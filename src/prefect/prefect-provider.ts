import { Construct } from "constructs";
import { PrefectProvider } from "../gen/providers/prefect/provider";

/** How a stack reaches Prefect Cloud. */
export interface PrefectConnectionProps {
  /** Prefect Cloud account id (a UUID). */
  readonly accountId: string;
  /**
   * Workspace the provider targets by default.
   * @default - none: every resource names its workspace
   */
  readonly workspaceId?: string;
  /**
   * Prefect API endpoint.
   * @default "https://api.prefect.cloud"
   */
  readonly endpoint?: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Declares the prefect provider. The API key is deliberately not a prop: Terraform reads it from `PREFECT_API_KEY` at
 * apply time, so no credential ever reaches `cdk.tf.json`.
 */
export function definePrefectProvider(scope: Construct, id: string, props: PrefectConnectionProps): PrefectProvider {
  const path = scope.node.path || "app";
  if (!UUID.test(props.accountId)) {
    throw new Error(`${path}: prefect.accountId ${JSON.stringify(props.accountId)} is not a UUID (Prefect account ids look like 6f1c2a3b-0000-4000-8000-000000000000)`);
  }
  if (props.workspaceId !== undefined && !UUID.test(props.workspaceId)) {
    throw new Error(`${path}: prefect.workspaceId ${JSON.stringify(props.workspaceId)} is not a UUID`);
  }
  if (props.endpoint !== undefined && !/^https:\/\/[^\s/]+/.test(props.endpoint)) {
    throw new Error(`${path}: prefect.endpoint ${JSON.stringify(props.endpoint)} must be an https URL`);
  }
  return new PrefectProvider(scope, id, {
    accountId: props.accountId,
    workspaceId: props.workspaceId,
    endpoint: props.endpoint,
  });
}
