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
/** Per canvas: who hears of its drawings, and the drawing last asked for. */
const listeners = new Map<number, { listener: Listener; seq: number }>();

/** The page's one chart worker, started by the first chart that comes into view. */
function chartWorker(): Worker {
  if (worker) return worker;
  worker = new Worker(new URL('../../workers/chart.worker.ts', import.meta.url), {
    type: 'module',
  });
  worker.onmessage = (e: MessageEvent<ChartResponse>) => {
    const l = listeners.get(e.data.id);
    // An answer about a drawing since replaced (another benchmark chosen) is old news.
    if (!l || e.data.seq !== l.seq) return;
    if ('drawn' in e.data) l.listener.drawn(e.data.drawn);
    else l.listener.failed(e.data.error);
  };
  worker.onerror = (e) => {
    e.preventDefault();
    for (const l of listeners.values()) l.listener.failed(e.message || 'the chart worker failed');
  };
  return worker;
}

/**
 * Whether this browser runs module workers (the chart worker is one): it reads the `type`
 * option only if it does. The bad URL then throws at once, so nothing is fetched.
 */
function moduleWorkers(): boolean {
  let reads = false;
  try {
    new Worker('blob://', {
      get type() {
        reads = true;
        return 'module' as const;
      },
    }).terminate();
  } catch {
    // Expected: the URL is not one a worker can load.
  }
  return reads;
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
  return 'transferControlToOffscreen' in canvas && moduleWorkers()
    ? workerPainter(canvas, listener)
    : pagePainter(canvas, listener);
}

function workerPainter(canvas: HTMLCanvasElement, listener: Listener): Painter {
  const id = ++lastId;
  const entry = { listener, seq: 0 };
  listeners.set(id, entry);
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
      const same =
        now.width === size?.width && now.height === size.height && now.ratio === size.ratio;
      if (!sent || same) return;
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
      const seq = ++entry.seq;
      if (sent) send({ type: 'draw', id, seq, config, look, size, keepHidden });
      else {
        // The worker first: a canvas handed over cannot come back to draw on the page.
        chartWorker();
        const offscreen = canvas.transferControlToOffscreen();
        sent = true;
        send({ type: 'draw', id, seq, canvas: offscreen, config, look, size, keepHidden }, [
          offscreen,
        ]);
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
