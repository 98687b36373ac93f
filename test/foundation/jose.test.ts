// Smoke test of the toolchain: jose 6 is ESM-only and loads here only through the babel transform in jest.config.js.
import { generateKeyPair, jwtVerify, SignJWT } from "jose";

test("signs and verifies a JWT with jose", async () => {
  const { privateKey, publicKey } = await generateKeyPair("ES256");
  const token = await new SignJWT({ client_id: "ci-deployer" })
    .setProtectedHeader({ alg: "ES256", kid: "k1" })
    .setIssuer("https://issuer.example")
    .setAudience("api://orders-gate")
    .setSubject("ci-deployer")
    .setIssuedAt(1_700_000_000)
    .setExpirationTime(1_700_000_600)
    .sign(privateKey);
  const { payload } = await jwtVerify(token, publicKey, {
    issuer: "https://issuer.example",
    audience: "api://orders-gate",
    algorithms: ["ES256"],
    currentDate: new Date(1_700_000_100 * 1000),
  });
  expect(payload.client_id).toBe("ci-deployer");
  await expect(
    jwtVerify(token, publicKey, { audience: "api://other", currentDate: new Date(1_700_000_100 * 1000) }),
  ).rejects.toMatchObject({ code: "ERR_JWT_CLAIM_VALIDATION_FAILED", claim: "aud" });
});
