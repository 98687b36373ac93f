import { ACCESS_MATRIX_FILES } from "../gate/output-files";
import { TerraformStack } from "../internal/cdk";
import { writeAtSynthesis } from "../internal/synthesis";
import { buildAccessMatrix, renderAccessMatrixMarkdown } from "./access-matrix";
import { isBrandedPipeline } from "./pipeline-brand";

const WRITER_ID = "GatedPipelineAccessMatrix";

/**
 * Makes sure the stack writes one access matrix (`gated-pipeline/access-matrix.md` and `.json`) covering all of its
 * pipelines, whichever kind of stack holds them.
 */
export function ensureAccessMatrix(stack: TerraformStack): void {
  if (stack.node.tryFindChild(WRITER_ID)) return;
  writeAtSynthesis(stack, WRITER_ID, () => {
    const pipelines = stack.node.findAll().filter(isBrandedPipeline);
    const manifests = pipelines.map((p) => p.manifest());
    const matrix = buildAccessMatrix(stack.node.id, manifests);
    return [
      { path: ACCESS_MATRIX_FILES.json, content: `${JSON.stringify(matrix, null, 2)}\n` },
      { path: ACCESS_MATRIX_FILES.markdown, content: renderAccessMatrixMarkdown(matrix, manifests) },
    ];
  });
}
