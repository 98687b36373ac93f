import { Construct } from "constructs";
import { throwProblems } from "../core/problems";
import { notAllowed, ruleProblem, UUID } from "../core/rules";
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
  throwProblems(path, prefectConnectionProblems(path, props));
  return new PrefectProvider(scope, id, {
    accountId: props.accountId,
    workspaceId: props.workspaceId,
    endpoint: props.endpoint,
  });
}

/**
 * What is wrong with a stack's Prefect connection, one sentence each naming `path`: ids that are not lowercase UUIDs,
 * an endpoint that is not https. Empty when nothing is.
 * @internal
 */
export function prefectConnectionProblems(path: string, props: PrefectConnectionProps): string[] {
  return [
    ruleProblem(path, "prefect.accountId", props.accountId, UUID),
    props.workspaceId === undefined ? undefined : ruleProblem(path, "prefect.workspaceId", props.workspaceId, UUID),
    props.endpoint === undefined || /^https:\/\/[^\s/]+/.test(props.endpoint) ? undefined : notAllowed(path, "prefect.endpoint", props.endpoint, "an https URL"),
  ].filter((p): p is string => p !== undefined);
}
