import type { Chart } from 'chart.js';
import type { Drawn, Look, Size } from '../../lib/charts/draw';
import type { ChartRequest, ChartResponse } from '../../lib/charts/protocol';
import type { ChartSpec } from '../../lib/charts/spec';
import { nextTask } from '../../lib/tasks';

/** Draws one canvas's charts, and says what each drawing shows. */
export type Painter = {
  /** A chart for `config`; a redraw of the same chart (`keepHidden`) keeps hidden series hidden. */
  draw(config: ChartSpec['config'], look: Look, keepHidden: boolean): void;
  toggle(series: number): void;
  forget(): void;
};

type Listener = { drawn(d: Drawn): void; failed(message: string): void };

let worker: Worker | undefined;
let lastId = 0;
const listeners = new Map<number, Listener>();

/** The page's one chart worker, started by the first chart that comes into view. */
function chartWorker(): Worker {
  if (worker) return worker;
  worker = new Worker(new URL('../../workers/chart.worker.ts', import.meta.url), {
    type: 'module',
  });
  worker.onmessage = (e: MessageEvent<ChartResponse>) => {
    const l = listeners.get(e.data.id);
    if (!l) return;
    if ('drawn' in e.data) l.drawn(e.data.drawn);
    else l.failed(e.data.error);
  };
  return worker;
}

const sizeOf = (canvas: HTMLCanvasElement): Size => {
  const box = canvas.parentElement ?? canvas;
  return { width: box.clientWidth, height: box.clientHeight, ratio: devicePixelRatio || 1 };
};

/**
 * A painter for `canvas`. Where the browser can hand a canvas to a worker, chart.js runs
 * there, so building and drawing a chart of a hundred bars never holds the page's main
 * thread; the page passes on the pointer (for tooltips) and the box's size. Elsewhere chart.js
 * runs on the page, each chart in a task of its own.
 */
export function painterFor(canvas: HTMLCanvasElement, listener: Listener): Painter {
  return 'transferControlToOffscreen' in canvas
    ? workerPainter(canvas, listener)
    : pagePainter(canvas, listener);
}

function workerPainter(canvas: HTMLCanvasElement, listener: Listener): Painter {
  const id = ++lastId;
  listeners.set(id, listener);
  let sent = false;
  // Read when drawing, never at creation: reading a size here would force a layout.
  let size: Size | undefined;
  const send = (m: ChartRequest, transfer: Transferable[] = []) =>
    chartWorker().postMessage(m, transfer);
  // The box's size, passed on once a frame at most.
  let frame = 0;
  const resized = new ResizeObserver(() => {
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(() => {
      const now = sizeOf(canvas);
      if (!sent || (now.width === size?.width && now.height === size.height)) return;
      size = now;
      send({ type: 'resize', id, size });
    });
  });
  resized.observe(canvas.parentElement ?? canvas);
  const pointer = (event: 'mousemove' | 'mouseout' | 'click') => (e: PointerEvent | MouseEvent) =>
    sent && send({ type: 'pointer', id, event, x: e.offsetX, y: e.offsetY });
  const move = pointer('mousemove');
  const out = pointer('mouseout');
  const click = pointer('click');
  canvas.addEventListener('pointermove', move);
  canvas.addEventListener('pointerleave', out);
  canvas.addEventListener('click', click);
  return {
    draw(config, look, keepHidden) {
      size = sizeOf(canvas);
      if (sent) send({ type: 'draw', id, config, look, size, keepHidden });
      else {
        const offscreen = canvas.transferControlToOffscreen();
        sent = true;
        send({ type: 'draw', id, canvas: offscreen, config, look, size, keepHidden }, [offscreen]);
      }
    },
    toggle: (series) => send({ type: 'toggle', id, series }),
    forget() {
      resized.disconnect();
      cancelAnimationFrame(frame);
      canvas.removeEventListener('pointermove', move);
      canvas.removeEventListener('pointerleave', out);
      canvas.removeEventListener('click', click);
      listeners.delete(id);
      if (sent) send({ type: 'forget', id });
    },
  };
}

function pagePainter(canvas: HTMLCanvasElement, listener: Listener): Painter {
  let chart: Chart | undefined;
  let gone = false;
  // Drawings in the order asked, each after chart.js has loaded, in a task of its own.
  let queue = Promise.resolve();
  const later = (job: (draw: typeof import('../../lib/charts/draw')) => void) => {
    queue = queue
      .then(() => import('../../lib/charts/draw'))
      .then(async (draw) => {
        await nextTask();
        if (!gone) job(draw);
      })
      .catch((e: unknown) => listener.failed(e instanceof Error ? e.message : String(e)));
  };
  return {
    draw: (config, look, keepHidden) =>
      later(({ drawChart, drawnOf, hiddenOf }) => {
        const hidden = keepHidden && chart ? hiddenOf(chart) : [];
        chart?.destroy();
        chart = drawChart(canvas, config, look, hidden);
        listener.drawn(drawnOf(chart));
      }),
    toggle: (series) =>
      later(({ toggleSeries, drawnOf }) => {
        if (!chart) return;
        toggleSeries(chart, series);
        listener.drawn(drawnOf(chart));
      }),
    forget() {
      gone = true;
      chart?.destroy();
      chart = undefined;
    },
  };
}
