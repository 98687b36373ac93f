/**
 * The rules every IdP-side module (Okta, Entra ID) applies to the callers it defines: names unique and well formed,
 * at least one product each, no product twice, each product a valid IdP identifier (a scope, an app role value).
 * The credential rules differ per IdP and come in as `checkCredentials`.
 */

/** What an IdP-side caller definition has in common. */
export interface IdpCallerDefinition {
  readonly name: string;
  readonly products: readonly string[];
}

/** How a product name becomes an IdP identifier, for the check and its message. */
export interface IdpProductRule {
  readonly pattern: RegExp;
  /** e.g. `an Okta scope`, `an app role value`. */
  readonly becomes: string;
  /** The characters allowed, e.g. `letters, digits, '.', '_', ':' and '-', no spaces`. */
  readonly allowed: string;
}

const CALLER_NAME = /^[a-z][a-z0-9-]{0,39}$/;

/**
 * Checks `callers` at `path` and returns every product granted, sorted. `checkCredentials(caller, where)` runs for each
 * caller after the shared rules, with `where` = `<path>: caller "<name>"` for its messages.
 */
export function checkIdpCallers<C extends IdpCallerDefinition>(
  path: string,
  callers: readonly C[],
  product: IdpProductRule,
  checkCredentials: (caller: C, where: string) => void,
): string[] {
  if (callers.length === 0) throw new Error(`${path}: callers is empty (define at least one caller, or no one can call the gate)`);
  const names = new Set<string>();
  const products = new Set<string>();
  for (const caller of callers) {
    if (!CALLER_NAME.test(caller.name)) {
      throw new Error(`${path}: caller name ${JSON.stringify(caller.name)} is not allowed (1-40 characters: lowercase letters, digits and '-', starting with a letter)`);
    }
    if (names.has(caller.name)) throw new Error(`${path}: caller name ${JSON.stringify(caller.name)} is used twice (names are unique)`);
    names.add(caller.name);
    const where = `${path}: caller ${JSON.stringify(caller.name)}`;
    if (caller.products.length === 0) throw new Error(`${where} is granted no product (grant at least one, or it can trigger nothing)`);
    const granted = new Set<string>();
    for (const p of caller.products) {
      if (granted.has(p)) throw new Error(`${where}: product ${JSON.stringify(p)} is listed twice`);
      granted.add(p);
      if (!product.pattern.test(p)) {
        throw new Error(`${where}: product ${JSON.stringify(p)} is not allowed (it becomes ${product.becomes}: ${product.allowed})`);
      }
      products.add(p);
    }
    checkCredentials(caller, where);
  }
  return [...products].sort();
}
