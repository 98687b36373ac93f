// The simulator's router is driven by the contract's ROUTES, as the proxy's gate-route.js is (gate-scripts.test runs
// both over the same paths): every route of the contract is matched, each {parameter} by its ROUTE_PARAMETERS pattern.
import { ROUTE_PARAMETERS, ROUTES } from "../../src/gate/contract";
import { matchRoute } from "../../src/simulate/route";

const SAMPLES: Record<keyof typeof ROUTE_PARAMETERS, string> = { name: "orders-etl-nightly", id: "0b9e3f3a-1c2d-4e5f-8a9b-0c1d2e3f4a5b" };
const routes = Object.entries(ROUTES);
const pathOf = (pattern: string, values: Record<string, string> = SAMPLES) => `/orders${pattern.replace(/\{(\w+)\}/g, (_, p: string) => values[p])}`;

test("every {parameter} of a route has a pattern in ROUTE_PARAMETERS, and the samples here match them", () => {
  const params = routes.flatMap(([, r]) => [...r.pattern.matchAll(/\{(\w+)\}/g)].map((m) => m[1]));
  expect(params.filter((p) => !(p in ROUTE_PARAMETERS))).toEqual([]);
  for (const [p, pattern] of Object.entries(ROUTE_PARAMETERS)) expect(SAMPLES[p as keyof typeof SAMPLES]).toMatch(pattern);
});

test.each(routes)("route %s is matched from its pattern, with its method only", (name, r) => {
  const match = matchRoute("/orders", r.method, pathOf(r.pattern));
  expect(match).toMatchObject({ kind: "route", route: name, deployment: r.pattern.includes("{name}") ? SAMPLES.name : null, runId: r.pattern.includes("{id}") ? SAMPLES.id : null });
  expect(matchRoute("/orders", r.method === "GET" ? "POST" : "GET", pathOf(r.pattern))).toMatchObject({ kind: "refuse", code: "method_not_allowed" });
});

test.each(routes.filter(([, r]) => r.pattern.includes("{")))("route %s refuses a parameter its pattern does not match as an unknown route", (_name, r) => {
  expect(matchRoute("/orders", r.method, pathOf(r.pattern, { name: "Orders", id: SAMPLES.id.toUpperCase() }))).toMatchObject({ kind: "refuse", code: "route_not_found" });
});
