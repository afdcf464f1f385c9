/**
 * `npm run bench:tokens`: throughput of this project's counter against js-tiktoken,
 * gpt-tokenizer and tiktoken (WASM, OpenAI's Rust tokenizer), on a corpus built from this
 * machine's node_modules, and on pathological inputs. Prints figures, ratios and whether
 * every count equals tiktoken's.
 */
import { createHash } from 'node:crypto';
import { cpus } from 'node:os';
import { Tiktoken as JsTiktoken } from 'js-tiktoken/lite';
import o200kRanks from 'js-tiktoken/ranks/o200k_base';
import { countTokens as gptCount } from 'gpt-tokenizer/encoding/o200k_base';
import { get_encoding } from 'tiktoken';
import { TokenCounter } from '../src/lib/tokens/counter';
import { rankTableOf } from '../src/lib/tokens/rank-format';
import type { RankFile } from '../src/lib/tokens/ranks';
import { buildCorpus, pathological } from './bench-corpus';

type Impl = { name: string; count: (t: string) => number; fresh?: () => void };

const ranks = rankTableOf(o200kRanks as RankFile);
let ours = new TokenCounter(ranks, 'o200k_base');
const js = new JsTiktoken(o200kRanks);
const tiktoken = get_encoding('o200k_base');
const impls: Impl[] = [
  {
    name: 'this counter',
    count: (t) => ours.count(t),
    fresh: () => (ours = new TokenCounter(ranks, 'o200k_base')),
  },
  { name: 'gpt-tokenizer', count: (t) => gptCount(t, { disallowedSpecial: new Set() }) },
  { name: 'tiktoken (WASM)', count: (t) => tiktoken.encode_ordinary(t).length },
  { name: 'js-tiktoken', count: (t) => js.encode(t, [], []).length },
];

const time = (f: () => number): { ms: number; n: number } => {
  const t0 = performance.now();
  const n = f();
  return { ms: performance.now() - t0, n };
};

console.log(`node ${process.version}, ${cpus()[0]?.model ?? 'unknown CPU'} × ${cpus().length}`);
const corpus = buildCorpus(process.cwd());
const all = corpus.map((c) => c.text).join('\n');
console.log(
  `corpus: ${corpus.map((c) => `${c.name} ${(c.text.length / 1e6).toFixed(2)}M chars`).join(', ')}; ${(Buffer.byteLength(all) / 1e6).toFixed(2)} MB in all`,
);

const oracle = tiktoken.encode_ordinary(all).length;
console.log(
  `corpus sha256 ${createHash('sha256').update(all).digest('hex').slice(0, 16)}; tiktoken count: ${oracle.toLocaleString('en-US')} tokens`,
);
// Timings on a shared machine swing, so each counter runs ROUNDS times, interleaved with the
// others, and the ratio to gpt-tokenizer is taken within each round: its spread is the result.
const ROUNDS = Number(process.env['BENCH_ROUNDS'] ?? 5);
console.log(`${ROUNDS} rounds; ratios are gpt-tokenizer's time ÷ the counter's, per round\n`);
type Result = { name: string; cold: number; runs: number[]; ok: boolean; n: number };
const results: Result[] = impls.map((impl) => {
  impl.fresh?.();
  const cold = time(() => impl.count(all));
  return { name: impl.name, cold: cold.ms, runs: [], ok: cold.n === oracle, n: cold.n };
});
for (let round = 0; round < ROUNDS; round++)
  impls.forEach((impl, i) => {
    const r = results[i] as Result;
    const run = time(() => impl.count(all));
    r.runs.push(run.ms);
    r.ok &&= run.n === oracle;
  });
const gptRuns = results.find((r) => r.name === 'gpt-tokenizer')?.runs ?? [];
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const spread = (xs: number[], digits: number) =>
  `${Math.min(...xs).toFixed(digits)}–${Math.max(...xs).toFixed(digits)}`;
console.log(
  '| counter | first run ms | median ms | min–max ms | tokens/s (median) | × gpt-tokenizer, median | × gpt-tokenizer, min–max | equals tiktoken |',
);
console.log('|---|---:|---:|---:|---:|---:|---:|---|');
for (const r of results) {
  const ratios = r.runs.map((ms, i) => (gptRuns[i] ?? NaN) / ms);
  const rate = Math.round(oracle / (median(r.runs) / 1000)).toLocaleString('en-US');
  const ok = r.ok ? 'yes' : `NO (${r.n})`;
  console.log(
    `| ${r.name} | ${r.cold.toFixed(0)} | ${median(r.runs).toFixed(0)} | ${spread(r.runs, 0)} | ${rate} | ${median(ratios).toFixed(2)} | ${spread(ratios, 2)} | ${ok} |`,
  );
}
const first = results[0]?.cold ?? 1;
console.log(
  `\nThis counter's first run (empty piece cache): ${(median(gptRuns) / first).toFixed(2)}× gpt-tokenizer's median.`,
);

console.log(
  '\nPathological inputs: one long pre-token each. This counter at 100,000 characters (target:',
);
console.log(
  'under 200 ms); the others merge quadratically, so they run at 20,000 (js-tiktoken at 2,000).',
);
console.log(
  '| input | this counter 100K ms | gpt-tokenizer 20K ms | tiktoken 20K ms | js-tiktoken 2K ms | counts equal |',
);
console.log('|---|---:|---:|---:|---:|---|');
const big = pathological(100_000);
const mid = pathological(20_000);
const small = pathological(2_000);
big.forEach((p, i) => {
  ours = new TokenCounter(ranks, 'o200k_base');
  const a = time(() => ours.count(p.text));
  const m = mid[i]?.text ?? '';
  const sm = small[i]?.text ?? '';
  const b = time(() => gptCount(m, { disallowedSpecial: new Set() }));
  const c = time(() => tiktoken.encode_ordinary(m).length);
  const d = time(() => js.encode(sm, [], []).length);
  const eq =
    a.n === tiktoken.encode_ordinary(p.text).length &&
    b.n === c.n &&
    d.n === tiktoken.encode_ordinary(sm).length;
  const name = p.name.replace(/^[\d,]+ /, '');
  console.log(
    `| ${name} | ${a.ms.toFixed(1)} | ${b.ms.toFixed(0)} | ${c.ms.toFixed(0)} | ${d.ms.toFixed(0)} | ${eq ? 'yes' : 'NO'} |`,
  );
});
tiktoken.free();
