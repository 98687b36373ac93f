// The gate proxy spec of a gate manifest, so a test can build the proxy the simulator's manifest describes and run
// both on the same requests. Values known only at apply time ({"tfRef"}) become KVM reads under the gate contract's keys
// (GATE_KVM_KEYS), as GatedPipeline does.
import { Rate } from "../../src/core/rate";
import { DEFAULT_EVENT_WINDOW_SECONDS, GATE_KVM_KEYS } from "../../src/gate/contract";
import { GateManifest, isTfRef, ManifestValue } from "../../src/gate/manifest";
import { GateProxySpec, GateValue } from "../../src/pipeline/gate-proxy-spec";

export function gateSpecFromManifest(m: GateManifest): GateProxySpec {
  const value = (v: ManifestValue<string>, kvmKey: string): GateValue => (isTfRef(v) ? { kvmKey } : { literal: v });
  const rate = (r: string) => Rate.parse(r) ?? (() => { throw new Error(`not a rate: ${r}`); })();
  return {
    pipeline: m.pipeline,
    proxyName: `${m.pipeline}-gate`,
    description: `Gate ${m.pipeline}`,
    basePath: m.basePath,
    kvmName: `${m.pipeline}-gate`,
    issuers: m.issuers.map((i) => ({
      name: i.name,
      issuers: [value(i.issuer, GATE_KVM_KEYS.issuerUrl(i.name, 0)), ...(i.alternateIssuers ?? []).map((a) => ({ literal: a }))],
      audience: value(i.audiences[0], GATE_KVM_KEYS.issuerAudience(i.name)),
      jwksUri: value(i.jwksUri, GATE_KVM_KEYS.issuerJwksUri(i.name)),
      algorithms: [...i.algorithms],
      clockSkewSeconds: i.clockSkewSeconds,
      maxTokenLifetimeSeconds: i.maxTokenLifetimeSeconds,
      clientIdClaim: i.clientIdClaim,
      expectedType: i.expectedType,
      requiredClaims: Object.fromEntries(Object.entries(i.requiredClaims ?? {}).map(([c, v]) => [c, value(v, GATE_KVM_KEYS.issuerClaim(i.name, c))])),
    })),
    deployments: m.deployments.map((d) => ({ name: d.name, allowedParameters: d.allowedParameters })),
    prefect: {
      targetServerName: `${m.pipeline}-prefect-api`,
      apiHost: new URL(m.prefect.apiUrl).host,
      accountId: value(m.prefect.accountId, GATE_KVM_KEYS.prefectAccountId),
      workspaceId: value(m.prefect.workspaceId, GATE_KVM_KEYS.prefectWorkspaceId),
    },
    prefectKeySecret: `projects/p/secrets/${m.pipeline}-gate-prefect-key`,
    webhookSecret: `projects/p/secrets/${m.pipeline}-gate-webhook-secret`,
    secretCacheTtlSeconds: 300,
    auditLogName: `projects/p/logs/${m.pipeline}-gate-audit`,
    statusTopic: `projects/p/topics/${m.pipeline}-gate-status`,
    spikeArrestRate: rate(m.gate.spikeArrestRate),
    callerSpikeArrestRate: rate(m.gate.callerSpikeArrestRate ?? m.gate.spikeArrestRate),
    eventWindowSeconds: m.gate.eventWindowSeconds ?? DEFAULT_EVENT_WINDOW_SECONDS,
    maxBodyBytes: m.gate.maxBodyBytes,
    forbiddenBodyFields: m.gate.forbiddenBodyFields,
    connectTimeoutMillis: 3000,
    ioTimeoutMillis: 15000,
  };
}
