import { variableProblem } from "../names";
import { Policy, PolicyProps } from "../policy";
import { XmlChild, el } from "../xml";

/**
 * VerifyAPIKey: looks up an app credential by key and attaches its products (so a Quota can use the product's
 * limits). The gate passes a key derived from the verifying issuer and the verified JWT's client id claim.
 */
export interface VerifyApiKeyProps extends PolicyProps {
  /** The flow variable holding the key, e.g. `jwt.VJ-Okta.decoded.claim.cid`. */
  readonly apiKeyRef: string;
}

/** A VerifyAPIKey policy. */
export class VerifyApiKey extends Policy {
  private readonly apiKeyRef: string;

  public constructor(props: VerifyApiKeyProps) {
    super("VerifyAPIKey", props);
    this.apiKeyRef = props.apiKeyRef;
  }

  protected body(): XmlChild[] {
    return [el("APIKey", [], { ref: this.apiKeyRef })];
  }

  protected validate(): string[] {
    const p = variableProblem("APIKey ref", this.apiKeyRef ?? "");
    return p ? [p] : [];
  }
}
