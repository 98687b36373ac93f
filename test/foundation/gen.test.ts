// The bindings in src/gen/ must be exactly what `npm run gen` makes from schemas/: stale or hand-edited files fail.
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { generate } = require("../../scripts/gen.js") as { generate: (outDir: string) => Promise<void> };

function listFiles(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of fs.readdirSync(dir).sort()) {
      const p = path.join(dir, name);
      if (fs.statSync(p).isDirectory()) walk(p);
      else out.push(path.relative(root, p));
    }
  };
  walk(root);
  return out;
}

test("src/gen matches a fresh regeneration byte for byte", async () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "gen-"));
  try {
    await generate(tmp);
    const fresh = listFiles(tmp);
    const committed = listFiles(path.join(__dirname, "..", "..", "src", "gen"));
    expect(committed).toEqual(fresh);
    const differing = fresh.filter(
      (f) => !fs.readFileSync(path.join(tmp, f)).equals(fs.readFileSync(path.join(__dirname, "..", "..", "src", "gen", f))),
    );
    expect(differing).toEqual([]);
    expect(fresh).toEqual(
      expect.arrayContaining([
        "providers/prefect/service-account/index.ts",
        "providers/prefect/provider/index.ts",
        "providers/google/apigee-environment-api-revision-deployment/index.ts",
        "providers/google/apigee-developer-app/index.ts",
      ]),
    );
    // Resources only for google: the prebuilt GoogleProvider serves them, a second provider class would clash.
    expect(fresh.some((f) => f.startsWith("providers/google/provider/"))).toBe(false);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}, 60_000);
