import type { Drawn, Look, Size } from './draw';
import type { ChartSpec } from './spec';

/** Messages from the page to the chart worker; `id` names one canvas the page handed over. */
export type ChartRequest =
  | {
      type: 'draw';
      id: number;
      /** Counts the drawings of one canvas: every answer names the drawing it shows. */
      seq: number;
      /** The canvas, on its first drawing only: it moves to the worker for good. */
      canvas?: OffscreenCanvas;
      config: ChartSpec['config'];
      look: Look;
      size: Size;
      /** A new chart shows every series; a redraw of the same one keeps the reader's choice. */
      keepHidden: boolean;
    }
  | { type: 'resize'; id: number; size: Size }
  | { type: 'toggle'; id: number; series: number }
  | { type: 'pointer'; id: number; event: 'mousemove' | 'mouseout' | 'click'; x: number; y: number }
  | { type: 'forget'; id: number };

/** The worker's answer after every drawing: what is on the canvas now. */
export type ChartResponse =
  { id: number; seq: number; drawn: Drawn } | { id: number; seq: number; error: string };
