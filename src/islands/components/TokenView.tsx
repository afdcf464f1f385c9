import type { PieceTokens } from '../../lib/tokens/protocol';

type Props = { pieces: PieceTokens[] };

/** Makes white space visible: · for a space, → for a tab, ↵ for a line break. */
const visible = (s: string) =>
  s.replaceAll(' ', '·').replaceAll('\t', '→').replaceAll('\r', '').replaceAll('\n', '↵\n');

/**
 * Coloured token boundaries, ids on hover. A piece that is several tokens shows its ids
 * together: the split inside a piece can fall mid-character, so it is not drawn.
 */
export function TokenView({ pieces }: Props) {
  let n = 0;
  return (
    <div class="token-view" data-testid="token-view" aria-label="Text split into tokens">
      {pieces.map((p, i) => {
        n += p.ids.length;
        return (
          <span
            key={i}
            class={`tok tok-${n % 5}`}
            title={`token id${p.ids.length > 1 ? 's' : ''} ${p.ids.join(', ')}`}
          >
            {visible(p.piece)}
            {p.ids.length > 1 && <sub>{p.ids.length}</sub>}
          </span>
        );
      })}
    </div>
  );
}
