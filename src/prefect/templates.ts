// Prefect's `{{ ... }}` templates in deployment fields: which ones survive being written by Terraform.

/** One `{{ ... }}` placeholder found in a string. */
export interface TemplateRef {
  /** The text between the braces, trimmed, e.g. `prefect.blocks.secret.github-token`. */
  readonly expression: string;
  /** What it refers to. */
  readonly kind: "block" | "variable" | "env" | "step-output";
  /** For `step-output`: the step id before the first dot. */
  readonly stepId?: string;
}

/** Every `{{ ... }}` placeholder in `text`, classified. */
export function findTemplates(text: string): TemplateRef[] {
  const out: TemplateRef[] = [];
  for (const match of text.matchAll(/\{\{\s*(.*?)\s*\}\}/g)) {
    const expression = match[1];
    if (expression.startsWith("prefect.blocks.")) out.push({ expression, kind: "block" });
    else if (expression.startsWith("prefect.variables.")) out.push({ expression, kind: "variable" });
    else if (expression.startsWith("$")) out.push({ expression, kind: "env" });
    else out.push({ expression, kind: "step-output", stepId: expression.split(".")[0] });
  }
  return out;
}

/** Whether `text` is exactly one block reference, e.g. `{{ prefect.blocks.secret.github-token }}`. */
export function isBlockReference(text: string): boolean {
  return /^\{\{\s*prefect\.blocks\.[a-z0-9-]+\.[a-z0-9_-]+(\.[A-Za-z0-9_]+)*\s*\}\}$/.test(text);
}
