/**
 * Just enough of Apigee's condition language to tell which RouteRule a request path takes: `and`/`or`/`not` (`!`),
 * parentheses, and `variable = "literal"` / `variable != "literal"` comparisons. Anything else is unknown, and unknown
 * is treated as "may be true", so the checks stay conservative.
 */

type Value = boolean | undefined;

/** `var = "lit"` atoms that must hold for the whole condition to be true (its top-level conjunction). */
export function requiredBindings(condition: string | undefined): Map<string, string> {
  const bindings = new Map<string, string>();
  if (condition === undefined) return bindings;
  const ast = parse(condition);
  const visit = (node: Node | undefined) => {
    if (!node) return;
    if (node.kind === "and") {
      visit(node.left);
      visit(node.right);
    } else if (node.kind === "cmp" && node.op === "=") {
      bindings.set(node.variable, node.literal);
    }
  };
  visit(ast);
  return bindings;
}

/** Evaluates a condition given known variable values; undefined when it cannot tell. */
export function evaluate(condition: string | undefined, bindings: ReadonlyMap<string, string>): Value {
  if (condition === undefined) return true;
  const ast = parse(condition);
  return ast ? evalNode(ast, bindings) : undefined;
}

type Node =
  | { kind: "and" | "or"; left: Node; right: Node }
  | { kind: "not"; operand: Node }
  | { kind: "cmp"; variable: string; op: "=" | "!="; literal: string }
  | { kind: "unknown" };

function evalNode(node: Node, bindings: ReadonlyMap<string, string>): Value {
  switch (node.kind) {
    case "and": {
      const l = evalNode(node.left, bindings);
      const r = evalNode(node.right, bindings);
      return l === false || r === false ? false : l === true && r === true ? true : undefined;
    }
    case "or": {
      const l = evalNode(node.left, bindings);
      const r = evalNode(node.right, bindings);
      return l === true || r === true ? true : l === false && r === false ? false : undefined;
    }
    case "not": {
      const v = evalNode(node.operand, bindings);
      return v === undefined ? undefined : !v;
    }
    case "cmp": {
      const known = bindings.get(node.variable);
      if (known === undefined) return undefined;
      return node.op === "=" ? known === node.literal : known !== node.literal;
    }
    default:
      return undefined;
  }
}

const TOKEN = /\s*(\(|\)|!=|=|!|"(?:[^"\\]|\\.)*"|[A-Za-z_][\w.:-]*|\S+)/y;

function tokenize(text: string): string[] {
  const tokens: string[] = [];
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while (TOKEN.lastIndex < text.length && (m = TOKEN.exec(text)) !== null) tokens.push(m[1]);
  return tokens;
}

/** Recursive descent: or → and → unary → primary. Returns undefined for text it cannot parse at all. */
function parse(text: string): Node | undefined {
  const tokens = tokenize(text);
  let i = 0;
  const peek = () => tokens[i];
  const isWord = (t: string | undefined, w: string) => t !== undefined && t.toLowerCase() === w;
  const orExpr = (): Node => {
    let left = andExpr();
    while (isWord(peek(), "or") || peek() === "||") {
      i++;
      left = { kind: "or", left, right: andExpr() };
    }
    return left;
  };
  const andExpr = (): Node => {
    let left = unary();
    while (isWord(peek(), "and") || peek() === "&&") {
      i++;
      left = { kind: "and", left, right: unary() };
    }
    return left;
  };
  const unary = (): Node => {
    if (peek() === "!" || isWord(peek(), "not")) {
      i++;
      return { kind: "not", operand: unary() };
    }
    return primary();
  };
  const primary = (): Node => {
    if (peek() === "(") {
      i++;
      const inner = orExpr();
      if (peek() === ")") i++;
      return inner;
    }
    const variable = tokens[i++];
    const op = peek();
    const literal = tokens[i + 1];
    if ((op === "=" || op === "!=") && literal?.startsWith('"')) {
      i += 2;
      return { kind: "cmp", variable, op, literal: JSON.parse(literal) as string };
    }
    // An operator we do not model (JavaRegex, MatchesPath, ~~, comparisons with null...): skip its operands.
    while (i < tokens.length && tokens[i] !== ")" && !isWord(tokens[i], "and") && !isWord(tokens[i], "or")) i++;
    void variable;
    return { kind: "unknown" };
  };
  try {
    return tokens.length === 0 ? undefined : orExpr();
  } catch {
    return undefined;
  }
}
