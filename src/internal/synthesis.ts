/**
 * Files written during synthesis: bundles, manifests and reports land in the stack's output
 * folder (`cdktf.out/stacks/<stack>/`) when cdktf synthesizes, never when a constructor runs.
 */
import * as fs from "fs";
import * as path from "path";
import { Construct } from "constructs";
import { TerraformStack } from "cdktf";
// Not re-exported by cdktf's entry point; it is the hook TerraformAsset itself uses.
import { addCustomSynthesis } from "cdktf/lib/synthesize/synthesizer";

/** A file to write, with a path relative to the stack's output folder (forward slashes, no `..`). */
export interface SynthesizedFile {
  readonly path: string;
  readonly content: string | Uint8Array;
}

/**
 * Adds a child construct `id` to `scope` whose synthesis writes the files `produce` returns. `produce` runs once per
 * synthesis, after Aspects and validations, so it sees the finished construct tree. Terraform runs inside the stack's
 * output folder, so the same relative paths can be referenced from `cdk.tf.json` (e.g. a proxy's `config_bundle`).
 */
export function writeAtSynthesis(scope: Construct, id: string, produce: () => readonly SynthesizedFile[]): Construct {
  const hook = new Construct(scope, id);
  addCustomSynthesis(hook, {
    onSynthesize(session) {
      const stack = TerraformStack.of(scope);
      const stackDir = path.join(session.outdir, session.manifest.forStack(stack).workingDirectory);
      for (const file of produce()) {
        const normalized = path.posix.normalize(file.path);
        if (path.posix.isAbsolute(normalized) || normalized.startsWith("..") || normalized !== file.path) {
          throw new Error(`${hook.node.path}: synthesized file path ${JSON.stringify(file.path)} must be relative and normalized`);
        }
        const target = path.join(stackDir, ...normalized.split("/"));
        fs.mkdirSync(path.dirname(target), { recursive: true });
        fs.writeFileSync(target, file.content);
      }
    },
  });
  return hook;
}
