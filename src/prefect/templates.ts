// Prefect's `{{ ... }}` placeholders in deployment fields: which ones survive being written by Terraform.

/** One `{{ ... }}` placeholder found in a string. */
export interface TemplateRef {
  /** The text between the braces, trimmed, e.g. `prefect.blocks.secret.github-token`. */
  readonly expression: string;
  /**
   * What it refers to: a block or variable (resolved by whoever applies the templates: `prefect deploy`, or the
   * worker for pull steps and job variables), an environment variable (`{{ $NAME }}`), the run context
   * (`{{ ctx.flow_run.id }}`, resolved by the worker) or the output of a build, push or pull step.
   */
  readonly kind: "block" | "variable" | "env" | "ctx" | "step-output";
  /** For `step-output`: the step id before the first dot. */
  readonly stepId?: string;
}

/**
 * Prefect's placeholder pattern (`PLACEHOLDER_CAPTURE_REGEX` in `utilities/templating/__init__.py` of
 * PrefectHQ/prefect): other `{{ ... }}` text, such as Jinja expressions with filters, is not a placeholder and stays
 * as written.
 */
const PLACEHOLDER = /\{\{\s*([\w.\-[\]$]+)\s*\}\}/g;

/** Every `{{ ... }}` placeholder in `text`, classified. */
export function findTemplates(text: string): TemplateRef[] {
  const out: TemplateRef[] = [];
  for (const match of text.matchAll(PLACEHOLDER)) {
    const expression = match[1];
    if (expression.startsWith("prefect.blocks.")) out.push({ expression, kind: "block" });
    else if (expression.startsWith("prefect.variables.")) out.push({ expression, kind: "variable" });
    else if (expression.startsWith("$")) out.push({ expression, kind: "env" });
    // `prefect deploy` leaves `ctx.` placeholders for the worker (`skip_prefixes=["ctx."]` in `cli/deploy/_core.py`).
    else if (expression.startsWith("ctx.")) out.push({ expression, kind: "ctx" });
    else out.push({ expression, kind: "step-output", stepId: expression.split(".")[0] });
  }
  return out;
}

/** Whether `text` is exactly one block reference, e.g. `{{ prefect.blocks.secret.github-token }}`. */
export function isBlockReference(text: string): boolean {
  return /^\{\{\s*prefect\.blocks\.[a-z0-9-]+\.[a-z0-9_-]+(\.[A-Za-z0-9_]+)*\s*\}\}$/.test(text);
}
