import { ManifestClient, ManifestIssuer, ManifestValue } from "../gate/manifest";
import { Construct } from "constructs";
import { DefaultTokenResolver, StringConcat, TerraformStack, Token, Tokenization } from "../internal/cdk";
import { CallerConfig } from "./caller";
import { IssuerConfig } from "./issuer";

/** Turns a token into its Terraform expression, e.g. {@link stackTokenResolver}. */
export type TokenResolver = (value: unknown) => unknown;

/**
 * The resolver of the stack that holds `scope`: tokens become the `${...}` strings `cdk.tf.json` would contain.
 * (cdktf 0.21's TerraformStack has no public `resolve()`; this is the same resolution.)
 */
export function stackTokenResolver(scope: Construct): TokenResolver {
  const stack = TerraformStack.of(scope);
  return (value) => Tokenization.resolve(value, { scope: stack, preparing: false, resolver: new DefaultTokenResolver(new StringConcat()) });
}

/**
 * A manifest value: the literal, or `{ tfRef }` with the Terraform expression of a value known only at apply time
 * (never a literal in a bundle or manifest; the gate reads it from its KVM). A lone `${...}` interpolation is unwrapped to its expression, e.g.
 * `lookup(jsondecode(data.http.x.response_body), "jwks_uri")`.
 */
export function manifestValue(value: string, resolve: TokenResolver): ManifestValue<string> {
  if (!Token.isUnresolved(value)) return value;
  const resolved = resolve(value);
  const text = typeof resolved === "string" ? resolved : JSON.stringify(resolved);
  const single = /^\$\{([\s\S]*)\}$/.exec(text);
  return { tfRef: single && !single[1].includes("${") ? single[1] : text };
}

/** The manifest entry of a bound issuer. */
export function issuerManifest(config: IssuerConfig, resolve: TokenResolver): ManifestIssuer {
  const requiredClaims = Object.keys(config.requiredClaims).sort();
  return {
    name: config.name,
    issuer: manifestValue(config.issuer, resolve),
    ...(config.alternateIssuers.length > 0 ? { alternateIssuers: [...config.alternateIssuers] } : {}),
    audiences: config.audiences.map((a) => manifestValue(a, resolve)),
    jwksUri: manifestValue(config.jwksUri, resolve),
    algorithms: [...config.algorithms],
    clockSkewSeconds: config.clockSkew.toSeconds(),
    maxTokenLifetimeSeconds: config.maxTokenLifetime.toSeconds(),
    clientIdClaim: config.clientIdClaim,
    ...(config.expectedType !== undefined ? { expectedType: config.expectedType } : {}),
    ...(requiredClaims.length > 0
      ? { requiredClaims: Object.fromEntries(requiredClaims.map((c) => [c, manifestValue(config.requiredClaims[c], resolve)])) }
      : {}),
  };
}

/** The manifest entry of a bound caller. */
export function callerManifest(config: CallerConfig, resolve: TokenResolver): ManifestClient {
  return {
    clientId: manifestValue(config.clientId, resolve),
    issuer: config.issuer,
    products: [...config.products],
    ...(config.description !== undefined ? { description: config.description } : {}),
  };
}
