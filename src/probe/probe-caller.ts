/**
 * Who a token is, as far as the manifest tells without verifying it: the issuer its `iss` names, the registered
 * client its client-id claim names, and the deployments that client's products grant. The probe aims its refusable
 * run requests at one of those deployments, so they get past authorization to the checks behind it.
 */
import { GateManifest, ManifestClient, ManifestIssuer } from "../gate/manifest";
import { References } from "../simulate/references";
import { decodeToken } from "./forged-tokens";

export interface ProbeCaller {
  readonly issuer?: ManifestIssuer;
  readonly client?: ManifestClient;
  /** The deployments the client's products grant, in the manifest's order. */
  readonly granted: readonly string[];
}

export function probeCaller(manifest: GateManifest, refs: References, token: string): ProbeCaller {
  const claims = decodeToken(token)?.claims ?? {};
  const iss = claims.iss;
  const issuer = manifest.issuers.find((i) => typeof iss === "string" && (refs.resolve(i.issuer) === iss || (i.alternateIssuers ?? []).includes(iss)));
  if (!issuer) return { granted: [] };
  const clientId = claims[issuer.clientIdClaim];
  const client = manifest.clients.find((c) => c.issuer === issuer.name && typeof clientId === "string" && refs.resolve(c.clientId) === clientId);
  if (!client) return { issuer, granted: [] };
  const granted = new Set(client.products.flatMap((p) => manifest.products.find((x) => x.name === p)?.deployments ?? []));
  return { issuer, client, granted: manifest.deployments.map((d) => d.name).filter((d) => granted.has(d)) };
}
