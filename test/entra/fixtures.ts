import { Duration } from "../../src/core/duration";
import { defineAzureadProvider, EntraGateApplication, EntraGateApplicationProps, FederatedCredential } from "../../src/entra";
import { GateIdentities } from "../../src/identity/gate-identities";
import { Secret } from "../../src/secrets/secret";
import { newStack, synthJson } from "../helpers";

/* eslint-disable @typescript-eslint/no-explicit-any */

/** A made-up tenant GUID. */
export const TENANT = "00000000-0000-4000-8000-00000000e17a";

/**
 * An Entra-backed gate: a GitHub Actions deployer, an agent running as a Google service account, a workload of another
 * OIDC issuer (all keyless) and a legacy caller that asked for a password.
 */
export function entraSetup(overrides: Partial<EntraGateApplicationProps> = {}, every = Duration.days(30)) {
  const { stack } = newStack();
  defineAzureadProvider(stack, { tenantId: TENANT });
  const legacySecret = new Secret(stack, "LegacySecret", { secretId: "orders-gate-legacy-entra" });
  const entra = new EntraGateApplication(stack, "OrdersEntra", {
    tenantId: TENANT,
    audience: "api://orders-gate",
    displayName: "orders-gate",
    callers: [
      {
        name: "deployer",
        products: ["nightly"],
        description: "CI deployer",
        federatedCredentials: [FederatedCredential.githubActions({ repository: "acme/orders-pipelines" })],
      },
      {
        name: "agent",
        products: ["adhoc", "nightly"],
        federatedCredentials: [
          FederatedCredential.googleServiceAccount({ uniqueId: "112233445566778899001" }),
          FederatedCredential.oidc({ issuer: "https://sso.acme.example/realms/ops", subject: "svc-agent" }),
        ],
      },
      { name: "legacy", products: ["adhoc"], password: { secret: legacySecret, every } },
    ],
    ...overrides,
  });
  const identities = new GateIdentities(stack, "Identities", { issuers: [entra.issuer], callers: entra.callers });
  return { stack, entra, identities, json: synthJson(stack) };
}

/** The resource of `type` whose synthesized name starts with `prefix`, and its address. */
export function find(json: any, type: string, prefix: string): { name: string; body: any } {
  const entries = Object.entries(json.resource[type] ?? {}).filter(([n]) => n.startsWith(prefix));
  if (entries.length !== 1) throw new Error(`expected one ${type} ${prefix}*, found ${entries.map(([n]) => n).join(", ") || "none"}`);
  return { name: entries[0][0], body: entries[0][1] };
}
