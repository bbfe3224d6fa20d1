// What the harness page puts on window.harness, for the browser tests and the Chromium benchmark
// (they call it through page.evaluate). Types only.
import type { Remote } from 'comlink';
import type { SearchPage } from '../../src/search/searchIndex';
import type { SearchRequest } from '../../src/search/types';
import type { IngestOutcome } from '../../src/workers/dataApi';
import type { IngestProgress } from '../../src/workers/ingest/ingestTypes';
import type { BenchApi } from './benchApi';

/** Main-thread tasks over 50 ms (PerformanceObserver 'longtask') while something ran. */
export interface LongTaskSummary {
  /** False when the browser has no 'longtask' entries: then the figures below mean nothing. */
  observed: boolean;
  count: number;
  /** 0 when there was no task over 50 ms. */
  longestMs: number;
}

export interface IngestRun {
  outcome: IngestOutcome;
  /** Every progress report, in the order the page got them, and when (ms after the call). */
  progress: IngestProgress[];
  progressAt: number[];
  /** From the call to the result, as the page saw it. */
  ms: number;
  longTasks: LongTaskSummary;
}

/** Which search a page answers: the app's (DataApi.search: a page and the exact total), or the engine's first page only (countAll: false). */
export type SearchPath = 'app' | 'first';

/** A search the page ran as soon as it loaded (`?q=`), timed from navigation start. */
export interface ColdStart {
  query: string;
  path: SearchPath;
  /** performance.now() when the first page of results arrived: ms since navigation started. */
  ms: number;
  /** When the page's script started (the rest is the worker's start and the search). */
  scriptMs: number;
  hits: number;
  total: number;
}

export interface RoundTrip {
  /** From the page's call to its result, in ms. */
  ms: number;
  /** The part spent in the worker's search, as the worker timed it (path 'first' only). */
  workerMs: number | null;
}

export interface Harness {
  /** 'data': the app's data worker (src/workers/data.worker.ts); 'bench': the same DataApi plus BenchApi (`?worker=bench`). */
  worker: 'data' | 'bench';
  /** Ingests the corpus published beside the page, through the data bridge. */
  ingest(): Promise<IngestRun>;
  /** DataApi.search through the data bridge. */
  search(request: SearchRequest): Promise<SearchPage>;
  /** navigator.storage.estimate().usage, in bytes. */
  storageUsage(): Promise<number>;
  /** The `?q=` search, or null without one. */
  coldStart: Promise<ColdStart> | null;
  /** The first 20 results of each query, one after the other, timed from the page; 'first' needs the bench worker. */
  roundTrips(queries: readonly string[], path: SearchPath): Promise<RoundTrip[]>;
  /** Blocks the main thread for `ms` and says whether the long-task observer saw it. */
  longTaskSelfCheck(ms: number): Promise<boolean>;
  /** The bench worker's measurements; null on the app's data worker. */
  bench: Remote<BenchApi> | null;
}

declare global {
  interface Window {
    harness: Harness;
  }
}
