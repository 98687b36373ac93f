import { Duration } from "../../../core/duration";
import { FlowValue } from "../flow-value";
import { problems, variableProblem } from "../names";
import { XmlChild, XmlElement, el, text } from "../xml";

/** Where a cache entry is visible. */
export type CacheScope = "Exclusive" | "Application" | "Proxy" | "Target" | "Global";

/** How PopulateCache and LookupCache name an entry: an optional prefix and fragments (literal or runtime). */
export interface CacheKey {
  /**
   * A fixed prefix.
   * @default - none
   */
  readonly prefix?: string;
  /** Fragments joined into the key. */
  readonly fragments: ReadonlyArray<string | FlowValue>;
}

/** Settings PopulateCache and LookupCache share; both must use the same ones to meet the same entry. */
export interface CacheSettings {
  /** The entry's key. */
  readonly cacheKey: CacheKey;
  /**
   * A named cache resource of the environment.
   * @default - the environment's shared cache
   */
  readonly cacheResource?: string;
  /**
   * Where the entry is visible.
   * @default "Exclusive"
   */
  readonly scope?: CacheScope;
}

export function cacheElements(s: CacheSettings): XmlChild[] {
  return [
    el("CacheKey", [
      s.cacheKey.prefix !== undefined && text("Prefix", s.cacheKey.prefix),
      ...s.cacheKey.fragments.map((f): XmlElement => {
        const v = FlowValue.of(f);
        return v.isRef ? el("KeyFragment", [], { ref: v.variable }) : text("KeyFragment", v.literal ?? "");
      }),
    ]),
    s.cacheResource !== undefined && text("CacheResource", s.cacheResource),
    text("Scope", s.scope ?? "Exclusive"),
  ];
}

export function cacheProblems(s: CacheSettings): string[] {
  return problems(
    s.cacheKey.fragments.length === 0 ? "CacheKey has no KeyFragment" : undefined,
    s.cacheKey.fragments.map((f) => (typeof f === "string" ? undefined : variableProblem("KeyFragment ref", f.variable))),
  );
}

export function expiryElement(ttl: Duration): XmlElement {
  return el("ExpirySettings", [text("TimeoutInSeconds", ttl.toSeconds())]);
}
