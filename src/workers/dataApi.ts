// What the data worker does for the page. The page reaches it only through dataBridge.ts.
import type { DubaoDatabase } from '../db/DubaoDatabase';
import { indexWhatIsStored } from '../db/indexWhatIsStored';
import { storageFaultOf, type StorageFault } from '../db/storageError';
import { estimateEditionSizes, type EditionSizes } from '../db/editionSizes';
import { removeUnkeptPacks, type EditionsRemoved } from '../db/editionStorage';
import { createIndexStore, createTextStore } from '../db/searchStores';
import { watchSearchIndex } from '../db/watchSearchIndex';
import { invalidateSearch, searchCorpus, searchIndexFor, type SearchStores } from '../search/searchCorpus';
import type { SearchOptions, SearchPage } from '../search/searchIndex';
import type { SearchRequest } from '../search/types';
import type { FetchLike } from './ingest/downloadPack';
import { ingestCorpus } from './ingest/ingestCorpus';
import { IngestError, type IngestFailure } from './ingest/IngestError';
import type { IngestProgress, IngestResult } from './ingest/ingestTypes';
import { withIngestLock as withWebLock } from './ingestLock';
import { withIndexRepair } from './withIndexRepair';

/** How an ingest ended: errors are values here, since an Error loses its fields crossing to the page. */
export type IngestOutcome =
  | { ok: true; result: IngestResult }
  | { ok: false; failure: IngestFailure | { reason: 'storage'; fault: StorageFault } | { reason: 'unexpected'; message: string } };

/** A page of hits; `repairedShards` names the damaged search shards rebuilt to answer it, if any. */
export type SearchAnswer = SearchPage & { repairedShards?: string[] };

/** Through Comlink a callback returns a promise, settled once the page has run it. */
export type ProgressCallback = (progress: IngestProgress) => void | Promise<void>;

export interface DataApi {
  /** Brings the database up to the corpus published at `baseUrl` (the page's document.baseURI). */
  ingest(baseUrl: string, onProgress?: ProgressCallback, onWaitingForOtherTab?: () => void): Promise<IngestOutcome>;
  /**
   * A page of hits, in result order, as soon as the page is full: `total` may then be a lower
   * bound (`totalExact` false) and `count()` gives the exact figure. `{ countAll: true }` waits
   * for the exact total instead.
   */
  search(request: SearchRequest, options?: SearchOptions): Promise<SearchAnswer>;
  /** The exact number of hits of a query, continuing the work of the last search for it. */
  count(request: Pick<SearchRequest, 'query' | 'filters'>): Promise<number>;
  /** Deletes the stored editions the reader's offline choice no longer keeps (src/db/editionStorage.ts). */
  removeUnkeptEditions(): Promise<EditionsRemoved>;
  /** The space each stored edition takes in IndexedDB, estimated from its rows. */
  editionSizes(): Promise<EditionSizes>;
}

export interface DataApiDeps {
  db: DubaoDatabase | Promise<DubaoDatabase>;
  fetch: FetchLike;
  /** Runs `task` while holding the ingest lock (Web Locks, so one tab ingests at a time); `onWait` while another holds it. */
  withIngestLock?: <T>(task: () => Promise<T>, onWait?: () => void) => Promise<T>;
}

export function createDataApi({ db, fetch, withIngestLock = withWebLock }: DataApiDeps): DataApi {
  let stores: Promise<SearchStores> | undefined;
  let running: Promise<unknown> = Promise.resolve();

  return {
    async ingest(baseUrl, onProgress, onWaitingForOtherTab) {
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
        }, onWaitingForOtherTab && (() => void Promise.resolve(onWaitingForOtherTab()).catch(() => undefined))),
      );
      running = run.catch(() => undefined);
      try {
        return { ok: true, result: await run };
      } catch (error) {
        if (error instanceof IngestError) return { ok: false, failure: error.failure };
        const fault = storageFaultOf(error);
        if (fault) {
          // The database may be the thing that failed to open: then there is nothing to index.
          await Promise.resolve(db).then(indexWhatIsStored, () => []);
          return { ok: false, failure: { reason: 'storage', fault } };
        }
        return { ok: false, failure: { reason: 'unexpected', message: String(error) } };
      }
    },

    async search(request, options) {
      stores ??= Promise.resolve(db).then(searchStoresOf);
      const searchStores = await stores;
      const { value, repairedShards } = await withIndexRepair(await db, searchIndexFor(searchStores), () =>
        searchCorpus(request, searchStores, { countAll: false, ...options }),
      );
      return repairedShards.length > 0 ? { ...value, repairedShards } : value;
    },

    async count(request) {
      stores ??= Promise.resolve(db).then(searchStoresOf);
      const engine = searchIndexFor(await stores);
      return (await withIndexRepair(await db, engine, () => engine.count(request))).value;
    },

    removeUnkeptEditions() {
      // Never while an ingest writes: queued behind it, under the same lock.
      const run = running.then(() => withIngestLock(async () => removeUnkeptPacks(await db)));
      running = run.catch(() => undefined);
      return run;
    },

    async editionSizes() {
      return estimateEditionSizes(await db);
    },
  };
}

function searchStoresOf(db: DubaoDatabase): SearchStores {
  const stores = { index: createIndexStore(db), text: createTextStore(db) };
  // Shards rebuilt by an ingest, here or in another tab, must not be answered from the engine's cache.
  watchSearchIndex(db, () => invalidateSearch(stores));
  return stores;
}

