/**
 * An Apigee condition expression (`<Condition>`), built from typed pieces so quoting is right, or given verbatim.
 */
export class Condition {
  /** A condition written in Apigee's condition language, used verbatim. */
  public static of(expression: string): Condition {
    return new Condition(expression);
  }

  /** `proxy.pathsuffix MatchesPath "<pattern>"`: `*` matches one path segment, `**` several. */
  public static pathMatches(pattern: string): Condition {
    return new Condition(`proxy.pathsuffix MatchesPath ${quote(pattern)}`);
  }

  /** `request.verb = "<verb>"`. */
  public static verbIs(verb: string): Condition {
    return new Condition(`request.verb = ${quote(verb.toUpperCase())}`);
  }

  /** `<variable> = "<value>"`. */
  public static equals(variable: string, value: string): Condition {
    return new Condition(`${variable} = ${quote(value)}`);
  }

  /** `<variable> != "<value>"`. */
  public static notEquals(variable: string, value: string): Condition {
    return new Condition(`${variable} != ${quote(value)}`);
  }

  /** `<variable> = null`: the variable is unset. */
  public static isNull(variable: string): Condition {
    return new Condition(`${variable} = null`);
  }

  /** `<variable> != null`: the variable is set. */
  public static isSet(variable: string): Condition {
    return new Condition(`${variable} != null`);
  }

  /** `<variable> = true`. */
  public static isTrue(variable: string): Condition {
    return new Condition(`${variable} = true`);
  }

  /** All of the conditions. */
  public static all(...conditions: Condition[]): Condition {
    return new Condition(conditions.map((c) => `(${c.expression})`).join(" and "));
  }

  /** Any of the conditions. */
  public static any(...conditions: Condition[]): Condition {
    return new Condition(conditions.map((c) => `(${c.expression})`).join(" or "));
  }

  /** A string stands for a verbatim expression. */
  public static from(condition: string | Condition): Condition {
    return typeof condition === "string" ? Condition.of(condition) : condition;
  }

  private constructor(public readonly expression: string) {}

  /** This condition and `other`. */
  public and(other: Condition): Condition {
    return Condition.all(this, other);
  }

  /** This condition or `other`. */
  public or(other: Condition): Condition {
    return Condition.any(this, other);
  }

  /** The negation of this condition. */
  public not(): Condition {
    return new Condition(`!(${this.expression})`);
  }

  /** Why the expression cannot be valid (empty, unbalanced parentheses or quotes), or nothing. */
  public problem(): string | undefined {
    const e = this.expression;
    if (e.trim() === "") return `condition is empty`;
    let depth = 0;
    let inString = false;
    for (let i = 0; i < e.length; i++) {
      const ch = e[i];
      if (inString) {
        if (ch === "\\") i++;
        else if (ch === '"') inString = false;
      } else if (ch === '"') inString = true;
      else if (ch === "(") depth++;
      else if (ch === ")" && --depth < 0) break;
    }
    if (inString) return `condition ${JSON.stringify(e)} has an unterminated string`;
    if (depth !== 0) return `condition ${JSON.stringify(e)} has unbalanced parentheses`;
    return undefined;
  }
}

function quote(value: string): string {
  return `"${value.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;
}
