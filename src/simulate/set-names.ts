/**
 * The names a `set` (the CLI's `--set name=value`) may supply for a manifest: the Terraform expression of every
 * `{"tfRef": ...}` in it, the placeholder names of the values the simulator writes into upstream requests, and the
 * webhook secret. A name outside this list would be silently ignored, so the CLI refuses it.
 */
import { GateManifest, isTfRef } from "../gate/manifest";
import { PLACEHOLDER_SET_NAMES, WEBHOOK_SECRET_SET_NAME } from "./simulate-gate";

export function knownSetNames(manifest: GateManifest): string[] {
  const expressions = new Set<string>();
  const visit = (value: unknown): void => {
    if (isTfRef(value)) expressions.add(value.tfRef);
    else if (Array.isArray(value)) value.forEach(visit);
    else if (typeof value === "object" && value !== null) Object.values(value).forEach(visit);
  };
  visit(manifest);
  const { accountId, workspaceId, deploymentId } = PLACEHOLDER_SET_NAMES;
  const names = [accountId, workspaceId, ...manifest.deployments.map((d) => deploymentId(d.name)), WEBHOOK_SECRET_SET_NAME];
  return [...names, ...[...expressions].sort()];
}

/** The names of `set` that `knownSetNames` does not list. */
export function unknownSetNames(manifest: GateManifest, set: Readonly<Record<string, string>>): string[] {
  const known = new Set(knownSetNames(manifest));
  return Object.keys(set).filter((name) => !known.has(name));
}
