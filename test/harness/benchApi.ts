// Measurements the Chromium benchmark takes inside the worker, beside the app's DataApi (see
// bench.worker.ts): query latency of the engine over IndexedDB, and the brute-force scan it is
// compared with (includes() over every article's normalized text, held in worker memory).
import type { DubaoDatabase } from '../../src/db/DubaoDatabase';
import { createIndexStore, createTextStore } from '../../src/db/searchStores';
import { prepareQuery, type QueryTerm } from '../../src/search/prepareQuery';
import { createSearchIndex, type SearchIndex, type SearchIndexOptions, type SearchPage } from '../../src/search/searchIndex';
import { toSearchDoc } from '../../src/search/toSearchDoc';
import { bruteForceSearch, scanDocs, type ScannedDoc } from '../helpers/bruteForceSearch';
import { drawQueries, type DrawnQuery } from '../helpers/searchQueries';

/** What the database holds, as bytes of data rather than of disk: UTF-8 JSON of rows, raw posting blocks. */
export interface StoredBytes {
  articles: number;
  shardDocs: number;
  postingBlocks: number;
}

export interface QueryTimes {
  /** Per query, in ms: the first 20 results (countAll: false) on a fresh engine, reading IndexedDB as it goes. */
  firstBeforeWarm: number[];
  /** engine.warm(): every shard's docs and as many normalized bodies as its cache holds. */
  warmMs: number;
  /**
   * Per query, once warm, one after the other as the app asks them: the first 20 results
   * (countAll: false), then all results (count(), every candidate verified), then the scan.
   */
  first: number[];
  all: number[];
  scan: number[];
  /** Hits of each query, by the scan. */
  totals: number[];
}

export interface QueryDisagreement {
  query: string;
  /** Ids the scan found and the engine did not (recall), and the reverse (precision). */
  missing: string[];
  extra: string[];
  /** Same ids, another order. */
  orderDiffers: boolean;
  scanCount: number;
  /** The engine's count() when it differs from the scan's. */
  engineCount?: number;
}

export interface QueryCheck {
  /** Over every hit of every query: hits both found ÷ hits the scan found, ÷ hits the engine returned. */
  recall: number;
  precision: number;
  /** Queries whose hit list and count() are the scan's, in the same order. */
  identical: number;
  disagreements: QueryDisagreement[];
}

/** Cache limits of an engine (SearchIndexOptions): 'unbounded' for no limit. */
export interface CacheLimits {
  displayedBodies?: 'unbounded';
  postingsAndBlocks?: 'unbounded';
}

export interface BenchApi {
  /** Logical size of the corpus tables, to set beside navigator.storage.estimate(). */
  storedBytes(): Promise<StoredBytes>;
  /** Reads every article and holds its normalized text in worker memory, for the scan. */
  loadScan(): Promise<{ docs: number; normalizedChars: number; ms: number }>;
  /** `count` queries of 1–8 characters cut from the held text, plus Latin/number and no-match ones (loadScan first). */
  drawQueries(count: number, seed: number): DrawnQuery[];
  /** Times the queries on the engine and with the scan; the engine stays warm for searchFirst(). */
  timeQueries(queries: readonly string[]): Promise<QueryTimes>;
  /** The first 20 results (countAll: false) from the warm engine, and the time it took in the worker. */
  searchFirst(query: string): Promise<{ ms: number; page: SearchPage }>;
  /**
   * First-20 times on another warm engine with other cache limits (e.g. every displayed body
   * kept, so snippets read no IndexedDB), for each of `passes` passes over the queries.
   */
  timeFirstWith(limits: CacheLimits, queries: readonly string[], passes?: number): Promise<number[][]>;
  /** Every hit of the engine against the scan, for the queries last timed. */
  checkQueries(): Promise<QueryCheck>;
}

const timeOf = async <T>(task: () => Promise<T> | T): Promise<[number, T]> => {
  const started = performance.now();
  const result = await task();
  return [performance.now() - started, result];
};

export function createBenchApi(database: Promise<DubaoDatabase>): BenchApi {
  let scanned: ScannedDoc[] = [];
  let engine: Promise<SearchIndex> | undefined;
  let timed: { queries: readonly string[]; expected: string[][] } | undefined;

  // No query progress kept between calls (maxRuns 0): every call starts afresh, as a new query does.
  const freshEngine = async (options: SearchIndexOptions = {}) => {
    const db = await database;
    return createSearchIndex(createIndexStore(db), createTextStore(db), { maxRuns: 0, ...options });
  };
  const firstPage = (index: SearchIndex, query: string) => index.search({ query }, { countAll: false });

  return {
    async storedBytes() {
      const db = await database;
      const utf8 = new TextEncoder();
      const jsonBytes = (rows: unknown[]) => rows.reduce<number>((sum, row) => sum + utf8.encode(JSON.stringify(row)).length, 0);
      let postingBlocks = 0;
      await db.searchBlocks.each((block) => {
        postingBlocks += block.data.byteLength + utf8.encode(block.shard + block.firstGram + block.lastGram).length;
      });
      return { articles: jsonBytes(await db.articles.toArray()), shardDocs: jsonBytes(await db.searchShards.toArray()), postingBlocks };
    },

    async loadScan() {
      const db = await database;
      const [ms, docs] = await timeOf(async () => scanDocs((await db.articles.toArray()).map((row) => toSearchDoc(row, row.paper))));
      scanned = docs;
      const normalizedChars = docs.reduce((sum, doc) => sum + doc.head.length + doc.byline.length + doc.body.length, 0);
      return { docs: docs.length, normalizedChars, ms };
    },

    drawQueries(count, seed) {
      if (scanned.length === 0) throw new Error('loadScan() first');
      return drawQueries(scanned, count, seed);
    },

    async timeQueries(queries) {
      if (scanned.length === 0) throw new Error('loadScan() first');
      const prepared: QueryTerm[][] = await Promise.all(queries.map((query) => prepareQuery(query)));
      const firstBeforeWarm: number[] = [];
      const cold = await freshEngine();
      for (const query of queries) firstBeforeWarm.push((await timeOf(() => firstPage(cold, query)))[0]);

      const warmed = await freshEngine();
      const [warmMs] = await timeOf(() => warmed.warm());
      engine = Promise.resolve(warmed);
      const first: number[] = [];
      const all: number[] = [];
      const scan: number[] = [];
      const expected: string[][] = [];
      for (const [i, query] of queries.entries()) {
        first.push((await timeOf(() => firstPage(warmed, query)))[0]);
        all.push((await timeOf(() => warmed.count({ query })))[0]);
        const [scanMs, ids] = await timeOf(() => bruteForceSearch(scanned, prepared[i]));
        scan.push(scanMs);
        expected.push(ids);
      }
      timed = { queries, expected };
      return { firstBeforeWarm, warmMs, first, all, scan, totals: expected.map((ids) => ids.length) };
    },

    async searchFirst(query) {
      engine ??= freshEngine();
      const index = await engine;
      const [ms, page] = await timeOf(() => firstPage(index, query));
      return { ms, page };
    },

    async timeFirstWith(limits, queries, passes = 1) {
      const unbounded = Number.MAX_SAFE_INTEGER;
      const roomy = await freshEngine({
        ...(limits.displayedBodies && { bodies: { maxDisplayedChars: unbounded } }),
        ...(limits.postingsAndBlocks && { index: { maxPostings: unbounded, maxBlockBytes: unbounded } }),
      });
      await roomy.warm();
      const times: number[][] = [];
      for (let pass = 0; pass < passes; pass++) {
        const pass: number[] = [];
        for (const query of queries) pass.push((await timeOf(() => firstPage(roomy, query)))[0]);
        times.push(pass);
      }
      return times;
    },

    async checkQueries() {
      if (timed === undefined || engine === undefined) throw new Error('timeQueries() first');
      const index = await engine;
      let agreed = 0;
      let returned = 0;
      let identical = 0;
      const disagreements: QueryDisagreement[] = [];
      for (const [i, query] of timed.queries.entries()) {
        const want = timed.expected[i];
        // A page longer than the scan's list, so that extra hits show.
        const ids = (await index.search({ query, limit: want.length + 20 })).hits.map((hit) => hit.id);
        const count = await index.count({ query });
        const wanted = new Set(want);
        const got = new Set(ids);
        const missing = want.filter((id) => !got.has(id));
        const extra = ids.filter((id) => !wanted.has(id));
        agreed += ids.length - extra.length;
        returned += ids.length;
        if (ids.join() === want.join() && count === want.length) {
          identical++;
          continue;
        }
        disagreements.push({
          query,
          missing,
          extra,
          orderDiffers: missing.length === 0 && extra.length === 0 && ids.join() !== want.join(),
          scanCount: want.length,
          ...(count !== want.length && { engineCount: count }),
        });
      }
      const expectedHits = timed.expected.reduce((sum, ids) => sum + ids.length, 0);
      return {
        recall: expectedHits === 0 ? 1 : agreed / expectedHits,
        precision: returned === 0 ? 1 : agreed / returned,
        identical,
        disagreements,
      };
    },
  };
}
