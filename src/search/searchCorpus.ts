// For callers that hold stores rather than an engine (src/workers/dataApi.ts): one SearchIndex
// per IndexStore, so its caches live from one call to the next.
import type { IndexStore, SearchRequest, TextStore } from './types';
import { createSearchIndex, type SearchIndex, type SearchOptions, type SearchPage } from './searchIndex';

export interface SearchStores {
  index: IndexStore;
  text: TextStore;
}

const engines = new WeakMap<IndexStore, SearchIndex>();

/** The engine kept for these stores (created on first use). */
export function searchIndexFor(stores: SearchStores): SearchIndex {
  let engine = engines.get(stores.index);
  if (engine === undefined) {
    engine = createSearchIndex(stores.index, stores.text);
    engines.set(stores.index, engine);
  }
  return engine;
}

/** Searches the stores. After an ingest rebuilt shards, call searchIndexFor(stores).invalidate(shards). */
export function searchCorpus(request: SearchRequest, stores: SearchStores, options?: SearchOptions): Promise<SearchPage> {
  return searchIndexFor(stores).search(request, options);
}
