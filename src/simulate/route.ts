/**
 * Route matching without path tricks: the path is split once, each segment is percent-decoded exactly once, and
 * anything a canonical client never sends (`..`, `.`, `//`, a trailing slash, an encoded slash or backslash, double
 * encoding, control characters, a fragment, matrix parameters) is refused as an unknown route. Matching is exact and
 * case-sensitive, so `/Orders/...` or `/RUNS` do not match. The routes are the contract's `ROUTES`, tried in order as
 * the proxy's `gate-route.js` tries them; a `{parameter}` segment must match its `ROUTE_PARAMETERS` pattern.
 */
import { RefusalCode, ROUTE_PARAMETERS, RouteParameter, ROUTES } from "../gate/contract";

export type RouteName = keyof typeof ROUTES;

export type RouteMatch =
  | { readonly kind: "route"; readonly route: RouteName; readonly deployment: string | null; readonly runId: string | null }
  | { readonly kind: "refuse"; readonly code: RefusalCode; readonly detail: string; readonly deployment: string | null };

export function matchRoute(basePath: string, method: string, rawPath: string): RouteMatch {
  const refuse = (detail: string, code: RefusalCode = "route_not_found", deployment: string | null = null): RouteMatch => ({ kind: "refuse", code, detail, deployment });
  if (rawPath.includes("#")) return refuse("the path has a fragment");
  const q = rawPath.indexOf("?");
  // The query string plays no part in routing: the token-in-query check reads it, for refused routes too.
  const pathPart = q < 0 ? rawPath : rawPath.slice(0, q);
  if (!pathPart.startsWith("/")) return refuse(`the path ${JSON.stringify(pathPart)} does not start with '/'`);
  if (/[\\\s\x00-\x1f\x7f;]/.test(pathPart)) return refuse(`the path ${JSON.stringify(pathPart)} has a backslash, whitespace, control character or ';'`);

  const segments: string[] = [];
  for (const raw of pathPart.slice(1).split("/")) {
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return refuse(`the path segment ${JSON.stringify(raw)} is not valid percent-encoding`);
    }
    if (segment === "") return refuse("the path has an empty segment ('//' or a trailing '/')");
    if (segment === "." || segment === "..") return refuse(`the path has a ${JSON.stringify(segment)} segment`);
    if (/[/\\%]/.test(segment)) return refuse(`the path segment ${JSON.stringify(raw)} encodes '/', '\\' or '%'`);
    if (/[\s\x00-\x1f\x7f]/.test(segment)) return refuse(`the path segment ${JSON.stringify(raw)} encodes whitespace or a control character`);
    segments.push(segment);
  }

  const base = basePath.split("/").filter((s) => s !== "");
  for (let i = 0; i < base.length; i++) {
    if (segments[i] !== base[i]) return refuse(`the path is not below the base path ${basePath}`);
  }
  const rest = segments.slice(base.length);

  const routes = Object.entries(ROUTES) as Array<[RouteName, (typeof ROUTES)[RouteName]]>;
  for (const [route, { method: expected, pattern }] of routes) {
    const params = matchPattern(pattern, rest);
    if (params === undefined) continue;
    for (const [name, value] of Object.entries(params) as Array<[RouteParameter, string]>) {
      if (!ROUTE_PARAMETERS[name].test(value)) return refuse(PARAMETER_PROBLEMS[name](JSON.stringify(value)));
    }
    const deployment = params.name ?? null;
    if (method !== expected) return refuse(`${pattern} accepts ${expected}, not ${JSON.stringify(method)}`, "method_not_allowed", deployment);
    return { kind: "route", route, deployment, runId: params.id ?? null };
  }
  return refuse(`no route matches ${pathPart}`);
}

/** The refusal detail for a parameter that does not match its pattern, by parameter. */
const PARAMETER_PROBLEMS: Readonly<Record<RouteParameter, (quoted: string) => string>> = {
  name: (quoted) => `the deployment name ${quoted} is not a slug (${ROUTE_PARAMETERS.name.source})`,
  id: (quoted) => `the run id ${quoted} is not a lowercase UUID`,
};

/** The parameters of `pattern` if the segments fit it (same count, literal segments equal), else undefined. */
function matchPattern(pattern: string, segments: readonly string[]): Partial<Record<RouteParameter, string>> | undefined {
  const parts = pattern.split("/").filter((s) => s !== "");
  if (parts.length !== segments.length) return undefined;
  const params: Partial<Record<RouteParameter, string>> = {};
  for (let i = 0; i < parts.length; i++) {
    if (parts[i].startsWith("{")) params[parts[i].slice(1, -1) as RouteParameter] = segments[i];
    else if (parts[i] !== segments[i]) return undefined;
  }
  return params;
}
