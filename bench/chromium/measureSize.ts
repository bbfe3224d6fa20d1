// One size of the Chromium bench: a synthetic corpus built into the harness, ingested in a fresh
// browser profile, queried, then opened again in a restarted browser (cold start).
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import type { CorpusManifest, CorpusPack, PackedItem } from '../../src/build/packFormat';
import { writeSynthCorpus } from '../../scripts/writeSynthCorpus';
import type { QueryCheck, QueryTimes, StoredBytes } from '../../test/harness/benchApi';
import type { ColdStart, LongTaskSummary, SearchPath } from '../../test/harness/harnessApi';
import { buildHarness } from '../../test/helpers/buildHarness';
import { launchPersistentReaderContext, serveBuiltApp } from '../../test/helpers/chromium';
import { watchHeap, type HeapUsage } from '../../test/helpers/heapUsage';
import { ingestPhases, type IngestPhases } from './ingestPhases';

export interface SizeOptions {
  /** Items wanted, and the synthetic pages that give them. */
  target: number;
  pages: number;
  seedsDir: string;
  /** A folder of its own, removed afterwards. */
  workDir: string;
  queries: number;
  coldStarts: number;
}

export interface CorpusFigures {
  packs: number;
  items: number;
  dates: number;
  /** UTF-8 bytes of the items' text (itemTextBytes) and of the pack files. */
  textBytes: number;
  packBytes: number;
}

export interface SizeResult {
  target: number;
  pages: number;
  corpus: CorpusFigures;
  buildSeconds: number;
  ingest: {
    ms: number;
    progressReports: number;
    phases: IngestPhases;
    heapPeak: HeapUsage & { samples: number };
    longTasks: LongTaskSummary;
    /** The long-task observer saw a task made on purpose: its figures mean something. */
    longTaskCheck: boolean;
  };
  storage: { afterIngest: number; afterRestart: number; stored: StoredBytes };
  /** Cross-origin isolated page: performance.now() in 5 µs steps rather than 100 µs. */
  isolated: boolean;
  queryKinds: Record<string, number>;
  times: QueryTimes;
  /** A second pass of first-20 searches, timed from the page and (the same calls) inside the worker. */
  firstRoundTrip: number[];
  firstRoundTripInWorker: number[];
  /** First-20 times on engines with larger caches: every displayed body; no limit at all (two passes). */
  firstWithAllBodies: number[];
  firstUnbounded: number[][];
  /** DataApi.search (20 hits and the exact total), timed from the page. */
  appRoundTrip: number[];
  check: QueryCheck;
  workerHeapAfterQueries: number;
  cold: ColdStart[];
}

const utf8 = new TextEncoder();

/** UTF-8 bytes of what a reader reads of an item: headline fields, byline, dateline, summary, paragraphs. */
export function itemTextBytes(item: PackedItem): number {
  const parts = [item.kicker, item.title, item.subtitle, item.byline, item.dateline, item.summary, ...item.paragraphs];
  return parts.reduce((sum, part) => sum + (part ? utf8.encode(part).length : 0), 0);
}

function readCorpus(distDir: string): CorpusFigures {
  const manifest = JSON.parse(readFileSync(join(distDir, 'corpus/manifest.json'), 'utf8')) as CorpusManifest;
  const figures: CorpusFigures = { packs: manifest.packs.length, items: 0, dates: 0, textBytes: 0, packBytes: 0 };
  const dates = new Set<string>();
  for (const entry of manifest.packs) {
    const pack = JSON.parse(readFileSync(join(distDir, entry.file), 'utf8')) as CorpusPack;
    figures.items += pack.items.length;
    figures.packBytes += entry.size;
    for (const item of pack.items) {
      figures.textBytes += itemTextBytes(item);
      if (item.date) dates.add(item.date);
    }
  }
  figures.dates = dates.size;
  return figures;
}

async function openHarness(context: BrowserContext, url: string): Promise<Page> {
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(url);
  await page.waitForFunction(() => window.harness !== undefined);
  return page;
}

export async function measureSize(options: SizeOptions, log: (line: string) => void): Promise<SizeResult> {
  const { target, pages, workDir } = options;
  const seedsDir = join(workDir, 'seeds');
  const distDir = join(workDir, 'dist');
  const userDataDir = join(workDir, 'profile');
  writeSynthCorpus({ seedsDir: options.seedsDir, outDir: seedsDir, pages, seed: 1 });
  let started = performance.now();
  await buildHarness({ seedsDir, outDir: distDir, logLevel: 'error' });
  const buildSeconds = (performance.now() - started) / 1000;
  const corpus = readCorpus(distDir);
  log(`${target}: ${pages} pages → ${corpus.items} items in ${corpus.packs} packs; harness built in ${buildSeconds.toFixed(1)} s`);

  const app = await serveBuiltApp(distDir, { crossOriginIsolated: true });
  let context: BrowserContext | undefined;
  try {
    // 1. Ingest in a fresh profile, on the app's data worker, watching heap and long tasks.
    context = await launchPersistentReaderContext(userDataDir);
    const heap = await watchHeap(context.pages()[0] ?? (await context.newPage()));
    const page = await openHarness(context, app.url);
    const longTaskCheck = await page.evaluate(() => window.harness.longTaskSelfCheck(120));
    const sampling = heap.sample(100);
    const run = await page.evaluate(() => window.harness.ingest());
    const heapPeak = await sampling.stop();
    const last = run.progress.at(-1);
    if (!run.outcome.ok || !run.outcome.result.complete) throw new Error(`ingest failed: ${JSON.stringify(run.outcome)}`);
    if (last?.packsDone !== corpus.packs || last.articlesWritten !== corpus.items) {
      throw new Error(`progress ended at ${JSON.stringify(last)}, not at ${corpus.packs} packs and ${corpus.items} articles`);
    }
    const afterIngest = await page.evaluate(() => window.harness.storageUsage());
    log(`${target}: ingested in ${(run.ms / 1000).toFixed(1)} s`);

    // 2. Queries, on the bench worker: the same DataApi, plus the scan and timers inside the worker.
    await page.goto(`${app.url}?worker=bench`);
    await page.waitForFunction(() => window.harness !== undefined);
    const isolated = await page.evaluate(() => crossOriginIsolated);
    const stored = await page.evaluate(() => window.harness.bench!.storedBytes());
    await page.evaluate(() => window.harness.bench!.loadScan());
    const drawn = await page.evaluate((count) => window.harness.bench!.drawQueries(count, 7), options.queries);
    const queries = drawn.map((query) => query.query);
    const queryKinds: Record<string, number> = {};
    for (const { kind } of drawn) queryKinds[kind] = (queryKinds[kind] ?? 0) + 1;
    started = performance.now();
    const times = await page.evaluate((list) => window.harness.bench!.timeQueries(list), queries);
    const roundTrips = (path: SearchPath) => page.evaluate(([list, via]) => window.harness.roundTrips(list, via), [queries, path] as const);
    const first = await roundTrips('first');
    const appRoundTrip = (await roundTrips('app')).map((trip) => trip.ms);
    const check = await page.evaluate(() => window.harness.bench!.checkQueries());
    const workerHeapAfterQueries = (await heap.current()).worker;
    const [firstWithAllBodies] = await page.evaluate((list) => window.harness.bench!.timeFirstWith({ displayedBodies: 'unbounded' }, list), queries);
    const firstUnbounded = await page.evaluate(
      (list) => window.harness.bench!.timeFirstWith({ displayedBodies: 'unbounded', postingsAndBlocks: 'unbounded' }, list, 2),
      queries,
    );
    log(`${target}: ${queries.length} queries measured in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    await context.close();
    context = undefined;

    // 3. Cold starts: the browser restarted on the same profile, the page opened with a query.
    const coldQueries = queries.filter((_, i) => times.totals[i] >= 20).slice(0, options.coldStarts);
    const cold: ColdStart[] = [];
    let afterRestart = 0;
    for (const path of ['app', 'first'] as const) {
      for (const query of coldQueries) {
        context = await launchPersistentReaderContext(userDataDir);
        const params = new URLSearchParams({ q: query, path, ...(path === 'first' && { worker: 'bench' }) });
        const coldPage = await openHarness(context, `${app.url}?${params}`);
        cold.push(await coldPage.evaluate(() => window.harness.coldStart!));
        if (afterRestart === 0) afterRestart = await coldPage.evaluate(() => window.harness.storageUsage());
        await context.close();
        context = undefined;
      }
    }
    return {
      target,
      pages,
      corpus,
      buildSeconds,
      ingest: {
        ms: run.ms,
        progressReports: run.progress.length,
        phases: ingestPhases(run.progress, run.progressAt),
        heapPeak,
        longTasks: run.longTasks,
        longTaskCheck,
      },
      storage: { afterIngest, afterRestart, stored },
      isolated,
      queryKinds,
      times,
      firstRoundTrip: first.map((trip) => trip.ms),
      firstRoundTripInWorker: first.map((trip) => trip.workerMs ?? NaN),
      firstWithAllBodies,
      firstUnbounded,
      appRoundTrip,
      check,
      workerHeapAfterQueries,
      cold,
    };
  } finally {
    await context?.close();
    await app.close();
    rmSync(workDir, { recursive: true, force: true });
  }
}
