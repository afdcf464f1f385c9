/// <reference lib="webworker" />
// A thin shell: counting lives in src/lib/tokens. It loads the rank file on first use,
// counts slice by slice, reports progress and yields between slices so "cancel" is heard.
import { TokenCounter, sliceBounds, type ExactEncoding } from '../lib/tokens/counter';
import type { WorkerRequest, WorkerResponse } from '../lib/tokens/protocol';
import { textStats } from '../lib/tokens/stats';
import { loadRanks } from './load-ranks';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const counters = new Map<ExactEncoding, Promise<TokenCounter>>();
const cancelled = new Set<number>();
const post = (m: WorkerResponse) => scope.postMessage(m);

const counterFor = (encoding: ExactEncoding): Promise<TokenCounter> => {
  const key: ExactEncoding = encoding === 'o200k_harmony' ? 'o200k_base' : encoding;
  let c = counters.get(key);
  if (!c) {
    c = loadRanks(key).then((ranks) => new TokenCounter(ranks, key));
    counters.set(key, c);
    // A failed load is forgotten, so the next count tries again.
    c.catch(() => counters.delete(key));
  }
  return c;
};

// A macrotask that is not clamped like setTimeout: lets queued "cancel" messages run.
const channel = new MessageChannel();
const waiting: (() => void)[] = [];
channel.port1.onmessage = () => waiting.shift()?.();
const yieldToMessages = () =>
  new Promise<void>((resolve) => {
    waiting.push(resolve);
    channel.port2.postMessage(null);
  });

scope.onmessage = async (event: MessageEvent<WorkerRequest>) => {
  const msg = event.data;
  if (msg.type === 'cancel') {
    cancelled.add(msg.job);
    return;
  }
  if (msg.type === 'warm') {
    counterFor(msg.encoding).then(
      () => post({ type: 'ready', encoding: msg.encoding }),
      () => undefined, // the count that needs it reports the error
    );
    return;
  }
  const { job, text } = msg;
  try {
    const counter = await counterFor(msg.encoding);
    const slices = sliceBounds(text);
    let tokens = 0;
    for (const [s, e] of slices) {
      // One slice is counted at once: yielding first would only delay a short text's count.
      if (slices.length > 1) await yieldToMessages();
      if (cancelled.delete(job)) return post({ type: 'cancelled', job });
      tokens += counter.countRange(text, s, e);
      if (slices.length > 1) post({ type: 'progress', job, done: e, total: text.length });
    }
    post({ type: 'result', job, stats: { tokens, ...textStats(text) } });
    if (msg.withPieces) post({ type: 'pieces', job, pieces: counter.encode(text) });
  } catch (error) {
    post({ type: 'error', job, message: error instanceof Error ? error.message : String(error) });
  }
};
