/// <reference lib="webworker" />
// A thin shell: charts are drawn off the page's main thread, so no chart holds up scrolling
// or typing. Drawing lives in src/lib/charts/draw.ts.
import type { Chart } from 'chart.js';
import { drawChart, drawnOf, hiddenOf, pointAt, toggleSeries, tooltipOf } from '../lib/charts/draw';
import type { ChartRequest, ChartResponse } from '../lib/charts/protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const canvases = new Map<number, OffscreenCanvas>();
const charts = new Map<number, Chart>();
// The drawing each canvas shows now, named in every answer about it.
const drawings = new Map<number, number>();
const post = (m: ChartResponse) => scope.postMessage(m);

scope.onmessage = (event: MessageEvent<ChartRequest>) => {
  const msg = event.data;
  try {
    if (msg.type === 'draw') {
      drawings.set(msg.id, msg.seq);
      if (msg.canvas) canvases.set(msg.id, msg.canvas);
      const canvas = canvases.get(msg.id);
      if (!canvas) throw new Error(`no canvas ${msg.id}`);
      const old = charts.get(msg.id);
      const hidden = msg.keepHidden && old ? hiddenOf(old) : [];
      old?.destroy();
      charts.set(msg.id, drawChart(canvas, msg.config, msg.look, hidden, msg.size));
    } else if (msg.type === 'forget') {
      charts.get(msg.id)?.destroy();
      charts.delete(msg.id);
      canvases.delete(msg.id);
      drawings.delete(msg.id);
      return;
    } else {
      const chart = charts.get(msg.id);
      if (!chart) return;
      if (msg.type === 'resize') {
        chart.options.devicePixelRatio = msg.size.ratio;
        chart.resize(msg.size.width, msg.size.height);
      } else if (msg.type === 'toggle') toggleSeries(chart, msg.series);
      else {
        const before = tooltipOf(chart).join('\n');
        pointAt(chart, msg.event, msg.x, msg.y);
        // The page hears of a hover only when the tooltip changed.
        if (tooltipOf(chart).join('\n') === before) return;
      }
    }
    const chart = charts.get(msg.id);
    if (chart) post({ id: msg.id, seq: drawings.get(msg.id) ?? 0, drawn: drawnOf(chart) });
  } catch (e) {
    const error = e instanceof Error ? e.message : String(e);
    post({ id: msg.id, seq: drawings.get(msg.id) ?? 0, error });
  }
};
