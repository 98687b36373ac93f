// Which way each kind of change goes, on gate manifests changed one field at a time: what loosens verification or a
// limit, what tightens it, and what is a change without a direction.
import type { GateManifest, ManifestAuditTrail } from "../../src/gate/manifest";
import { diffAccess, quotaEffect } from "../../src/review/access-diff";
import { Change } from "../../src/review/change";
import { diffGateSettings } from "../../src/review/gate-settings-diff";
import { diffAudit, diffRotation } from "../../src/review/rotation-audit-diff";
import { manifest } from "../probe/fixtures";

type Mutable<T> = { -readonly [K in keyof T]: T[K] extends object ? Mutable<T[K]> : T[K] };

/** The manifest, changed by `change` on a deep copy. */
function changed(change: (m: Mutable<GateManifest>) => void): GateManifest {
  const m = JSON.parse(JSON.stringify(manifest())) as Mutable<GateManifest>;
  change(m);
  return m as GateManifest;
}

const all = (base: GateManifest, head: GateManifest): Change[] => [...diffAccess("s", "orders", base, head), ...diffGateSettings("s", "orders", base, head)];
const effects = (changes: Change[]) => changes.map((c) => `${c.effect}: ${c.summary}`);

test("quotas: no quota is the loosest, then the higher rate, then at the same rate the longer window", () => {
  const q = (limit: number, timeUnit: "minute" | "hour" | "day" | "month", interval = 1) => ({ limit, interval, timeUnit });
  expect(quotaEffect(q(10, "minute"), null)).toBe("loosens");
  expect(quotaEffect(null, q(10, "minute"))).toBe("tightens");
  expect(quotaEffect(q(10, "minute"), q(11, "minute"))).toBe("loosens");
  expect(quotaEffect(q(10, "minute"), q(600, "hour"))).toBe("loosens");
  expect(quotaEffect(q(600, "hour"), q(10, "minute"))).toBe("tightens");
  expect(quotaEffect(q(10, "minute"), q(20, "minute", 2))).toBe("loosens");
  expect(quotaEffect(q(30, "day"), q(900, "month"))).toBe("loosens");
  expect(quotaEffect(q(5, "hour"), q(5, "hour"))).toBe("changes");
});

test("nothing changed: no change", () => {
  expect(all(manifest(), manifest())).toEqual([]);
});

test("issuer settings: what admits tokens refused before loosens, whatever else it drops", () => {
  const base = manifest();
  const head = changed((m) => {
    const okta = m.issuers[0];
    okta.audiences = ["api://other-gate"];
    okta.clockSkewSeconds = 120;
    okta.maxTokenLifetimeSeconds = 1800;
    okta.algorithms = ["RS256"];
    okta.clientIdClaim = "azp";
    okta.jwksUri = "https://keys.example/jwks";
    const corp = m.issuers[1];
    delete corp.expectedType;
    corp.requiredClaims = { tid: "t-1" };
  });
  expect(effects(diffGateSettings("s", "orders", base, head))).toEqual([
    "loosens: Issuer `okta`: audience `api://orders-gate` → `api://other-gate` (tokens refused before may now pass).",
    "tightens: Issuer `okta`: algorithms `RS256`, `ES256` → `RS256`.",
    "loosens: Issuer `okta`: keys now come from `https://keys.example/jwks` (was `https://acme.okta.com/oauth2/aus1probe/v1/keys`): tokens those keys sign will pass.",
    "loosens: Issuer `okta`: clock skew 30 seconds → 2 minutes.",
    "tightens: Issuer `okta`: maximum token lifetime 1 hour → 30 minutes.",
    "loosens: Issuer `okta`: the client id is now read from `azp` (was `cid`): a token's other claim may now name a caller.",
    "loosens: Issuer `corp`: typ `JWT` → not checked.",
    "tightens: Issuer `corp`: required claim `tid`: not required → `t-1`.",
  ]);
});

test("issuers added and removed", () => {
  const head = changed((m) => {
    m.issuers = [m.issuers[0], { ...m.issuers[1], name: "corp2" }];
    m.clients = m.clients.filter((c) => c.issuer === "okta");
  });
  const changes = diffGateSettings("s", "orders", manifest(), head);
  expect(effects(changes)).toEqual([
    "loosens: The gate now trusts issuer `corp2`: `https://idp.corp.example`, audience api://orders-gate, RS256.",
    "tightens: The gate no longer trusts issuer `corp`.",
  ]);
});

test("limits: higher rates, larger bodies, a longer replay window and unrefused fields loosen", () => {
  const head = changed((m) => {
    m.gate.spikeArrestRate = "50ps";
    m.gate.callerSpikeArrestRate = "120pm";
    m.gate.maxBodyBytes = 8192;
    m.gate.eventWindowSeconds = 3600;
    m.gate.forbiddenBodyFields = m.gate.forbiddenBodyFields.filter((f) => f !== "labels");
    m.hostnames = ["api.acme.example", "gate.acme.example"];
  });
  expect(effects(diffGateSettings("s", "orders", manifest(), head))).toEqual([
    "loosens: Spike arrest per client IP: 20ps → 50ps.",
    "tightens: Spike arrest per caller: 5ps → 120pm.",
    "loosens: Largest request body: 4096 → 8192 bytes.",
    "loosens: Status events are accepted up to 1 hour old (was 10 minutes).",
    "loosens: Run bodies may now set labels (no longer refused).",
    "changes: Hostnames: api.acme.example → api.acme.example, gate.acme.example.",
  ]);
});

test("deployments: allowed parameters, and the Prefect deployment behind a route", () => {
  const widened = changed((m) => {
    m.deployments[0].allowedParameters = ["date", "full_refresh"];
    m.deployments[1].deploymentName = "backfill-v2";
  });
  expect(effects(diffAccess("s", "orders", manifest(), widened))).toEqual([
    "loosens: Deployment `orders-etl-nightly`: parameters: now also takes full_refresh.",
    "changes: Route `orders-etl-backfill` now runs Prefect orders-etl/backfill-v2 (0b7e3c1a-0000-4000-8000-0000000000bf), was orders-etl/backfill (0b7e3c1a-0000-4000-8000-0000000000bf).",
  ]);
  const any = changed((m) => void delete m.deployments[0].allowedParameters);
  expect(effects(diffAccess("s", "orders", manifest(), any))).toEqual(["loosens: Deployment `orders-etl-nightly`: any parameters are now forwarded (was only date)."]);
  expect(effects(diffAccess("s", "orders", any, manifest()))).toEqual(["tightens: Deployment `orders-etl-nightly`: only parameters date are now forwarded (was any)."]);
});

test("a caller known only at apply is matched by its Terraform expression", () => {
  const head = changed((m) => void (m.clients[1].products = ["backfill", "probe"]));
  expect(effects(diffAccess("s", "orders", manifest(), head))).toEqual([
    "widens: caller `apply-time: corp_client.agent.client_id` of issuer corp can now trigger `orders-etl-nightly` through product `probe` (2 per day).",
    "changes: caller `apply-time: corp_client.agent.client_id` of issuer corp now holds products backfill, probe (was backfill).",
  ]);
});

test("rotation: a longer period, grace, overlap, cache or apply interval loosens", () => {
  const r = { everySeconds: 2592000, graceSeconds: 604800, overlapSeconds: 86400, cacheTtlSeconds: 300, applyEverySeconds: 86400 };
  expect(effects(diffRotation("s", "orders", r, { ...r, everySeconds: 5184000, cacheTtlSeconds: 60 }))).toEqual([
    "loosens: Rotation period: 30 days → 60 days.",
    "tightens: Secret cache in the proxy: 5 minutes → 1 minute.",
  ]);
});

test("audit trail: a removed sink, a shorter retention, an unlocked bucket or a dropped key loosens it", () => {
  const trail: ManifestAuditTrail = {
    project: "p", location: "europe-west1", bucketId: "gate-audit", bucketName: "projects/p/locations/europe-west1/buckets/gate-audit", retentionDays: 400, locked: true,
    logAnalytics: true, kmsKeyName: "projects/p/locations/europe-west1/keyRings/r/cryptoKeys/k", linkedDataset: null, sinkName: "gate-audit", definedIn: "admin", verifiedAtPlan: true,
  };
  const logName = "projects/p/logs/orders-gate-audit";
  expect(effects(diffAudit("s", "orders", { logName, trail }, { logName, trail: null }))).toEqual([
    "loosens: The audit trail is removed: no sink routes the records to `projects/p/locations/europe-west1/buckets/gate-audit` any more; they stay in the project's `_Default` bucket (30 days), mixed with every other log.",
  ]);
  expect(effects(diffAudit("s", "orders", { logName, trail }, { logName, trail: { ...trail, retentionDays: 90, locked: false, kmsKeyName: null, verifiedAtPlan: false } }))).toEqual([
    "loosens: Retention: 400 days → 90 days (records are deleted sooner).",
    "loosens: The bucket is no longer locked (its retention can be shortened and it can be deleted).",
    "loosens: Encryption: `projects/p/locations/europe-west1/keyRings/r/cryptoKeys/k` → Google-managed.",
    "loosens: Plans no longer check that the sink routes this gate's log.",
  ]);
  expect(effects(diffAudit("s", "orders", { logName, trail: null }, { logName: "projects/p/logs/other", trail }))).toEqual([
    "changes: Audit records go to `projects/p/logs/other` (was `projects/p/logs/orders-gate-audit`).",
    "tightens: Audit records are now routed to `projects/p/locations/europe-west1/buckets/gate-audit`, kept 400 days.",
  ]);
});
