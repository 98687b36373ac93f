/**
 * What CI needs from the administrator's stack to authenticate keyless, as Terraform outputs: the workload identity
 * provider's full name and the deployer service account's email (the two inputs of GitHub's
 * `google-github-actions/auth`), and the service account's unique id, which is the `azp` of the Google ID tokens CI
 * mints as the deployer (register it as the gate's probe caller). None of them is a secret.
 */
import { Construct } from "constructs";
import { TerraformOutput } from "../internal/cdk";

/** Props of {@link DeployerOutputs}. */
export interface DeployerOutputsProps {
  /** The output names' prefix, e.g. `deployer` (`deployer_workload_identity_provider`, ...). */
  readonly prefix: string;
  /** `projects/<number>/locations/global/workloadIdentityPools/<pool>/providers/<provider>`. */
  readonly workloadIdentityProviderName: string;
  /** The deployer service account's email, for `google-github-actions/auth` and the like. */
  readonly serviceAccountEmail: string;
  /** The deployer service account's unique id (the `azp` of its Google ID tokens). */
  readonly serviceAccountUniqueId: string;
}

/** The outputs of a {@link DeployerIdentity}, named `<prefix>_<what>`. */
export class DeployerOutputs extends Construct {
  /** The output holding the workload identity provider's full name (CI's `workload_identity_provider`). */
  public readonly workloadIdentityProvider: TerraformOutput;
  /** The output holding the deployer service account's email (CI's `service_account`). */
  public readonly serviceAccountEmail: TerraformOutput;
  /** The output holding the deployer service account's unique id (the `azp` of its Google ID tokens). */
  public readonly serviceAccountUniqueId: TerraformOutput;

  public constructor(scope: Construct, id: string, props: DeployerOutputsProps) {
    super(scope, id);
    const output = (what: string, value: string, description: string): TerraformOutput => {
      const o = new TerraformOutput(this, what, { value, description });
      o.overrideLogicalId(`${props.prefix}_${what}`);
      return o;
    };
    this.workloadIdentityProvider = output(
      "workload_identity_provider",
      props.workloadIdentityProviderName,
      "Full name of the CI's workload identity provider: the workload_identity_provider of CI's keyless auth step",
    );
    this.serviceAccountEmail = output("service_account_email", props.serviceAccountEmail, "Email of the deployer service account: the service_account of CI's auth step");
    this.serviceAccountUniqueId = output(
      "service_account_unique_id",
      props.serviceAccountUniqueId,
      "Unique id of the deployer service account: the azp of the Google ID tokens CI mints as the deployer (a gate caller's client id)",
    );
  }
}

/** `Deployer` → `deployer`, `CiDeployer` → `ci_deployer`: a construct id as the prefix of Terraform output names. */
export function outputPrefix(constructId: string): string {
  return constructId
    .replace(/([a-z0-9])([A-Z])/g, "$1_$2")
    .toLowerCase()
    .replace(/[^a-z0-9_-]/g, "_")
    .replace(/^(?=[^a-z_])/, "_");
}
