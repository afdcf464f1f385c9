import { useEffect, useRef, useState } from 'preact/hooks';
import type { ChartSpec, Point } from '../lib/charts/builders';
import { flatHeight, lieFlat, shouldLieFlat } from '../lib/charts/orient';
import { forScheme, schemeOf } from '../lib/charts/styles';
import { ChartTable } from './components/chart-view/ChartTable';
import { Legend, legendEntry, type Series } from './components/chart-view/Legend';

type Props = { spec: ChartSpec };
type Drawn = {
  destroy(): void;
  update(): void;
  isDatasetVisible(i: number): boolean;
  setDatasetVisibility(i: number, v: boolean): void;
};

/**
 * One chart: title, one-sentence summary, the canvas, a legend of buttons that show and hide
 * series, and the same numbers as a table one click away. chart.js loads only when the chart
 * scrolls into view; the chart is redrawn in the new colours when the theme changes.
 */
export default function ChartView({ spec }: Props) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const chart = useRef<Drawn>();
  const [series, setSeries] = useState<Series[]>([]);
  const [hidden, setHidden] = useState<boolean[]>([]);
  // Which series the reader hid: kept across a redraw for a theme change, reset for a new chart.
  const hiddenNow = useRef<boolean[]>([]);
  useEffect(() => {
    hiddenNow.current = [];
    setHidden([]);
    let gone = false;
    let seen = false;
    const draw = () =>
      import('../lib/charts/register').then(({ Chart, withCompactTicks }) => {
        if (gone || !canvas.current) return;
        chart.current?.destroy();
        // Resolved colours (the theme's variables are light-dark() pairs the canvas cannot read).
        const figure = getComputedStyle(canvas.current.closest('figure') ?? document.body);
        const fg = figure.color;
        const scheme = schemeOf(fg);
        Chart.defaults.color = fg;
        Chart.defaults.borderColor = figure.borderTopColor;
        const box = canvas.current.parentElement as HTMLElement;
        // Bars too thin for their labels on a phone: the chart lies on its side, a row a bar.
        const flat = shouldLieFlat(spec.config, box.clientWidth);
        box.style.height = flat ? `${flatHeight(spec.config)}px` : '';
        const config = forScheme(
          structuredClone(flat ? lieFlat(spec.config) : spec.config),
          scheme,
        );
        const scales = withCompactTicks(
          (config.options['scales'] ?? {}) as Record<string, Record<string, unknown>>,
        );
        const options = {
          ...config.options,
          scales,
          responsive: true,
          maintainAspectRatio: false,
          animation: false,
          // Room above the tallest bar (or right of the longest) for its value.
          layout: { padding: { top: 20, right: flat ? 44 : 8 } },
          plugins: {
            // The legend is the buttons under the canvas, so a keyboard can use it too.
            legend: { display: false },
            directLabels: {
              color: fg,
              halo: getComputedStyle(document.body).backgroundColor,
              font: figure.fontFamily,
              size: 11,
            },
            tooltip: {
              callbacks: {
                label: (ctx: { dataset: { label?: string }; raw: unknown }) => {
                  const p = ctx.raw as Point;
                  return `${p.label ?? ctx.dataset.label ?? ''}: ${p.text ?? p.y}${p.source ? ` (${p.source})` : ''}`;
                },
                afterLabel: (ctx: { raw: unknown }) => (ctx.raw as Point).note ?? '',
              },
            },
          },
        };
        const instance = new Chart(canvas.current, { ...config, options } as never) as Drawn;
        // A series hidden before a theme change stays hidden.
        hiddenNow.current.forEach((x, i) => x && instance.setDatasetVisibility(i, false));
        if (hiddenNow.current.some(Boolean)) instance.update();
        chart.current = instance;
        setSeries(config.data.datasets.map(legendEntry));
        // Exposed for the end-to-end tests, which check the drawn data against the table.
        (canvas.current as HTMLCanvasElement & { chart?: unknown }).chart = instance;
        canvas.current.dataset['rendered'] = 'true';
      });
    const view = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) {
        view.disconnect();
        seen = true;
        void draw();
      }
    });
    if (canvas.current) view.observe(canvas.current);
    const redraw = () => seen && void draw();
    const media = matchMedia('(prefers-color-scheme: dark)');
    media.addEventListener('change', redraw);
    const theme = new MutationObserver(redraw);
    theme.observe(document.documentElement, { attributeFilter: ['data-theme'] });
    return () => {
      gone = true;
      view.disconnect();
      media.removeEventListener('change', redraw);
      theme.disconnect();
      chart.current?.destroy();
      chart.current = undefined;
    };
  }, [spec]);
  const toggle = (i: number) => {
    const c = chart.current;
    if (!c) return;
    c.setDatasetVisibility(i, !c.isDatasetVisible(i));
    c.update();
    hiddenNow.current = series.map((_, j) => !c.isDatasetVisible(j));
    setHidden(hiddenNow.current);
  };
  return (
    <figure class="chart" data-chart={spec.id}>
      <figcaption>
        <strong>{spec.title}</strong>
        <span class="summary">{spec.summary}</span>
      </figcaption>
      <div class="chart-canvas">
        <canvas ref={canvas} role="img" aria-label={`${spec.title}. ${spec.summary}`} />
      </div>
      <Legend series={series} hidden={hidden} onToggle={toggle} />
      <ChartTable table={spec.table} />
    </figure>
  );
}
