import { useEffect, useRef, useState } from 'preact/hooks';
import type { ChartSpec } from '../lib/charts/builders';
import type { Drawn, Look } from '../lib/charts/draw';
import { flatHeight, shouldLieFlat } from '../lib/charts/orient';
import { schemeOf } from '../lib/charts/styles';
import { ChartTable } from './components/chart-view/ChartTable';
import { Legend, legendEntry } from './components/chart-view/Legend';
import { painterFor, type Painter } from './worker/chart-client';

type Props = { spec: ChartSpec };

/**
 * One chart: title, one-sentence summary, the canvas, a legend of buttons that show and hide
 * series, and the same numbers as a table one click away. chart.js loads only when the chart
 * scrolls into view, and draws in a worker; the chart is redrawn in the new colours when the
 * theme changes.
 */
export default function ChartView({ spec }: Props) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const painter = useRef<Painter>();
  const [drawn, setDrawn] = useState<Drawn>();
  const title = useRef(spec.title);
  title.current = spec.title;
  // One painter for the canvas's life: a canvas handed to a worker cannot be handed back.
  useEffect(() => {
    const c = canvas.current;
    if (!c) return;
    const p = painterFor(c, {
      drawn: (d) => {
        setDrawn(d);
        // Exposed for the end-to-end tests, which check the drawn data against the table.
        (c as HTMLCanvasElement & { chart?: Drawn }).chart = d;
        c.dataset['rendered'] = 'true';
      },
      failed: (message) =>
        console.error(`The chart "${title.current}" could not be drawn: ${message}`),
    });
    painter.current = p;
    return () => {
      p.forget();
      painter.current = undefined;
    };
  }, []);
  useEffect(() => {
    setDrawn(undefined);
    // Until the new chart is drawn, the canvas does not claim to show it.
    if (canvas.current) delete canvas.current.dataset['rendered'];
    let seen = false;
    const draw = (keepHidden: boolean) => {
      const c = canvas.current;
      if (!c || !painter.current) return;
      // Resolved colours (the theme's variables are light-dark() pairs the canvas cannot read).
      const figure = getComputedStyle(c.closest('figure') ?? document.body);
      const box = c.parentElement as HTMLElement;
      const flat = shouldLieFlat(spec.config, box.clientWidth);
      box.style.height = flat ? `${flatHeight(spec.config)}px` : '';
      const look: Look = {
        color: figure.color,
        border: figure.borderTopColor,
        halo: getComputedStyle(document.body).backgroundColor,
        font: figure.fontFamily,
        scheme: schemeOf(figure.color),
        flat,
      };
      painter.current.draw(spec.config, look, keepHidden);
    };
    const view = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) {
        view.disconnect();
        seen = true;
        draw(false);
      }
    });
    if (canvas.current) view.observe(canvas.current);
    const redraw = () => seen && draw(true);
    const media = matchMedia('(prefers-color-scheme: dark)');
    media.addEventListener('change', redraw);
    const theme = new MutationObserver(redraw);
    theme.observe(document.documentElement, { attributeFilter: ['data-theme'] });
    return () => {
      view.disconnect();
      media.removeEventListener('change', redraw);
      theme.disconnect();
    };
  }, [spec]);
  const series = drawn?.data.datasets.map(legendEntry) ?? [];
  const hidden = drawn?.visible.map((v) => !v) ?? [];
  return (
    <figure class="chart" data-chart={spec.id}>
      <figcaption>
        <strong>{spec.title}</strong>
        <span class="summary">{spec.summary}</span>
      </figcaption>
      <div class="chart-canvas">
        <canvas ref={canvas} role="img" aria-label={`${spec.title}. ${spec.summary}`} />
      </div>
      <Legend series={series} hidden={hidden} onToggle={(i) => painter.current?.toggle(i)} />
      <ChartTable table={spec.table} />
    </figure>
  );
}
