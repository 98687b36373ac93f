import { Construct } from "constructs";
import { DataGoogleLoggingProjectCmekSettings } from "../internal/google";

/**
 * The Google-managed service account Cloud Logging uses to encrypt a project's log buckets with a customer-managed key,
 * read with `data.google_logging_project_cmek_settings` (`projects.getCmekSettings`). Before a bucket with CMEK is
 * created, an administrator grants it `roles/cloudkms.cryptoKeyEncrypterDecrypter` on the key ("Configure CMEK for log
 * storage"); Terraform cannot order that grant for you when the key is administered elsewhere.
 */
export class LoggingServiceAgent extends Construct {
  /**
   * The agent's email, e.g. `service-123456789@gcp-sa-logging.iam.gserviceaccount.com` (known after the data source
   * is read).
   * @attribute
   */
  public readonly email: string;
  /** The IAM member form, `serviceAccount:<email>`. */
  public readonly member: string;
  public readonly settings: DataGoogleLoggingProjectCmekSettings;

  public constructor(scope: Construct, id: string, props: { readonly project: string }) {
    super(scope, id);
    this.settings = new DataGoogleLoggingProjectCmekSettings(this, "Settings", { project: props.project });
    this.email = this.settings.serviceAccountId;
    this.member = `serviceAccount:${this.email}`;
  }
}
