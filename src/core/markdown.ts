/** Markdown pieces the reports share (access matrix, evidence report, diff). */

/** Inline code; a backtick inside becomes `'` (Markdown has no escape for it inside a code span). */
export function inlineCode(text: string): string {
  return `\`${text.replace(/`/g, "'")}\``;
}

/** Text for a table cell: `|` escaped, line breaks flattened. */
export function tableCell(text: string): string {
  return text.replace(/\|/g, "\\|").replace(/\n/g, " ");
}
