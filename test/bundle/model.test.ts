// The bundle model renders the layout Apigee imports: descriptor, endpoints, policies and resources.
import { Duration } from "../../src/core/duration";
import {
  AssignMessage,
  Condition,
  ProxyBundle,
  RaiseFault,
  ResourceFile,
  RouteRule,
  SharedFlowBundle,
  Step,
  TargetConnection,
  VerifyApiKey,
} from "../../src/apigee/bundle";

const notFound = () => new RaiseFault({ name: "RF-NotFound", statusCode: 404, reasonPhrase: "Not Found" });

function small(): ProxyBundle {
  return new ProxyBundle({
    name: "small",
    description: "Tom & Jerry's <proxy>",
    basePath: "/small/v1",
    policies: [new VerifyApiKey({ name: "VA-Key", apiKeyRef: "request.header.x-api-key" })],
    resources: [ResourceFile.properties("settings.properties", "mode=strict\n")],
    proxyEndpoint: {
      preFlow: { request: ["VA-Key"] },
      flows: [
        { name: "runs", condition: Condition.pathMatches("/runs/**").and(Condition.verbIs("get")), response: [new AssignMessage({ name: "AM-Tag", add: { headers: { "X-Gate": "small" } } })] },
        { name: "notFound", description: "anything else", request: [notFound()] },
      ],
      postFlow: { response: [Step.of("AM-Tag", Condition.isSet("response.content"))] },
      routeRules: [RouteRule.toTarget("backend", "backend", Condition.pathMatches("/runs/**")), RouteRule.noRoute("none")],
    },
    targetEndpoints: [
      {
        name: "backend",
        connection: TargetConnection.targetServer("ts-backend", { path: "/api" }),
        connectTimeout: Duration.millis(2000),
        ioTimeout: Duration.millis(20000),
        properties: { "success.codes": "1xx,2xx,3xx" },
      },
    ],
  });
}

test("a proxy bundle is an apiproxy named after the proxy, with the files Apigee expects, sorted", () => {
  const bundle = small();
  expect(bundle.kind).toBe("apiproxy");
  expect(bundle.name).toBe("small");
  expect(bundle.pack().fileName).toBe("small.zip");
  expect(bundle.pack().files.map((f) => f.path)).toEqual([
    "apiproxy/policies/AM-Tag.xml",
    "apiproxy/policies/RF-NotFound.xml",
    "apiproxy/policies/VA-Key.xml",
    "apiproxy/proxies/default.xml",
    "apiproxy/resources/properties/settings.properties",
    "apiproxy/small.xml",
    "apiproxy/targets/backend.xml",
  ]);
});

test("the descriptor lists base path, policies, endpoints and resources, escapes text, and has no revision or timestamps", () => {
  const file = (path: string) => small().pack().files.find((f) => f.path === path)?.content;
  expect(file("apiproxy/small.xml")).toBe(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<APIProxy name="small">
  <Basepaths>/small/v1</Basepaths>
  <Description>Tom &amp; Jerry&apos;s &lt;proxy&gt;</Description>
  <DisplayName>small</DisplayName>
  <Policies>
    <Policy>AM-Tag</Policy>
    <Policy>RF-NotFound</Policy>
    <Policy>VA-Key</Policy>
  </Policies>
  <ProxyEndpoints>
    <ProxyEndpoint>default</ProxyEndpoint>
  </ProxyEndpoints>
  <Resources>
    <Resource>properties://settings.properties</Resource>
  </Resources>
  <TargetEndpoints>
    <TargetEndpoint>backend</TargetEndpoint>
  </TargetEndpoints>
</APIProxy>
`);
  expect(file("apiproxy/resources/properties/settings.properties")).toBe("mode=strict\n");
});

test("the proxy endpoint renders flows with conditions, the base path and route rules in order", () => {
  expect(small().pack().files.find((f) => f.path === "apiproxy/proxies/default.xml")?.content).toBe(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<ProxyEndpoint name="default">
  <PreFlow name="PreFlow">
    <Request>
      <Step>
        <Name>VA-Key</Name>
      </Step>
    </Request>
    <Response/>
  </PreFlow>
  <PostFlow name="PostFlow">
    <Request/>
    <Response>
      <Step>
        <Name>AM-Tag</Name>
        <Condition>response.content != null</Condition>
      </Step>
    </Response>
  </PostFlow>
  <Flows>
    <Flow name="runs">
      <Request/>
      <Response>
        <Step>
          <Name>AM-Tag</Name>
        </Step>
      </Response>
      <Condition>(proxy.pathsuffix MatchesPath &quot;/runs/**&quot;) and (request.verb = &quot;GET&quot;)</Condition>
    </Flow>
    <Flow name="notFound">
      <Description>anything else</Description>
      <Request>
        <Step>
          <Name>RF-NotFound</Name>
        </Step>
      </Request>
      <Response/>
    </Flow>
  </Flows>
  <HTTPProxyConnection>
    <BasePath>/small/v1</BasePath>
  </HTTPProxyConnection>
  <RouteRule name="backend">
    <Condition>proxy.pathsuffix MatchesPath &quot;/runs/**&quot;</Condition>
    <TargetEndpoint>backend</TargetEndpoint>
  </RouteRule>
  <RouteRule name="none"/>
</ProxyEndpoint>
`);
});

test("a target endpoint on a target server renders timeouts first, then other properties, LoadBalancer and Path", () => {
  expect(small().pack().files.find((f) => f.path === "apiproxy/targets/backend.xml")?.content).toBe(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<TargetEndpoint name="backend">
  <PreFlow name="PreFlow">
    <Request/>
    <Response/>
  </PreFlow>
  <PostFlow name="PostFlow">
    <Request/>
    <Response/>
  </PostFlow>
  <Flows/>
  <HTTPTargetConnection>
    <Properties>
      <Property name="connect.timeout.millis">2000</Property>
      <Property name="io.timeout.millis">20000</Property>
      <Property name="success.codes">1xx,2xx,3xx</Property>
    </Properties>
    <LoadBalancer>
      <Server name="ts-backend"/>
    </LoadBalancer>
    <Path>/api</Path>
  </HTTPTargetConnection>
</TargetEndpoint>
`);
});

test("a target server connection can turn the load balancer's retries off (a POST that must never be sent twice)", () => {
  const loadBalancer = (connection: TargetConnection) => {
    const xml = new ProxyBundle({ name: "p", basePath: "/p", proxyEndpoint: { routeRules: [RouteRule.toTarget("t", "t")] }, targetEndpoints: [{ name: "t", connection }] })
      .pack()
      .files.find((f) => f.path === "apiproxy/targets/t.xml")!.content;
    return xml.slice(xml.indexOf("<LoadBalancer>"), xml.indexOf("</LoadBalancer>") + "</LoadBalancer>".length);
  };
  expect(loadBalancer(TargetConnection.targetServer("ts", { retryEnabled: false }))).toBe('<LoadBalancer>\n      <Server name="ts"/>\n      <RetryEnabled>false</RetryEnabled>\n    </LoadBalancer>');
  expect(loadBalancer(TargetConnection.targetServer("ts", { retryEnabled: true }))).toContain("<RetryEnabled>true</RetryEnabled>");
  // Unset: no element, Apigee's default (retries on).
  expect(loadBalancer(TargetConnection.targetServer("ts"))).not.toContain("RetryEnabled");
});

test("a URL target renders SSLInfo with Enabled, Enforce, TrustStore and IgnoreValidationErrors=false", () => {
  const bundle = new ProxyBundle({
    name: "tls",
    basePath: "/tls",
    proxyEndpoint: { routeRules: [RouteRule.toTarget("default", "upstream")] },
    targetEndpoints: [
      {
        name: "upstream",
        connection: TargetConnection.url("https://api.prefect.cloud", { ssl: { trustStore: "ref://prefect-truststore" } }),
        faultRules: [{ name: "timeout", condition: Condition.equals("fault.name", "GatewayTimeout"), steps: [notFound()] }],
        defaultFaultRule: { steps: [new AssignMessage({ name: "AM-Err", set: { statusCode: 502 } })], alwaysEnforce: false },
      },
    ],
  });
  const xml = bundle.pack().files.find((f) => f.path === "apiproxy/targets/upstream.xml")?.content;
  expect(xml).toContain(`<TargetEndpoint name="upstream">
  <FaultRules>
    <FaultRule name="timeout">
      <Step>
        <Name>RF-NotFound</Name>
      </Step>
      <Condition>fault.name = &quot;GatewayTimeout&quot;</Condition>
    </FaultRule>
  </FaultRules>
  <DefaultFaultRule name="default-fault">
    <Step>
      <Name>AM-Err</Name>
    </Step>
    <AlwaysEnforce>false</AlwaysEnforce>
  </DefaultFaultRule>
`);
  expect(xml).toContain(`  <HTTPTargetConnection>
    <SSLInfo>
      <Enabled>true</Enabled>
      <Enforce>true</Enforce>
      <TrustStore>ref://prefect-truststore</TrustStore>
      <IgnoreValidationErrors>false</IgnoreValidationErrors>
    </SSLInfo>
    <URL>https://api.prefect.cloud</URL>
  </HTTPTargetConnection>
`);
});

test("a shared-flow bundle renders its descriptor and flows under sharedflowbundle/", () => {
  const bundle = new SharedFlowBundle({
    name: "sf-tag",
    sharedFlows: [{ steps: [Step.of(new AssignMessage({ name: "AM-Tag", add: { headers: { "X-Tag": "1" } } }), Condition.isSet("request.header.x-debug"))] }],
  });
  expect(bundle.kind).toBe("sharedflowbundle");
  const files = bundle.pack().files;
  expect(files.map((f) => f.path)).toEqual(["sharedflowbundle/policies/AM-Tag.xml", "sharedflowbundle/sf-tag.xml", "sharedflowbundle/sharedflows/default.xml"]);
  expect(files[1].content).toBe(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<SharedFlowBundle name="sf-tag">
  <DisplayName>sf-tag</DisplayName>
  <Policies>
    <Policy>AM-Tag</Policy>
  </Policies>
  <SharedFlows>
    <SharedFlow>default</SharedFlow>
  </SharedFlows>
</SharedFlowBundle>
`);
  expect(files[2].content).toBe(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<SharedFlow name="default">
  <Step>
    <Name>AM-Tag</Name>
    <Condition>request.header.x-debug != null</Condition>
  </Step>
</SharedFlow>
`);
});

test("condition helpers quote values and compose", () => {
  expect(Condition.equals("jwt.JWT-Decode.decoded.claim.iss", 'https://idp.example/"x"').expression).toBe(
    'jwt.JWT-Decode.decoded.claim.iss = "https://idp.example/\\"x\\""',
  );
  expect(Condition.any(Condition.isNull("a"), Condition.isTrue("b")).not().expression).toBe("!((a = null) or (b = true))");
});

test("a proxy endpoint without route rules gets one null route, which Apigee requires", () => {
  const bundle = new ProxyBundle({ name: "mini", basePath: "/mini", proxyEndpoint: { preFlow: { request: [notFound()] } } });
  expect(bundle.pack().files.find((f) => f.path === "apiproxy/proxies/default.xml")?.content).toMatch(
    /<\/HTTPProxyConnection>\n  <RouteRule name="default"\/>\n<\/ProxyEndpoint>\n$/,
  );
});
