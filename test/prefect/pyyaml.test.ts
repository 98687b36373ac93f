// The YAML reader of the prefect.yaml import against PyYAML's safe_load (what `prefect deploy` uses): the resolution
// vectors, the constructor errors, and the real engine on the same fixture.
import * as fs from "fs";
import * as path from "path";
import { loadYaml, YamlTimestamp } from "../../src/prefect/pyyaml";
import { pythonTest, runPython } from "../support/python";

const FIXTURE = path.join("test", "fixtures", "prefect", "yaml-1.1.yaml");

/** The value with timestamps written as pydantic sends them (what Prefect would store). */
function plain(value: unknown): unknown {
  if (value instanceof YamlTimestamp) return value.toPydanticJson();
  if (Array.isArray(value)) return value.map(plain);
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]));
  return value;
}

const scalar = (text: string) => {
  const loaded = loadYaml(`v: ${text}\n`);
  expect(loaded.problems).toEqual([]);
  return plain((loaded.value as { v: unknown }).v);
};

describe("PyYAML safe_load resolution (YAML 1.1)", () => {
  test.each([
    // booleans: the YAML 1.1 words in three spellings each; `y`, `n` and other spellings stay strings
    ["yes", true], ["Yes", true], ["YES", true], ["no", false], ["No", false], ["on", true], ["ON", true], ["off", false], ["Off", false],
    ["True", true], ["FALSE", false], ["y", "y"], ["n", "n"], ["Y", "Y"], ["tRUE", "tRUE"], ["OfF", "OfF"],
    // integers: octal with a leading 0, binary, hex, `_` separators, base 60; `08` and `0o17` are strings
    ["0755", 493], ["+0755", 493], ["08", "08"], ["0o17", "0o17"], ["0b1_0", 2], ["-0x1f", -31], ["1_000", 1000], ["-0", 0],
    ["1:30:00", 5400], ["-1:30", -90], ["1:60", "1:60"], ["0:59", "0:59"],
    // floats need a dot; an exponent needs a sign
    ["1e3", "1e3"], ["1.0e3", "1.0e3"], ["1.0e+3", 1000], ["1.5e-3", 0.0015], ["5.", 5], [".5", 0.5], ["-.5", "-.5"], ["012.5", 12.5],
    ["1:30:00.5", 5400.5], [".inf", Infinity], ["-.Inf", -Infinity], ["1.2.3", "1.2.3"],
    // null
    ["~", null], ["null", null], ["Null", null], ["NULL", null], ["nULL", "nULL"], ["", null],
    // timestamps: dates and date-times, rendered as pydantic renders them
    ["2026-01-01", "2026-01-01"], ["2026-01-01T00:15:00Z", "2026-01-01T00:15:00Z"], ["2026-01-01 00:15:00", "2026-01-01T00:15:00"],
    ["2026-01-01T00:15:00+00:00", "2026-01-01T00:15:00Z"], ["2026-01-01T00:15:00+02", "2026-01-01T00:15:00+02:00"],
    ["2026-1-1 1:02:03", "2026-01-01T01:02:03"], ["2026-01-01T00:15:00.1234567Z", "2026-01-01T00:15:00.123456Z"],
    ["2026-01-01   00:15:00.5   -05:30", "2026-01-01T00:15:00.500000-05:30"], ["1:30:00Z", "1:30:00Z"],
  ])("%s", (text, expected) => {
    expect(scalar(text)).toEqual(expected);
  });

  test("quoted and block scalars are strings; explicit tags run PyYAML's constructors", () => {
    expect(scalar("'0755'")).toBe("0755");
    expect(scalar('"yes"')).toBe("yes");
    expect(plain((loadYaml("v: |\n  yes\n").value as { v: unknown }).v)).toBe("yes\n");
    expect(scalar("!!str 0755")).toBe("0755");
    expect(scalar("!!int '0755'")).toBe(493);
    expect(scalar("!!float 1")).toBe(1);
    expect(scalar("!!bool TrUe")).toBe(true);
    expect(scalar("!!null anything")).toBe(null);
    expect(scalar("!!timestamp '2026-01-01'")).toBe("2026-01-01");
  });

  test("merge keys: the mapping's own keys win, then earlier sources", () => {
    const loaded = loadYaml("a: &a {x: 1, y: 1}\nb: &b {x: 2, z: 2}\nc:\n  <<: [*a, *b]\n  y: 3\n");
    expect(loaded.value).toEqual({ a: { x: 1, y: 1 }, b: { x: 2, z: 2 }, c: { x: 1, y: 3, z: 2 } });
    expect(loaded.locate(["c", "z"])).toEqual({ line: 2, col: 17 });
    expect(loaded.locate(["c", "y"])).toEqual({ line: 5, col: 6 });
    expect(loaded.source(["c", "y"])).toBe("3");
  });

  test("refuses what safe_load cannot construct, repeated keys and keys that are not strings, each at its line and column", () => {
    const text = [
      "a: =", "b: <<", "c: !foo x", "d: !!set {x}", "e: !!bool y", "f: !!int 1e3", "g: 1", "g: 2", "yes: 1", "1: 2", "h: 2026-13-01",
      "i: 12345678901234567890", "? [k]", ": 1", "j: 2026-01-01T24:00:00",
    ].join("\n");
    expect(loadYaml(text).problems.map((p) => `${p.line}:${p.col}: ${p.message}`)).toEqual([
      "1:4: \"=\" resolves to the YAML 1.1 type !!value, which PyYAML's safe_load cannot construct (quote it)",
      "2:4: \"<<\" resolves to the YAML 1.1 type !!merge, which PyYAML's safe_load cannot construct (quote it)",
      "3:4: the tag !foo is not supported: PyYAML's safe_load cannot construct it",
      "4:4: the tag !!set is not supported: its value has no JSON form (use str, int, float, bool, null, a timestamp, a mapping or a sequence)",
      '5:4: "y" is not a boolean (yes, no, true, false, on, off)',
      '6:4: "1e3" is not an integer',
      '8:1: the key "g" is repeated (PyYAML would keep the last value and drop the others silently; remove one)',
      '9:1: the key "yes" is read as the boolean true, not a string (quote it)',
      '10:1: the key "1" is read as the number 1, not a string (quote it)',
      '11:4: "2026-13-01" is not a valid date: month must be in 1..12',
      "12:4: the integer 12345678901234567890 is beyond 2^53 and cannot be carried exactly (quote it)",
      "13:3: a mapping key must be a string, not a collection or an alias",
      '15:4: "2026-01-01T24:00:00" is not a valid date-time: hour must be in 0..23',
    ]);
  });

  test("syntax errors are all reported, and leave no value", () => {
    const loaded = loadYaml("a: [1, 2\nb: {\n");
    expect(loaded.value).toBeUndefined();
    expect(loaded.problems.map((p) => `${p.line}:${p.col}`)).toEqual(["2:1", "3:1"]);
    expect(loadYaml("a: 1\n---\nb: 2\n").problems).toEqual([
      { line: 2, col: 1, message: "the file holds more than one YAML document (PyYAML's safe_load expects a single one)" },
    ]);
  });
});

// PyYAML is the engine `prefect deploy` reads prefect.yaml with: read the fixture with it (datetimes written as pydantic
// writes them) and compare with the import's reader.
const PYTHON = [
  "import json, sys, datetime",
  "try:\n  import yaml\nexcept ImportError:\n  sys.exit(3)",
  "def iso(o):",
  "  if isinstance(o, datetime.datetime):",
  "    s = o.isoformat()",
  "    return s[:-6] + 'Z' if s.endswith('+00:00') else s",
  "  if isinstance(o, datetime.date): return o.isoformat()",
  "  raise TypeError(repr(o))",
  "print(json.dumps(yaml.safe_load(open(sys.argv[1])), default=iso))",
].join("\n");
pythonTest(`agrees with PyYAML on ${FIXTURE}`, runPython(["-c", PYTHON, FIXTURE], "PyYAML"), (stdout) => {
  const ours = plain(loadYaml(fs.readFileSync(FIXTURE, "utf8")).value);
  expect(ours).toEqual(JSON.parse(stdout));
});
