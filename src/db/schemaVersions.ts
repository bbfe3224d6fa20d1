// Every schema version the app has released, oldest first. APPEND ONLY: a released version's
// stores and upgrade never change, because databases created by it exist in readers' browsers.
// A new version adds an entry with the stores it changes and the upgrade that carries old rows
// over, plus a fixture test/fixtures/db/v<N>.json of a database at the version before it.
import type { Transaction } from 'dexie';

export interface SchemaVersion {
  version: number;
  /** Dexie store declarations this version adds or changes (null deletes a table). */
  stores: Record<string, string | null>;
  /** Carries rows written under the previous version over; the first version has none. */
  upgrade?: (tx: Transaction) => PromiseLike<unknown> | void;
}

/** Articles, packs, corpus meta, user data and the search index. */
export const SCHEMA_V1 = 1;
/**
 * Leaner articles, cheaper to write: rows without `contentHash` (the ingest compares an
 * article's content with the stored row it reads anyway; the hash cost 64 bytes an article,
 * some 3 MB of IndexedDB a year), and no `shard` index (a shard's articles are found through the
 * packs that list the shard, rebuildShards.ts): one index entry less to write per article.
 */
export const SCHEMA_V2 = 2;

export const schemaVersions: readonly SchemaVersion[] = [
  {
    version: SCHEMA_V1,
    stores: {
      articles: 'id, packId, shard, [paperKey+dateKey], [paperKey+dateKey+pageKey+order]',
      packs: 'id',
      meta: 'key',
      bookmarks: 'articleId, addedAt',
      readingState: 'articleId, lastOpened',
      settings: 'key',
      recentSearches: 'query, at',
      searchShards: 'shard',
      searchBlocks: '[shard+firstGram]',
    },
  },
  {
    version: SCHEMA_V2,
    stores: { articles: 'id, packId, [paperKey+dateKey], [paperKey+dateKey+pageKey+order]' },
    upgrade: (tx) =>
      tx
        .table('articles')
        .toCollection()
        .modify((row: Record<string, unknown>) => {
          delete row.contentHash;
        }),
  },
];

export const CURRENT_SCHEMA_VERSION = SCHEMA_V2;

/** Tables that hold the reader's own data: no ingest, upgrade or recovery deletes their rows. */
export const userTables = ['bookmarks', 'readingState', 'settings', 'recentSearches'] as const;

/** Tables rebuilt from the corpus: a recovery may empty them and ingest again. */
export const corpusTables = ['articles', 'packs', 'meta', 'searchShards', 'searchBlocks'] as const;
