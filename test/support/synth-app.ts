// Synthesis of a whole app in the test's own process, as `npm run synth` or `cdktf synth` would run it: the app file
// (the reference app stacks/main.ts or an example's main.ts) is loaded, and its app.synth() writes a fresh folder.
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import type * as Library from "../../src";
import { ROOT } from "./source-files";

const SRC_INDEX = path.join(ROOT, "src", "index.ts");

export interface SynthAppOptions {
  /**
   * Every `GatedPipelineStack` the app defines gets `mutate(props, lib)` instead of its props, where `lib` is the
   * library instance the app itself uses (build replacement values with it, not with a separate import). Needs
   * `isolated`.
   * @default - the app's own props
   */
  readonly mutate?: (props: Library.GatedPipelineStackProps, lib: typeof Library) => Library.GatedPipelineStackProps;
  /**
   * Load the app and the library afresh (jest.isolateModules), so the same app can be synthesized again in one test
   * file, or with `mutate`. Without it the library modules the test file has loaded are shared, as in one process
   * running several apps, which is faster; each app file then runs once per test file.
   * @default true
   */
  readonly isolated?: boolean;
}

/** App files loaded into the shared module registry of this test file (loading one again would not run it). */
const loadedShared = new Set<string>();

/** Synthesizes an app (a path relative to the root) into a fresh output folder and returns the folder. */
export function synthApp(appFile: string, options: SynthAppOptions = {}): string {
  const { mutate, isolated = true } = options;
  if (mutate && !isolated) throw new Error("synthApp: mutate needs isolated modules");
  if (!isolated) {
    if (loadedShared.has(appFile)) throw new Error(`synthApp: ${appFile} already ran in this test file's modules (pass isolated: true)`);
    loadedShared.add(appFile);
  }
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), `synth-${path.basename(path.dirname(appFile))}-`));
  const previous = process.env.CDKTF_OUTDIR;
  process.env.CDKTF_OUTDIR = outdir;
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loading the app synthesizes it
  const load = () => require(path.join(ROOT, appFile));
  try {
    if (!isolated) {
      load();
      return outdir;
    }
    jest.isolateModules(() => {
      if (mutate) {
        const change = mutate;
        jest.doMock(SRC_INDEX, () => {
          const lib = jest.requireActual<typeof Library>(SRC_INDEX);
          class MutatedStack extends lib.GatedPipelineStack {
            constructor(scope: ConstructorParameters<typeof lib.GatedPipelineStack>[0], id: string, props: Library.GatedPipelineStackProps) {
              super(scope, id, change(props, lib));
            }
          }
          return { ...lib, GatedPipelineStack: MutatedStack };
        });
      }
      load();
    });
  } finally {
    if (isolated) jest.dontMock(SRC_INDEX);
    if (previous === undefined) delete process.env.CDKTF_OUTDIR;
    else process.env.CDKTF_OUTDIR = previous;
  }
  return outdir;
}
