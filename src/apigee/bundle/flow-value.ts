/**
 * A policy value given either literally or read at runtime from a flow variable. Values known only after
 * `terraform apply` (a discovered JWKS URI, an IdP-generated client id) never go into bundle bytes: Terraform writes
 * them into a KVM and the proxy reads them into a variable, which policies reference with `ref`.
 */
export class FlowValue {
  /** A value written into the XML as text. */
  public static literal(value: string): FlowValue {
    return new FlowValue(value, undefined);
  }

  /** A value read at runtime from the flow variable `variable`, e.g. `"config.jwks_uri"`. */
  public static ref(variable: string): FlowValue {
    return new FlowValue(undefined, variable);
  }

  /** A string stands for a literal; a FlowValue is kept. */
  public static of(value: string | FlowValue): FlowValue {
    return typeof value === "string" ? FlowValue.literal(value) : value;
  }

  private constructor(
    /** The literal value, when given literally. */
    public readonly literal: string | undefined,
    /** The flow variable, when read at runtime. */
    public readonly variable: string | undefined,
  ) {}

  /** True when the value is read from a flow variable. */
  public get isRef(): boolean {
    return this.variable !== undefined;
  }

  /** A human-readable form for error messages. */
  public describe(): string {
    return this.isRef ? `ref ${JSON.stringify(this.variable)}` : JSON.stringify(this.literal);
  }
}
