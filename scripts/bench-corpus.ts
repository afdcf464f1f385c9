import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The benchmark corpus, the same on every machine with the same lockfile: prose (.md) and
 * code (.js, .ts) from node_modules walked in sorted order, plus a generated multilingual
 * part (a fixed-seed mix of nine scripts, emoji included). Dot-files and dot-folders
 * (.vite, .cache, npm's .package-lock.json) are skipped: tools write them after install, so
 * they would change the corpus from one run to the next.
 */
export function buildCorpus(
  root: string,
  prose = 2_200_000,
  code = 2_200_000,
  multilingual = 600_000,
): { name: string; text: string }[] {
  const files = walk(join(root, 'node_modules'));
  const take = (pick: (f: string) => boolean, budget: number) => {
    const parts: string[] = [];
    let size = 0;
    for (const f of files) {
      if (size >= budget) break;
      if (!pick(f)) continue;
      const text = readFileSync(f, 'utf8');
      if (text.length > 400_000) continue; // skip bundles: they are one file repeated in spirit
      parts.push(text);
      size += text.length;
    }
    return parts.join('\n');
  };
  return [
    { name: 'prose', text: take((f) => f.endsWith('.md'), prose) },
    {
      name: 'code',
      text: take((f) => /\.(js|ts)$/.test(f) && !f.endsWith('.d.ts') && !f.includes('.min.'), code),
    },
    { name: 'multilingual', text: generated(multilingual) },
  ];
}

function walk(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    if (name.startsWith('.')) continue;
    const path = join(dir, name);
    const st = statSync(path, { throwIfNoEntry: false });
    if (!st) continue;
    if (st.isDirectory()) out.push(...walk(path));
    else if (st.isFile()) out.push(path);
  }
  return out;
}

const WORDS: string[][] = [
  ['the', 'model', 'counts', 'every', 'token', 'exactly', 'price', 'context', 'window'],
  ['模型', '计算', '每个', '词元', '价格', '上下文', '窗口', '精确'],
  ['モデル', 'トークン', 'を', '数える', '価格', '文脈', 'ウィンドウ'],
  ['модель', 'считает', 'каждый', 'токен', 'цена', 'контекст', 'окно'],
  ['النموذج', 'يحسب', 'كل', 'رمز', 'السعر', 'السياق', 'النافذة'],
  ['मॉडल', 'गिनता', 'हर', 'टोकन', 'कीमत', 'संदर्भ', 'खिड़की'],
  ['μοντέλο', 'μετράει', 'κάθε', 'διακριτικό', 'τιμή', 'πλαίσιο'],
  ['모델', '토큰', '계산', '가격', '문맥', '창'],
  ['🙂', '🚀', '👩‍💻', '🇫🇷', '✅', '📈'],
];

function generated(size: number): string {
  let seed = 42;
  const rand = () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x7fffffff;
  };
  let out = '';
  while (out.length < size) {
    const lang = WORDS[Math.floor(rand() * WORDS.length)] as string[];
    const n = 3 + Math.floor(rand() * 12);
    const words: string[] = [];
    for (let i = 0; i < n; i++) words.push(lang[Math.floor(rand() * lang.length)] as string);
    out += words.join(rand() < 0.8 ? ' ' : '') + (rand() < 0.3 ? '.\n' : '. ');
  }
  return out;
}

/** The inputs that make naive BPE quadratic: one long pre-token each. */
export const pathological = (n: number): { name: string; text: string }[] => [
  { name: `${n.toLocaleString('en-US')} underscores`, text: '_'.repeat(n) },
  { name: `${n.toLocaleString('en-US')} CJK characters, no punctuation`, text: cjk(n) },
  { name: `${n.toLocaleString('en-US')} spaces`, text: ' '.repeat(n) },
  { name: `${n.toLocaleString('en-US')} letters "a"`, text: 'a'.repeat(n) },
  { name: `${n.toLocaleString('en-US')} emoji`, text: '🙂'.repeat(n / 2) },
];

function cjk(n: number): string {
  let seed = 7;
  let s = '';
  for (let i = 0; i < n; i++) {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    s += String.fromCharCode(0x4e00 + (seed % 2000));
  }
  return s;
}
