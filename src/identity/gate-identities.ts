import { Construct } from "constructs";
import { ManifestClient, ManifestIssuer } from "../gate/manifest";
import { Token } from "../internal/cdk";
import { Caller, CallerConfig } from "./caller";
import { Issuer, IssuerConfig } from "./issuer";
import { callerManifest, issuerManifest, TokenResolver } from "./manifest-entries";

const GOOGLE_ISSUER = "https://accounts.google.com";

/** Props of {@link GateIdentities}. */
export interface GateIdentitiesProps {
  /** The issuers the gate trusts; at least one, names unique. */
  readonly issuers: readonly Issuer[];
  /**
   * The callers; each refers to one of `issuers` by name, client ids unique per issuer.
   * @default - none
   */
  readonly callers?: readonly Caller[];
}

/**
 * The issuers and callers of one gate, bound into a stack and checked together: every caller names a known issuer,
 * issuer names are unique, and no client id appears twice at one issuer (with the issuer it makes the Apigee app's consumer key).
 */
export class GateIdentities extends Construct {
  public readonly issuers: readonly IssuerConfig[];
  public readonly callers: readonly CallerConfig[];

  public constructor(scope: Construct, id: string, props: GateIdentitiesProps) {
    super(scope, id);
    const path = this.node.path;
    if (props.issuers.length === 0) {
      throw new Error(`${path}: issuers is empty (trust at least one identity provider)`);
    }
    const byName = new Map<string, Issuer>();
    for (const issuer of props.issuers) {
      if (byName.has(issuer.name)) {
        throw new Error(`${path}: issuer name ${JSON.stringify(issuer.name)} is used twice (give each issuer its own name)`);
      }
      byName.set(issuer.name, issuer);
    }
    const names = new Set(byName.keys());
    const seen = new Set<string>();
    for (const caller of props.callers ?? []) {
      if (!names.has(caller.issuer)) {
        throw new Error(
          `${path}: caller ${JSON.stringify(caller.identityKey)} refers to issuer ${JSON.stringify(caller.issuer)}, which is not one of ${[...names].map((n) => JSON.stringify(n)).join(", ")}`,
        );
      }
      const issuerUrl = byName.get(caller.issuer)?.issuerUrl;
      if (caller.serviceAccountId !== undefined && issuerUrl !== GOOGLE_ISSUER) {
        throw new Error(
          `${path}: caller ${JSON.stringify(caller.identityKey)} is a Google service account but issuer ${JSON.stringify(caller.issuer)} is ${issuerUrl} ` +
            `(its ID tokens are issued by ${GOOGLE_ISSUER}; refer to an Issuer.google)`,
        );
      }
      // Unresolved client ids cannot be compared at construction; Apigee refuses duplicate consumer keys at apply.
      if (Token.isUnresolved(caller.identityKey)) continue;
      const key = `${caller.issuer}\u0000${caller.identityKey}`;
      if (seen.has(key)) {
        throw new Error(`${path}: client id ${JSON.stringify(caller.identityKey)} appears twice for issuer ${JSON.stringify(caller.issuer)} (client ids are unique per issuer)`);
      }
      seen.add(key);
    }
    this.issuers = props.issuers.map((i) => i.bind(this));
    this.callers = (props.callers ?? []).map((c) => c.bind(this));
  }

  /** The manifest's `issuers` and `clients` (pass `(v) => stack.resolve(v)`). */
  public toManifest(resolve: TokenResolver): { issuers: ManifestIssuer[]; clients: ManifestClient[] } {
    return {
      issuers: this.issuers.map((i) => issuerManifest(i, resolve)),
      clients: this.callers.map((c) => callerManifest(c, resolve)),
    };
  }
}
