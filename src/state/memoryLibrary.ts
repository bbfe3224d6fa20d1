// When this browser will not keep IndexedDB for the site (private browsing, storage turned off,
// the disk full), the papers are read straight from the network into a database held in memory
// (fake-indexeddb, a complete IndexedDB in JavaScript) for this visit only. The same database
// code, ingest and search then run on the page itself, since a worker would hold its own copy.
// Loaded only in that case.
import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { manifestPath } from '../build/packFormat';
import { isCorpusManifest } from '../workers/ingest/isCorpusManifest';
import { openDatabase } from '../db/openDatabase';
import { createDataApi } from '../workers/dataApi';
import type { DataClient } from '../workers/dataBridge';
import { libraryConnectionOf, type LibraryConnection } from './libraryConnection';
import { MEMORY_ITEM_BUDGET, newestWithinBudget } from './memoryCorpus';

// In a browser Dexie.maxKey is the array [[]], and a range over a compound index holds it twice;
// fake-indexeddb takes the same object met twice in a key for a cycle and throws DataError. Each
// range gets its keys with every array copied apart (structuredClone would keep them shared).
const copy = (key: unknown): unknown => (Array.isArray(key) ? key.map(copy) : key);
const keyRangeOfCopies = {
  only: (value: unknown) => IDBKeyRange.only(copy(value)),
  lowerBound: (lower: unknown, open?: boolean) => IDBKeyRange.lowerBound(copy(lower), open),
  upperBound: (upper: unknown, open?: boolean) => IDBKeyRange.upperBound(copy(upper), open),
  bound: (lower: unknown, upper: unknown, lowerOpen?: boolean, upperOpen?: boolean) =>
    IDBKeyRange.bound(copy(lower), copy(upper), lowerOpen, upperOpen),
} as unknown as typeof IDBKeyRange;

/** Its own name, so that other tabs' real database never sees its change broadcasts. */
export const MEMORY_DATABASE_NAME = 'dubao-in-memory';

export interface MemoryLibrary {
  connection: LibraryConnection;
  /** Ingest and search over the memory database, on the page's thread. */
  client: DataClient;
  /** How many editions of the published corpus were left out to keep within memory (memoryCorpus.ts). */
  editionsLeftOut(): number;
}

export async function openMemoryLibrary(
  fetchPack: typeof fetch = (url, init) => fetch(url, init),
  itemBudget = MEMORY_ITEM_BUDGET,
): Promise<MemoryLibrary> {
  const indexedDB = new IDBFactory();
  // In a browser without indexedDB at all, Dexie's liveQuery stays silent (it takes that for
  // server-side rendering): the memory one stands in, as there is no real one to hide.
  Dexie.dependencies.indexedDB ??= indexedDB;
  const db = await openDatabase({ name: MEMORY_DATABASE_NAME, indexedDB, IDBKeyRange: keyRangeOfCopies });
  // Every tab has its own memory database: no other tab can ingest into it, so no lock.
  // The ingest reads only the newest editions: its manifest is narrowed on the way in.
  let leftOut = 0;
  const fetchWithinBudget = async (url: string, init?: RequestInit): Promise<Response> => {
    const response = await fetchPack(url, init);
    if (!new URL(url).pathname.endsWith(`/${manifestPath}`) || !response.ok) return response;
    const manifest: unknown = await response.clone().json().catch(() => null);
    // Not a manifest: passed on as it came, for the ingest to report as it would any damaged one.
    if (!isCorpusManifest(manifest)) return response;
    const narrowed = newestWithinBudget(manifest, itemBudget);
    leftOut = narrowed.leftOut;
    return new Response(JSON.stringify(narrowed.manifest), { headers: { 'Content-Type': 'application/json' } });
  };
  const api = createDataApi({ db, fetch: fetchWithinBudget, withIngestLock: (task) => task() });
  return {
    connection: libraryConnectionOf(db),
    client: { ...api, close: () => db.close() },
    editionsLeftOut: () => leftOut,
  };
}
