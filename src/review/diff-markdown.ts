/**
 * The diff as Markdown for a pull-request comment: a verdict first (does the change widen access or loosen a limit?),
 * then one section per stack and gate, one list per area, each line led by its effect.
 */
import { Change, Effect, isWidening } from "./change";
import { SynthDiff } from "./synth-diff";

/** How each line starts: the direction, bold when it widens or loosens; nothing for a change without one. */
const EFFECT_LABEL: Readonly<Record<Effect, string>> = {
  widens: "**widens access**: ",
  narrows: "narrows access: ",
  loosens: "**loosens**: ",
  tightens: "tightens: ",
  changes: "",
};

const AREA_TITLE: Readonly<Record<Change["area"], string>> = {
  stacks: "Stacks and gates",
  access: "Who can trigger what",
  "callers, deployments and products": "Callers, deployments, products and quotas",
  "token verification": "Token verification",
  limits: "Limits",
  rotation: "Key rotation",
  "audit trail": "Audit trail",
  proxies: "Proxy revisions",
  "policy pack": "Policy pack",
};

export function renderDiffMarkdown(diff: SynthDiff, labels: { readonly base: string; readonly head: string }): string {
  const lines: string[] = [`## Gate changes: \`${labels.base}\` → \`${labels.head}\``, ""];
  const widening = diff.changes.filter(isWidening);
  if (diff.changes.length === 0) lines.push("No change to access or to the gates.");
  else if (widening.length > 0) lines.push(`**This change widens access or loosens a limit** (${widening.length} of ${diff.changes.length} changes, marked in bold below).`);
  else lines.push(`No caller gains access and no limit loosens (${diff.changes.length} change${diff.changes.length === 1 ? "" : "s"} below).`);

  let heading = "";
  let area = "";
  for (const c of diff.changes) {
    const h =
      c.gate !== null ? `### Stack \`${c.stack}\`, gate \`${c.gate}\`` : c.area === "stacks" ? `### Stack \`${c.stack}\`` : `### Stack \`${c.stack}\`: proxies and policy pack`;
    if (h !== heading) {
      lines.push("", h);
      heading = h;
      area = "";
    }
    if (c.area !== area) {
      lines.push("", `#### ${AREA_TITLE[c.area]}`, "");
      area = c.area;
    }
    lines.push(`- ${EFFECT_LABEL[c.effect]}${c.summary}`);
  }
  return `${lines.join("\n")}\n`;
}
