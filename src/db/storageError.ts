// What went wrong with IndexedDB, from the error a Dexie call rejected with. Dexie wraps the
// browser's DOMException (an aborted transaction carries the real cause as `inner`), so the
// chain of `inner` / `cause` is searched for a name we can tell the reader about.

/** A storage fault the reader is told about in plain words. */
export type StorageFault =
  /** The device or the browser's quota for this site is full: a write was refused. */
  | 'full'
  /** IndexedDB cannot be used at all (private mode, blocked by settings, missing, broken). */
  | 'unavailable';

const faultByName: Record<string, StorageFault> = {
  QuotaExceededError: 'full',
  MissingAPIError: 'unavailable',
  InvalidStateError: 'unavailable',
  UnknownError: 'unavailable',
  SecurityError: 'unavailable',
  OpenFailedError: 'unavailable',
};

/** The storage fault behind `error`, or null when it is something else (a bug, the network). */
export function storageFaultOf(error: unknown): StorageFault | null {
  let found: StorageFault | null = null;
  const seen = new Set<unknown>();
  for (let current = error; isObject(current) && !seen.has(current); current = nextOf(current)) {
    seen.add(current);
    const fault = faultByName[String(current.name)];
    // A full disk is the more precise news: it can hide behind an OpenFailedError or AbortError.
    if (fault === 'full') return fault;
    found ??= fault ?? null;
  }
  return found;
}

function isObject(value: unknown): value is { name?: unknown; inner?: unknown; cause?: unknown } {
  return typeof value === 'object' && value !== null;
}

function nextOf(error: { inner?: unknown; cause?: unknown }): unknown {
  return error.inner ?? error.cause;
}
