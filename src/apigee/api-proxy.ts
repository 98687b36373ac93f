import { Construct, IConstruct } from "constructs";
import { APIGEE_NAME } from "../core/rules";
import { ApigeeEnvironmentApiRevisionDeployment } from "../gen/providers/google/apigee-environment-api-revision-deployment";
import { Token } from "../internal/cdk";
import { ApigeeApi } from "../internal/google";
import { basePathsOf, packBundle, resourcesUnder, runtimeIdentityResources, writeBundle } from "./bundle-file";
import { IBundleSource } from "./bundle-source";
import { DeploymentRegistry } from "./deployment-registry";
import { IApigeeEnvironment } from "./environment";
import { IGateRuntimeServiceAccount } from "./gate-runtime-service-account";
import { IKeyValueMap } from "./key-value-map";
import { IApigeeOrganization } from "./organization";
import { ISharedFlow, SharedFlow } from "./shared-flow";
import { ITargetServer } from "./target-server";
import { attributeOf, checkName, environmentNameRef, orNone } from "./validation";

/** An Apigee API proxy. */
export interface IApiProxy extends IConstruct {
  /** The organization the proxy belongs to. */
  readonly organization: IApigeeOrganization;
  /**
   * The proxy name (an API product operation's `apiSource`).
   * @attribute
   */
  readonly proxyName: string;
}

/** Props of {@link ApiProxy}. */
export interface ApiProxyProps {
  /** The proxy bundle (kind `apiproxy`) from the bundle compiler. */
  readonly bundle: IBundleSource;
  /** The environment to deploy the proxy to (its organization is the proxy's). */
  readonly environment: IApigeeEnvironment;
  /**
   * The identity the proxy runs as: Cloud Logging (MessageLogging) and Google-authenticated callouts (Secret Manager)
   * need one, and Apigee refuses the deployment of such a proxy without it.
   */
  readonly runtimeServiceAccount: IGateRuntimeServiceAccount;
  /**
   * Shared flows the proxy calls (FlowCallout). Each must be deployed to the same environment; the proxy deployment
   * waits for theirs, since Apigee refuses a proxy whose shared flow is not deployed.
   * @default - none
   */
  readonly sharedFlows?: readonly ISharedFlow[];
  /**
   * Key value maps the proxy reads; they must be in the proxy's environment. The deployment does **not** wait for
   * them: the deployment is create-before-destroy, which Terraform forces onto everything it depends on, and KVM
   * entries are immutable with fixed names (a changed value would create a same-named entry while the old one exists,
   * which Apigee refuses). So on a stack's first apply the proxy may serve before its entries exist, for as long as
   * the entries take to create (the KeyValueMapOperations lookups miss until then).
   * @default - none
   */
  readonly keyValueMaps?: readonly IKeyValueMap[];
  /**
   * Target servers the proxy routes to; the proxy deployment waits for them.
   * @default - none
   */
  readonly targetServers?: readonly ITargetServer[];
  /**
   * Apigee's sequenced rollout (safer traffic switching, slower deployments).
   * @default false
   */
  readonly sequencedRollout?: boolean;
}

/**
 * Uploads a proxy bundle and deploys its latest revision to one environment.
 *
 * - The zip is written during synthesis to `bundles/<name>.zip` in the stack folder (where Terraform runs) and
 *   uploaded with `google_apigee_api`; `detect_md5hash` is the base64 MD5 of the same bytes, so only a changed bundle
 *   makes a new revision.
 * - `google_apigee_environment_api_revision_deployment` (google >= 7.8) deploys `latest_revision_id` with
 *   `override = true` (replace the deployed revision instead of failing) and the runtime service account. Every
 *   argument is ForceNew, so a new revision replaces the resource; `create_before_destroy` deploys the new revision
 *   (which, with override, takes the traffic) before the old resource is destroyed. **Unverified:** what deleting
 *   the old resource does after an override has already replaced its revision (a no-op, an error, or an undeploy
 *   of the new revision). Check the first revision change of a new gate in a non-production environment.
 * - The deployment is ordered after the environment (and the attachments it has when the proxy is constructed, so
 *   attach environments first), the shared flows and target servers it uses and the runtime identity's grants, and
 *   never after a key value map or its entries (see `keyValueMaps`).
 * - Base paths (read from the bundle's ProxyEndpoints) must be unique per environment and per environment group
 *   within the app; a clash fails at construction, naming both proxies.
 */
export class ApiProxy extends Construct implements IApiProxy {
  /** An existing proxy, by name (e.g. for an API product). Defines nothing. */
  public static fromProxyName(scope: Construct, id: string, organization: IApigeeOrganization, proxyName: string): IApiProxy {
    checkName(`${scope.node.path}/${id}`, "proxyName", proxyName, APIGEE_NAME);
    return new ApiProxyReference(scope, id, organization, proxyName);
  }

  public readonly organization: IApigeeOrganization;
  public readonly proxyName: string;
  /** The environment the proxy is deployed to. */
  public readonly environment: IApigeeEnvironment;
  /** The base paths of the proxy's endpoints. */
  public readonly basePaths: readonly string[];
  /** The zip's path relative to the stack folder, `bundles/<name>.zip`. */
  public readonly configBundle: string;
  /**
   * The newest uploaded revision (a Terraform reference).
   * @attribute
   */
  public readonly latestRevisionId: string;
  /** The underlying `google_apigee_api` (the upload). */
  public readonly resource: ApigeeApi;
  /** The `google_apigee_environment_api_revision_deployment`. */
  public readonly deployment: ApigeeEnvironmentApiRevisionDeployment;

  public constructor(scope: Construct, id: string, props: ApiProxyProps) {
    super(scope, id);
    const path = this.node.path;
    const env = props.environment;
    const packed = packBundle(this, props.bundle, "apiproxy");
    const basePaths = basePathsOf(packed);
    if (basePaths.length === 0) {
      throw new Error(`${path}: bundle ${JSON.stringify(props.bundle.name)} has no <BasePath> in apiproxy/proxies/*.xml (a deployed proxy needs one)`);
    }
    for (const basePath of basePaths) {
      if (!basePath.startsWith("/")) {
        throw new Error(`${path}: basePath ${JSON.stringify(basePath)} is not allowed (must start with '/')`);
      }
    }
    for (const flow of props.sharedFlows ?? []) {
      if (flow instanceof SharedFlow && flow.environment.environmentId !== env.environmentId) {
        throw new Error(
          `${path}: shared flow ${flow.node.path} is deployed to environment ${JSON.stringify(flow.environment.environmentName)}, ` +
            `not to the proxy's environment ${JSON.stringify(env.environmentName)}`,
        );
      }
    }
    for (const dep of [...(props.keyValueMaps ?? []), ...(props.targetServers ?? [])]) {
      if (dep.environment.environmentId !== env.environmentId) {
        throw new Error(
          `${path}: ${dep.node.path} belongs to environment ${JSON.stringify(dep.environment.environmentName)}, ` +
            `not to the proxy's environment ${JSON.stringify(env.environmentName)}`,
        );
      }
    }
    // Everything is checked; now claim the base paths and the bundle file.
    DeploymentRegistry.of(this).registerProxy(this, env, basePaths);
    const file = writeBundle(this, packed);

    this.organization = env.organization;
    this.proxyName = props.bundle.name;
    this.environment = env;
    this.basePaths = basePaths;
    this.configBundle = file.configBundle;
    const orgName = env.organization.organizationName;

    this.resource = new ApigeeApi(this, "Resource", {
      orgId: orgName,
      name: props.bundle.name,
      configBundle: file.configBundle,
      detectMd5Hash: file.packed.md5Base64,
      timeouts: { create: "20m", update: "20m", delete: "20m" },
    });
    this.latestRevisionId = this.resource.latestRevisionId;

    const sharedFlowDeployments = (props.sharedFlows ?? []).flatMap((f) => (f instanceof SharedFlow ? [f.deployment] : []));
    this.deployment = new ApigeeEnvironmentApiRevisionDeployment(this, "Deployment", {
      orgId: orgName,
      environment: environmentNameRef(env),
      api: this.resource.name,
      revision: Token.asNumber(this.resource.latestRevisionId),
      override: true,
      sequencedRollout: props.sequencedRollout ?? false,
      serviceAccount: attributeOf(props.runtimeServiceAccount, "email", props.runtimeServiceAccount.serviceAccountEmail),
      timeouts: { create: "30m", delete: "30m" },
      lifecycle: { createBeforeDestroy: true },
      dependsOn: orNone(unique([
        ...resourcesUnder(env),
        ...sharedFlowDeployments,
        ...resourcesUnder(...(props.targetServers ?? [])),
        ...runtimeIdentityResources(props.runtimeServiceAccount),
      ])),
    });
  }
}

class ApiProxyReference extends Construct implements IApiProxy {
  public constructor(
    scope: Construct,
    id: string,
    public readonly organization: IApigeeOrganization,
    public readonly proxyName: string,
  ) {
    super(scope, id);
  }
}

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}
