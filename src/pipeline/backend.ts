import { IConstruct } from "constructs";
import { Annotations, Aspects, GcsBackend, IAspect, LocalBackend, TerraformResource, TerraformStack } from "../internal/cdk";

/** Where a GCS backend keeps a stack's state. */
export interface GcsBackendOptions {
  /** The bucket holding state. It must be encrypted and access-restricted: state holds the Prefect key. */
  readonly bucket: string;
  /** Folder inside the bucket, e.g. `gates/orders-prod`. */
  readonly prefix: string;
  /**
   * Customer-managed KMS key that encrypts the state objects.
   * @default - the bucket's default encryption
   */
  readonly kmsEncryptionKey?: string;
}

/**
 * The Terraform backend of a stack. cdktf's default local backend writes an absolute, machine-specific path into
 * `cdk.tf.json`; `Backend.local()` keeps state in the project root through a relative path instead.
 */
export abstract class Backend {
  /**
   * State in `terraform.<stack>.tfstate` at the project root. The path is relative to the directory Terraform runs in
   * (`cdktf.out/stacks/<stack>/`), outside `cdktf.out/`, which cdktf wipes on every synth. For offline synthesis and
   * experiments: the file is plaintext, so synthesis warns when the stack's state would hold secrets.
   */
  public static local(): Backend {
    return new LocalStateBackend();
  }

  /** State in a GCS bucket: the backend for CI and for anything shared. */
  public static gcs(options: GcsBackendOptions): Backend {
    if (!/^[a-z0-9][a-z0-9._-]{1,220}[a-z0-9]$/.test(options.bucket)) {
      throw new Error(
        `Backend.gcs: bucket ${JSON.stringify(options.bucket)} is not a valid bucket name ` +
          "(3-222 characters: lowercase letters, digits, '.', '_', '-', starting and ending with a letter or digit)",
      );
    }
    if (options.prefix.length === 0 || options.prefix.startsWith("/")) {
      throw new Error(
        `Backend.gcs: prefix ${JSON.stringify(options.prefix)} must be a non-empty folder path without a leading '/'`,
      );
    }
    return new GcsStateBackend(options);
  }

  /** @internal */
  public abstract _bind(stack: TerraformStack): void;
}

/** The relative state path of a stack, as Terraform sees it from `cdktf.out/stacks/<stack>/`. */
export function localStatePath(stackName: string): string {
  return `../../../terraform.${stackName}.tfstate`;
}

class LocalStateBackend extends Backend {
  public _bind(stack: TerraformStack): void {
    new LocalBackend(stack, { path: localStatePath(stack.node.id) });
    Aspects.of(stack).add(new LocalSecretStateWarning());
  }
}

/**
 * Resource types whose secret values Terraform keeps in state (as sensitive, but in clear text in the state file):
 * the Prefect key (`prefect_service_account.api_key`), generated passwords (`random_password.result`, e.g. the webhook
 * secret and apps' consumer secrets), developer apps' `consumer_secret`, service-account keys, IdP client secrets.
 */
const SECRET_STATE_TYPES = new Set([
  "prefect_service_account",
  "random_password",
  "google_apigee_developer_app",
  "google_service_account_key",
  "azuread_application_password",
  "okta_app_oauth",
]);

const warned = new WeakSet<IConstruct>();

/** At synthesis: a stack that keeps secrets in state and uses the local backend gets a warning. */
class LocalSecretStateWarning implements IAspect {
  public visit(node: IConstruct): void {
    if (!TerraformStack.isStack(node) || warned.has(node)) return;
    const types = [
      ...new Set(
        node.node
          .findAll()
          .filter((c): c is TerraformResource => TerraformResource.isTerraformResource(c) && SECRET_STATE_TYPES.has(c.terraformResourceType))
          .map((r) => r.terraformResourceType),
      ),
    ].sort();
    if (types.length === 0) return;
    warned.add(node);
    Annotations.of(node).addWarning(
      `the local backend writes this stack's state, which holds secrets (${types.join(", ")}), to a plaintext file on this machine ` +
        `(${localStatePath(node.node.id)}): deploy with Backend.gcs({ bucket, prefix }) on an encrypted, access-restricted bucket, ` +
        "and keep the local backend for offline synthesis",
    );
  }
}

class GcsStateBackend extends Backend {
  public constructor(private readonly options: GcsBackendOptions) {
    super();
  }

  public _bind(stack: TerraformStack): void {
    new GcsBackend(stack, {
      bucket: this.options.bucket,
      prefix: this.options.prefix,
      kmsEncryptionKey: this.options.kmsEncryptionKey,
    });
  }
}
