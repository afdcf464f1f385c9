/**
 * `npm run bench:tokens`: throughput of this project's counter against js-tiktoken,
 * gpt-tokenizer and tiktoken (WASM, OpenAI's Rust tokenizer), on a corpus built from this
 * machine's node_modules, and on pathological inputs. Prints figures, ratios and whether
 * every count equals tiktoken's.
 */
import { cpus } from 'node:os';
import { Tiktoken as JsTiktoken } from 'js-tiktoken/lite';
import o200kRanks from 'js-tiktoken/ranks/o200k_base';
import { countTokens as gptCount } from 'gpt-tokenizer/encoding/o200k_base';
import { get_encoding } from 'tiktoken';
import { TokenCounter } from '../src/lib/tokens/counter';
import { parseRanks, type RankFile } from '../src/lib/tokens/ranks';
import { buildCorpus, pathological } from './bench-corpus';

type Impl = { name: string; count: (t: string) => number; fresh?: () => void };

const ranks = parseRanks(o200kRanks as RankFile);
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
console.log(`tiktoken count: ${oracle.toLocaleString('en-US')} tokens\n`);
console.log(
  '| counter | cold ms | warm ms | tokens/s (warm) | vs gpt-tokenizer | equals tiktoken |',
);
console.log('|---|---:|---:|---:|---:|---|');
const rows: { name: string; warm: number }[] = [];
for (const impl of impls) {
  impl.fresh?.();
  const cold = time(() => impl.count(all));
  const runs = [1, 2, 3].map(() => time(() => impl.count(all)).ms);
  const warm = Math.min(...runs);
  rows.push({ name: impl.name, warm });
  const ok = cold.n === oracle && impl.count(all) === oracle;
  console.log(
    `| ${impl.name} | ${cold.ms.toFixed(0)} | ${warm.toFixed(0)} | ${Math.round(oracle / (warm / 1000)).toLocaleString('en-US')} | __${impl.name}__ | ${ok ? 'yes' : `NO (${cold.n})`} |`,
  );
}
const gpt = rows.find((r) => r.name === 'gpt-tokenizer')?.warm ?? 1;
for (const r of rows)
  console.log(`ratio ${r.name} / gpt-tokenizer throughput: ${(gpt / r.warm).toFixed(2)}×`);
const coldOurs = (() => {
  ours = new TokenCounter(ranks, 'o200k_base');
  return time(() => ours.count(all)).ms;
})();
console.log(
  `this counter, cold cache: ${(gpt / coldOurs).toFixed(2)}× gpt-tokenizer's warm throughput`,
);

console.log('\nPathological inputs (one long pre-token each), 100,000 characters:');
console.log('| input | this counter ms | gpt-tokenizer ms | tiktoken ms | equal |');
console.log('|---|---:|---:|---:|---|');
for (const p of pathological(100_000)) {
  ours = new TokenCounter(ranks, 'o200k_base');
  const a = time(() => ours.count(p.text));
  const b = time(() => gptCount(p.text, { disallowedSpecial: new Set() }));
  const c = time(() => tiktoken.encode_ordinary(p.text).length);
  const eq = a.n === c.n && b.n === c.n;
  console.log(
    `| ${p.name} | ${a.ms.toFixed(1)} | ${b.ms.toFixed(1)} | ${c.ms.toFixed(1)} | ${eq ? 'yes' : `NO ${a.n}/${b.n}/${c.n}`} |`,
  );
}
console.log(
  '\njs-tiktoken on the same inputs at 5,000 characters (it is quadratic; 100,000 would take minutes):',
);
for (const p of pathological(5_000)) {
  const a = time(() => js.encode(p.text, [], []).length);
  const c = tiktoken.encode_ordinary(p.text).length;
  console.log(`  ${p.name}: ${a.ms.toFixed(0)} ms${a.n === c ? '' : ' (count differs!)'}`);
}
tiktoken.free();
