let localQueue: Promise<unknown> = Promise.resolve();

/**
 * Runs `task` while holding the store's write lock. The Web Locks API serializes writers across
 * every popup, tab and the background; where it is missing (unit tests) an in-process queue does.
 */
export function withWriteLock<T>(task: () => Promise<T>): Promise<T> {
  const locks = (globalThis.navigator as Navigator | undefined)?.locks;
  if (locks?.request) return locks.request('broadsheet-store', task) as Promise<T>;
  const run = localQueue.then(task, task);
  localQueue = run.catch(() => undefined);
  return run;
}
