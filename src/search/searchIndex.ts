import type { IndexStore, SearchFilters, SearchHit, SearchRequest, SearchResult, TextStore } from './types';
import { BodyReader, DEFAULT_BODY_LIMITS, type BodyLimits } from './bodyReader';
import { matchesFilters } from './filters';
import { HeadlineRanker, type Suggestion } from './headlineRanker';
import { DEFAULT_INDEX_LIMITS, IndexReader, type IndexLimits } from './indexReader';
import { LruCache } from './lruCache';
import { matchRanges } from './matchRanges';
import { prepareQuery, type QueryTerm } from './prepareQuery';
import { QueryRun, type HitRef } from './queryRun';
import { makeSnippet } from './snippet';

export const DEFAULT_LIMIT = 20;

export interface SearchIndexOptions {
  index?: Partial<IndexLimits>;
  bodies?: Partial<BodyLimits>;
  /** Recent queries whose progress is kept, so a next page or the total continues where the last call stopped. */
  maxRuns?: number;
}

export interface SearchOptions {
  /**
   * Verify every candidate so that `total` is exact (default true). With false, the first page
   * comes back as soon as it is full and `total` is the number known so far (`totalExact`
   * false); call count() with the same query and filters for the exact figure.
   */
  countAll?: boolean;
}

export interface SearchPage extends SearchResult {
  /** False when `total` counts only the hits found so far (search with countAll: false). */
  totalExact: boolean;
}

export interface SearchIndexStats {
  /** Decoded postings held (4 bytes each). */
  postings: number;
  /** Posting blocks held, in bytes. */
  blockBytes: number;
  /** Normalized body text held, in UTF-16 code units (2 bytes each). */
  normalizedChars: number;
  runs: number;
}

export interface SearchIndex {
  /** The hits from `offset` to `offset + limit` of the result order, with snippets, and the total. */
  search(request: SearchRequest, options?: SearchOptions): Promise<SearchPage>;
  /** The exact number of hits; continues the work of a search with the same query and filters. */
  count(request: Pick<SearchRequest, 'query' | 'filters'>): Promise<number>;
  /** Approximate matches on headline, byline and section that are not exact hits; builds its index on first call. */
  suggest(request: Pick<SearchRequest, 'query' | 'filters'>, limit?: number): Promise<Suggestion[]>;
  /**
   * Loads every shard's docs and posting blocks (as many as the block cache holds), then, unless
   * `bodies` is false, as many normalized bodies as the body cache holds, so that later queries
   * read little or nothing from the store.
   */
  warm(options?: { bodies?: boolean }): Promise<void>;
  /** Forgets what was read of the named shards (all when none are named), after an ingest rebuilt them. */
  invalidate(shards?: readonly string[]): void;
  stats(): SearchIndexStats;
}

/** The search engine over an index and a text store (IndexedDB in the app, memory in tests). */
export function createSearchIndex(indexStore: IndexStore, textStore: TextStore, options: SearchIndexOptions = {}): SearchIndex {
  const index = new IndexReader(indexStore, { ...DEFAULT_INDEX_LIMITS, ...options.index });
  const bodyLimits = { ...DEFAULT_BODY_LIMITS, ...options.bodies };
  const bodies = new BodyReader(textStore, bodyLimits);
  const runs = new LruCache<string, Promise<QueryRun>>(options.maxRuns ?? 16);
  let ranker: Promise<HeadlineRanker> | null = null;

  async function runFor(request: Pick<SearchRequest, 'query' | 'filters'>): Promise<QueryRun> {
    const terms = await prepareQuery(request.query);
    const key = JSON.stringify([terms.map((term) => term.variants), canonicalFilters(request.filters)]);
    let run = runs.get(key);
    if (run === undefined) {
      run = QueryRun.start(terms, request.filters, index, bodies);
      runs.set(key, run);
      run.catch(() => runs.delete(key));
    }
    return run;
  }

  async function toHits(refs: HitRef[], terms: readonly QueryTerm[]): Promise<SearchHit[]> {
    const needles = terms.flatMap((term) => term.variants);
    const texts = await bodies.displayed(refs.map((ref) => ref.shard.docs[ref.position].id));
    return refs.map((ref) => {
      const doc = ref.shard.docs[ref.position];
      return {
        id: doc.id,
        in: ref.in,
        doc,
        snippet: makeSnippet(texts.get(doc.id) ?? '', needles),
        headlineMatches: matchRanges(doc.headline, needles),
      };
    });
  }

  function rankerOf(): Promise<HeadlineRanker> {
    if (ranker === null) {
      const building = allShardDocs().then((loaded) => HeadlineRanker.build(loaded.flatMap((shard) => shard.docs)));
      ranker = building;
      building.catch(() => {
        if (ranker === building) ranker = null;
      });
    }
    return ranker;
  }

  /** Every hit of a finished run, reordered by relevance (see SearchRequest.sort). */
  async function byRelevance(run: QueryRun): Promise<HitRef[]> {
    const refs: HitRef[] = [];
    for (let i = 0; i < run.found; i++) refs.push(run.hitAt(i)!);
    const head = refs.filter((ref) => ref.in === 'headline');
    const body = refs.filter((ref) => ref.in === 'body');
    const scores = (await rankerOf()).scores(run.terms.map((term) => term.text).join(' '));
    const scoreOf = (ref: HitRef) => scores.get(ref.shard.docs[ref.position].id) ?? 0;
    const occurrences = new Map<HitRef, number>();
    const needles = run.terms.flatMap((term) => term.variants);
    for (const ref of body) {
      const [text] = await bodies.normalized(ref.shard, [ref.position]);
      occurrences.set(ref, needles.reduce((sum, needle) => sum + countOccurrences(text, needle), 0));
    }
    // stable sorts: equal scores keep the newest-first order
    head.sort((a, b) => scoreOf(b) - scoreOf(a));
    body.sort((a, b) => occurrences.get(b)! - occurrences.get(a)!);
    return [...head, ...body];
  }

  async function allShardDocs() {
    const shards = await index.listShards();
    return Promise.all(shards.map((shard) => index.shard(shard)));
  }

  return {
    async search(request, { countAll = true } = {}) {
      const limit = Math.max(0, request.limit ?? DEFAULT_LIMIT);
      const offset = Math.max(0, request.offset ?? 0);
      const run = await runFor(request);
      const relevance = request.sort === 'relevance';
      await (countAll || relevance ? run.finish() : run.ensure(offset + limit));
      let refs: HitRef[] = [];
      if (relevance) refs = (await byRelevance(run)).slice(offset, offset + limit);
      else {
        for (let i = offset; i < offset + limit; i++) {
          const ref = run.hitAt(i);
          if (ref === undefined) break;
          refs.push(ref);
        }
      }
      const total = run.total;
      return {
        hits: await toHits(refs, run.terms),
        total: total ?? run.found,
        totalExact: total !== null,
        terms: run.terms.map((term) => term.text),
      };
    },

    async count(request) {
      const run = await runFor(request);
      await run.finish();
      return run.total ?? run.found;
    },

    async suggest(request, limit = 10) {
      const run = await runFor(request);
      await run.finish();
      const exact = new Set<string>();
      for (let i = 0; i < run.found; i++) {
        const ref = run.hitAt(i)!;
        exact.add(ref.shard.docs[ref.position].id);
      }
      const query = run.terms.map((term) => term.text).join(' ');
      const suggestions = (await rankerOf()).suggest(query, exact, Infinity);
      return suggestions.filter((suggestion) => matchesFilters(suggestion.doc, request.filters)).slice(0, limit);
    },

    async warm({ bodies: withBodies = true } = {}) {
      const shards = await allShardDocs();
      for (const shard of shards) await index.loadBlocks(shard.shard);
      if (!withBodies) return;
      for (const shard of shards) {
        const positions = shard.docs.map((_, position) => position);
        for (let start = 0; start < positions.length; start += 500) {
          if (bodies.normalizedHeld >= bodyLimits.maxNormalizedChars * 0.95) return;
          // Snippets of the newest docs, where most first pages are, stay: older shards do not push them out.
          const keepDisplayed = bodies.displayedHeld < bodyLimits.maxDisplayedChars * 0.9;
          await bodies.normalized(shard, positions.slice(start, start + 500), { keepDisplayed });
        }
      }
    },

    invalidate(shards) {
      index.invalidate(shards);
      bodies.clear();
      runs.clear();
      ranker = null;
    },

    stats() {
      return { postings: index.postingsHeld, blockBytes: index.blockBytesHeld, normalizedChars: bodies.normalizedHeld, runs: runs.size };
    },
  };
}

function countOccurrences(text: string, needle: string): number {
  let n = 0;
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length)) n++;
  return n;
}

/** Filters in a fixed shape, so that equal filters give one cache key. */
function canonicalFilters(filters: SearchFilters | undefined): unknown[] {
  if (!filters) return [];
  const sorted = (list: readonly string[] | undefined) => (list && list.length > 0 ? [...list].sort() : null);
  return [sorted(filters.papers), filters.from ?? null, filters.to ?? null, sorted(filters.pages), sorted(filters.sections), sorted(filters.kinds)];
}
