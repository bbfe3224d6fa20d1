// What the data worker does for the page. The page reaches it only through dataBridge.ts.
import type { DubaoDatabase } from '../db/DubaoDatabase';
import { createIndexStore, createTextStore } from '../db/searchStores';
import { watchSearchIndex } from '../db/watchSearchIndex';
import { searchCorpus, searchIndexFor, type SearchStores } from '../search/searchCorpus';
import type { SearchOptions, SearchPage } from '../search/searchIndex';
import type { SearchRequest } from '../search/types';
import type { FetchLike } from './ingest/downloadPack';
import { ingestCorpus } from './ingest/ingestCorpus';
import { IngestError, type IngestFailure } from './ingest/IngestError';
import type { IngestProgress, IngestResult } from './ingest/ingestTypes';

/** How an ingest ended: errors are values here, since an Error loses its fields crossing to the page. */
export type IngestOutcome =
  | { ok: true; result: IngestResult }
  | { ok: false; failure: IngestFailure | { reason: 'unexpected'; message: string } };

/** Through Comlink a callback returns a promise, settled once the page has run it. */
export type ProgressCallback = (progress: IngestProgress) => void | Promise<void>;

export interface DataApi {
  /** Brings the database up to the corpus published at `baseUrl` (the page's document.baseURI). */
  ingest(baseUrl: string, onProgress?: ProgressCallback): Promise<IngestOutcome>;
  /**
   * A page of hits, in result order, as soon as the page is full: `total` may then be a lower
   * bound (`totalExact` false) and `count()` gives the exact figure. `{ countAll: true }` waits
   * for the exact total instead.
   */
  search(request: SearchRequest, options?: SearchOptions): Promise<SearchPage>;
  /** The exact number of hits of a query, continuing the work of the last search for it. */
  count(request: Pick<SearchRequest, 'query' | 'filters'>): Promise<number>;
}

export interface DataApiDeps {
  db: DubaoDatabase | Promise<DubaoDatabase>;
  fetch: FetchLike;
  /** Runs `task` while holding the ingest lock (Web Locks, so one tab ingests at a time). */
  withIngestLock?: <T>(task: () => Promise<T>) => Promise<T>;
}

export function createDataApi({ db, fetch, withIngestLock = withWebLock }: DataApiDeps): DataApi {
  let stores: Promise<SearchStores> | undefined;
  let running: Promise<unknown> = Promise.resolve();

  return {
    async ingest(baseUrl, onProgress) {
      // One ingest at a time: a second call waits for the first and then finds little to do.
      // The page gets the result on another channel than the progress: it must not overtake the last report.
      // A page that fails to show progress does not stop the ingest.
      let lastReport = Promise.resolve();
      const report = onProgress && ((progress: IngestProgress) => {
        lastReport = new Promise<void>((resolve) => resolve(onProgress(progress))).catch(() => undefined);
      });
      const run = running.then(() =>
        withIngestLock(async () => {
          try {
            return await ingestCorpus({ db: await db, baseUrl, fetch, onProgress: report });
          } finally {
            await lastReport;
          }
        }),
      );
      running = run.catch(() => undefined);
      try {
        return { ok: true, result: await run };
      } catch (error) {
        if (error instanceof IngestError) return { ok: false, failure: error.failure };
        return { ok: false, failure: { reason: 'unexpected', message: String(error) } };
      }
    },

    async search(request, options) {
      stores ??= Promise.resolve(db).then(searchStoresOf);
      return searchCorpus(request, await stores, { countAll: false, ...options });
    },

    async count(request) {
      stores ??= Promise.resolve(db).then(searchStoresOf);
      return searchIndexFor(await stores).count(request);
    },
  };
}

function searchStoresOf(db: DubaoDatabase): SearchStores {
  const stores = { index: createIndexStore(db), text: createTextStore(db) };
  // Shards rebuilt by an ingest, here or in another tab, must not be answered from the engine's cache.
  watchSearchIndex(db, () => searchIndexFor(stores).invalidate());
  return stores;
}

interface LockManagerLike {
  request<T>(name: string, callback: () => Promise<T>): Promise<T>;
}

async function withWebLock<T>(task: () => Promise<T>): Promise<T> {
  const locks = (globalThis as { navigator?: { locks?: LockManagerLike } }).navigator?.locks;
  return locks ? locks.request('dubao-ingest', task) : task();
}
