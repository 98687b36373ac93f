/**
 * `gated-pipeline diff <base cdktf.out> <head cdktf.out> [--json] [--fail-on-widening]`: what a change does to access
 * and to the gates, for a pull request. Both outputs are checked by this version's policy pack, so a finding is new
 * because of the change, not because the rules changed. Exit 0; 1 with --fail-on-widening when a caller gains access or
 * a limit loosens; 2 for bad usage or unreadable outputs.
 */
import { runChecks } from "../checks/runner";
import { renderDiffMarkdown } from "../review/diff-markdown";
import { diffSynthOutputs, SynthSide } from "../review/synth-diff";
import { readSynthOutput } from "../review/synth-output";
import { CommandDefinition } from "./command";

const USAGE = `usage: gated-pipeline diff <base cdktf.out> <head cdktf.out> [--json] [--fail-on-widening]

Compares two synthesized outputs (e.g. the base branch of a pull request and its head) and says what the change
does: callers, deployments, products and quotas added, removed or changed (access widened or narrowed), issuer
settings (issuer, audience, JWKS URI, algorithms, clock skew, token lifetime, claims), limits, which proxies get a
new revision, key rotation, the audit trail (a shorter retention or a removed sink loosens it), and the policy-pack
findings new and resolved (both outputs checked by this version's rules).
  --json              print {"version", "widening", "changes": [...]} instead of Markdown
  --fail-on-widening  exit 1 when any caller gains access or any limit or check loosens
Exit status: 0 (or 1 with --fail-on-widening and a widening change), 2 bad usage or unreadable outputs.
`;

export const diffCommand: CommandDefinition = {
  name: "diff",
  usage: USAGE,
  options: { json: { type: "boolean" }, "fail-on-widening": { type: "boolean" } },
  positionals: { min: 2, max: 2 },
  async run(args, out) {
    const [base, head] = args.positionals;
    const diff = diffSynthOutputs(side(base), side(head));
    out.write(args.values.json === true ? `${JSON.stringify(diff, null, 2)}\n` : renderDiffMarkdown(diff, { base, head }));
    return args.values["fail-on-widening"] === true && diff.widening ? 1 : 0;
  },
};

/** One side, read once: its stacks, and their policy-pack reports by this version's rules. */
function side(dir: string): SynthSide {
  const stacks = readSynthOutput(dir, "synthesize both outputs first");
  return { stacks, checks: stacks.map((s) => runChecks({ stackName: s.name, config: s.config, bundles: s.bundles })) };
}
