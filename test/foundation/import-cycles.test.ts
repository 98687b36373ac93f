// No two modules of src/ import each other, directly or through others (type-only imports included): each concept
// can be read, and loaded, on its own. src/gen/ (generated) is left out.
import * as fs from "fs";
import * as path from "path";

const SRC = path.join(__dirname, "..", "..", "src");

/** Relative imports (and re-exports) of every module of src/, resolved to files. */
function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  const visit = (dir: string): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (file !== path.join(SRC, "gen")) visit(file);
      } else if (file.endsWith(".ts")) {
        const text = fs.readFileSync(file, "utf8");
        const targets = [...text.matchAll(/^(?:import|export)\b[^;]*?\bfrom\s+"(\.[^"]*)"/gms)].map((m) => {
          const base = path.join(path.dirname(file), m[1]);
          return [`${base}.ts`, path.join(base, "index.ts")].find((f) => fs.existsSync(f))!;
        });
        graph.set(path.relative(SRC, file), targets.filter((t) => t !== undefined).map((t) => path.relative(SRC, t)));
      }
    }
  };
  visit(SRC);
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
