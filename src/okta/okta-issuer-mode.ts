/**
 * Which host Okta writes into the `iss` of the authorization server's tokens. Okta's third mode, `DYNAMIC`, depends on
 * the host a client called and is not offered: the gate compares `iss` with one exact value.
 */
export class OktaIssuerMode {
  /** The org's Okta host, `https://{org}.okta.com/oauth2/{id}` (Okta's default). */
  public static readonly ORG_URL = new OktaIssuerMode("ORG_URL");
  /** The org's custom domain, `https://{custom domain}/oauth2/{id}`; the domain must be configured in Okta. */
  public static readonly CUSTOM_URL = new OktaIssuerMode("CUSTOM_URL");

  private constructor(
    /** The value of the provider's `issuer_mode`. */
    public readonly value: string,
  ) {}
}
