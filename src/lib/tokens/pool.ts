import type { ExactEncoding } from './counter';
import type { PieceTokens, TextStats, WorkerRequest, WorkerResponse } from './protocol';
import { safeCuts } from './split';

/** Texts shorter than this are counted by one worker: splitting would cost more than it saves. */
const PARALLEL_FROM = 200_000;

export type CountOutcome =
  | { status: 'done'; stats: TextStats }
  | { status: 'cancelled' }
  | { status: 'error'; message: string };

/**
 * Counts on a pool of tokenizer workers, so the page never waits on a long count. Large texts
 * are cut at safe cuts (see split.ts) and counted in parallel; the totals add up exactly.
 */
export class TokenizerPool {
  readonly #workers: Worker[] = [];
  readonly #create: () => Worker;
  readonly #size: number;
  #nextJob = 1;

  constructor(create: () => Worker, size: number) {
    this.#create = create;
    this.#size = Math.max(1, size);
  }

  #worker(i: number): Worker {
    let w = this.#workers[i];
    if (!w) this.#workers[i] = w = this.#create();
    return w;
  }

  /**
   * Loads an encoding's ranks ahead of a count the visitor is about to make (the page is
   * idle, or the text box is hovered or focused). Only the chosen encoding, and in one worker
   * first: a short text is counted there, and on two cores a second load at the same time
   * would only slow the first. Once it is ready the other workers load it too, for a big paste.
   */
  warm(encoding: ExactEncoding): void {
    if (this.#warmed.has(encoding)) return;
    this.#warmed.add(encoding);
    const first = this.#worker(0);
    const onReady = (e: MessageEvent<WorkerResponse>) => {
      if (e.data.type !== 'ready' || e.data.encoding !== encoding) return;
      first.removeEventListener('message', onReady);
      for (let i = 1; i < this.#size; i++)
        this.#worker(i).postMessage({ type: 'warm', encoding } satisfies WorkerRequest);
    };
    first.addEventListener('message', onReady);
    first.postMessage({ type: 'warm', encoding } satisfies WorkerRequest);
  }

  readonly #warmed = new Set<ExactEncoding>();

  /**
   * Counts `text`; `onProgress` gets the share done (0 to 1); aborting `signal` cancels. The
   * promise settles as soon as the count is known; the token view's pieces (asked for with
   * `onPieces`, for a text counted by one worker) arrive after it.
   */
  count(
    text: string,
    encoding: ExactEncoding,
    opts: {
      onPieces?: (pieces: PieceTokens[]) => void;
      onProgress?: (share: number) => void;
      signal?: AbortSignal;
    } = {},
  ): Promise<CountOutcome> {
    const cuts = text.length >= PARALLEL_FROM ? safeCuts(text, this.#size) : [0, text.length];
    const parts = cuts.slice(1).map((end, i) => text.slice(cuts[i], end));
    const done = parts.map(() => 0);
    const results: TextStats[] = [];
    const withPieces = opts.onPieces !== undefined && parts.length === 1;
    return new Promise((resolve) => {
      const jobs: {
        job: number;
        worker: Worker;
        listener: (e: MessageEvent<WorkerResponse>) => void;
      }[] = [];
      let finished = false;
      const detach = () => {
        for (const j of jobs) j.worker.removeEventListener('message', j.listener);
      };
      const finish = (outcome: CountOutcome) => {
        if (finished) return;
        finished = true;
        // A done count that waits for its pieces keeps listening for them.
        if (!(withPieces && outcome.status === 'done')) detach();
        resolve(outcome);
      };
      opts.signal?.addEventListener('abort', () => {
        for (const j of jobs)
          j.worker.postMessage({ type: 'cancel', job: j.job } satisfies WorkerRequest);
        detach();
        finish({ status: 'cancelled' });
      });
      parts.forEach((part, i) => {
        const job = this.#nextJob++;
        const worker = this.#worker(i);
        const listener = (e: MessageEvent<WorkerResponse>) => {
          const m = e.data;
          if (m.type === 'ready' || m.job !== job) return;
          if (m.type === 'progress') {
            done[i] = m.done;
            opts.onProgress?.(done.reduce((a, b) => a + b, 0) / Math.max(1, text.length));
          } else if (m.type === 'error') finish({ status: 'error', message: m.message });
          else if (m.type === 'cancelled') finish({ status: 'cancelled' });
          else if (m.type === 'result') {
            results[i] = m.stats;
            if (results.filter(Boolean).length === parts.length)
              finish({ status: 'done', stats: sumStats(results) });
          } else if (m.type === 'pieces') {
            detach();
            opts.onPieces?.(m.pieces);
          }
        };
        worker.addEventListener('message', listener);
        jobs.push({ job, worker, listener });
        worker.postMessage({
          type: 'count',
          job,
          encoding,
          text: part,
          withPieces,
        } satisfies WorkerRequest);
      });
      if (parts.length === 0)
        finish({ status: 'done', stats: { tokens: 0, characters: 0, words: 0, lines: 0 } });
    });
  }
}

/** Parts were cut after a line feed, so lines add up with one line less per cut. */
function sumStats(parts: TextStats[]): TextStats {
  const total = parts.reduce(
    (a, b) => ({
      tokens: a.tokens + b.tokens,
      characters: a.characters + b.characters,
      words: a.words + b.words,
      lines: a.lines + b.lines,
    }),
    { tokens: 0, characters: 0, words: 0, lines: 0 },
  );
  return { ...total, lines: total.lines - (parts.length - 1) };
}
