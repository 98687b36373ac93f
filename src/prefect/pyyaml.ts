// Reads YAML the way Prefect does: `prefect deploy` loads prefect.yaml with PyYAML's `yaml.safe_load`
// (PrefectHQ/prefect `src/prefect/cli/deploy/_config.py`), which resolves plain scalars by YAML 1.1 rules. The `yaml`
// package parses; the tags below replace its schemas with PyYAML's SafeLoader resolvers and constructors
// (PyYAML `resolver.py`, `constructor.py`): `yes`/`on` are booleans but `y` stays a string, `0755` is octal,
// `1:30:00` is sexagesimal, `1e3` and `08` stay strings, `2026-01-01` is a date. Pure: text in, value and problems out.
import { isAlias, isMap, isScalar, isSeq, LineCounter, Node, parseDocument, Scalar, ScalarTag, Schema, Tags, YAMLMap } from "yaml";

/** A problem of the file, at a 1-based line and column. */
export interface YamlProblem {
  readonly line: number;
  readonly col: number;
  readonly message: string;
}

/** A segment of a path into the document: a mapping key or a sequence index. */
export type YamlPath = readonly (string | number)[];

/** A loaded document: its value as PyYAML builds it, every problem, and where a path's node starts. */
export interface LoadedYaml {
  /**
   * The value; `undefined` when the file has syntax errors. Dates and date-times are {@link YamlTimestamp}s; a scalar
   * PyYAML cannot construct keeps its text.
   */
  readonly value: unknown;
  /** Every problem: syntax errors, values PyYAML cannot construct, keys that are not strings. */
  readonly problems: readonly YamlProblem[];
  /** Line and column of the node at `path`, or of its nearest ancestor in the file. */
  locate(path: YamlPath): { line: number; col: number };
  /** The text of the scalar at `path` as written (without quotes), e.g. `1.10` where the value is `1.1`. */
  source(path: YamlPath): string | undefined;
}

/**
 * A YAML 1.1 timestamp: a date (`2026-01-01`) or a date-time, with or without an offset, as PyYAML constructs it
 * (`datetime.date`, or `datetime.datetime` aware when an offset is written, naive otherwise; fractions cut to
 * microseconds).
 */
export class YamlTimestamp {
  /** @internal */
  public constructor(
    public readonly source: string,
    private readonly year: number,
    private readonly month: number,
    private readonly day: number,
    private readonly time?: { hour: number; minute: number; second: number; micro: number; offsetMinutes?: number },
  ) {}

  /** Whether it is a date without a time. */
  public get isDate(): boolean {
    return this.time === undefined;
  }

  /** Whether it is a date-time without an offset (Python's naive datetime). */
  public get isNaive(): boolean {
    return this.time !== undefined && this.time.offsetMinutes === undefined;
  }

  /**
   * The value as pydantic writes it to JSON (Prefect sends parameters and job variables so): `2026-01-01`,
   * `2026-01-01T00:15:00Z`, `2026-01-01T00:15:00.500000+02:00`, or without an offset when naive.
   */
  public toPydanticJson(): string {
    const date = `${pad(this.year, 4)}-${pad(this.month, 2)}-${pad(this.day, 2)}`;
    if (!this.time) return date;
    const t = this.time;
    const frac = t.micro === 0 ? "" : `.${pad(t.micro, 6)}`;
    return `${date}T${pad(t.hour, 2)}:${pad(t.minute, 2)}:${pad(t.second, 2)}${frac}${offset(t.offsetMinutes)}`;
  }

  /** The date-time in RFC 3339, reading a naive one as UTC (how `prefect deploy` parses an `anchor_date`). */
  public toRfc3339(): string | undefined {
    if (!this.time) return undefined;
    const text = this.toPydanticJson();
    return this.time.offsetMinutes === undefined ? `${text}Z` : text;
  }

  public toString(): string {
    return this.source;
  }
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, "0");
}

function offset(minutes: number | undefined): string {
  if (minutes === undefined) return "";
  if (minutes === 0) return "Z";
  const abs = Math.abs(minutes);
  return `${minutes < 0 ? "-" : "+"}${pad(Math.floor(abs / 60), 2)}:${pad(abs % 60, 2)}`;
}

// PyYAML's implicit resolvers (`resolver.py`), for plain scalars only; Python's verbose patterns without whitespace.
const NULL = /^(?:~|null|Null|NULL|)$/;
const BOOL = /^(?:yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)$/;
const INT = /^(?:[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+)$/;
const FLOAT =
  /^(?:[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+][0-9]+)?|\.[0-9][0-9_]*(?:[eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;
const TIMESTAMP =
  /^(?:[0-9]{4}-[0-9]{2}-[0-9]{2}|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:[Tt]|[ \t]+)[0-9]{1,2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]*)?(?:[ \t]*(?:Z|[-+][0-9]{1,2}(?::[0-9]{2})?))?)$/;
// The constructor's own pattern (`SafeConstructor.timestamp_regexp`), also used for an explicit `!!timestamp`.
const TIMESTAMP_PARTS =
  /^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:[Tt]|[ \t]+)([0-9]{1,2}):([0-9]{2}):([0-9]{2})(?:\.([0-9]*))?(?:[ \t]*(Z|([-+])([0-9]{1,2})(?::([0-9]{2}))?))?)?$/;
const BOOL_VALUES: Record<string, boolean> = { yes: true, no: false, true: true, false: false, on: true, off: false };

type OnError = (message: string) => void;

/** `construct_yaml_int`: signs, `_` separators, `0b`, `0x`, leading-`0` octal and base-60 `a:b:c`. */
function constructInt(text: string, onError: OnError): number | bigint | string {
  let value = text.replace(/_/g, "");
  let sign = 1n;
  if (value.startsWith("-")) sign = -1n;
  if (value.startsWith("-") || value.startsWith("+")) value = value.slice(1);
  let n: bigint | undefined;
  // The branches of `construct_yaml_int`, in its order: a leading 0 always means binary, hex or octal.
  if (value === "0") n = 0n;
  else if (value.startsWith("0b")) n = /^[01]+$/.test(value.slice(2)) ? BigInt(value) : undefined;
  else if (value.startsWith("0x")) n = /^[0-9a-fA-F]+$/.test(value.slice(2)) ? BigInt(value) : undefined;
  else if (value.startsWith("0")) n = /^[0-7]+$/.test(value.slice(1)) ? BigInt(`0o${value.slice(1)}`) : undefined;
  else if (value.includes(":")) n = /^[0-9]+(:[0-9]+)+$/.test(value) ? value.split(":").reduce((acc, part) => acc * 60n + BigInt(part), 0n) : undefined;
  else if (/^[0-9]+$/.test(value)) n = BigInt(value);
  if (n === undefined) {
    onError(`${JSON.stringify(text)} is not an integer`);
    return text;
  }
  n *= sign;
  if (n === 0n) return 0;
  return n >= BigInt(Number.MIN_SAFE_INTEGER) && n <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(n) : n;
}

/** `construct_yaml_float`: `_` separators, `.inf`, `.nan`, base-60 `a:b.c`, otherwise Python's `float()`. */
function constructFloat(text: string, onError: OnError): number | string {
  let value = text.replace(/_/g, "").toLowerCase();
  let sign = 1;
  if (value.startsWith("-")) sign = -1;
  if (value.startsWith("-") || value.startsWith("+")) value = value.slice(1);
  if (value === ".inf" || value === "inf" || value === "infinity") return sign * Infinity;
  if (value === ".nan" || value === "nan") return NaN;
  if (value.includes(":")) {
    const parts = value.split(":");
    if (parts.every((p) => /^(\d+\.?\d*|\.\d+)$/.test(p))) return sign * parts.reduce((acc, part) => acc * 60 + Number(part), 0);
  } else if (/^(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/.test(value.trim())) {
    return sign * Number(value.trim());
  }
  onError(`${JSON.stringify(text)} is not a floating-point number`);
  return text;
}

/** `construct_yaml_timestamp`, with Python's range checks (`month must be in 1..12`, ...). */
function constructTimestamp(text: string, onError: OnError): YamlTimestamp | string {
  const m = TIMESTAMP_PARTS.exec(text);
  if (!m) {
    onError(`${JSON.stringify(text)} is not a timestamp`);
    return text;
  }
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const problem =
    year < 1 ? "year must be at least 1"
    : month < 1 || month > 12 ? "month must be in 1..12"
    : day < 1 || day > daysIn(year, month) ? "day is out of range for month"
    : undefined;
  if (m[4] === undefined) {
    if (problem) onError(`${JSON.stringify(text)} is not a valid date: ${problem}`);
    return problem ? text : new YamlTimestamp(text, year, month, day);
  }
  const [hour, minute, second] = [Number(m[4]), Number(m[5]), Number(m[6])];
  const micro = Number((m[7] ?? "").slice(0, 6).padEnd(6, "0"));
  let offsetMinutes: number | undefined;
  if (m[8] === "Z") offsetMinutes = 0;
  else if (m[8] !== undefined) offsetMinutes = (m[9] === "-" ? -1 : 1) * (Number(m[10]) * 60 + Number(m[11] ?? 0));
  const timeProblem =
    problem ??
    (hour > 23 ? "hour must be in 0..23"
    : minute > 59 ? "minute must be in 0..59"
    : second > 59 ? "second must be in 0..59"
    : offsetMinutes !== undefined && Math.abs(offsetMinutes) >= 24 * 60 ? "the offset must be less than 24 hours"
    : undefined);
  if (timeProblem) {
    onError(`${JSON.stringify(text)} is not a valid date-time: ${timeProblem}`);
    return text;
  }
  return new YamlTimestamp(text, year, month, day, { hour, minute, second, micro, offsetMinutes });
}

function daysIn(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

const TAG = "tag:yaml.org,2002:";

/**
 * PyYAML's SafeLoader scalar types. Each type has an implicit tag (plain scalars matching the resolver pattern) and
 * an explicit one (`!!int '0755'`), which runs the same constructor on any text, as PyYAML does.
 */
function pyyamlTags(): Tags {
  const type = (name: string, test: RegExp | undefined, resolve: (text: string, onError: OnError) => unknown): ScalarTag[] => [
    { tag: `${TAG}${name}`, default: true, test, resolve: (text, onError) => resolve(text, onError) } as ScalarTag,
    { tag: `${TAG}${name}`, default: false, resolve: (text, onError) => resolve(text, onError) } as ScalarTag,
  ];
  const bool = (text: string, onError: OnError): boolean | string => {
    const value = BOOL_VALUES[text.toLowerCase()];
    if (value === undefined) onError(`${JSON.stringify(text)} is not a boolean (yes, no, true, false, on, off)`);
    return value ?? text;
  };
  const constructorMissing = (name: string) => (text: string, onError: OnError) => {
    onError(`${JSON.stringify(text)} resolves to the YAML 1.1 type !!${name}, which PyYAML's safe_load cannot construct (quote it)`);
    return text;
  };
  return [
    ...type("null", NULL, () => null),
    ...type("bool", BOOL, bool),
    ...type("int", INT, constructInt),
    ...type("float", FLOAT, constructFloat),
    ...type("timestamp", TIMESTAMP, constructTimestamp),
    // The merge key `<<` first, so that a key resolves to it before the value-position rule below sees it.
    "merge",
    // `=` resolves to the YAML 1.1 value type and `<<` outside a key to the merge type: safe_load fails on both.
    { tag: `${TAG}value`, default: true, test: /^=$/, resolve: constructorMissing("value") } as ScalarTag,
    { tag: `${TAG}merge-value`, default: true, test: /^<<$/, resolve: constructorMissing("merge") } as ScalarTag,
  ];
}

const SCHEMA = new Schema({ schema: "failsafe", customTags: pyyamlTags(), merge: true, resolveKnownTags: false });

/** Parses `text` as PyYAML's `safe_load` would, collecting every problem with its line and column. */
export function loadYaml(text: string): LoadedYaml {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { schema: SCHEMA, uniqueKeys: true, prettyErrors: false, lineCounter });
  const at = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, col };
  };
  const problems: YamlProblem[] = [];
  for (const e of doc.errors) {
    // PyYAML keeps the last of duplicate keys without a word; a silently dropped value is refused here.
    const message =
      e.code === "DUPLICATE_KEY"
        ? `the key ${JSON.stringify(keyAt(text, e.pos[0]))} is repeated (PyYAML would keep the last value and drop the others silently; remove one)`
        : e.code === "MULTIPLE_DOCS"
          ? "the file holds more than one YAML document (PyYAML's safe_load expects a single one)"
          : e.message;
    problems.push({ ...at(e.pos[0]), message });
  }
  // Tags PyYAML's SafeLoader has no constructor for are errors there (`could not determine a constructor`).
  for (const w of doc.warnings) {
    if (w.code !== "TAG_RESOLVE_FAILED" && w.code !== "BAD_COLLECTION_TYPE") continue;
    const tag = /Unresolved tag: (\S+)/.exec(w.message)?.[1]?.replace(TAG, "!!");
    const message =
      tag === undefined ? w.message
      : ["!!binary", "!!set", "!!omap", "!!pairs"].includes(tag)
        ? `the tag ${tag} is not supported: its value has no JSON form (use str, int, float, bool, null, a timestamp, a mapping or a sequence)`
        : `the tag ${tag} is not supported: PyYAML's safe_load cannot construct it`;
    problems.push({ ...at(w.pos[0]), message });
  }
  const root = doc.contents as Node | null;
  if (root) checkNodes(root, at, problems, new Set());
  // Problems of resolution (repeated keys, values PyYAML cannot construct) leave a usable document: it is still
  // read, so that the import reports them together with what it finds in the deployments.
  const syntax = doc.errors.some((e) => e.code !== "DUPLICATE_KEY" && e.code !== "TAG_RESOLVE_FAILED");
  let value: unknown;
  if (!syntax) {
    try {
      value = doc.toJS({ maxAliasCount: 1000 });
    } catch (e) {
      problems.push({ ...at(0), message: (e as Error).message });
    }
  }
  return {
    value,
    problems: problems.sort((a, b) => a.line - b.line || a.col - b.col),
    locate: (path) => at(find(root, doc, path).offset),
    source: (path) => {
      const { node, complete } = find(root, doc, path);
      return complete && isScalar(node) && typeof node.source === "string" ? node.source : undefined;
    },
  };
}

/** The key written at `offset` (plain or quoted), for messages. */
function keyAt(text: string, offset: number): string {
  const m = /^("(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^:\n,{}[\]]+?)\s*:/.exec(text.slice(offset));
  if (!m) return text.slice(offset).split(/[\n:]/)[0].trim();
  const key = m[1];
  return key.startsWith('"') ? (JSON.parse(key) as string) : key.startsWith("'") ? key.slice(1, -1).replace(/''/g, "'") : key.trim();
}

/** Keys PyYAML would build as something other than a string, and integers JavaScript cannot hold exactly. */
function checkNodes(node: Node, at: (offset: number) => { line: number; col: number }, problems: YamlProblem[], seen: Set<Node>): void {
  if (seen.has(node)) return;
  seen.add(node);
  const start = (n: Node) => at(n.range?.[0] ?? 0);
  if (isScalar(node) && typeof node.value === "bigint") {
    problems.push({ ...start(node), message: `the integer ${node.source} is beyond 2^53 and cannot be carried exactly (quote it)` });
  } else if (isMap(node)) {
    for (const pair of node.items) {
      const key = pair.key as Node | null;
      if (isScalar(key) && typeof key.value !== "string" && typeof key.value !== "symbol") {
        problems.push({
          ...start(key),
          message: `the key ${JSON.stringify(key.source ?? String(key.value))} is read as ${describe(key.value)}, not a string (quote it)`,
        });
      } else if (key && !isScalar(key)) {
        problems.push({ ...start(key), message: "a mapping key must be a string, not a collection or an alias" });
      }
      if (pair.value) checkNodes(pair.value as Node, at, problems, seen);
    }
  } else if (isSeq(node)) {
    for (const item of node.items) checkNodes(item as Node, at, problems, seen);
  }
}

function describe(value: unknown): string {
  if (value === null) return "null";
  if (value instanceof YamlTimestamp) return value.isDate ? "a date" : "a date-time";
  if (typeof value === "boolean") return `the boolean ${value}`;
  return `the number ${String(value)}`;
}

/**
 * The node at `path` and its start offset, following aliases and merge keys; the nearest ancestor's when the path
 * goes further than the file (`complete` is then false).
 */
function find(root: Node | null, doc: ReturnType<typeof parseDocument>, path: YamlPath): { node: Node | null; offset: number; complete: boolean } {
  let node: Node | null = root;
  let offset = root?.range?.[0] ?? 0;
  for (const segment of path) {
    const next = child(node, doc, segment, new Set());
    if (!next) return { node, offset, complete: false };
    node = next;
    offset = next.range?.[0] ?? offset;
  }
  while (node && isAlias(node)) node = (node.resolve(doc) as Node | undefined) ?? null;
  return { node, offset, complete: true };
}

function child(node: Node | null, doc: ReturnType<typeof parseDocument>, segment: string | number, seen: Set<Node>): Node | null {
  while (node && isAlias(node)) node = (node.resolve(doc) as Node | undefined) ?? null;
  if (!node || seen.has(node)) return null;
  seen.add(node);
  if (isSeq(node)) return typeof segment === "number" ? ((node.items[segment] as Node | undefined) ?? null) : null;
  if (!isMap(node)) return null;
  const map = node as YAMLMap<unknown, unknown>;
  for (const pair of map.items) {
    if (isScalar(pair.key) && (pair.key as Scalar).value === segment) return (pair.value as Node | null) ?? (pair.key as Node);
  }
  // Keys merged in with `<<`: an alias of a mapping, or a sequence of them.
  for (const pair of map.items) {
    if (!isScalar(pair.key) || typeof (pair.key as Scalar).value !== "symbol") continue;
    const sources = isSeq(pair.value) ? (pair.value.items as Node[]) : [pair.value as Node];
    for (const source of sources) {
      const found = child(source, doc, segment, seen);
      if (found) return found;
    }
  }
  return null;
}
