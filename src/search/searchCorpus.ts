// For callers that hold stores rather than an engine (src/workers/dataApi.ts): one SearchIndex
// per IndexStore, so its caches live from one call to the next.
import type { IndexStore, SearchRequest, TextStore } from './types';
import { createSearchIndex, type SearchIndex, type SearchOptions, type SearchPage } from './searchIndex';

export interface SearchStores {
  index: IndexStore;
  text: TextStore;
}

const engines = new WeakMap<IndexStore, SearchIndex>();
/** Engines whose docs and posting blocks are loaded, or being loaded. */
const warmed = new WeakSet<SearchIndex>();

/** The engine kept for these stores (created on first use). */
export function searchIndexFor(stores: SearchStores): SearchIndex {
  let engine = engines.get(stores.index);
  if (engine === undefined) {
    engine = createSearchIndex(stores.index, stores.text);
    engines.set(stores.index, engine);
  }
  return engine;
}

/**
 * Searches the stores. Once the first page has been answered, the engine loads the rest of the
 * index (every shard's docs and posting blocks, not the bodies) in the background, so that the
 * queries that follow read almost nothing but the bodies of their snippets from the store.
 */
export async function searchCorpus(request: SearchRequest, stores: SearchStores, options?: SearchOptions): Promise<SearchPage> {
  const engine = searchIndexFor(stores);
  const page = await engine.search(request, options);
  if (!warmed.has(engine)) {
    warmed.add(engine);
    engine.warm({ bodies: false }).catch(() => warmed.delete(engine));
  }
  return page;
}

/** After an ingest rebuilt shards: forgets what the engine read of them; the next search loads the index again. */
export function invalidateSearch(stores: SearchStores, shards?: readonly string[]): void {
  const engine = searchIndexFor(stores);
  engine.invalidate(shards);
  warmed.delete(engine);
}
