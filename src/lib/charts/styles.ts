/**
 * How a chart tells its series apart: a colour from a colour-blind-safe palette (Okabe and
 * Ito's hues, darkened for a light page and lightened for a dark one) together with a marker.
 * Seven colours and eight markers: since 7 and 8 share no factor, series i and j get the same
 * pair only when they are 56 apart, so up to 56 series in one chart never look alike, and the
 * first seven differ in both colour and marker.
 */
export type Scheme = 'light' | 'dark';

/** Index for index the same hue in both schemes, so a model keeps its colour when the theme changes. */
export const PALETTES: Record<Scheme, readonly string[]> = {
  // Each at least 3:1 against the light page (#ffffff), as WCAG asks of graphics.
  light: ['#0072B2', '#D55E00', '#008A63', '#B8568F', '#B87D00', '#5E5A00', '#222222'],
  // Each at least 3:1 against the dark page (#111318).
  dark: ['#56B4E9', '#F07E3C', '#2DC598', '#E58FC3', '#E69F00', '#EEE04A', '#E8E8E8'],
};

/** chart.js point styles; a rotation turns a triangle into a downward one. */
export const MARKERS: readonly { pointStyle: string; rotation: number }[] = [
  { pointStyle: 'circle', rotation: 0 },
  { pointStyle: 'rect', rotation: 0 },
  { pointStyle: 'triangle', rotation: 0 },
  { pointStyle: 'rectRot', rotation: 0 },
  { pointStyle: 'star', rotation: 0 },
  { pointStyle: 'triangle', rotation: 180 },
  { pointStyle: 'cross', rotation: 0 },
  { pointStyle: 'rectRounded', rotation: 45 },
];

/** The line and labels that are not a series (the Pareto frontier), readable in both schemes. */
export const NEUTRAL = '#6F6F6F';

export type SeriesStyle = { color: string; pointStyle: string; rotation: number };

/** The style of the i-th series of a chart (0-based): the same index always gets the same style. */
export function seriesStyle(i: number, scheme: Scheme = 'light'): SeriesStyle {
  const colors = PALETTES[scheme];
  const marker = MARKERS[i % MARKERS.length]!;
  return { color: colors[i % colors.length]!, ...marker };
}

/** A dataset's colour and marker fields for the i-th series: no two series of one chart share both. */
export const datasetStyle = (i: number) => {
  const s = seriesStyle(i);
  return {
    backgroundColor: s.color,
    borderColor: s.color,
    pointStyle: s.pointStyle,
    pointRotation: s.rotation,
  };
};

/**
 * A chart configuration with its light-scheme colours swapped for the dark ones. Builders
 * write the light palette; the chart, which knows the page's scheme, calls this.
 */
export function forScheme<T>(config: T, scheme: Scheme): T {
  if (scheme === 'light') return config;
  const swap = new Map(PALETTES.light.map((c, i) => [c.toLowerCase(), PALETTES.dark[i]!]));
  const walk = (v: unknown): unknown =>
    typeof v === 'string'
      ? (swap.get(v.toLowerCase()) ?? v)
      : Array.isArray(v)
        ? v.map(walk)
        : v && typeof v === 'object'
          ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]))
          : v;
  return walk(config) as T;
}

/** `#rrggbb` or `rgb(r, g, b)` to its channels 0..255. */
export function parseColor(css: string): [number, number, number] | undefined {
  const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(css.trim());
  if (hex) return [1, 2, 3].map((i) => parseInt(hex[i]!, 16)) as [number, number, number];
  const rgb = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)/i.exec(css.trim());
  return rgb ? ([1, 2, 3].map((i) => Number(rgb[i])) as [number, number, number]) : undefined;
}

/** WCAG relative luminance of a colour, 0 (black) to 1 (white). */
export function luminance(css: string): number {
  const [r, g, b] = (parseColor(css) ?? [0, 0, 0]).map((c) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio between two colours, 1 to 21. */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** Black or white, whichever reads better on the given fill (a label inside a bar). */
export const textOn = (fill: string): string =>
  contrast(fill, '#000000') >= contrast(fill, '#ffffff') ? '#000000' : '#ffffff';

/** The scheme a page is in, judged from its text colour: light text means a dark page. */
export const schemeOf = (textColor: string): Scheme =>
  luminance(textColor) > 0.5 ? 'dark' : 'light';
