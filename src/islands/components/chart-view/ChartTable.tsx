import type { ChartSpec } from '../../../lib/charts/builders';

/** A chart's numbers with their sources, one click away: the chart's accessible twin. */
export function ChartTable({ table }: { table: ChartSpec['table'] }) {
  return (
    <details class="chart-table">
      <summary>Data table with sources</summary>
      <div class="table-scroll">
        <table class="data">
          <thead>
            <tr>
              {table.columns.map((c) => (
                <th key={c} scope="col">
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((r, i) => (
              <tr key={i}>
                {r.map((c, j) =>
                  j === 0 ? (
                    <th key={j} scope="row">
                      {c}
                    </th>
                  ) : (
                    <td key={j}>{c}</td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
