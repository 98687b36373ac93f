import { Construct } from "constructs";
import { checkRule, UUID } from "../core/rules";
import { PrefectProvider } from "../gen/providers/prefect/provider";

/** How a stack reaches Prefect Cloud. */
export interface PrefectConnectionProps {
  /** Prefect Cloud account id: a UUID in lowercase, as Prefect shows it. */
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

/**
 * Declares the prefect provider. The API key is deliberately not a prop: Terraform reads it from `PREFECT_API_KEY` at
 * apply time, so no credential ever reaches `cdk.tf.json`.
 */
export function definePrefectProvider(scope: Construct, id: string, props: PrefectConnectionProps): PrefectProvider {
  const path = scope.node.path || "app";
  checkRule(path, "prefect.accountId", props.accountId, UUID);
  if (props.workspaceId !== undefined) checkRule(path, "prefect.workspaceId", props.workspaceId, UUID);
  if (props.endpoint !== undefined && !/^https:\/\/[^\s/]+/.test(props.endpoint)) {
    throw new Error(`${path}: prefect.endpoint ${JSON.stringify(props.endpoint)} must be an https URL`);
  }
  return new PrefectProvider(scope, id, {
    accountId: props.accountId,
    workspaceId: props.workspaceId,
    endpoint: props.endpoint,
  });
}
