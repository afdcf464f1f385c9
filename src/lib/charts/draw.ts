import type { ChartEvent } from 'chart.js';
import { lieFlat } from './orient';
import { Chart, withCompactTicks } from './register';
import type { ChartSpec, Dataset, Point } from './spec';
import { forScheme, type Scheme } from './styles';

/**
 * Drawing a chart's JSON with chart.js, the same in the chart worker (on an OffscreenCanvas)
 * and on the page (where a browser has no OffscreenCanvas). The page resolves the theme and
 * the box; this builds the options, the tooltips and the direct labels from them.
 */

/** What the page resolved for a chart: the canvas cannot read light-dark() colours itself. */
export type Look = {
  color: string;
  border: string;
  /** The page's background, round the direct labels. */
  halo: string;
  font: string;
  scheme: Scheme;
  /** Bars too thin for their labels: the chart lies on its side, a row a bar. */
  flat: boolean;
};

/** A size in CSS pixels, and the screen's pixels per CSS pixel. */
export type Size = { width: number; height: number; ratio: number };

/**
 * What a drawn chart shows, as plain data: the legend reads which series are shown, and the
 * end-to-end tests read what was drawn, where, and whether any pixel was painted.
 */
export type Drawn = {
  data: {
    datasets: Pick<
      Dataset,
      'label' | 'borderColor' | 'pointStyle' | 'pointRotation' | 'borderDash' | 'data'
    >[];
  };
  options: { indexAxis?: string };
  directLabels: string[];
  scales: Record<string, { ticks: { value: number; label: string }[] }>;
  /** Each dataset's drawn elements: where they are, and whether they are left out. */
  elements: { x: number; y: number; skip: boolean }[][];
  visible: boolean[];
  painted: boolean;
  /** The chart's size in CSS pixels. */
  size: { width: number; height: number };
  /** The tooltip's lines while the pointer is on a mark, else none. */
  tooltip: string[];
};

/** A chart on `canvas`; `size` for an OffscreenCanvas (which no resize observer can follow). */
export function drawChart(
  canvas: HTMLCanvasElement | OffscreenCanvas,
  spec: ChartSpec['config'],
  look: Look,
  hidden: readonly boolean[],
  size?: Size,
): Chart {
  Chart.defaults.color = look.color;
  Chart.defaults.borderColor = look.border;
  if (size) {
    canvas.width = size.width;
    canvas.height = size.height;
  }
  const config = forScheme(structuredClone(look.flat ? lieFlat(spec) : spec), look.scheme);
  const scales = withCompactTicks(
    (config.options['scales'] ?? {}) as Record<string, Record<string, unknown>>,
  );
  const options = {
    ...config.options,
    scales,
    responsive: !size,
    maintainAspectRatio: false,
    animation: false,
    ...(size ? { devicePixelRatio: size.ratio } : {}),
    // Room above the tallest bar (or right of the longest) for its value.
    layout: { padding: { top: 20, right: look.flat ? 44 : 8 } },
    plugins: {
      // The legend is the buttons under the canvas, so a keyboard can use it too.
      legend: { display: false },
      directLabels: { color: look.color, halo: look.halo, font: look.font, size: 11 },
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
  // chart.js draws on an OffscreenCanvas too; its types name only the page's canvas.
  const chart = new Chart(canvas as HTMLCanvasElement, { ...config, options } as never);
  // A series hidden before a redraw (a new theme) stays hidden.
  hidden.forEach((x, i) => x && chart.setDatasetVisibility(i, false));
  if (hidden.some(Boolean)) chart.update();
  return chart;
}

/** Which series the reader has hidden. */
export const hiddenOf = (chart: Chart): boolean[] =>
  chart.data.datasets.map((_, i) => !chart.isDatasetVisible(i));

/** Shows or hides the i-th series. */
export function toggleSeries(chart: Chart, i: number): void {
  chart.setDatasetVisibility(i, !chart.isDatasetVisible(i));
  chart.update();
}

/**
 * Hands a pointer event, read on the page, to a chart on an OffscreenCanvas (which gets no
 * events of its own): tooltips and hover follow it. `x` and `y` are CSS pixels in the canvas.
 */
export function pointAt(
  chart: Chart,
  type: 'mousemove' | 'mouseout' | 'click',
  x: number,
  y: number,
) {
  const event = { type, x, y, native: { type }, chart } as unknown as ChartEvent;
  (chart as unknown as { _eventHandler(e: ChartEvent): void })._eventHandler(event);
}

/** The tooltip's lines, or none while it is hidden. */
export function tooltipOf(chart: Chart): string[] {
  const tip = chart.tooltip;
  if (!tip?.getActiveElements().length) return [];
  return [...tip.title, ...tip.body.flatMap((b) => [...b.before, ...b.lines, ...b.after])];
}

/** The chart as drawn: see Drawn. */
export function drawnOf(chart: Chart): Drawn {
  const datasets = chart.data.datasets as unknown as Drawn['data']['datasets'];
  const scales: Drawn['scales'] = {};
  for (const [id, scale] of Object.entries(chart.scales))
    scales[id] = {
      ticks: scale.ticks.map((t) => ({ value: t.value, label: String(t.label ?? '') })),
    };
  const { width, height } = chart.canvas;
  const pixels = width && height ? chart.ctx.getImageData(0, 0, width, height).data : [];
  let painted = false;
  for (let i = 3; i < pixels.length && !painted; i += 4) painted = (pixels[i] as number) > 0;
  return {
    data: {
      datasets: datasets.map((d) => ({
        label: d.label,
        ...(d.borderColor === undefined ? {} : { borderColor: d.borderColor }),
        ...(d.pointStyle === undefined ? {} : { pointStyle: d.pointStyle }),
        ...(d.pointRotation === undefined ? {} : { pointRotation: d.pointRotation }),
        ...(d.borderDash === undefined ? {} : { borderDash: d.borderDash }),
        // Copies: chart.js hangs listeners on its data arrays, which cannot be posted.
        data: d.data.map((p) => ({ ...p })),
      })),
    },
    options: chart.options.indexAxis ? { indexAxis: chart.options.indexAxis } : {},
    directLabels: (chart as unknown as { directLabels?: string[] }).directLabels ?? [],
    scales,
    elements: datasets.map((_, i) =>
      chart.getDatasetMeta(i).data.map((el) => ({
        x: el.x,
        y: el.y,
        skip: Boolean((el as unknown as { skip?: boolean }).skip),
      })),
    ),
    visible: datasets.map((_, i) => chart.isDatasetVisible(i)),
    painted,
    size: { width: chart.width, height: chart.height },
    tooltip: tooltipOf(chart),
  };
}
