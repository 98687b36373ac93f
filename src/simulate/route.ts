/**
 * Route matching without path tricks: the path is split once, each segment is percent-decoded exactly once, and
 * anything a canonical client never sends (`..`, `.`, `//`, a trailing slash, an encoded slash or backslash, double
 * encoding, control characters, a fragment, matrix parameters) is refused as an unknown route. Matching is exact and
 * case-sensitive, so `/Orders/...` or `/RUNS` do not match.
 */
import { DEPLOYMENT_SLUG, FLOW_RUN_ID, RefusalCode, ROUTES } from "../gate/contract";

export type RouteName = keyof typeof ROUTES;

export type RouteMatch =
  | { readonly kind: "route"; readonly route: RouteName; readonly deployment: string | null; readonly runId: string | null; readonly query: URLSearchParams }
  | { readonly kind: "refuse"; readonly code: RefusalCode; readonly detail: string; readonly deployment: string | null };

export function matchRoute(basePath: string, method: string, rawPath: string): RouteMatch {
  const refuse = (detail: string, code: RefusalCode = "route_not_found", deployment: string | null = null): RouteMatch => ({ kind: "refuse", code, detail, deployment });
  if (rawPath.includes("#")) return refuse("the path has a fragment");
  const q = rawPath.indexOf("?");
  const pathPart = q < 0 ? rawPath : rawPath.slice(0, q);
  const query = new URLSearchParams(q < 0 ? "" : rawPath.slice(q + 1));
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

  let route: RouteName | undefined;
  let deployment: string | null = null;
  let runId: string | null = null;
  if (rest.length === 3 && rest[0] === "deployments" && rest[2] === "runs") {
    if (!DEPLOYMENT_SLUG.test(rest[1])) return refuse(`the deployment name ${JSON.stringify(rest[1])} is not a slug (${DEPLOYMENT_SLUG.source})`);
    route = "triggerRun";
    deployment = rest[1];
  } else if (rest.length === 2 && rest[0] === "runs") {
    if (!FLOW_RUN_ID.test(rest[1])) return refuse(`the run id ${JSON.stringify(rest[1])} is not a lowercase UUID`);
    route = "readRun";
    runId = rest[1];
  } else if (rest.length === 1 && rest[0] === "events") {
    route = "statusEvents";
  }
  if (route === undefined) return refuse(`no route matches ${pathPart}`);
  if (method !== ROUTES[route].method) {
    return refuse(`${ROUTES[route].pattern} accepts ${ROUTES[route].method}, not ${JSON.stringify(method)}`, "method_not_allowed", deployment);
  }
  return { kind: "route", route, deployment, runId, query };
}
