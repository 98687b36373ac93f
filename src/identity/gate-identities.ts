import { Construct } from "constructs";
import { throwProblems } from "../core/problems";
import { ManifestClient, ManifestIssuer } from "../gate/manifest";
import { Caller, CallerConfig } from "./caller";
import { Issuer, IssuerConfig } from "./issuer";
import { identityProblems } from "./identity-problems";
import { callerManifest, issuerManifest, TokenResolver } from "./manifest-entries";

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
    throwProblems(this.node.path, identityProblems(this.node.path, props.issuers, props.callers ?? []));
    this.issuers = props.issuers.map((i) => i.bind(this));
    this.callers = (props.callers ?? []).map((c) => c.bind(this));
  }

  /** The manifest's `issuers` and `clients` (pass `(v) => stack.resolve(v)`). @internal */
  public toManifest(resolve: TokenResolver): { issuers: ManifestIssuer[]; clients: ManifestClient[] } {
    return {
      issuers: this.issuers.map((i) => issuerManifest(i, resolve)),
      clients: this.callers.map((c) => callerManifest(c, resolve)),
    };
  }
}
