import { createHash } from "crypto";
import { Construct } from "constructs";
import { consumerKey } from "../gate/contract";
import { CallerConfig } from "../identity/caller";
import { stackTokenResolver } from "../identity/manifest-entries";
import { Fn, Token } from "../internal/cdk";

/** How one caller of a gate appears in Apigee: its app's construct id, app name and consumer key. */
export interface CallerAppBinding {
  /** The DeveloperApp's construct id under the pipeline: derived from issuer and client id, so reordering moves nothing. */
  readonly constructId: string;
  /** The app name: `<pipeline>-<issuer>-<client id>`, or a 16-digit prefix of the consumer key where the id does not fit. */
  readonly appName: string;
  /** The consumer key: `consumerKey(pipeline, issuer, client id)`, a Terraform `sha256()` where the id is known only at apply. */
  readonly consumerKey: string;
  /** Who the caller is in error messages. */
  readonly description: string;
}

/** Client ids that can stand in an app name and a construct id as they are. */
const READABLE_CLIENT_ID = /^[A-Za-z0-9._-]{1,64}$/;
const NAME_DIGEST_LENGTH = 16;

/**
 * The digest that stands for a client id known only at apply time, in its app's construct id and in the name of the
 * gate output that exports it: 12 hex digits of the sha256 of its Terraform expression, stable while the referenced
 * resource keeps its address.
 */
export function clientIdExpressionDigest(expression: string): string {
  return createHash("sha256").update(expression).digest("hex").slice(0, 12);
}

/**
 * The app of `caller` in gate `pipeline`. A client id known at synthesis gives literal names and key; one known only
 * at apply (e.g. a service account's unique id) gives a construct id from a digest of its Terraform expression (stable
 * while the referenced resource keeps its address) and a key and name Terraform computes with `sha256()`, the same
 * digest the proxy computes from the verified token.
 */
export function callerAppBinding(scope: Construct, pipeline: string, caller: CallerConfig): CallerAppBinding {
  const issuer = caller.issuer;
  if (!Token.isUnresolved(caller.clientId)) {
    const key = consumerKey(pipeline, issuer, caller.clientId);
    const label = READABLE_CLIENT_ID.test(caller.clientId) ? caller.clientId : key.slice(0, NAME_DIGEST_LENGTH);
    return {
      constructId: `App-${issuer}-${label}`,
      appName: `${pipeline}-${issuer}-${label}`,
      consumerKey: key,
      description: `${JSON.stringify(caller.clientId)} of issuer ${JSON.stringify(issuer)}`,
    };
  }
  const resolve = stackTokenResolver(scope);
  const expression = String(resolve(caller.clientId));
  // join("|", ...) is consumerKeyInput(...) in Terraform: cdktf cannot pass a string mixing literals and tokens to a function.
  const key = Fn.sha256(Fn.join("|", [pipeline, issuer, caller.clientId]));
  return {
    constructId: `App-${issuer}-ref-${clientIdExpressionDigest(expression)}`,
    appName: `${pipeline}-${issuer}-${Fn.substr(key, 0, NAME_DIGEST_LENGTH)}`,
    consumerKey: key,
    description: `${expression} of issuer ${JSON.stringify(issuer)}`,
  };
}
