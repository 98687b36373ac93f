// Issuers whose `iss` is only known after apply (an IdP object defined in the same stack): the gate reads them from its
// KVM and the manifest records them as tfRefs (DESIGN decision 5).
import { TerraformVariable } from "cdktf";
import { GateIdentities } from "../../src/identity/gate-identities";
import { Issuer } from "../../src/identity/issuer";
import { JwtAlgorithm } from "../../src/identity/jwt-algorithm";
import { issuerManifest, stackTokenResolver } from "../../src/identity/manifest-entries";
import { applyTimeFields, newStack } from "../helpers";

/** A stack and an issuer URL that is a Terraform reference (`var.idp_issuer`), as an IdP resource's attribute would be. */
function referenced() {
  const { stack } = newStack();
  const issuerUrl = new TerraformVariable(stack, "idp_issuer", { type: "string" }).stringValue;
  return { stack, issuerUrl };
}

describe("Issuer.oidc with an issuer URL known only after apply", () => {
  test("the issuer and its keys URL are apply-time values (KVM entries of a gate) and tfRefs, literals stay literal", () => {
    const { stack, issuerUrl } = referenced();
    const issuer = Issuer.oidc({
      name: "okta",
      issuerUrl,
      audiences: ["api://orders-gate"],
      jwksUri: `${issuerUrl}/v1/keys`,
      clientIdClaim: "cid",
      algorithms: [JwtAlgorithm.RS256],
    });
    const ids = new GateIdentities(stack, "Ids", { issuers: [issuer] });
    expect(Object.keys(applyTimeFields(ids.issuers[0])).sort()).toEqual(["issuer", "jwksUri"]);
    const m = issuerManifest(ids.issuers[0], stackTokenResolver(stack));
    expect(m.issuer).toEqual({ tfRef: "var.idp_issuer" });
    expect(m.jwksUri).toEqual({ tfRef: "${var.idp_issuer}/v1/keys" });
    expect(m.audiences).toEqual(["api://orders-gate"]);
  });

  test("a literal issuer has no apply-time value (no issuer KVM entry in a gate)", () => {
    const { stack } = newStack();
    const ids = new GateIdentities(stack, "Ids", {
      issuers: [Issuer.okta({ domain: "acme.okta.com", authorizationServerId: "aus1abc2def", audience: "api://orders-gate" })],
    });
    expect(applyTimeFields(ids.issuers[0])).toEqual({});
    expect(issuerManifest(ids.issuers[0], stackTokenResolver(stack)).issuer).toBe("https://acme.okta.com/oauth2/aus1abc2def");
  });

  test("fails when a referenced issuer asks for plan-time discovery", () => {
    const { issuerUrl } = referenced();
    expect(() =>
      Issuer.oidc({ name: "okta", issuerUrl, audiences: ["api://x"], discoverJwksUri: true, clientIdClaim: "cid", algorithms: [JwtAlgorithm.RS256] }),
    ).toThrow(
      "Issuer.oidc: discoverJwksUri is not allowed with an issuerUrl known only after apply (the discovery document is read at plan time; give jwksUri, e.g. `${issuerUrl}/v1/keys`)",
    );
  });

  test("fails for a literal issuer URL that is not https, as before", () => {
    expect(() =>
      Issuer.oidc({ name: "idp", issuerUrl: "http://idp.example", audiences: ["x"], jwksUri: "https://idp.example/keys", clientIdClaim: "azp", algorithms: [JwtAlgorithm.RS256] }),
    ).toThrow('Issuer.oidc: issuerUrl "http://idp.example" is not allowed');
  });
});
