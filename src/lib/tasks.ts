/**
 * Work split into tasks, so no page holds the main thread long enough for a reader to notice.
 * A task here is a MessageChannel message: unlike setTimeout it is never clamped to 4 ms, and
 * the browser can paint and handle input before it runs.
 */

/** Resolves in a task of its own. */
export const nextTask = () =>
  new Promise<void>((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });

/**
 * Calls `work` on `items` `size` at a time, each slice after the first in a task of its own.
 * Stops before the next slice once `stopped()` is true; says whether it got through them all.
 */
export async function inSlices<T>(
  items: readonly T[],
  size: number,
  work: (slice: readonly T[]) => void,
  stopped: () => boolean,
): Promise<boolean> {
  for (let i = 0; i < items.length; i += size) {
    if (i > 0) await nextTask();
    if (stopped()) return false;
    work(items.slice(i, i + size));
  }
  return !stopped();
}
