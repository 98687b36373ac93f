/**
 * The ES5 function the gate's scripts run over raw JSON text before `JSON.parse`: the first violation of the
 * contract's `JSON_LIMITS` (nesting depth, entries per object, elements per array, entry-name length), found in one
 * loop without recursion. Rhino's `JSON.parse` recurses, and a deeply nested body overflows its Java stack with a
 * `StackOverflowError` that no script `try/catch` catches (a 500, before any secret is checked); JSONThreatProtection
 * only inspects `application/json` messages. So every script that parses JSON measures the text first.
 *
 * The simulator runs the same scan in TypeScript (`src/simulate/json-shape.ts`); a test runs both on one table.
 */
import { JSON_LIMITS } from "../../gate/contract";
import { jsLiteral } from "./js-literal";

/** Source of `function jsonShapeProblem(raw)`, returning a short description of the first violation or null. */
export function jsonShapeFunction(): string {
  return `var JSON_LIMITS = ${jsLiteral(JSON_LIMITS)};

  // The first JSON_LIMITS violation of raw JSON text, or null. One pass, no recursion: strings are skipped (escapes
  // counted as one character), each container is a frame on an explicit stack, and an item is counted where it starts.
  function jsonShapeProblem(raw) {
    var stack = [];
    var top = null;
    function startItem() {
      if (top === null || !top.pending) return null;
      top.pending = false;
      top.count += 1;
      if (top.object && top.count > JSON_LIMITS.objectEntryCount) return "an object has more than " + JSON_LIMITS.objectEntryCount + " entries";
      if (!top.object && top.count > JSON_LIMITS.arrayElementCount) return "an array has more than " + JSON_LIMITS.arrayElementCount + " elements";
      return null;
    }
    for (var i = 0; i < raw.length; i++) {
      var c = raw.charAt(i);
      var problem = null;
      if (c === "\\"") {
        var isName = top !== null && top.object && top.pending;
        problem = startItem();
        var units = 0;
        var j = i + 1;
        while (j < raw.length && raw.charAt(j) !== "\\"") {
          j += raw.charAt(j) === "\\\\" ? (raw.charAt(j + 1) === "u" ? 6 : 2) : 1;
          units += 1;
        }
        if (problem === null && isName && units > JSON_LIMITS.objectEntryNameLength) problem = "an entry name is longer than " + JSON_LIMITS.objectEntryNameLength + " characters";
        i = j;
      } else if (c === "{" || c === "[") {
        problem = startItem();
        if (problem === null && stack.length >= JSON_LIMITS.containerDepth) problem = "nested deeper than " + JSON_LIMITS.containerDepth + " levels";
        top = { object: c === "{", count: 0, pending: true };
        stack.push(top);
      } else if (c === "}" || c === "]") {
        stack.pop();
        top = stack.length > 0 ? stack[stack.length - 1] : null;
      } else if (c === ",") {
        if (top !== null) top.pending = true;
      } else if (c !== " " && c !== "\\t" && c !== "\\n" && c !== "\\r" && c !== ":") {
        problem = startItem();
      }
      if (problem !== null) return problem;
    }
    return null;
  }`;
}
