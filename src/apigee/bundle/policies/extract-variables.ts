import { problems, variableProblem } from "../names";
import { Policy, PolicyProps } from "../policy";
import { XmlChild, el, text } from "../xml";

/** A variable taken from a JSON body with a JSONPath. */
export interface JsonPathVariable {
  /** Variable name (prefixed with `variablePrefix.`). */
  readonly name: string;
  /** The JSONPath, e.g. `$.iss`. */
  readonly jsonPath: string;
  /**
   * The value's type.
   * @default "string"
   */
  readonly type?: "string" | "boolean" | "integer" | "long" | "float" | "double" | "nodeset";
}

/** A header or query parameter matched against patterns; `{name}` in a pattern captures a variable. */
export interface NamedPatterns {
  /** The header or query parameter name. */
  readonly name: string;
  /** Patterns, e.g. `Bearer {token}`. */
  readonly patterns: readonly string[];
}

/** ExtractVariables: pulls values out of the path, headers, query parameters or a JSON body into flow variables. */
export interface ExtractVariablesProps extends PolicyProps {
  /**
   * The message read.
   * @default "request"
   */
  readonly source?: string;
  /**
   * Prefix of every variable it sets.
   * @default - none
   */
  readonly variablePrefix?: string;
  /**
   * URI path patterns, e.g. `/deployments/{deployment}/runs`.
   * @default - none
   */
  readonly uriPaths?: readonly string[];
  /**
   * Query parameters.
   * @default - none
   */
  readonly queryParams?: readonly NamedPatterns[];
  /**
   * Headers.
   * @default - none
   */
  readonly headers?: readonly NamedPatterns[];
  /**
   * Variables from a JSON body.
   * @default - none
   */
  readonly jsonPayload?: readonly JsonPathVariable[];
  /**
   * Continue when a source is missing instead of failing.
   * @default false
   */
  readonly ignoreUnresolvedVariables?: boolean;
}

/** An ExtractVariables policy. */
export class ExtractVariables extends Policy {
  private readonly props: ExtractVariablesProps;

  public constructor(props: ExtractVariablesProps) {
    super("ExtractVariables", props);
    this.props = props;
  }

  protected body(): XmlChild[] {
    const p = this.props;
    const named = (kind: string, list: readonly NamedPatterns[] | undefined): XmlChild[] =>
      (list ?? []).map((n) => el(kind, n.patterns.map((pat) => text("Pattern", pat)), { name: n.name }));
    return [
      text("Source", p.source ?? "request"),
      p.variablePrefix !== undefined && text("VariablePrefix", p.variablePrefix),
      text("IgnoreUnresolvedVariables", p.ignoreUnresolvedVariables ?? false),
      ...(p.uriPaths ?? []).map((u) => el("URIPath", [text("Pattern", u)])),
      ...named("QueryParam", p.queryParams),
      ...named("Header", p.headers),
      p.jsonPayload && p.jsonPayload.length > 0 &&
        el("JSONPayload", p.jsonPayload.map((v) => el("Variable", [text("JSONPath", v.jsonPath)], { name: v.name, type: v.type ?? "string" }))),
    ];
  }

  protected validate(): string[] {
    const p = this.props;
    const count = (p.uriPaths?.length ?? 0) + (p.queryParams?.length ?? 0) + (p.headers?.length ?? 0) + (p.jsonPayload?.length ?? 0);
    return problems(
      count === 0 ? "nothing to extract (give uriPaths, queryParams, headers or jsonPayload)" : undefined,
      variableProblem("VariablePrefix", p.variablePrefix),
      (p.jsonPayload ?? []).map((v) => (v.jsonPath.startsWith("$") ? variableProblem("JSONPayload variable name", v.name) : `JSONPath ${JSON.stringify(v.jsonPath)} of ${JSON.stringify(v.name)} must start with '$'`)),
      [...(p.queryParams ?? []), ...(p.headers ?? [])].map((n) => (n.patterns.length === 0 ? `${JSON.stringify(n.name)} has no patterns` : undefined)),
    );
  }
}
