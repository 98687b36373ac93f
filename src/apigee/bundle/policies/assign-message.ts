import { problems, variableProblem } from "../names";
import { Policy, PolicyProps } from "../policy";
import { XmlChild, XmlElement, el, entries, optList, text } from "../xml";

/** A body to set: text (Apigee message templates like `{request.header.x}` are expanded) and its content type. */
export interface MessagePayload {
  /** The payload's media type, e.g. `application/json`. */
  readonly contentType: string;
  /** The payload, a message template. */
  readonly content: string;
}

/** A flow variable to assign: exactly one of `value`, `ref` or `template`. */
export interface AssignVariable {
  /** The flow variable's name. */
  readonly name: string;
  /**
   * A literal value.
   * @default - none
   */
  readonly value?: string;
  /**
   * Another flow variable's value.
   * @default - none
   */
  readonly ref?: string;
  /**
   * A message template, e.g. `{sha256Hex(my.input)}` or `{escapeJSON(jwt.VJ.decoded.claim.sub)}`.
   * @default - none
   */
  readonly template?: string;
}

/** What AssignMessage sets on the message. */
export interface AssignMessageSet {
  /**
   * Headers to set, in order.
   * @default - none
   */
  readonly headers?: Readonly<Record<string, string>>;
  /**
   * Query parameters to set.
   * @default - none
   */
  readonly queryParams?: Readonly<Record<string, string>>;
  /**
   * The body.
   * @default - unchanged
   */
  readonly payload?: MessagePayload;
  /**
   * The HTTP method (requests).
   * @default - unchanged
   */
  readonly verb?: string;
  /**
   * The path (requests).
   * @default - unchanged
   */
  readonly path?: string;
  /**
   * Status code (responses).
   * @default - unchanged
   */
  readonly statusCode?: number;
  /**
   * Reason phrase (responses).
   * @default - unchanged
   */
  readonly reasonPhrase?: string;
}

/** AssignMessage: builds or changes a request or response, and assigns flow variables. */
export interface AssignMessageProps extends PolicyProps {
  /**
   * The message to change or create; `createNew` builds a fresh one in variable `variable`.
   * @default - the current message
   */
  readonly assignTo?: { readonly type: "request" | "response"; readonly createNew: boolean; readonly variable?: string };
  /**
   * Headers and query parameters to remove; `allHeaders` removes every header (an empty `<Headers/>`), so only the
   * headers set afterwards are sent.
   * @default - none
   */
  readonly remove?: { readonly headers?: readonly string[]; readonly allHeaders?: boolean; readonly queryParams?: readonly string[] };
  /**
   * Headers and query parameters to add (kept beside existing values).
   * @default - none
   */
  readonly add?: { readonly headers?: Readonly<Record<string, string>>; readonly queryParams?: Readonly<Record<string, string>> };
  /**
   * Parts of the message to set.
   * @default - none
   */
  readonly set?: AssignMessageSet;
  /**
   * Flow variables to assign, in order.
   * @default - none
   */
  readonly assignVariables?: readonly AssignVariable[];
  /**
   * Treat unresolved template variables as empty instead of failing.
   * @default false
   */
  readonly ignoreUnresolvedVariables?: boolean;
}

/** An AssignMessage policy. */
export class AssignMessage extends Policy {
  private readonly props: AssignMessageProps;

  public constructor(props: AssignMessageProps) {
    super("AssignMessage", props);
    this.props = props;
  }

  protected body(): XmlChild[] {
    const p = this.props;
    const named = (list: string, item: string, map: Readonly<Record<string, string>> | undefined): XmlElement | undefined =>
      optList(list, entries(map), ([k, v]) => text(item, v, { name: k }));
    const s = p.set;
    const setChildren: XmlChild[] = s
      ? [
          named("Headers", "Header", s.headers),
          named("QueryParams", "QueryParam", s.queryParams),
          s.payload && text("Payload", s.payload.content, { contentType: s.payload.contentType }),
          s.verb !== undefined && text("Verb", s.verb),
          s.path !== undefined && text("Path", s.path),
          s.statusCode !== undefined && text("StatusCode", s.statusCode),
          s.reasonPhrase !== undefined && text("ReasonPhrase", s.reasonPhrase),
        ]
      : [];
    const removeChildren: XmlChild[] = [
      p.remove?.allHeaders ? el("Headers", []) : optList("Headers", p.remove?.headers, (h) => el("Header", [], { name: h })),
      optList("QueryParams", p.remove?.queryParams, (q) => el("QueryParam", [], { name: q })),
    ];
    const addChildren: XmlChild[] = [named("Headers", "Header", p.add?.headers), named("QueryParams", "QueryParam", p.add?.queryParams)];
    return [
      p.assignTo && (p.assignTo.variable !== undefined
        ? text("AssignTo", p.assignTo.variable, { createNew: p.assignTo.createNew, type: p.assignTo.type })
        : el("AssignTo", [], { createNew: p.assignTo.createNew, type: p.assignTo.type })),
      removeChildren.some(Boolean) && el("Remove", removeChildren),
      addChildren.some(Boolean) && el("Add", addChildren),
      s && el("Set", setChildren),
      ...(p.assignVariables ?? []).map((v) =>
        el("AssignVariable", [
          text("Name", v.name),
          v.ref !== undefined && text("Ref", v.ref),
          v.template !== undefined && text("Template", v.template),
          v.value !== undefined && text("Value", v.value),
        ]),
      ),
      text("IgnoreUnresolvedVariables", p.ignoreUnresolvedVariables ?? false),
    ];
  }

  protected validate(): string[] {
    const p = this.props;
    return problems(
      (p.assignVariables ?? []).map((v) => {
        const count = [v.value, v.ref, v.template].filter((x) => x !== undefined).length;
        return count === 1 ? variableProblem("AssignVariable name", v.name) : `AssignVariable ${JSON.stringify(v.name)} needs exactly one of value, ref or template (got ${count})`;
      }),
      (p.assignVariables ?? []).map((v) => variableProblem(`AssignVariable ${JSON.stringify(v.name)} ref`, v.ref)),
      p.set?.statusCode !== undefined && !(Number.isInteger(p.set.statusCode) && p.set.statusCode >= 100 && p.set.statusCode <= 599)
        ? `Set StatusCode ${p.set.statusCode} is not an HTTP status (100-599)`
        : undefined,
      variableProblem("AssignTo variable", p.assignTo?.variable),
      p.remove?.allHeaders && (p.remove.headers ?? []).length > 0 ? "Remove lists headers and also removes all headers (choose one)" : undefined,
    );
  }
}
