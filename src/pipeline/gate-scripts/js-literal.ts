/**
 * A JSON value written as an ES5 literal the way apigeelint's ESLint rules want it (`quote-props: as-needed`): object
 * keys that are identifiers unquoted, others quoted. Strings and numbers are JSON's.
 */
export function jsLiteral(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(jsLiteral).join(", ")}]`;
  if (typeof value === "object" && value !== null) {
    const entries = Object.entries(value).map(([k, v]) => `${/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(k) ? k : JSON.stringify(k)}: ${jsLiteral(v)}`);
    return `{ ${entries.join(", ")} }`;
  }
  return JSON.stringify(value);
}
