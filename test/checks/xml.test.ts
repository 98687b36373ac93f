// The checks read bundle XML through parseXml; the bundle model writes it through renderXml. Both sit on fast-xml-parser.
import { el, renderXml, text as textEl } from "../../src/apigee/bundle/xml";
import { all, allStrings, attr, child, isTrue, parseXml, text } from "../../src/checks/xml";

test("attributes are @name, text is the value or #, repeated elements are lists, values stay strings", () => {
  const parsed = parseXml(`<?xml version="1.0" encoding="UTF-8"?>
<Quota name="Q-Product" enabled="true" continueOnError="false">
  <Allow count="007"/>
  <Interval>1</Interval>
  <Identifier ref="client_id"> app </Identifier>
  <Step><Name>A</Name></Step>
  <Step><Name>B</Name><Condition>request.verb = "POST"</Condition></Step>
  <Distributed>true</Distributed>
</Quota>`);
  expect(parsed?.name).toBe("Quota");
  const node = parsed?.node;
  expect(attr(node, "name")).toBe("Q-Product");
  expect(isTrue(attr(node, "enabled"))).toBe(true);
  expect(isTrue(attr(node, "continueOnError"))).toBe(false);
  expect(attr(child(node, "Allow"), "count")).toBe("007");
  expect(text(child(node, "Interval"))).toBe("1");
  expect(attr(child(node, "Identifier"), "ref")).toBe("client_id");
  expect(text(child(node, "Identifier"))).toBe("app");
  expect(all(node, "Step").map((s) => text(child(s, "Name")))).toEqual(["A", "B"]);
  expect(all(node, "Missing")).toEqual([]);
  expect(text(child(all(node, "Step")[1], "Condition"))).toBe('request.verb = "POST"');
  expect(text(child(node, "Distributed"))).toBe("true");
});

test("entities and numeric character references are decoded in text and attributes; CDATA is text", () => {
  const node = parseXml(`<A b="x &amp; &lt;y&gt; &quot;z&quot; &#65;"><T>&apos;q&apos; &amp; &#x41;</T><C><![CDATA[a < b]]></C></A>`)?.node;
  expect(attr(node, "b")).toBe('x & <y> "z" A');
  expect(text(child(node, "T"))).toBe("'q' & A");
  expect(text(child(node, "C"))).toBe("a < b");
});

test("allStrings lists attribute values before the element's content", () => {
  const node = parseXml(`<MessageLogging name="ML"><CloudLogging><Message>{a}</Message></CloudLogging></MessageLogging>`)?.node;
  expect(allStrings(node)).toEqual(["ML", "{a}"]);
});

test.each([
  ["empty text", ""],
  ["not XML", "not xml"],
  ["an unclosed element", "<a>"],
  ["mismatched tags", "<a></b>"],
  ["two root elements", "<a/><b/>"],
  ["a repeated root element", "<a/><a/>"],
  ["an unquoted attribute", "<a x=1/>"],
  ["a duplicate attribute", "<a b='1' b='2'/>"],
  ["a bare ampersand", "<a>x & y</a>"],
])("malformed XML (%s) reads as undefined", (_, xml) => {
  expect(parseXml(xml)).toBeUndefined();
});

test("what renderXml writes reads back to the same names, attributes and text", () => {
  const tricky = `a & b < c > d "e" 'f'`;
  const xml = renderXml(el("Root", [textEl("T", tricky, { v: tricky }), el("Empty"), textEl("N", 42)], { name: "r" }));
  expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Root name="r">\n')).toBe(true);
  expect(xml).toContain("  <Empty/>\n");
  expect(xml.endsWith("</Root>\n")).toBe(true);
  const node = parseXml(xml)?.node;
  expect(text(child(node, "T"))).toBe(tricky);
  expect(attr(child(node, "T"), "v")).toBe(tricky);
  expect(text(child(node, "N"))).toBe("42");
});
