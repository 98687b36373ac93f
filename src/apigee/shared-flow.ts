import { Construct, IConstruct } from "constructs";
import { ApigeeFlowhook, ApigeeSharedflow, ApigeeSharedflowDeployment } from "../internal/google";
import { packBundle, runtimeIdentityResources, writeBundle } from "./bundle-file";
import { IBundleSource } from "./bundle-source";
import { IApigeeEnvironment } from "./environment";
import { FlowHookPoint } from "./flow-hook-point";
import { IGateRuntimeServiceAccount } from "./gate-runtime-service-account";
import { IApigeeOrganization } from "./organization";
import { APIGEE_NAME } from "../core/rules";
import { attributeOf, checkName, environmentNameRef, orNone } from "./validation";

/** An Apigee shared flow: reusable policies a proxy calls with FlowCallout (or a flow hook runs). */
export interface ISharedFlow extends IConstruct {
  /** The organization the shared flow belongs to. */
  readonly organization: IApigeeOrganization;
  /**
   * The shared flow name (what a FlowCallout's `<SharedFlowBundle>` names).
   * @attribute
   */
  readonly sharedFlowName: string;
}

/** Props of {@link SharedFlow}. */
export interface SharedFlowProps {
  /** The shared flow bundle (kind `sharedflowbundle`) from the bundle compiler. */
  readonly bundle: IBundleSource;
  /** The environment to deploy the shared flow to (its organization is the shared flow's). */
  readonly environment: IApigeeEnvironment;
  /**
   * Identity the shared flow runs as; needed when its policies use Google authentication or Cloud Logging.
   * @default - none
   */
  readonly runtimeServiceAccount?: IGateRuntimeServiceAccount;
  /**
   * Attach the shared flow to every proxy of the environment at this point.
   * @default - no flow hook (proxies call it with FlowCallout)
   */
  readonly flowHook?: FlowHookPoint;
  /**
   * Whether proxies continue when the hooked shared flow fails. Off by default: the gate fails closed.
   * @default false
   */
  readonly flowHookContinueOnError?: boolean;
}

/**
 * Uploads a shared flow bundle (`google_apigee_sharedflow`, zip written at synthesis to `bundles/<name>.zip` in the
 * stack folder, `detect_md5hash` from the zip's bytes) and deploys its latest revision to one environment
 * (`google_apigee_sharedflow_deployment`: the revision is updated in place with `override=true`, an atomic swap).
 * Proxies that call it list it in `sharedFlows`, which orders their deployment after this one: Apigee refuses a
 * proxy whose FlowCallout names a shared flow that is not deployed.
 */
export class SharedFlow extends Construct implements ISharedFlow {
  /** An existing shared flow, by name (deployed elsewhere). Defines nothing. */
  public static fromSharedFlowName(scope: Construct, id: string, organization: IApigeeOrganization, sharedFlowName: string): ISharedFlow {
    checkName(`${scope.node.path}/${id}`, "sharedFlowName", sharedFlowName, APIGEE_NAME);
    return new SharedFlowReference(scope, id, organization, sharedFlowName);
  }

  public readonly organization: IApigeeOrganization;
  public readonly sharedFlowName: string;
  /** The environment the shared flow is deployed to. */
  public readonly environment: IApigeeEnvironment;
  /** The zip's path relative to the stack folder, `bundles/<name>.zip`. */
  public readonly configBundle: string;
  /** The underlying `google_apigee_sharedflow` (the upload). */
  public readonly resource: ApigeeSharedflow;
  /** The `google_apigee_sharedflow_deployment`. */
  public readonly deployment: ApigeeSharedflowDeployment;
  /** The `google_apigee_flowhook`, when `flowHook` is set. */
  public readonly flowHookResource?: ApigeeFlowhook;

  public constructor(scope: Construct, id: string, props: SharedFlowProps) {
    super(scope, id);
    const file = writeBundle(this, packBundle(this, props.bundle, "sharedflowbundle"));
    this.organization = props.environment.organization;
    this.sharedFlowName = props.bundle.name;
    this.environment = props.environment;
    this.configBundle = file.configBundle;
    const orgName = this.organization.organizationName;

    this.resource = new ApigeeSharedflow(this, "Resource", {
      orgId: orgName,
      name: props.bundle.name,
      configBundle: file.configBundle,
      detectMd5Hash: file.packed.md5Base64,
    });
    this.deployment = new ApigeeSharedflowDeployment(this, "Deployment", {
      orgId: orgName,
      environment: environmentNameRef(props.environment),
      sharedflowId: this.resource.name,
      revision: this.resource.latestRevisionId,
      serviceAccount: props.runtimeServiceAccount
        ? attributeOf(props.runtimeServiceAccount, "email", props.runtimeServiceAccount.serviceAccountEmail)
        : undefined,
      timeouts: { create: "30m", update: "30m", delete: "30m" },
      // The environment is ordered by the reference above; the identity's grants have no reference to order them.
      dependsOn: orNone(runtimeIdentityResources(props.runtimeServiceAccount)),
    });
    if (props.flowHook) {
      this.flowHookResource = new ApigeeFlowhook(this, "FlowHook", {
        orgId: orgName,
        environment: environmentNameRef(props.environment),
        flowHookPoint: props.flowHook.value,
        sharedflow: this.resource.name,
        continueOnError: props.flowHookContinueOnError ?? false,
        description: `${props.bundle.name} at ${props.flowHook.value}`,
        dependsOn: [this.deployment],
      });
    }
  }
}

class SharedFlowReference extends Construct implements ISharedFlow {
  public constructor(
    scope: Construct,
    id: string,
    public readonly organization: IApigeeOrganization,
    public readonly sharedFlowName: string,
  ) {
    super(scope, id);
  }
}
