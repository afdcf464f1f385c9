import type { ChartSpec } from './spec';

type Config = ChartSpec['config'];

/** How many bars a bar chart draws (every bar dataset's points). */
export const barCount = (config: Config): number =>
  config.data.datasets
    .filter((d) => (d.type ?? config.type) === 'bar')
    .reduce((n, d) => n + d.data.length, 0);

/** Thinner than this, a vertical bar cannot carry its label, so the chart turns on its side. */
const MIN_BAR_PX = 16;

/** Whether a bar chart this many pixels wide should lay its bars across instead of upright. */
export const shouldLieFlat = (config: Config, widthPx: number): boolean =>
  config.type === 'bar' && barCount(config) > 0 && widthPx / barCount(config) < MIN_BAR_PX * 2;

/** The height (CSS px) a chart on its side needs: a row per bar plus the axes and padding. */
export const flatHeight = (config: Config): number => Math.max(256, barCount(config) * 22 + 90);

/**
 * The same bar chart laid on its side, for a phone: categories down the left, values along
 * the bottom, every point's x and y swapped so markers stay on their bars.
 */
export function lieFlat(config: Config): Config {
  const scales = (config.options['scales'] ?? {}) as Record<string, unknown>;
  return {
    ...config,
    data: {
      ...config.data,
      datasets: config.data.datasets.map((d) => ({
        ...d,
        data: d.data.map((p) => ({ ...p, x: p.y, y: p.x as number })),
      })),
    },
    options: {
      ...config.options,
      indexAxis: 'y',
      scales: { x: scales['y'] ?? {}, y: scales['x'] ?? {} },
    },
  };
}
