// The page's one way to the data worker: a typed Comlink remote of DataApi.
import * as Comlink from 'comlink';
import type { SearchOptions, SearchPage } from '../search/searchIndex';
import type { SearchRequest } from '../search/types';
import type { DataApi, IngestOutcome } from './dataApi';
import type { IngestProgress } from './ingest/ingestTypes';

export interface DataClient {
  ingest(baseUrl: string, onProgress?: (progress: IngestProgress) => void): Promise<IngestOutcome>;
  search(request: SearchRequest, options?: SearchOptions): Promise<SearchPage>;
  count(request: Pick<SearchRequest, 'query' | 'filters'>): Promise<number>;
  /** Ends the worker; an ingest it was running resumes on the next ingest(). */
  close(): void;
}

/** Starts the data worker (or talks to `endpoint`, e.g. a MessagePort in tests). */
export function createDataClient(endpoint?: Comlink.Endpoint & { terminate?: () => void }): DataClient {
  const port = endpoint ?? new Worker(new URL('./data.worker.ts', import.meta.url), { type: 'module', name: 'data' });
  const remote = Comlink.wrap<DataApi>(port);
  return {
    // Progress callbacks cross to the worker as proxies; plain functions cannot be cloned.
    ingest: (baseUrl, onProgress) => remote.ingest(baseUrl, onProgress && Comlink.proxy(onProgress)),
    search: (request, options) => remote.search(request, options),
    count: (request) => remote.count(request),
    close: () => {
      remote[Comlink.releaseProxy]();
      port.terminate?.();
    },
  };
}
