import { variableProblem } from "../names";
import { Policy, PolicyProps } from "../policy";
import { XmlChild, optText } from "../xml";

/**
 * DecodeJWT: reads a JWT's header and claims WITHOUT verifying it, into `jwt.<name>.decoded.claim.*`. Use it only to
 * choose which VerifyJWT runs (by the unverified `iss`), never to authorize.
 */
export interface DecodeJwtProps extends PolicyProps {
  /**
   * Flow variable holding the token.
   * @default - the Authorization header, `Bearer ` stripped
   */
  readonly source?: string;
}

/** A DecodeJWT policy. */
export class DecodeJwt extends Policy {
  private readonly source?: string;

  public constructor(props: DecodeJwtProps) {
    super("DecodeJWT", props);
    this.source = props.source;
  }

  protected body(): XmlChild[] {
    return [optText("Source", this.source)];
  }

  protected validate(): string[] {
    const p = variableProblem("Source", this.source);
    return p ? [p] : [];
  }
}
