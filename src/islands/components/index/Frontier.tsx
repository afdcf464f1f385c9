import { formatPrice, formatScore } from '../../../lib/format';
import { plottedCount, type FrontierPoint } from '../../../lib/models/frontier';
import type { ModelRow } from '../../../lib/models/rows';
import type { BenchColumn } from '../IndexTable';

type Props = { rows: ModelRow[]; benchmark: BenchColumn; frontier: FrontierPoint[] };

/**
 * Price against quality for one benchmark, as a list: the models no other listed model
 * beats on both blended price and score, cheapest first.
 */
export function Frontier({ rows, benchmark, frontier }: Props) {
  const plotted = plottedCount(rows, benchmark.id);
  return (
    <details class="frontier" data-testid="frontier">
      <summary>
        Price vs quality on {benchmark.name}: {frontier.length} of {plotted} priced, scored{' '}
        {plotted === 1 ? 'model is' : 'models are'} on the frontier
      </summary>
      <p class="muted">
        No other listed model is both cheaper and better on {benchmark.name} than these. Price: the
        headline offering at 4 input tokens to 1 output token, per 1M tokens. Score: the maker's own
        where it reports one. They are marked ◆ in the table.
      </p>
      <table class="data">
        <thead>
          <tr>
            <th scope="col">Model</th>
            <th scope="col" class="num">
              Blended $/1M
            </th>
            <th scope="col" class="num">
              {benchmark.name}
            </th>
          </tr>
        </thead>
        <tbody>
          {frontier.map((p) => (
            <tr key={p.row.id}>
              <th scope="row">
                <a href={`/models/${p.row.id}/`}>{p.row.name}</a>
              </th>
              <td class="num">{formatPrice(p.price)}</td>
              <td class="num">{formatScore(p.score, benchmark.unit)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
