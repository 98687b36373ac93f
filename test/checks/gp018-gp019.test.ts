// GP018 (consumer keys bound to issuers) and GP019 (keyed spike arrests) over the generator's own output: the gate
// buildGateProxy builds passes both; each failing fixture is that output with one thing broken.
import { runChecks } from "../../src/checks/runner";
import { GP018 } from "../../src/checks/rules/gp018-consumer-key-bound-to-issuer";
import { GP019 } from "../../src/checks/rules/gp019-keyed-spike-arrests";
import { buildGateProxy } from "../../src/pipeline/gate-proxy";
import { gateSpec } from "../pipeline/gate-proxy-fixture";

const BUNDLE = "bundles/orders-gate.zip";
const PROXY = "apiproxy/proxies/default.xml";
const LOCATION = `${BUNDLE}:${PROXY}`;
const generated = new Map(buildGateProxy(gateSpec()).pack().files.map((f) => [f.path, f.content]));

/** The generated bundle with one file's text replaced (the replacement must apply). */
function mutate(file: string, from: string | RegExp, to: string): Map<string, string> {
  const before = generated.get(file)!;
  const after = before.replace(from, to);
  if (after === before) throw new Error(`${String(from)} does not occur in ${file}`);
  return new Map(generated).set(file, after);
}

/** [pass, message] of each result of `rule` over a stack that uploads `bundle`. */
function results(rule: typeof GP018, bundle: Map<string, string>) {
  const input = {
    stackName: "orders-gate-prod",
    config: { resource: { google_apigee_api: { gate: { name: "orders-gate", config_bundle: BUNDLE } } } },
    bundles: new Map([[BUNDLE, bundle]]),
  };
  return runChecks(input, [rule]).findings.map((f) => [f.resource, f.result, f.message]);
}

const TRIGGER = "PreFlow > Flow triggerRun > PostFlow";
const READ = "PreFlow > Flow readRun > PostFlow";
const EVENTS = "PreFlow > Flow statusEvents > PostFlow";

describe("GP018 consumer keys bound to the gate and the verifying issuer", () => {
  test("passes on the generator's gate", () => {
    expect(results(GP018, generated)).toEqual([[LOCATION, "pass", "every VerifyAPIKey looks up a key bound to the gate, the verifying issuer and the verified client id"]]);
  });

  test("fails when VerifyAPIKey reads the bare client id (an Okta token naming the Entra caller's id would be that caller)", () => {
    const bundle = mutate("apiproxy/policies/VA-Client.xml", 'ref="gate.consumer_key"', 'ref="gate.client_id"');
    expect(results(GP018, bundle)).toEqual([
      [
        LOCATION,
        "fail",
        "VerifyAPIKey VA-Client: it reads gate.client_id, which is not assigned once as {sha256Hex(<input>)} before it (a bare client id lets one issuer's token act as another's caller)",
      ],
    ]);
  });

  test("fails when the hashed input leaves out the issuer", () => {
    const bundle = mutate("apiproxy/policies/AM-Caller.xml", "<Template>orders|{gate.issuer_name}|{gate.client_id}</Template>", "<Template>orders|{gate.client_id}</Template>");
    expect(results(GP018, bundle)).toEqual([
      [LOCATION, "fail", "VerifyAPIKey VA-Client: gate.consumer_key_input is not assigned once as <pipeline>|{<issuer name>}|{<client id>}, so the key is not bound to this gate and the verifying issuer"],
    ]);
  });

  test("fails when the issuer name is taken from the token rather than from the VerifyJWT that passed", () => {
    const bundle = mutate("apiproxy/policies/AM-Issuer-okta.xml", "<Value>okta</Value>", "<Template>{jwt.JWT-Decode.decoded.claim.iss}</Template>");
    expect(results(GP018, bundle)).toEqual([
      [LOCATION, "fail", "VerifyAPIKey VA-Client: the issuer part gate.issuer_name is not set from literal issuer names (it must name the issuer whose VerifyJWT passed, never a token value)"],
    ]);
  });

  test("fails when the client id comes from the unverified DecodeJWT", () => {
    const bundle = mutate("apiproxy/policies/AM-Caller.xml", /<Template>\{firstnonnull\(jwt\.VJWT-okta\.decoded\.claim\.cid,[^<]*<\/Template>/, "<Template>{jwt.JWT-Decode.decoded.claim.cid}</Template>");
    expect(results(GP018, bundle)).toEqual([
      [LOCATION, "fail", "VerifyAPIKey VA-Client: the client part gate.client_id is not read from claims a VerifyJWT verified (jwt.<VerifyJWT policy>.decoded.claim.<claim>)"],
    ]);
  });
});

describe("GP019 keyed spike arrests", () => {
  test("passes on the generator's gate", () => {
    expect(results(GP019, generated)).toEqual([[LOCATION, "pass", "every SpikeArrest is keyed: per client IP first, per verified caller after VerifyJWT"]]);
  });

  test("fails when the first spike arrest has no Identifier (one counter: 20 anonymous requests a second lock every caller out)", () => {
    const bundle = mutate("apiproxy/policies/SA-ClientIp.xml", '<Identifier ref="client.ip"/>\n  ', "");
    const missing = [TRIGGER, READ, EVENTS].map((p) => `${p}: no unconditional SpikeArrest keyed by client.ip before the token is read`);
    expect(results(GP019, bundle)).toEqual([[LOCATION, "fail", ["SpikeArrest SA-ClientIp has no <Identifier ref>, so all requests share one counter", missing[0], missing[1], missing[2]].join("; ")]]);
  });

  test("fails when the per-caller spike arrest is keyed by the address or by a header the caller writes", () => {
    for (const key of ["client.ip", "request.header.x-client-id"]) {
      const bundle = mutate("apiproxy/policies/SA-Caller.xml", 'ref="gate.consumer_key"', `ref="${key}"`);
      expect(results(GP019, bundle)).toEqual([
        [LOCATION, "fail", [TRIGGER, READ, EVENTS].map((p) => `${p}: no SpikeArrest keyed by the verified caller after VerifyJWT and before the upstream call`).join("; ")],
      ]);
    }
  });

  test("fails when the per-address spike arrest runs only after the token is decoded", () => {
    let bundle = mutate(PROXY, "<Step>\n        <Name>SA-ClientIp</Name>\n      </Step>\n", "");
    const proxy = bundle.get(PROXY)!;
    bundle = new Map(bundle).set(PROXY, proxy.replace("<Step>\n        <Name>AM-IssuerHash</Name>", "<Step>\n        <Name>SA-ClientIp</Name>\n      </Step>\n      <Step>\n        <Name>AM-IssuerHash</Name>"));
    expect(bundle.get(PROXY)).not.toBe(proxy);
    expect(results(GP019, bundle)).toEqual([[LOCATION, "fail", [TRIGGER, READ, EVENTS].map((p) => `${p}: no unconditional SpikeArrest keyed by client.ip before the token is read`).join("; ")]]);
  });
});
