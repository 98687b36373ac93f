/**
 * What a change does to how a gate verifies tokens and what it limits: issuers added or removed, and per issuer the
 * accepted `iss`, audience, JWKS URI, algorithms, clock skew, maximum lifetime, client-id claim, `typ` and required
 * claims; the spike arrests, body size, event replay window, refused body fields, hostnames and base path. A value the
 * gate accepts that it did not accept before loosens verification, even where the old value is dropped: tokens
 * refused before may now pass.
 */
import { Rate } from "../core/rate";
import { DEFAULT_EVENT_WINDOW_SECONDS } from "../gate/contract";
import { GateManifest, ManifestIssuer } from "../gate/manifest";
import { humanDuration } from "../audit/evidence-report";
import { valueText } from "../pipeline/access-matrix";
import { Change, changeCollector, code, Effect, listText, numberEffect } from "./change";

export function diffGateSettings(stack: string, gate: string, base: GateManifest | undefined, head: GateManifest | undefined): Change[] {
  const { changes, add: change } = changeCollector(stack, gate);

  // Issuers.
  const area = "token verification";
  const ib = new Map((base?.issuers ?? []).map((i) => [i.name, i]));
  const ih = new Map((head?.issuers ?? []).map((i) => [i.name, i]));
  for (const [name, i] of ih) {
    const old = ib.get(name);
    if (!old) {
      change(area, "loosens", `The gate now trusts issuer ${code(name)}: ${code(valueText(i.issuer))}, audience ${listText(i.audiences.map(valueText))}, ${listText([...i.algorithms])}.`);
      continue;
    }
    for (const c of issuerChanges(old, i)) change(area, c.effect, `Issuer ${code(name)}: ${c.text}.`, c.before, c.after);
  }
  for (const name of ib.keys()) if (!ih.has(name)) change(area, "tightens", `The gate no longer trusts issuer ${code(name)}.`);

  if (!base || !head) return changes;
  // Limits.
  const limits = "limits";
  const rate = (r: string | undefined) => (r === undefined ? undefined : Rate.parse(r))?.toPerSecond() ?? Infinity;
  const rates: Array<[string, string | undefined, string | undefined]> = [
    ["Spike arrest per client IP", base.gate.spikeArrestRate, head.gate.spikeArrestRate],
    ["Spike arrest per caller", base.gate.callerSpikeArrestRate, head.gate.callerSpikeArrestRate],
  ];
  for (const [what, b, h] of rates) {
    if (b !== h) change(limits, numberEffect(rate(b), rate(h)), `${what}: ${b ?? "none"} → ${h ?? "none"}.`, b ?? null, h ?? null);
  }
  if (base.gate.maxBodyBytes !== head.gate.maxBodyBytes) {
    change(limits, numberEffect(base.gate.maxBodyBytes, head.gate.maxBodyBytes), `Largest request body: ${base.gate.maxBodyBytes} → ${head.gate.maxBodyBytes} bytes.`, base.gate.maxBodyBytes, head.gate.maxBodyBytes);
  }
  const window = (m: GateManifest) => m.gate.eventWindowSeconds ?? DEFAULT_EVENT_WINDOW_SECONDS;
  if (window(base) !== window(head)) {
    change(limits, numberEffect(window(base), window(head)), `Status events are accepted up to ${humanDuration(window(head))} old (was ${humanDuration(window(base))}).`, window(base), window(head));
  }
  const fb = base.gate.forbiddenBodyFields;
  const fh = head.gate.forbiddenBodyFields;
  const unrefused = fb.filter((f) => !fh.includes(f));
  const refused = fh.filter((f) => !fb.includes(f));
  if (unrefused.length > 0) change(limits, "loosens", `Run bodies may now set ${listText(unrefused)} (no longer refused).`, fb, fh);
  if (refused.length > 0) change(limits, "tightens", `Run bodies setting ${listText(refused)} are now refused.`, fb, fh);
  const hostsAdded = head.hostnames.filter((x) => !base.hostnames.includes(x));
  const hostsRemoved = base.hostnames.filter((x) => !head.hostnames.includes(x));
  if (hostsAdded.length > 0 || hostsRemoved.length > 0) change(limits, "changes", `Hostnames: ${listText([...base.hostnames])} → ${listText([...head.hostnames])}.`, base.hostnames, head.hostnames);
  if (base.basePath !== head.basePath) change(limits, "changes", `Base path: ${code(base.basePath)} → ${code(head.basePath)} (callers must change their URLs).`, base.basePath, head.basePath);
  return changes;
}

interface IssuerChange {
  readonly effect: Effect;
  readonly text: string;
  readonly before: unknown;
  readonly after: unknown;
}

function issuerChanges(b: ManifestIssuer, h: ManifestIssuer): IssuerChange[] {
  const out: IssuerChange[] = [];
  const accepted = (what: string, before: readonly string[], after: readonly string[]) => {
    const added = after.filter((x) => !before.includes(x));
    const removed = before.filter((x) => !after.includes(x));
    if (added.length === 0 && removed.length === 0) return;
    out.push({
      effect: added.length > 0 ? "loosens" : "tightens",
      text: `${what} ${listText(before.map((x) => code(x)))} → ${listText(after.map((x) => code(x)))}${added.length > 0 ? " (tokens refused before may now pass)" : ""}`,
      before,
      after,
    });
  };
  accepted("accepted iss", [valueText(b.issuer), ...(b.alternateIssuers ?? [])], [valueText(h.issuer), ...(h.alternateIssuers ?? [])]);
  accepted("audience", b.audiences.map(valueText), h.audiences.map(valueText));
  accepted("algorithms", b.algorithms, h.algorithms);
  if (valueText(b.jwksUri) !== valueText(h.jwksUri)) {
    out.push({ effect: "loosens", text: `keys now come from ${code(valueText(h.jwksUri))} (was ${code(valueText(b.jwksUri))}): tokens those keys sign will pass`, before: b.jwksUri, after: h.jwksUri });
  }
  if (b.clockSkewSeconds !== h.clockSkewSeconds) {
    out.push({ effect: numberEffect(b.clockSkewSeconds, h.clockSkewSeconds), text: `clock skew ${humanDuration(b.clockSkewSeconds)} → ${humanDuration(h.clockSkewSeconds)}`, before: b.clockSkewSeconds, after: h.clockSkewSeconds });
  }
  if (b.maxTokenLifetimeSeconds !== h.maxTokenLifetimeSeconds) {
    out.push({
      effect: numberEffect(b.maxTokenLifetimeSeconds, h.maxTokenLifetimeSeconds),
      text: `maximum token lifetime ${humanDuration(b.maxTokenLifetimeSeconds)} → ${humanDuration(h.maxTokenLifetimeSeconds)}`,
      before: b.maxTokenLifetimeSeconds,
      after: h.maxTokenLifetimeSeconds,
    });
  }
  if (b.clientIdClaim !== h.clientIdClaim) {
    out.push({ effect: "loosens", text: `the client id is now read from ${code(h.clientIdClaim)} (was ${code(b.clientIdClaim)}): a token's other claim may now name a caller`, before: b.clientIdClaim, after: h.clientIdClaim });
  }
  if (b.expectedType !== h.expectedType) {
    const effect: Effect = h.expectedType === undefined ? "loosens" : b.expectedType === undefined ? "tightens" : "loosens";
    out.push({ effect, text: `typ ${b.expectedType === undefined ? "not checked" : code(b.expectedType)} → ${h.expectedType === undefined ? "not checked" : code(h.expectedType)}`, before: b.expectedType ?? null, after: h.expectedType ?? null });
  }
  const cb = Object.fromEntries(Object.entries(b.requiredClaims ?? {}).map(([k, v]) => [k, valueText(v)]));
  const ch = Object.fromEntries(Object.entries(h.requiredClaims ?? {}).map(([k, v]) => [k, valueText(v)]));
  for (const claim of [...new Set([...Object.keys(cb), ...Object.keys(ch)])].sort()) {
    if (cb[claim] === ch[claim]) continue;
    const effect: Effect = ch[claim] === undefined ? "loosens" : cb[claim] === undefined ? "tightens" : "loosens";
    out.push({
      effect,
      text: `required claim ${code(claim)}: ${cb[claim] === undefined ? "not required" : code(cb[claim])} → ${ch[claim] === undefined ? "not required" : code(ch[claim])}`,
      before: cb[claim] ?? null,
      after: ch[claim] ?? null,
    });
  }
  return out;
}
