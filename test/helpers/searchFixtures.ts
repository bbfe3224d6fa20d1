// Corpora for the search engine's tests and benchmark, and its brute-force oracle (bruteForceSearch.ts).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from '../../src/corpus/parseDocument';
import { synthesizePages } from '../../src/corpus/synth/synthesizePages';
import type { ParsedDocument } from '../../src/corpus/types';
import { buildShards } from '../../src/search/buildShard';
import { MemoryIndexStore, MemoryTextStore } from '../../src/search/memoryStores';
import { createSearchIndex, type SearchIndexOptions } from '../../src/search/searchIndex';
import { toSearchDoc } from '../../src/search/toSearchDoc';
import type { SearchDoc } from '../../src/search/types';

export { bruteForceSearch, scanDocs, type ScannedDoc } from './bruteForceSearch';

const SEEDS_DIR = join(import.meta.dirname, '../../seeds');

export function seedTexts(): { source: string; text: string }[] {
  return readdirSync(SEEDS_DIR)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((source) => ({ source, text: readFileSync(join(SEEDS_DIR, source), 'utf8') }));
}

export function documentsToSearchDocs(documents: readonly ParsedDocument[]): SearchDoc[] {
  return documents.flatMap((document) => document.items.map((item) => toSearchDoc({ ...item, source: document.source }, document.paper)));
}

/** The items of the seed pages, as the index sees them. */
export function seedSearchDocs(): SearchDoc[] {
  return documentsToSearchDocs(seedTexts().map(({ source, text }) => parseDocument(source, text).document));
}

/** The items of `pages` synthetic pages made from the seeds (about 14 items a page). */
export function synthSearchDocs(pages: number, seed = 1): SearchDoc[] {
  const texts = seedTexts().map(({ text }) => text);
  const documents = [...synthesizePages(texts, { pages, seed })].map((page) => parseDocument(page.fileName, page.text).document);
  return documentsToSearchDocs(documents);
}

/** An engine over `docs` held in memory. */
export function memoryEngine(docs: readonly SearchDoc[], options?: SearchIndexOptions) {
  const indexStore = new MemoryIndexStore(buildShards(docs));
  const textStore = new MemoryTextStore(docs.map((doc) => [doc.id, doc.body] as const));
  return { engine: createSearchIndex(indexStore, textStore, options), indexStore, textStore };
}
