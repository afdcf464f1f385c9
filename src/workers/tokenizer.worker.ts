/// <reference lib="webworker" />
// A thin shell: counting lives in src/lib/tokens. It loads the rank file on first use,
// counts slice by slice, reports progress and yields between slices so "cancel" is heard.
import { TokenCounter, sliceBounds, type ExactEncoding } from '../lib/tokens/counter';
import { loadRankFile } from '../lib/tokens/encodings';
import type { WorkerRequest, WorkerResponse } from '../lib/tokens/protocol';
import { parseRanks } from '../lib/tokens/ranks';
import { textStats } from '../lib/tokens/stats';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const counters = new Map<ExactEncoding, Promise<TokenCounter>>();
const cancelled = new Set<number>();
const post = (m: WorkerResponse) => scope.postMessage(m);

const counterFor = (encoding: ExactEncoding): Promise<TokenCounter> => {
  const key: ExactEncoding = encoding === 'o200k_harmony' ? 'o200k_base' : encoding;
  let c = counters.get(key);
  if (!c) {
    c = loadRankFile(key).then((file) => new TokenCounter(parseRanks(file), key));
    counters.set(key, c);
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
    void counterFor(msg.encoding);
    return;
  }
  const { job, text } = msg;
  try {
    const counter = await counterFor(msg.encoding);
    let tokens = 0;
    for (const [s, e] of sliceBounds(text)) {
      await yieldToMessages();
      if (cancelled.delete(job)) return post({ type: 'cancelled', job });
      tokens += counter.countRange(text, s, e);
      post({ type: 'progress', job, done: e, total: text.length });
    }
    const pieces = msg.withPieces ? counter.encode(text) : undefined;
    post({ type: 'result', job, stats: { tokens, ...textStats(text) }, pieces });
  } catch (error) {
    post({ type: 'error', job, message: error instanceof Error ? error.message : String(error) });
  }
};
