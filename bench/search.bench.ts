// npx tsx bench/search.bench.ts [--sizes 1000,5000,25000] [--queries 300]
// (npx tsx --expose-gc bench/search.bench.ts also measures the engine's heap)
// The search engine in Node over the in-memory stores, on synthetic corpora made from the seeds:
// index build time and size, latency of the first 20 results and of all results, side by side
// with a brute-force includes() scan over normalized text held in memory, and recall/precision
// against that scan. Node/memory figures: the targets are measured in Chromium over IndexedDB.
import { parseArgs } from 'node:util';
import { buildShards } from '../src/search/buildShard';
import { MemoryIndexStore, MemoryTextStore } from '../src/search/memoryStores';
import { prepareQuery, type QueryTerm } from '../src/search/prepareQuery';
import { createSearchIndex } from '../src/search/searchIndex';
import type { SearchDoc } from '../src/search/types';
import { bruteForceSearch, scanDocs, synthSearchDocs, type ScannedDoc } from '../test/helpers/searchFixtures';
import { drawQueries } from '../test/helpers/searchQueries';

const { values } = parseArgs({ options: { sizes: { type: 'string', default: '1000,5000,25000' }, queries: { type: 'string', default: '300' } } });
const sizes = values.sizes.split(',').map(Number);
const queryCount = Number(values.queries);
const ITEMS_PER_PAGE = 14;

const utf8 = new TextEncoder();
const gc = (globalThis as { gc?: () => void }).gc;

/** Memory in use (JS heap and typed arrays) after a full collection (0 when the collector is not exposed). */
function heapUsed(): number {
  if (!gc) return 0;
  gc();
  const { heapUsed, arrayBuffers } = process.memoryUsage();
  return heapUsed + arrayBuffers;
}
const mib = (bytes: number) => bytes / 1024 / 1024;

function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function time<T>(task: () => Promise<T> | T): Promise<[number, T]> {
  const started = performance.now();
  const result = await task();
  return [performance.now() - started, result];
}

function textBytes(docs: readonly SearchDoc[]): number {
  return docs.reduce((sum, doc) => sum + utf8.encode([doc.kicker, doc.title, doc.subtitle, doc.byline, doc.body].join('')).length, 0);
}

/** The brute force a reader's device could do without an index: includes() over every doc's normalized text. */
function scan(scanned: readonly ScannedDoc[], terms: readonly QueryTerm[]): number {
  let count = 0;
  for (const { head, byline, body } of scanned) {
    if (terms.every((term) => term.variants.some((v) => head.includes(v) || byline.includes(v) || body.includes(v)))) count++;
  }
  return count;
}

async function benchSize(allDocs: SearchDoc[], items: number) {
  const docs = allDocs.slice(0, items);
  const [buildMs, shards] = await time(() => buildShards(docs));
  const indexStore = new MemoryIndexStore(shards);
  const textStore = new MemoryTextStore(docs.map((doc) => [doc.id, doc.body] as const));
  const scanned = scanDocs(docs);
  const queries = drawQueries(scanned, queryCount, 11);
  const prepared = await Promise.all(queries.map(({ query }) => prepareQuery(query)));

  // Cold start: a new engine (empty caches) answering its first query, for 20 of the queries.
  const cold: number[] = [];
  for (const { query } of queries.slice(0, 20)) {
    const engine = createSearchIndex(indexStore, textStore);
    cold.push((await time(() => engine.search({ query }, { countAll: false })))[0]);
  }

  // Warm: bodies in memory; no query progress kept (maxRuns 0), so every call starts afresh.
  const heapBefore = heapUsed();
  const engine = createSearchIndex(indexStore, textStore, { maxRuns: 0 });
  const [warmMs] = await time(() => engine.warm());
  const first: number[] = [];
  const all: number[] = [];
  const scans: number[] = [];
  for (const [i, { query }] of queries.entries()) {
    first.push((await time(() => engine.search({ query }, { countAll: false })))[0]);
    all.push((await time(() => engine.count({ query })))[0]);
    scans.push((await time(() => scan(scanned, prepared[i])))[0]);
  }

  // Recall and precision against the scan, over every hit of every query.
  let expectedHits = 0;
  let returnedHits = 0;
  let agreed = 0;
  let identical = 0;
  for (const [i, { query }] of queries.entries()) {
    const expected = bruteForceSearch(scanned, prepared[i]);
    const returned = (await engine.search({ query, limit: expected.length + 100 })).hits.map((hit) => hit.id);
    const expectedSet = new Set(expected);
    expectedHits += expected.length;
    returnedHits += returned.length;
    agreed += returned.filter((id) => expectedSet.has(id)).length;
    if (returned.join() === expected.join()) identical++;
  }

  // What the engine holds once warm, plus what its shard docs and cached blocks would cost as
  // copies read from IndexedDB (here they are shared with the memory store, so the delta leaves them out).
  const engineHeap = heapUsed() - heapBefore;
  const docCopies = structuredClone(await Promise.all(shards.map((shard) => indexStore.getShardDocs(shard.shard))));
  const docsHeap = heapUsed() - heapBefore - engineHeap;
  docCopies.length = 0;
  const [rankerMs] = await time(() => engine.suggest({ query: 'omicorn' }));
  const totalHits = all.length;
  return {
    items: docs.length,
    shards: shards.length,
    buildMs,
    indexMiB: mib(indexStore.byteSize),
    textMiB: mib(textBytes(docs)),
    warmMs,
    cold,
    first,
    all,
    scans,
    recall: expectedHits === 0 ? 1 : agreed / expectedHits,
    precision: returnedHits === 0 ? 1 : agreed / returnedHits,
    identical: `${identical}/${totalHits}`,
    rankerMs,
    engineMiB: gc ? mib(engineHeap + docsHeap + engine.stats().blockBytes) : NaN,
    stats: engine.stats(),
  };
}

const largest = Math.max(...sizes);
console.error(`making ${largest} items from synthetic pages…`);
const [synthMs, allDocs] = await time(() => synthSearchDocs(Math.ceil(largest / ITEMS_PER_PAGE) + 20, 1));
if (allDocs.length < largest) throw new Error(`only ${allDocs.length} items made; raise ITEMS_PER_PAGE margin`);
console.error(`  ${allDocs.length} items in ${(synthMs / 1000).toFixed(1)} s; ${queryCount} queries per size`);

const rows: string[][] = [];
const head = ['items', 'shards', 'build ms', 'index MiB', 'text MiB', 'first20 p50/p95 ms', 'all p50/p95 ms', 'scan p50/p95 ms', 'scan÷all p95', 'cold first20 p50/p95', 'recall', 'precision', 'same list'];
for (const size of sizes) {
  const r = await benchSize(allDocs, size);
  const pair = (samples: number[]) => `${percentile(samples, 50).toFixed(2)}/${percentile(samples, 95).toFixed(2)}`;
  rows.push([
    String(r.items), String(r.shards), r.buildMs.toFixed(0), r.indexMiB.toFixed(1), r.textMiB.toFixed(1),
    pair(r.first), pair(r.all), pair(r.scans), (percentile(r.scans, 95) / percentile(r.all, 95)).toFixed(1),
    pair(r.cold), r.recall.toFixed(4), r.precision.toFixed(4), r.identical,
  ]);
  console.error(
    `  ${size}: warm() ${r.warmMs.toFixed(0)} ms; suggest index built in ${r.rankerMs.toFixed(0)} ms; ` +
      `engine memory when warm ${gc ? `${r.engineMiB.toFixed(0)} MiB` : '(run with --expose-gc)'} ` +
      `(postings ${r.stats.postings}, block bytes ${r.stats.blockBytes}, normalized chars ${r.stats.normalizedChars})`,
  );
}
const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
const line = (cells: string[]) => cells.map((cell, i) => cell.padStart(widths[i])).join('  ');
console.log(line(head));
for (const row of rows) console.log(line(row));
console.log('Node, in-memory stores; scan = includes() over normalized text already in memory; all = exact total (every candidate verified).');
