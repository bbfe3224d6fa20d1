// IndexedDB (fake-indexeddb) with the faults a reader's browser can have: it will not open at
// all (private browsing, storage turned off, a broken profile), or it refuses writes once the
// disk or the site's quota is full.
import { IDBFactory, IDBKeyRange, IDBObjectStore } from 'fake-indexeddb';
import { freshIndexedDb } from './testDatabase';

type TestIndexedDb = ReturnType<typeof freshIndexedDb>;

/** open() throws at once, as Firefox's private browsing did (InvalidStateError). */
export function indexedDbThatThrowsOnOpen(): TestIndexedDb {
  const factory = new IDBFactory();
  factory.open = () => {
    throw new DOMException('A mutation operation was attempted on a database that did not allow mutations.', 'InvalidStateError');
  };
  return { indexedDB: factory, IDBKeyRange };
}

/** open() returns a request that fails (an error event), as a blocked or broken storage does. */
export function indexedDbWhoseOpenFails(): TestIndexedDb {
  const factory = new IDBFactory();
  factory.open = () => {
    const request = { error: new DOMException('Internal error opening backing store for indexedDB.open.', 'UnknownError') } as {
      error: DOMException;
      onerror?: (event: unknown) => void;
    };
    setTimeout(() => request.onerror?.({ type: 'error', target: request, preventDefault() {}, stopPropagation() {} }));
    return request as unknown as ReturnType<IDBFactory['open']>;
  };
  return { indexedDB: factory, IDBKeyRange };
}

export interface WriteRefusal {
  /** Writes refused so far. */
  readonly refused: number;
  /** Writes accepted so far into the store. */
  readonly accepted: number;
  /** The disk has room again. */
  lift(): void;
}

/**
 * From the `allowed + 1`-th row written into `storeName` on, every put/add throws
 * QuotaExceededError, in every fake-indexeddb database of the process, until lift().
 */
export function refuseWritesWhenFull(storeName: string, allowed: number): WriteRefusal {
  const proto = IDBObjectStore.prototype as unknown as Record<'put' | 'add', (...args: unknown[]) => unknown>;
  const original = { put: proto.put, add: proto.add };
  let accepted = 0;
  let refused = 0;
  for (const method of ['put', 'add'] as const) {
    proto[method] = function (this: IDBObjectStore, ...args: unknown[]) {
      if (this.name === storeName) {
        if (accepted >= allowed) {
          refused++;
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        }
        accepted++;
      }
      return original[method].apply(this, args);
    };
  }
  return {
    get refused() {
      return refused;
    },
    get accepted() {
      return accepted;
    },
    lift() {
      proto.put = original.put;
      proto.add = original.add;
    },
  };
}
