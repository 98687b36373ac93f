/**
 * One thing a change does to access or to a gate, said plainly, with which way it goes: access widened or narrowed,
 * a limit (or a check) loosened or tightened, or a change with no direction (a new proxy revision, a renamed log).
 */

/**
 * - `widens`: a caller gains access to a deployment;
 * - `narrows`: a caller loses access;
 * - `loosens`: a limit or a check lets more through (a higher quota, a longer token lifetime, a shorter retention, a
 *   new trusted issuer, a changed audience: tokens refused before may now pass);
 * - `tightens`: the reverse;
 * - `changes`: neither (a new proxy revision, a caller added with the access the access section lists, ...).
 */
export type Effect = "widens" | "narrows" | "loosens" | "tightens" | "changes";

/** The part of the gate a change concerns; the Markdown has one section per area. */
export type Area = "access" | "callers, deployments and products" | "token verification" | "limits" | "rotation" | "audit trail" | "proxies" | "policy pack" | "stacks";

export interface Change {
  readonly stack: string;
  /** The pipeline id of the gate, or null for what belongs to the stack (proxies, policy pack). */
  readonly gate: string | null;
  readonly area: Area;
  readonly effect: Effect;
  /** One plain sentence. */
  readonly summary: string;
  /** The value before, when there is one to show. */
  readonly before?: unknown;
  /** The value after. */
  readonly after?: unknown;
}

/**
 * Collects the changes of one gate: `add(area, effect, summary, before?, after?)` records one, leaving out a
 * before/after value that is not given; `changes` is the list so far.
 */
export function changeCollector(stack: string, gate: string | null): { readonly changes: Change[]; add(area: Area, effect: Effect, summary: string, before?: unknown, after?: unknown): void } {
  const changes: Change[] = [];
  return {
    changes,
    add(area, effect, summary, before, after) {
      changes.push({ stack, gate, area, effect, summary, ...(before !== undefined ? { before } : {}), ...(after !== undefined ? { after } : {}) });
    },
  };
}

/** Whether a change widens access or loosens a limit (what `--fail-on-widening` fails on). */
export function isWidening(change: Change): boolean {
  return change.effect === "widens" || change.effect === "loosens";
}

/** The direction of a change of a number where more lets more through (`more` says which way "more" goes). */
export function numberEffect(before: number, after: number, more: "loosens" | "tightens" = "loosens"): Effect {
  if (after === before) return "changes";
  const less = more === "loosens" ? "tightens" : "loosens";
  return after > before ? more : less;
}

/** `a, b` or `none`. */
export function listText(values: readonly string[]): string {
  return values.length === 0 ? "none" : values.join(", ");
}

/** Inline code in Markdown. */
export { inlineCode as code } from "../core/markdown";
