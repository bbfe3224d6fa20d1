// The brute-force oracle for the search engine: every doc's text normalized once, then checked
// with includes(). No Node imports, so the benchmark harness runs it inside the browser's worker.
import { compareDocs } from '../../src/search/compareDocs';
import { matchesFilters } from '../../src/search/filters';
import { normalizeText } from '../../src/search/normalizeText';
import type { QueryTerm } from '../../src/search/prepareQuery';
import { compareShards } from '../../src/search/shardOf';
import { headlineOf, toShardDoc } from '../../src/search/toShardDoc';
import type { SearchDoc, SearchFilters } from '../../src/search/types';

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
