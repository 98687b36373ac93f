// Builds (validate + construct) and packs (render XML + zip + MD5) the generator's gate proxy (the three-issuer spec of
// the tests) N times and prints median and p95 of each phase. Run: npx ts-node -T bench/bundle-build.ts [N=200]
import { buildGateProxy } from "../src/pipeline/gate-proxy";
import { gateSpec } from "../test/pipeline/gate-proxy-fixture";

const gateProxy = () => buildGateProxy(gateSpec());

const runs = Number(process.argv[2] ?? 200);
const ms = (start: bigint): number => Number(process.hrtime.bigint() - start) / 1e6;
const pct = (values: number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};

const coldStart = process.hrtime.bigint();
const first = gateProxy();
first.pack();
const cold = ms(coldStart); // first build + pack in this process (lazy paths, JIT)
const policies = first.policies.length;
for (let i = 0; i < 20; i++) gateProxy().pack(); // warm-up: JIT and module loading are not what we measure

const build: number[] = [];
const pack: number[] = [];
let bytes = 0;
for (let i = 0; i < runs; i++) {
  let t = process.hrtime.bigint();
  const bundle = gateProxy();
  build.push(ms(t));
  t = process.hrtime.bigint();
  bytes = bundle.pack().zip.length;
  pack.push(ms(t));
}
const total = build.map((b, i) => b + pack[i]);
const line = (name: string, v: number[]) => `${name.padEnd(6)} median ${pct(v, 50).toFixed(2)} ms  p95 ${pct(v, 95).toFixed(2)} ms`;
console.log(`gate proxy, ${policies} policies (${first.pack().files.length} files, ${bytes} bytes zipped), ${runs} runs, node ${process.version}`);
console.log(`cold   first build + pack ${cold.toFixed(2)} ms`);
console.log(line("build", build));
console.log(line("pack", pack));
console.log(line("total", total));
