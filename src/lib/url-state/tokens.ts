import { countedEncodingOf, tokenizerOptions, type CountedEncoding } from '../tokens/tokenizers';
import { readRetired } from './calculator';
import { readOne, type Notice } from './params';

/** The token counter's settings as they live in its URL. The text itself never does. */
export type TokensState = {
  encoding: CountedEncoding;
  mode: 'text' | 'chat' | 'files';
  /** `retired=1`: the model table lists retired models too. */
  showRetired?: boolean | undefined;
};

export const defaultTokensState: TokensState = { encoding: 'o200k_base', mode: 'text' };

export function parseTokensState(search: string): { state: TokensState; notices: Notice[] } {
  const params = new URLSearchParams(search);
  const notices: Notice[] = [];
  const encoding = readOne(params, 'encoding', notices);
  const mode = readOne(params, 'mode', notices);
  const known = countedEncodingOf(encoding);
  if (encoding !== undefined && known === undefined)
    notices.push({
      param: 'encoding',
      message: `must be one of ${tokenizerOptions.map((o) => o.id).join(', ')}; using o200k_base`,
    });
  if (mode !== undefined && mode !== 'text' && mode !== 'chat' && mode !== 'files')
    notices.push({ param: 'mode', message: 'must be text, chat or files; using text' });
  return {
    state: {
      encoding: known ?? 'o200k_base',
      mode: mode === 'chat' || mode === 'files' ? mode : 'text',
      ...(readRetired(params, notices) ? { showRetired: true } : {}),
    },
    notices,
  };
}

export function serializeTokensState(s: TokensState): string {
  const p = new URLSearchParams();
  if (s.encoding !== defaultTokensState.encoding) p.set('encoding', s.encoding);
  if (s.mode !== defaultTokensState.mode) p.set('mode', s.mode);
  if (s.showRetired) p.set('retired', '1');
  const q = p.toString();
  return q ? `?${q}` : '';
}
