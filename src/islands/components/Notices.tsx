import type { Notice } from '../../lib/url-state/params';

type Props = { notices: Notice[] };

/** Lists problems with the page's URL parameters; values are rendered as text, never HTML. */
export function Notices({ notices }: Props) {
  if (notices.length === 0) return null;
  return (
    <div class="notice" role="status" data-testid="url-notice">
      <p>Some link settings could not be used; the rest of the page works:</p>
      <ul>
        {notices.map((n) => (
          <li key={`${n.param}:${n.message}`}>
            <code>{n.param}</code> {n.message}
          </li>
        ))}
      </ul>
    </div>
  );
}
