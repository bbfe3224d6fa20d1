// The search engine's public API: build shard indexes at ingest, query them through the stores.
export type * from './types';
export { toSearchDoc } from './toSearchDoc';
export { shardOf, compareShards, isUndatedShard } from './shardOf';
export { buildShard, buildShards } from './buildShard';
export { normalizeText } from './normalizeText';
export { parseQuery } from './parseQuery';
export { prepareQuery, type QueryTerm } from './prepareQuery';
export { toSimplified } from './toSimplified';
export { matchesFilters } from './filters';
export { makeSnippet } from './snippet';
export { createSearchIndex, DEFAULT_LIMIT } from './searchIndex';
export type { SearchIndex, SearchIndexOptions, SearchOptions, SearchPage, SearchIndexStats } from './searchIndex';
export type { Suggestion } from './headlineRanker';
export { MemoryIndexStore, MemoryTextStore } from './memoryStores';
export { FORMAT_VERSION as POSTING_FORMAT_VERSION } from './postingBlock';
export { searchCorpus, searchIndexFor, type SearchStores } from './searchCorpus';
