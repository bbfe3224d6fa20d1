// The page's one way to the data worker: a typed Comlink remote of DataApi.
import * as Comlink from 'comlink';
import type { EditionSizes } from '../db/editionSizes';
import type { EditionsRemoved } from '../db/editionStorage';
import type { SearchOptions } from '../search/searchIndex';
import type { SearchRequest } from '../search/types';
import type { DataApi, IngestOutcome, SearchAnswer } from './dataApi';
import type { IngestProgress } from './ingest/ingestTypes';

export interface DataClient {
  /** `onWaitingForOtherTab`: another tab is ingesting; this one waits for it. */
  ingest(baseUrl: string, onProgress?: (progress: IngestProgress) => void, onWaitingForOtherTab?: () => void): Promise<IngestOutcome>;
  search(request: SearchRequest, options?: SearchOptions): Promise<SearchAnswer>;
  count(request: Pick<SearchRequest, 'query' | 'filters'>): Promise<number>;
  removeUnkeptEditions(): Promise<EditionsRemoved>;
  editionSizes(): Promise<EditionSizes>;
  /** Ends the worker; an ingest it was running resumes on the next ingest(). */
  close(): void;
}

/** Starts the data worker (or talks to `endpoint`, e.g. a MessagePort in tests). */
export function createDataClient(endpoint?: Comlink.Endpoint & { terminate?: () => void }): DataClient {
  const port = endpoint ?? new Worker(new URL('./data.worker.ts', import.meta.url), { type: 'module', name: 'data' });
  const remote = Comlink.wrap<DataApi>(port);
  return {
    // Progress callbacks cross to the worker as proxies; plain functions cannot be cloned.
    ingest: (baseUrl, onProgress, onWaiting) =>
      remote.ingest(baseUrl, onProgress && Comlink.proxy(onProgress), onWaiting && Comlink.proxy(onWaiting)),
    search: (request, options) => remote.search(request, options),
    count: (request) => remote.count(request),
    removeUnkeptEditions: () => remote.removeUnkeptEditions(),
    editionSizes: () => remote.editionSizes(),
    close: () => {
      remote[Comlink.releaseProxy]();
      port.terminate?.();
    },
  };
}
