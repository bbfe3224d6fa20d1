// The harness page: the data worker behind the app's one bridge (createDataClient), driven from
// tests through window.harness. `?worker=bench` starts the benchmark's worker instead;
// `?q=<query>&path=app|first` runs one search as soon as the page loads (cold start).
import * as Comlink from 'comlink';
import type { SearchPage } from '../../src/search/searchIndex';
import { createDataClient } from '../../src/workers/dataBridge';
import type { IngestProgress } from '../../src/workers/ingest/ingestTypes';
import type { BenchApi } from './benchApi';
import type { ColdStart, Harness, RoundTrip, SearchPath } from './harnessApi';
import { watchLongTasks } from './longTasks';

const scriptStarted = performance.now();
const longTasks = watchLongTasks();
const params = new URLSearchParams(location.search);
const benchWorker =
  params.get('worker') === 'bench' ? new Worker(new URL('./bench.worker.ts', import.meta.url), { type: 'module', name: 'bench' }) : undefined;
const client = createDataClient(benchWorker);
// A second Comlink remote on the same worker: its replies are told apart by message id.
const bench = benchWorker ? Comlink.wrap<BenchApi>(benchWorker) : null;
const status = document.getElementById('status')!;

/** The first 20 results by `path`, with the time the worker says it took (only the bench worker says). */
async function searchFirstPage(query: string, path: SearchPath): Promise<{ page: SearchPage; workerMs: number | null }> {
  if (path === 'app') return { page: await client.search({ query, limit: 20 }), workerMs: null };
  if (bench === null) throw new Error("path 'first' needs the bench worker (?worker=bench)");
  const { page, ms } = await bench.searchFirst(query);
  return { page, workerMs: ms };
}

function runColdStart(query: string, path: SearchPath): Promise<ColdStart> {
  return searchFirstPage(query, path).then(({ page }) => {
    const ms = performance.now();
    status.textContent = `${page.total} hits`;
    return { query, path, ms, scriptMs: scriptStarted, hits: page.hits.length, total: page.total };
  });
}

const coldQuery = params.get('q');

const harness: Harness = {
  worker: benchWorker ? 'bench' : 'data',
  coldStart: coldQuery === null ? null : runColdStart(coldQuery, params.get('path') === 'first' ? 'first' : 'app'),
  bench,

  async ingest() {
    const progress: IngestProgress[] = [];
    const progressAt: number[] = [];
    const started = performance.now();
    const outcome = await client.ingest(document.baseURI, (report) => {
      progress.push(report);
      progressAt.push(performance.now() - started);
      status.textContent = `${report.packsDone}/${report.packsTotal} packs, ${report.articlesWritten} articles`;
    });
    const ended = performance.now();
    const { count, longestMs } = await longTasks.between(started, ended);
    return { outcome, progress, progressAt, ms: ended - started, longTasks: { observed: longTasks.observed, count, longestMs } };
  },

  search: (request) => client.search(request),

  async storageUsage() {
    return (await navigator.storage.estimate()).usage ?? 0;
  },

  async roundTrips(queries, path) {
    const times: RoundTrip[] = [];
    for (const query of queries) {
      const started = performance.now();
      const { workerMs } = await searchFirstPage(query, path);
      times.push({ ms: performance.now() - started, workerMs });
    }
    return times;
  },

  async longTaskSelfCheck(ms) {
    // In a task of its own: code that DevTools runs (page.evaluate) is not a task the observer sees.
    const [started, ended] = await new Promise<[number, number]>((resolve) =>
      setTimeout(() => {
        const start = performance.now();
        while (performance.now() - start < ms) {
          // busy on purpose
        }
        resolve([start, performance.now()]);
      }),
    );
    return (await longTasks.between(started, ended)).count > 0;
  },
};

window.harness = harness;
