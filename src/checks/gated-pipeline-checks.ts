import { IConstruct } from "constructs";
import { Annotations, IAspect, TerraformStack } from "../internal/cdk";
import { writeAtSynthesis } from "../internal/synthesis";
import { CHECK_REPORT_FILE } from "../gate/output-files";
import { bundleSourceOf } from "./bundle-source";
import { BundleFiles, CheckInput, CheckReport } from "./model";
import { RULES } from "./rules";
import { runChecks } from "./runner";

const HOOK_ID = "GatedPipelineChecks";

/**
 * The policy pack inside synthesis. Added to a stack (`Aspects.of(stack).add(new GatedPipelineChecks())`), it runs
 * every rule once per synthesis over the finished `cdk.tf.json` and the bundles of the constructs that carry a
 * `BundleSource`, turns failures into error annotations (they block synthesis) and warnings, and writes
 * `cdktf.out/stacks/<stack>/gated-pipeline/checks.json`.
 */
export class GatedPipelineChecks implements IAspect {
  /**
   * The report of `stack` as it would synthesize now: what `gated-pipeline check` would say about its output.
   * Call it after the stack is complete (aspects of the stack are not run by this method).
   */
  public static report(stack: TerraformStack): CheckReport {
    return runChecks(inputOf(stack));
  }

  public visit(node: IConstruct): void {
    if (!TerraformStack.isStack(node) || node.node.tryFindChild(HOOK_ID)) return;
    const stack = node;
    writeAtSynthesis(stack, HOOK_ID, () => {
      const input = inputOf(stack, true);
      const report = runChecks(input);
      annotate(stack, input.config, report);
      return [{ path: CHECK_REPORT_FILE, content: `${JSON.stringify(report, null, 2)}\n` }];
    });
  }
}

/** The stack as the CLI would read it: `cdk.tf.json` as JSON, and the bundles its constructs carry. */
function inputOf(stack: TerraformStack, inSynthesis = false): CheckInput {
  // In synthesis, a GatedPipelineStack lets cdktf's own toTerraform() right after reuse this resolution.
  const forSynthesis = (stack as { _toTerraformForSynthesis?: () => unknown })._toTerraformForSynthesis;
  const raw = inSynthesis && forSynthesis ? forSynthesis.call(stack) : stack.toTerraform();
  const config = JSON.parse(JSON.stringify(raw));
  const bundles = new Map<string, BundleFiles>();
  for (const node of stack.node.findAll()) {
    const source = bundleSourceOf(node);
    if (source) bundles.set(source.configBundlePath, new Map(source.files().map((f) => [f.path, f.content])));
  }
  return { stackName: stack.node.id, config, bundles };
}

/** Failures become annotations on the construct that defined the resource (errors block synthesis). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function annotate(stack: TerraformStack, config: any, report: CheckReport): void {
  const byPath = new Map(stack.node.findAll().map((c) => [c.node.path, c]));
  const pathOf = (resource: string): string | undefined => {
    const zip = resource.indexOf(".zip:");
    if (zip >= 0) {
      const bundle = resource.slice(0, zip + 4);
      for (const type of ["google_apigee_api", "google_apigee_sharedflow"]) {
        for (const body of Object.values(config.resource?.[type] ?? {}) as { config_bundle?: string; "//"?: { metadata?: { path?: string } } }[]) {
          if (body.config_bundle === bundle) return body["//"]?.metadata?.path;
        }
      }
      return undefined;
    }
    const parts = resource.split(".");
    const body = parts[0] === "data" ? config.data?.[parts[1]]?.[parts[2]] : parts[0] === "output" ? undefined : config.resource?.[parts[0]]?.[parts[1]];
    return body?.["//"]?.metadata?.path;
  };
  for (const finding of report.findings) {
    if (finding.result !== "fail") continue;
    const rule = RULES.find((r) => r.id === finding.rule);
    const target = byPath.get(pathOf(finding.resource) ?? "") ?? stack;
    const message = `[${finding.rule}] ${finding.resource}: ${finding.message} (fix: ${rule?.fix ?? "see the rule"})`;
    if (finding.level === "error") Annotations.of(target).addError(message);
    else Annotations.of(target).addWarning(message);
  }
}
