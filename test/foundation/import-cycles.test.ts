// No two modules of src/ import each other, directly or through others (type-only imports included): each concept
// can be read, and loaded, on its own. src/gen/ (generated) is left out.
import * as fs from "fs";
import * as path from "path";
import { ROOT, tsFiles } from "../support/source-files";

/** Relative imports (and re-exports) of every module of src/, resolved to files, all relative to src/. */
function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const rel of tsFiles("src", ["src/gen"])) {
    const file = path.join(ROOT, rel);
    const text = fs.readFileSync(file, "utf8");
    const targets = [...text.matchAll(/^(?:import|export)\b[^;]*?\bfrom\s+"(\.[^"]*)"/gms)].map((m) => {
      const base = path.join(path.dirname(file), m[1]);
      return [`${base}.ts`, path.join(base, "index.ts")].find((f) => fs.existsSync(f))!;
    });
    graph.set(path.relative("src", rel), targets.filter((t) => t !== undefined).map((t) => path.relative(path.join(ROOT, "src"), t)));
  }
  return graph;
}

/** Each cycle found by a depth-first search, as the path that closes it. */
function cycles(graph: Map<string, string[]>): string[][] {
  const found: string[][] = [];
  const state = new Map<string, "open" | "done">();
  const stack: string[] = [];
  const walk = (node: string): void => {
    state.set(node, "open");
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      if (state.get(next) === "open") found.push([...stack.slice(stack.indexOf(next)), next]);
      else if (!state.has(next)) walk(next);
    }
    stack.pop();
    state.set(node, "done");
  };
  for (const node of [...graph.keys()].sort()) if (!state.has(node)) walk(node);
  return found;
}

test("the import graph of src/ has no cycle", () => {
  const graph = importGraph();
  expect(graph.get("pipeline/access-matrix-writer.ts")).toContain("pipeline/pipeline-brand.ts");
  expect(cycles(graph).map((c) => c.join(" -> "))).toEqual([]);
});

test("the cycle finder finds a cycle", () => {
  expect(cycles(new Map([["a", ["b"]], ["b", ["c"]], ["c", ["a"]], ["d", ["a"]]]))).toEqual([["a", "b", "c", "a"]]);
});
