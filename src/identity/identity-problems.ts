import { Token } from "../internal/cdk";
import { Caller } from "./caller";
import { Issuer } from "./issuer";

const GOOGLE_ISSUER = "https://accounts.google.com";

/**
 * What is wrong with a gate's issuers and callers taken together, one sentence each (empty when nothing): at least one
 * issuer, issuer names unique, every caller naming a known issuer (a Google service account a Google issuer), no client
 * id twice at one issuer (with the issuer it makes the Apigee app's consumer key).
 */
export function identityProblems(path: string, issuers: readonly Issuer[], callers: readonly Caller[]): string[] {
  const problems: string[] = [];
  if (issuers.length === 0) problems.push(`${path}: issuers is empty (trust at least one identity provider)`);
  const byName = new Map<string, Issuer>();
  for (const issuer of issuers) {
    if (byName.has(issuer.name)) problems.push(`${path}: issuer name ${JSON.stringify(issuer.name)} is used twice (give each issuer its own name)`);
    byName.set(issuer.name, issuer);
  }
  const names = [...byName.keys()];
  const seen = new Set<string>();
  for (const caller of callers) {
    const issuer = byName.get(caller.issuer);
    if (issuer === undefined) {
      problems.push(
        `${path}: caller ${JSON.stringify(caller.identityKey)} refers to issuer ${JSON.stringify(caller.issuer)}, which is not one of ${names.map((n) => JSON.stringify(n)).join(", ") || "(none)"}`,
      );
      continue;
    }
    if (caller.serviceAccountId !== undefined && issuer.issuerUrl !== GOOGLE_ISSUER) {
      problems.push(
        `${path}: caller ${JSON.stringify(caller.identityKey)} is a Google service account but issuer ${JSON.stringify(caller.issuer)} is ${issuer.issuerUrl} ` +
          `(its ID tokens are issued by ${GOOGLE_ISSUER}; refer to an Issuer.google)`,
      );
    }
    // Unresolved client ids cannot be compared at construction; Apigee refuses duplicate consumer keys at apply.
    if (Token.isUnresolved(caller.identityKey)) continue;
    const key = `${caller.issuer}\u0000${caller.identityKey}`;
    if (seen.has(key)) {
      problems.push(`${path}: client id ${JSON.stringify(caller.identityKey)} appears twice for issuer ${JSON.stringify(caller.issuer)} (client ids are unique per issuer)`);
    }
    seen.add(key);
  }
  return problems;
}
