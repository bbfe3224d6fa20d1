// One tab ingests at a time: the ingest (and anything else that rewrites the corpus) runs under
// a Web Lock shared by every tab and worker of the site. A second tab waits for the first, then
// finds little left to do.

export const INGEST_LOCK = 'dubao-ingest';

interface LockManagerLike {
  request<T>(name: string, callback: () => Promise<T>): Promise<T>;
  request<T>(name: string, options: { ifAvailable: true }, callback: (lock: unknown) => Promise<T>): Promise<T>;
}

/**
 * Runs `task` holding the ingest lock. When another tab holds it, calls `onWait` first (so the
 * page can say why nothing moves) and waits. Without Web Locks, runs the task at once.
 */
export async function withIngestLock<T>(task: () => Promise<T>, onWait?: () => void): Promise<T> {
  const locks = (globalThis as { navigator?: { locks?: LockManagerLike } }).navigator?.locks;
  if (!locks) return task();
  const ran = await locks.request(INGEST_LOCK, { ifAvailable: true }, async (lock) => (lock ? { value: await task() } : null));
  if (ran) return ran.value;
  onWait?.();
  return locks.request(INGEST_LOCK, task);
}
