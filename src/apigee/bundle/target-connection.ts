import { Duration } from "../../core/duration";
import { positiveDurationProblem, problems } from "./names";
import { XmlElement, el, entries, optText, text } from "./xml";

/** TLS settings of an HTTP connection (`<SSLInfo>`). */
export interface SslInfoProps {
  /**
   * Use TLS.
   * @default true
   */
  readonly enabled?: boolean;
  /**
   * Fail when TLS cannot be established (Apigee X only).
   * @default true
   */
  readonly enforce?: boolean;
  /**
   * A truststore (or `ref://` reference) whose CAs validate the server certificate.
   * @default - the runtime's default CA set
   */
  readonly trustStore?: string;
  /**
   * Mutual TLS: present the client certificate from `keyStore`/`keyAlias`.
   * @default false
   */
  readonly clientAuthEnabled?: boolean;
  /**
   * Keystore (or `ref://` reference) holding the client certificate.
   * @default - none
   */
  readonly keyStore?: string;
  /**
   * Alias of the client certificate in `keyStore`.
   * @default - none
   */
  readonly keyAlias?: string;
  /**
   * Accept invalid server certificates. Never set this to true for a production backend.
   * @default false
   */
  readonly ignoreValidationErrors?: boolean;
}

function sslInfo(props: SslInfoProps): XmlElement {
  return el("SSLInfo", [
    text("Enabled", props.enabled ?? true),
    text("Enforce", props.enforce ?? true),
    props.clientAuthEnabled !== undefined && text("ClientAuthEnabled", props.clientAuthEnabled),
    optText("KeyStore", props.keyStore),
    optText("KeyAlias", props.keyAlias),
    optText("TrustStore", props.trustStore),
    text("IgnoreValidationErrors", props.ignoreValidationErrors ?? false),
  ]);
}

/** How Apigee authenticates to a Google API it calls: a Google access token or ID token of the proxy's service account. */
export class GoogleAuthentication {
  /**
   * An OAuth access token with `scopes` (e.g. `https://www.googleapis.com/auth/cloud-platform` to read Secret Manager),
   * valid for `lifetime` (whole seconds; Apigee's default when not given). The proxy must be deployed with a service
   * account.
   */
  public static accessToken(scopes: readonly string[], lifetime?: Duration): GoogleAuthentication {
    const problem = positiveDurationProblem("GoogleAccessToken LifetimeInSeconds", lifetime, "seconds");
    return new GoogleAuthentication(
      el("GoogleAccessToken", [el("Scopes", scopes.map((s) => text("Scope", s))), optText("LifetimeInSeconds", problem === undefined ? lifetime?.toSeconds() : undefined)]),
      problems(scopes.length === 0 ? "GoogleAccessToken needs at least one scope" : undefined, problem),
    );
  }

  /** An OIDC ID token for `audience` (e.g. a Cloud Run URL). */
  public static idToken(audience: string, includeEmail?: boolean): GoogleAuthentication {
    return new GoogleAuthentication(
      el("GoogleIDToken", [text("Audience", audience), includeEmail !== undefined && text("IncludeEmail", includeEmail)]),
      problems(audience === "" ? "GoogleIDToken Audience is empty" : undefined),
    );
  }

  private constructor(
    private readonly token: XmlElement,
    /** Problems with the settings. */
    public readonly problems: readonly string[],
  ) {}

  public toXmlElement(): XmlElement {
    return el("Authentication", [this.token]);
  }
}

/** Options of a URL connection. */
export interface UrlConnectionOptions {
  /**
   * TLS settings; `false` to send no `<SSLInfo>` (plain HTTP only).
   * @default - for https URLs, TLS enabled and enforced with validation
   */
  readonly ssl?: SslInfoProps | false;
  /**
   * Google authentication for calls to Google APIs.
   * @default - none
   */
  readonly authentication?: GoogleAuthentication;
}

/** Options of a target-server connection. */
export interface TargetServerConnectionOptions {
  /**
   * Path appended to the target server's address.
   * @default - none
   */
  readonly path?: string;
  /**
   * Google authentication for calls to Google APIs.
   * @default - none
   */
  readonly authentication?: GoogleAuthentication;
  /**
   * Whether the load balancer retries a failed request on a server (`<LoadBalancer><RetryEnabled>`). Set it to `false`
   * for a request that must never be sent twice, such as a POST that starts something.
   * @default - no `<RetryEnabled>` element: Apigee retries (its default is true)
   */
  readonly retryEnabled?: boolean;
}

/** Where a target endpoint or a service callout sends requests: a URL, or a target server (TLS configured there). */
export class TargetConnection {
  /** A fixed URL, e.g. `https://api.prefect.cloud`. */
  public static url(url: string, options: UrlConnectionOptions = {}): TargetConnection {
    const ssl = options.ssl === undefined ? (url.startsWith("https://") ? {} : undefined) : options.ssl || undefined;
    return new TargetConnection(
      (properties) => [
        options.authentication?.toXmlElement(),
        properties,
        ssl && sslInfo(ssl),
        text("URL", url),
      ],
      problems(
        /^https?:\/\/[^\s/]+\S*$/.test(url) ? undefined : `URL ${JSON.stringify(url)} is not allowed (must be an absolute http:// or https:// URL)`,
        ssl?.ignoreValidationErrors ? `SSLInfo IgnoreValidationErrors true is not allowed (certificates must be validated)` : undefined,
        options.authentication?.problems ?? [],
      ),
    );
  }

  /** A target server defined in the environment (`<LoadBalancer><Server name=..>`), plus an optional path. */
  public static targetServer(name: string, options: TargetServerConnectionOptions = {}): TargetConnection {
    return new TargetConnection(
      (properties) => [
        options.authentication?.toXmlElement(),
        properties,
        el("LoadBalancer", [el("Server", [], { name }), optText("RetryEnabled", options.retryEnabled)]),
        optText("Path", options.path),
      ],
      problems(
        /^[\w\s.-]+$/.test(name) ? undefined : `target server ${JSON.stringify(name)} is not allowed (must match [\\w\\s-.]+)`,
        options.path === undefined || options.path.startsWith("/") ? undefined : `Path ${JSON.stringify(options.path)} must start with '/'`,
        options.authentication?.problems ?? [],
      ),
    );
  }

  private constructor(
    private readonly render: (properties: XmlElement | undefined) => Array<XmlElement | undefined>,
    /** Problems with the connection. */
    public readonly problems: readonly string[],
  ) {}

  /** `<HTTPTargetConnection>` with the given properties (in the order given). */
  public toXmlElement(properties: Readonly<Record<string, string>> = {}): XmlElement {
    const list = entries(properties);
    const props = list.length > 0 ? el("Properties", list.map(([k, v]) => text("Property", v, { name: k }))) : undefined;
    return el("HTTPTargetConnection", this.render(props));
  }
}
