import type { Chart, Plugin, Scale } from 'chart.js';
import type { Dataset, Point } from './spec';
import { boxesAroundPoint, placeLabels, type Box, type LabelRequest } from './labels';
import { textOn } from './styles';
import { compactTick, logTicks, ticksThatFit } from './ticks';

/** The plugin's options, under `options.plugins.directLabels`. */
export type DirectLabelOptions = { color: string; halo: string; font: string; size: number };
type El = {
  x: number;
  y: number;
  base?: number;
  width?: number;
  height?: number;
  skip?: boolean;
  options: { backgroundColor?: string; radius?: number };
};

const elements = (chart: Chart, i: number) => chart.getDatasetMeta(i).data as unknown as El[];
const datasets = (chart: Chart) => chart.data.datasets as unknown as Dataset[];
const isFlat = (chart: Chart) => chart.options.indexAxis === 'y';

/** Moves each marker of a `pinToBars` dataset onto its own model's bar in the category. */
function pinToBars(chart: Chart) {
  datasets(chart).forEach((ds, i) => {
    if (!ds.pinToBars) return;
    elements(chart, i).forEach((el, j) => {
      const p = ds.data[j] as Point | undefined;
      if (p?.series === undefined) return;
      // On a chart lying on its side the category is y.
      const flat = isFlat(chart);
      const category = (q: Point) => (flat ? q.y : q.x);
      const k = datasets(chart)[p.series]?.data.findIndex((q) => category(q) === category(p)) ?? -1;
      const bar = chart.isDatasetVisible(p.series) ? elements(chart, p.series)[k] : undefined;
      // A hidden model's crosses hide with it, so none stands over another model's bar.
      if (!bar) el.skip = true;
      else if (flat) el.y = bar.y;
      else el.x = bar.x;
    });
  });
}

/** Where a label may be drawn, and how: upright text reads bottom to top. */
type Spot = Box & { rotate: boolean; color: string; halo?: string | undefined };

/** Each label the chart could draw, where it may go, and the markers it must not cover. */
function requests(chart: Chart, ctx: CanvasRenderingContext2D, o: DirectLabelOptions) {
  const out: LabelRequest<Spot>[] = [];
  const obstacles: Box[] = [];
  const width = (t: string) => ctx.measureText(t).width;
  const h = o.size + 2;
  const all = datasets(chart);
  const shown = all.map((_, i) => chart.isDatasetVisible(i));
  for (const [i, ds] of all.entries())
    if (shown[i] && ds.type !== 'bar')
      for (const el of elements(chart, i)) {
        const r = el.options.radius ?? 0;
        if (!el.skip && r >= 1) obstacles.push({ x: el.x - r, y: el.y - r, w: 2 * r, h: 2 * r });
      }
  const flat = isFlat(chart);
  // Names inside bars run one way across the chart: across when every bar is wide enough.
  const across = all.every(
    (ds, i) =>
      !shown[i] ||
      ds.directLabels !== 'bar' ||
      elements(chart, i).every((el) => width(ds.label) + 8 <= (el.width ?? 0)),
  );
  all.forEach((ds, i) => {
    if (!shown[i]) return;
    const els = elements(chart, i);
    const priority = ds.labelPriority ?? 1;
    if (ds.directLabels === 'bar' && flat)
      els.forEach((el, j) => {
        const p = ds.data[j];
        const thick = el.height ?? 0;
        const start = Math.min(el.x, el.base ?? el.x);
        const end = Math.max(el.x, el.base ?? el.x);
        const onBar = textOn(el.options.backgroundColor ?? '#000000');
        const y = el.y - h / 2;
        const fits = (b: Box) => thick >= h && b.x >= start + 2 && b.x + b.w <= end - 2;
        let nameEnd = start;
        const nw = width(ds.label);
        const name: Spot = { x: start + 4, y, w: nw, h, rotate: false, color: onBar };
        if (fits(name)) {
          out.push({ text: ds.label, boxes: [name], priority: priority + 1 });
          nameEnd = name.x + nw;
        }
        if (!p?.text) return;
        const tw = width(p.text);
        const spots: Spot[] = [
          { x: end + 3, y, w: tw, h, rotate: false, color: o.color, halo: o.halo },
        ];
        const inside: Spot = { x: end - 3 - tw, y, w: tw, h, rotate: false, color: onBar };
        if (fits(inside) && inside.x > nameEnd + 4) spots.push(inside);
        // Last, clear of a cross sitting on the bar's end.
        spots.push({ ...spots[0]!, x: end + 14 });
        out.push({ text: p.text, boxes: spots, priority });
      });
    else if (ds.directLabels === 'bar')
      els.forEach((el, j) => {
        const p = ds.data[j];
        const bw = el.width ?? 0;
        const top = Math.min(el.y, el.base ?? el.y);
        const bottom = Math.max(el.y, el.base ?? el.y);
        const fill = el.options.backgroundColor ?? '#000000';
        const onBar = textOn(fill);
        const fits = (b: Box) => b.y >= top + 2 && b.y + b.h <= bottom - 2;
        if (p?.text) {
          const tw = width(p.text);
          const label = { color: o.color, halo: o.halo };
          // A narrow bar gets its value upright, so neighbours do not collide; a cross in the
          // way sends it inside the top of the bar.
          const spots: Spot[] = [
            tw <= bw + 4
              ? { x: el.x - tw / 2, y: top - 2 - h, w: tw, h, rotate: false, ...label }
              : { x: el.x - h / 2, y: top - 3 - tw, w: h, h: tw, rotate: true, ...label },
          ];
          const inside: Spot =
            tw + 6 <= bw
              ? { x: el.x - tw / 2, y: top + 3, w: tw, h, rotate: false, color: onBar }
              : { x: el.x - h / 2, y: top + 3, w: h, h: tw, rotate: true, color: onBar };
          if (inside.w + 2 <= bw && fits(inside)) spots.push(inside);
          // Last, clear of a cross sitting on the bar's top.
          const first = spots[0]!;
          spots.push({ ...first, y: first.y - 12 });
          out.push({ text: p.text, boxes: spots, priority });
        }
        const nw = width(ds.label);
        const name: Spot = across
          ? { x: el.x - nw / 2, y: bottom - 4 - h, w: nw, h, rotate: false, color: onBar }
          : { x: el.x - h / 2, y: bottom - 4 - nw, w: h, h: nw, rotate: true, color: onBar };
        if (name.w + 2 <= bw && fits(name))
          out.push({ text: ds.label, boxes: [name], priority: priority + 1 });
      });
    const point = (el: El, text: string, end: boolean) => {
      const tw = width(text);
      const around = boxesAroundPoint(el.x, el.y, el.options.radius ?? 3, tw, h).map((b): Spot => ({
        ...b,
        rotate: false,
        color: o.color,
        halo: o.halo,
      }));
      out.push({
        text,
        // A line's end label goes right of it first, then above or below, left last.
        boxes: end ? [around[0]!, around[2]!, around[3]!, around[1]!] : around,
        priority,
      });
    };
    if (ds.directLabels === 'point')
      els.forEach((el, j) => !el.skip && point(el, ds.data[j]?.label ?? ds.label, false));
    const last = els[els.length - 1];
    if (ds.directLabels === 'end' && last && !last.skip) point(last, ds.label, true);
  });
  return { out, obstacles };
}

/**
 * Direct labels: a model's name inside its bars and the value above them, a model's name
 * beside its point, a line's name at its end. Labels that would collide are left out (the
 * legend and the data table still name them). The drawn texts are kept on the chart as
 * `directLabels` so tests can read what a reader sees.
 */
export const directLabels: Plugin<'bar' | 'line' | 'scatter', DirectLabelOptions> = {
  id: 'directLabels',
  defaults: { color: '#16181d', halo: '#ffffff', font: 'system-ui, sans-serif', size: 11 },
  afterDatasetsUpdate: (chart) => pinToBars(chart as unknown as Chart),
  afterDatasetsDraw(chart, _args, o) {
    const ctx = chart.ctx;
    ctx.save();
    ctx.font = `${o.size}px ${o.font}`;
    const { out, obstacles } = requests(chart as unknown as Chart, ctx, o);
    const a = chart.chartArea;
    // Labels may rise above the plot, or run right of it on a chart on its side, into the
    // padding the chart keeps there.
    const right = isFlat(chart as unknown as Chart) ? 44 : 0;
    const area = { x: a.left, y: a.top - 18, w: a.width + right, h: a.height + 18 };
    const placed = placeLabels(out, area, obstacles);
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    ctx.lineJoin = 'round';
    for (const { text, box } of placed) {
      ctx.save();
      ctx.translate(box.x + box.w / 2, box.y + box.h / 2);
      if (box.rotate) ctx.rotate(-Math.PI / 2);
      if (box.halo) {
        ctx.strokeStyle = box.halo;
        ctx.lineWidth = 3;
        ctx.strokeText(text, 0, 0);
      }
      ctx.fillStyle = box.color;
      ctx.fillText(text, 0, 0);
      ctx.restore();
    }
    ctx.restore();
    (chart as unknown as { directLabels: string[] }).directLabels = placed.map((p) => p.text);
  },
};

/**
 * For every log axis marked `compactTicks`, ticks that never overlap (1-2-5 or powers of ten,
 * as many as its length holds) labelled compactly: `100K`, `1M`, `$1.5K`.
 */
export function withCompactTicks(scales: Record<string, Record<string, unknown>>) {
  for (const axis of Object.values(scales)) {
    const unit = axis['compactTicks'] as 'usd' | 'count' | undefined;
    if (!unit) continue;
    axis['afterBuildTicks'] = (scale: Scale) => {
      const across = scale.isHorizontal();
      const fit = ticksThatFit(across ? scale.width : scale.height, across ? 56 : 24);
      scale.ticks = logTicks(scale.min, scale.max, fit).map((value) => ({ value }));
    };
    axis['ticks'] = {
      ...(axis['ticks'] as object),
      callback: (v: number | string) => compactTick(Number(v), unit),
    };
  }
  return scales;
}
