/**
 * Which Microsoft Entra ID access-token format the gate accepts. The API's app registration chooses it
 * (`requestedAccessTokenVersion` / `accessTokenAcceptedVersion`), and the two differ in issuer and client-id claim.
 */
export class EntraTokenVersion {
  /** v1.0 tokens: issuer `https://sts.windows.net/{tenant}/`, client id in `appid`. */
  public static readonly V1 = new EntraTokenVersion("1.0", "appid");
  /** v2.0 tokens: issuer `https://login.microsoftonline.com/{tenant}/v2.0`, client id in `azp`. */
  public static readonly V2 = new EntraTokenVersion("2.0", "azp");

  private constructor(
    /** `1.0` or `2.0`. */
    public readonly version: string,
    /** The claim that carries the calling application's client id in tokens of this version. */
    public readonly clientIdClaim: string,
  ) {}

  /** The exact `iss` of tokens of this version issued by `tenantId`. */
  public issuerFor(tenantId: string): string {
    return this.version === "1.0"
      ? `https://sts.windows.net/${tenantId}/`
      : `https://login.microsoftonline.com/${tenantId}/v2.0`;
  }

  /** The tenant's signing keys for tokens of this version. */
  public jwksUriFor(tenantId: string): string {
    return this.version === "1.0"
      ? `https://login.microsoftonline.com/${tenantId}/discovery/keys`
      : `https://login.microsoftonline.com/${tenantId}/discovery/v2.0/keys`;
  }
}
