// Corpora and a brute-force oracle for the search engine's tests and benchmark.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from '../../src/corpus/parseDocument';
import { synthesizePages } from '../../src/corpus/synth/synthesizePages';
import type { ParsedDocument } from '../../src/corpus/types';
import { buildShards } from '../../src/search/buildShard';
import { compareDocs } from '../../src/search/compareDocs';
import { matchesFilters } from '../../src/search/filters';
import { MemoryIndexStore, MemoryTextStore } from '../../src/search/memoryStores';
import { normalizeText } from '../../src/search/normalizeText';
import type { QueryTerm } from '../../src/search/prepareQuery';
import { createSearchIndex, type SearchIndexOptions } from '../../src/search/searchIndex';
import { compareShards } from '../../src/search/shardOf';
import { headlineOf, toShardDoc } from '../../src/search/toShardDoc';
import { toSearchDoc } from '../../src/search/toSearchDoc';
import type { SearchDoc, SearchFilters } from '../../src/search/types';

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

/** A doc's text normalized once, for brute-force scans. */
export interface ScannedDoc {
  doc: SearchDoc;
  head: string;
  byline: string;
  body: string;
}

export function scanDocs(docs: readonly SearchDoc[]): ScannedDoc[] {
  return [...docs]
    .sort((a, b) => compareShards(a.shard, b.shard) || compareDocs(a, b))
    .map((doc) => ({ doc, head: normalizeText(headlineOf(doc)), byline: normalizeText(doc.byline ?? ''), body: normalizeText(doc.body) }));
}

/**
 * The ids a search must return, found by checking every doc: headline hits (every term in the
 * headline or byline) then body hits, each in result order.
 */
export function bruteForceSearch(scanned: readonly ScannedDoc[], terms: readonly QueryTerm[], filters?: SearchFilters): string[] {
  if (terms.length === 0) return [];
  const headline: string[] = [];
  const body: string[] = [];
  const has = (text: string, term: QueryTerm) => term.variants.some((variant) => text.includes(variant));
  for (const { doc, head, byline, body: text } of scanned) {
    if (filters && !matchesFilters(toShardDoc(doc), filters)) continue;
    if (terms.every((term) => has(head, term) || has(byline, term))) headline.push(doc.id);
    else if (terms.every((term) => has(head, term) || has(byline, term) || has(text, term))) body.push(doc.id);
  }
  return [...headline, ...body];
}
