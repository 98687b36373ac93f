// The expected XML of each policy kind, as Apigee receives it: element order, attributes, escaping, indentation.
import { POLICY_CASES } from "./policy-cases";

const EXPECTED: Record<string, string> = {
  "VerifyJWT (literal issuer, JWKS uri)": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<VerifyJWT continueOnError="false" enabled="true" name="VJWT-Google">
  <Algorithm>RS256,ES256</Algorithm>
  <IgnoreUnresolvedVariables>false</IgnoreUnresolvedVariables>
  <PublicKey>
    <JWKS uri="https://www.googleapis.com/oauth2/v3/certs"/>
  </PublicKey>
  <Subject ref="gate.expected_sub"/>
  <Issuer>https://accounts.google.com</Issuer>
  <Audience>https://gate.acme.example/orders</Audience>
  <AdditionalClaims>
    <Claim name="email_verified" type="boolean">true</Claim>
  </AdditionalClaims>
  <TimeAllowance>30s</TimeAllowance>
  <MaxLifespan>1h</MaxLifespan>
  <IgnoreCriticalHeaders>false</IgnoreCriticalHeaders>
</VerifyJWT>
`,
  "VerifyJWT (runtime issuer, audience and JWKS)": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<VerifyJWT continueOnError="false" enabled="true" name="VJWT-Okta">
  <DisplayName>Verify Okta token</DisplayName>
  <Algorithm>RS256</Algorithm>
  <IgnoreUnresolvedVariables>false</IgnoreUnresolvedVariables>
  <PublicKey>
    <JWKS uriRef="gate.okta.jwks_uri"/>
  </PublicKey>
  <Issuer ref="gate.okta.issuer"/>
  <Audience ref="gate.okta.audience"/>
  <AdditionalClaims>
    <Claim name="scp" type="string" array="true" ref="gate.scope"/>
  </AdditionalClaims>
  <IgnoreCriticalHeaders>false</IgnoreCriticalHeaders>
</VerifyJWT>
`,
  "DecodeJWT": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<DecodeJWT continueOnError="false" enabled="true" name="JWT-Decode"/>
`,
  "VerifyAPIKey": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<VerifyAPIKey continueOnError="false" enabled="true" name="VA-Client">
  <APIKey ref="jwt.VJWT-Okta.decoded.claim.cid"/>
</VerifyAPIKey>
`,
  "Quota (product config)": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Quota continueOnError="false" enabled="true" name="Q-Product">
  <Identifier ref="client_id"/>
  <UseQuotaConfigInAPIProduct stepName="VA-Client">
    <DefaultConfig>
      <Allow>60</Allow>
      <Interval>1</Interval>
      <TimeUnit>minute</TimeUnit>
    </DefaultConfig>
  </UseQuotaConfigInAPIProduct>
  <Distributed>true</Distributed>
  <Synchronous>true</Synchronous>
</Quota>
`,
  "Quota (calendar, fixed limit)": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Quota continueOnError="false" enabled="true" name="Q-Daily" type="calendar">
  <Identifier ref="client_id"/>
  <Allow>1000</Allow>
  <Interval>1</Interval>
  <TimeUnit>day</TimeUnit>
  <MessageWeight ref="gate.weight"/>
  <StartTime>2026-01-01 00:00:00</StartTime>
  <Distributed>true</Distributed>
  <Synchronous>false</Synchronous>
</Quota>
`,
  "SpikeArrest": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<SpikeArrest continueOnError="false" enabled="true" name="SA-Burst">
  <Identifier ref="client_id"/>
  <Rate>30pm</Rate>
  <UseEffectiveCount>false</UseEffectiveCount>
</SpikeArrest>
`,
  "KeyValueMapOperations": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<KeyValueMapOperations continueOnError="false" enabled="true" name="KVM-GetDeployment" mapIdentifier="orders-gate-config">
  <Scope>environment</Scope>
  <ExpiryTimeInSecs>300</ExpiryTimeInSecs>
  <Get assignTo="gate.deployment_id">
    <Key>
      <Parameter>deployment</Parameter>
      <Parameter ref="route.deployment"/>
    </Key>
  </Get>
  <Get assignTo="private.gate.webhook_secret">
    <Key>
      <Parameter>webhook-secret</Parameter>
    </Key>
  </Get>
</KeyValueMapOperations>
`,
  "AssignMessage": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<AssignMessage continueOnError="false" enabled="true" name="AM-PrefectRequest">
  <Remove>
    <Headers>
      <Header name="Authorization"/>
    </Headers>
    <QueryParams>
      <QueryParam name="access_token"/>
    </QueryParams>
  </Remove>
  <Add>
    <Headers>
      <Header name="X-Gate">orders</Header>
    </Headers>
  </Add>
  <Set>
    <Headers>
      <Header name="Authorization">Bearer {private.prefect.api_key}</Header>
    </Headers>
    <QueryParams>
      <QueryParam name="source">gate</QueryParam>
    </QueryParams>
    <Payload contentType="application/json">{&quot;idempotency_key&quot;:&quot;{gate.idempotency_key}&quot;,&quot;note&quot;:&quot;a &lt; b &amp; c&quot;}</Payload>
    <Verb>POST</Verb>
    <Path>/create_flow_run</Path>
  </Set>
  <AssignVariable>
    <Name>target.copy.pathsuffix</Name>
    <Value>false</Value>
  </AssignVariable>
  <AssignVariable>
    <Name>gate.sub_json</Name>
    <Template>{escapeJSON(jwt.VJWT-Okta.decoded.claim.sub)}</Template>
  </AssignVariable>
  <AssignVariable>
    <Name>gate.client</Name>
    <Ref>client_id</Ref>
  </AssignVariable>
  <IgnoreUnresolvedVariables>false</IgnoreUnresolvedVariables>
</AssignMessage>
`,
  "AssignMessage (new response)": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<AssignMessage continueOnError="false" enabled="true" name="AM-Accepted">
  <AssignTo createNew="true" type="response"/>
  <Set>
    <StatusCode>202</StatusCode>
    <ReasonPhrase>Accepted</ReasonPhrase>
  </Set>
  <IgnoreUnresolvedVariables>true</IgnoreUnresolvedVariables>
</AssignMessage>
`,
  "ExtractVariables": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<ExtractVariables continueOnError="false" enabled="true" name="EV-Request">
  <Source>request</Source>
  <VariablePrefix>route</VariablePrefix>
  <IgnoreUnresolvedVariables>false</IgnoreUnresolvedVariables>
  <URIPath>
    <Pattern>/deployments/{deployment}/runs</Pattern>
  </URIPath>
  <QueryParam name="dry_run">
    <Pattern>{dry_run}</Pattern>
  </QueryParam>
  <Header name="Authorization">
    <Pattern>Bearer {token}</Pattern>
  </Header>
  <JSONPayload>
    <Variable name="iss" type="string">
      <JSONPath>$.iss</JSONPath>
    </Variable>
    <Variable name="count" type="integer">
      <JSONPath>$.items.length()</JSONPath>
    </Variable>
  </JSONPayload>
</ExtractVariables>
`,
  "MessageLogging": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<MessageLogging continueOnError="false" enabled="true" name="ML-Audit">
  <CloudLogging>
    <LogName>projects/{organization.name}/logs/orders-gate-audit</LogName>
    <Message contentType="application/json">{&quot;sub&quot;:&quot;{gate.subject}&quot;,&quot;status&quot;:&quot;{message.status.code}&quot;}</Message>
    <Labels>
      <Label>
        <Key>proxy</Key>
        <Value>{apiproxy.name}</Value>
      </Label>
    </Labels>
  </CloudLogging>
</MessageLogging>
`,
  "RaiseFault": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<RaiseFault continueOnError="false" enabled="true" name="RF-Unauthorized">
  <IgnoreUnresolvedVariables>true</IgnoreUnresolvedVariables>
  <FaultResponse>
    <Set>
      <Headers>
        <Header name="WWW-Authenticate">Bearer error=&quot;invalid_token&quot;</Header>
      </Headers>
      <Payload contentType="application/json">{&quot;code&quot;:&quot;signature_invalid&quot;}</Payload>
      <StatusCode>401</StatusCode>
      <ReasonPhrase>Unauthorized</ReasonPhrase>
    </Set>
  </FaultResponse>
</RaiseFault>
`,
  "FlowCallout": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<FlowCallout continueOnError="false" enabled="true" name="FC-Common">
  <Parameters>
    <Parameter name="gate.mode">strict</Parameter>
  </Parameters>
  <SharedFlowBundle>gate-common</SharedFlowBundle>
</FlowCallout>
`,
  "ServiceCallout": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<ServiceCallout continueOnError="false" enabled="true" name="SC-SecretManager">
  <Request clearPayload="true" variable="secretRequest">
    <IgnoreUnresolvedVariables>false</IgnoreUnresolvedVariables>
    <Set>
      <Headers>
        <Header name="Accept">application/json</Header>
      </Headers>
      <Verb>GET</Verb>
    </Set>
  </Request>
  <Response>secretResponse</Response>
  <Timeout>5000</Timeout>
  <HTTPTargetConnection>
    <Authentication>
      <GoogleAccessToken>
        <Scopes>
          <Scope>https://www.googleapis.com/auth/cloud-platform</Scope>
        </Scopes>
      </GoogleAccessToken>
    </Authentication>
    <SSLInfo>
      <Enabled>true</Enabled>
      <Enforce>true</Enforce>
      <IgnoreValidationErrors>false</IgnoreValidationErrors>
    </SSLInfo>
    <URL>https://secretmanager.googleapis.com/v1/projects/acme-data-prod/secrets/k/versions/latest:access</URL>
  </HTTPTargetConnection>
</ServiceCallout>
`,
  "PopulateCache": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<PopulateCache continueOnError="false" enabled="true" name="PC-PrefectKey">
  <CacheKey>
    <Prefix>orders-gate</Prefix>
    <KeyFragment>prefect-key</KeyFragment>
    <KeyFragment ref="environment.name"/>
  </CacheKey>
  <Scope>Application</Scope>
  <ExpirySettings>
    <TimeoutInSeconds>600</TimeoutInSeconds>
  </ExpirySettings>
  <Source>private.prefect.api_key</Source>
</PopulateCache>
`,
  "LookupCache": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<LookupCache continueOnError="false" enabled="true" name="LC-PrefectKey">
  <CacheKey>
    <Prefix>orders-gate</Prefix>
    <KeyFragment>prefect-key</KeyFragment>
    <KeyFragment ref="environment.name"/>
  </CacheKey>
  <CacheResource>gate-cache</CacheResource>
  <Scope>Exclusive</Scope>
  <AssignTo>private.prefect.api_key</AssignTo>
</LookupCache>
`,
  "JSONThreatProtection": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<JSONThreatProtection continueOnError="false" enabled="true" name="JTP-Body">
  <ArrayElementCount>64</ArrayElementCount>
  <ContainerDepth>8</ContainerDepth>
  <ObjectEntryCount>32</ObjectEntryCount>
  <ObjectEntryNameLength>64</ObjectEntryNameLength>
  <Source>request</Source>
  <StringValueLength>4096</StringValueLength>
</JSONThreatProtection>
`,
  "PublishMessage": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<PublishMessage continueOnError="false" enabled="true" name="PM-Status">
  <Source>{&quot;run&quot;:&quot;{gate.flow_run_id}&quot;}</Source>
  <CloudPubSub>
    <Topic>projects/acme-data-prod/topics/orders-gate-events</Topic>
  </CloudPubSub>
</PublishMessage>
`,
  "Javascript": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Javascript continueOnError="false" enabled="true" name="JS-BodyAllowlist" timeLimit="500">
  <Properties>
    <Property name="allowed">parameters,name,tags</Property>
  </Properties>
  <ResourceURL>jsc://body-allowlist.js</ResourceURL>
</Javascript>
`,
};

test("every policy case has an expected XML", () => {
  expect(Object.keys(EXPECTED).sort()).toEqual(Object.keys(POLICY_CASES).sort());
});

test.each(Object.keys(POLICY_CASES))("%s renders the expected XML", (name) => {
  expect(POLICY_CASES[name]().toXml()).toBe(EXPECTED[name]);
});

test("policies render with \\n line endings and no trailing spaces", () => {
  for (const build of Object.values(POLICY_CASES)) {
    const xml = build().toXml();
    expect(xml).not.toMatch(/\r/);
    expect(xml).not.toMatch(/[ \t]\n/);
  }
});
