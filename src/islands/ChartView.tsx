import { useEffect, useRef } from 'preact/hooks';
import type { ChartSpec, Point } from '../lib/charts/builders';

type Props = { spec: ChartSpec };

/**
 * One chart: title, one-sentence summary, the canvas, and the same numbers as a table one
 * click away. chart.js loads only when this island does (it hydrates when scrolled into view).
 */
export default function ChartView({ spec }: Props) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    let chart: { destroy(): void } | undefined;
    let gone = false;
    // chart.js is fetched only when the chart scrolls into view, even inside an island
    // that hydrated earlier (the comparison).
    const draw = () =>
      import('../lib/charts/register').then(({ Chart }) => {
        if (gone || !canvas.current) return;
        // Resolved colours (the theme's variables are light-dark() pairs the canvas cannot read).
        const figure = getComputedStyle(canvas.current.closest('figure') ?? document.body);
        const fg = figure.color;
        const grid = figure.borderTopColor;
        Chart.defaults.color = fg;
        Chart.defaults.borderColor = grid;
        const config = structuredClone(spec.config) as unknown as Record<string, unknown> & {
          options: Record<string, unknown>;
        };
        config.options = {
          ...config.options,
          responsive: true,
          maintainAspectRatio: false,
          animation: false,
          plugins: {
            legend: { position: 'bottom', labels: { usePointStyle: true } },
            tooltip: {
              callbacks: {
                label: (ctx: { dataset: { label?: string }; raw: unknown }) => {
                  const p = ctx.raw as Point;
                  return `${p.label ?? ctx.dataset.label ?? ''}: ${p.y}${p.source ? ` (${p.source})` : ''}`;
                },
                afterLabel: (ctx: { raw: unknown }) => (ctx.raw as Point).note ?? '',
              },
            },
          },
        };
        const instance = new Chart(canvas.current, config as never);
        chart = instance;
        // Exposed for the end-to-end tests, which check the drawn data against the table.
        (canvas.current as HTMLCanvasElement & { chart?: unknown }).chart = instance;
        canvas.current.dataset['rendered'] = 'true';
      });
    const seen = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) {
        seen.disconnect();
        void draw();
      }
    });
    if (canvas.current) seen.observe(canvas.current);
    return () => {
      gone = true;
      seen.disconnect();
      chart?.destroy();
    };
  }, [spec]);
  return (
    <figure class="chart" data-chart={spec.id}>
      <figcaption>
        <strong>{spec.title}</strong>
        <span class="summary">{spec.summary}</span>
      </figcaption>
      <div class="chart-canvas">
        <canvas ref={canvas} role="img" aria-label={`${spec.title}. ${spec.summary}`} />
      </div>
      <details class="chart-table">
        <summary>Data table with sources</summary>
        <div class="table-scroll">
          <table class="data">
            <thead>
              <tr>
                {spec.table.columns.map((c) => (
                  <th key={c} scope="col">
                    {c}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {spec.table.rows.map((r, i) => (
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
    </figure>
  );
}
