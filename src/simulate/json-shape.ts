/**
 * The gate's JSON shape limits (`JSON_LIMITS`), measured over the raw text before anything parses it, exactly as the
 * gate's scripts do (`src/pipeline/gate-scripts/json-shape.ts`): one pass without recursion, strings skipped with
 * escapes counted as one character, items counted where they start (so duplicate names count), the outermost
 * container at depth 1.
 *
 * It also stands for Apigee's JSONThreatProtection, which enforces the same limits but only on messages declared
 * `application/json` (JSONThreatProtection policy reference, "Usage notes"); the scripts enforce them on every body.
 */
import { JSON_LIMITS } from "../gate/contract";

/** The first violation of `JSON_LIMITS` in `raw`, or undefined. */
export function jsonShapeProblem(raw: string): string | undefined {
  const stack: Array<{ object: boolean; count: number; pending: boolean }> = [];
  const startItem = (): string | undefined => {
    const top = stack[stack.length - 1];
    if (top === undefined || !top.pending) return undefined;
    top.pending = false;
    top.count += 1;
    if (top.object && top.count > JSON_LIMITS.objectEntryCount) return `an object has more than ${JSON_LIMITS.objectEntryCount} entries`;
    if (!top.object && top.count > JSON_LIMITS.arrayElementCount) return `an array has more than ${JSON_LIMITS.arrayElementCount} elements`;
    return undefined;
  };
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i];
    let problem: string | undefined;
    if (c === '"') {
      const top = stack[stack.length - 1];
      const isName = top !== undefined && top.object && top.pending;
      problem = startItem();
      let units = 0;
      let j = i + 1;
      while (j < raw.length && raw[j] !== '"') {
        j += raw[j] === "\\" ? (raw[j + 1] === "u" ? 6 : 2) : 1;
        units += 1;
      }
      if (problem === undefined && isName && units > JSON_LIMITS.objectEntryNameLength) {
        problem = `an entry name is longer than ${JSON_LIMITS.objectEntryNameLength} characters`;
      }
      i = j;
    } else if (c === "{" || c === "[") {
      problem = startItem();
      if (problem === undefined && stack.length >= JSON_LIMITS.containerDepth) problem = `nested deeper than ${JSON_LIMITS.containerDepth} levels`;
      stack.push({ object: c === "{", count: 0, pending: true });
    } else if (c === "}" || c === "]") {
      stack.pop();
    } else if (c === ",") {
      const top = stack[stack.length - 1];
      if (top !== undefined) top.pending = true;
    } else if (c !== " " && c !== "\t" && c !== "\n" && c !== "\r" && c !== ":") {
      problem = startItem();
    }
    if (problem !== undefined) return problem;
  }
  return undefined;
}
