import { ASYMMETRIC_JWT_ALGORITHMS, isAsymmetricJwtAlgorithm } from "../../core/jwt-algorithms";
import { Rule } from "../model";
import { attr, child, text } from "../xml";
import { allPolicies, fail, pass } from "./helpers";

export const GP003: Rule = {
  id: "GP003",
  level: "error",
  core: true,
  title: "every VerifyJWT allows only asymmetric algorithms and takes its keys from a static JWKS or public key",
  fix: "set <Algorithm> to RS*/PS*/ES* values only and <PublicKey><JWKS uri=\"https://...\"/> (or uriRef=); never <SecretKey> or <Certificate>",
  check(input) {
    return allPolicies(input)
      .filter((p) => p.type === "VerifyJWT")
      .map((policy) => {
        const problems: string[] = [];
        const algorithms = (text(child(policy.node, "Algorithm")) ?? "").split(",").map((a) => a.trim()).filter((a) => a !== "");
        if (algorithms.length === 0) problems.push("no <Algorithm> allowlist");
        const bad = algorithms.filter((a) => !isAsymmetricJwtAlgorithm(a));
        if (bad.length > 0) problems.push(`algorithms ${JSON.stringify(bad)} are not allowed (only ${ASYMMETRIC_JWT_ALGORITHMS.join(", ")})`);
        if (child(policy.node, "SecretKey") !== undefined) problems.push("<SecretKey> (a shared secret) is not allowed");
        const publicKey = child(policy.node, "PublicKey");
        const jwks = child(publicKey, "JWKS");
        if (publicKey === undefined) {
          problems.push("no <PublicKey>");
        } else if (child(publicKey, "Certificate") !== undefined) {
          problems.push("<Certificate> keys are not allowed (VerifyJWT checks neither their chain nor their expiry)");
        } else if (jwks !== undefined) {
          const uri = attr(jwks, "uri");
          if (uri !== undefined && !uri.startsWith("https://")) problems.push(`JWKS uri ${JSON.stringify(uri)} is not https`);
          if (uri === undefined && attr(jwks, "uriRef") === undefined && text(jwks) === undefined && attr(jwks, "ref") === undefined) {
            problems.push("<JWKS> has no uri, uriRef or value");
          }
        } else if (child(publicKey, "Value") === undefined) {
          problems.push("<PublicKey> has no <JWKS> or <Value>");
        }
        return problems.length === 0
          ? pass(policy.location, `VerifyJWT ${policy.name} allows ${algorithms.join(",")} with a public key`)
          : fail(policy.location, `VerifyJWT ${policy.name}: ${problems.join("; ")}`);
      });
  },
};
