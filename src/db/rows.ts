// The shapes of the rows stored in IndexedDB. A change to one of these that old rows do not
// satisfy is a schema change: add a version with its migration in schemaVersions.ts.
import type { ManifestEntry, PackedItem } from '../build/packFormat';
import type { ShardDocColumns } from '../search/shardDocColumns';
import type { PostingBlock, ShardDoc } from '../search/types';

/**
 * An item of the corpus as the database gives it: the pack item, its paper, and what the ingest
 * needs. On disk it is leaner (storedArticle.ts); every read gives the whole row back.
 */
export interface ArticleRow extends PackedItem {
  /** Stated once per pack, copied to each of its items. */
  paper: string | null;
  /** The pack the article came from; a pack that leaves the corpus takes its articles with it. */
  packId: string;
  /** Search shard of the article (see shardOf in src/search), rebuilt when its articles change. */
  shard: string;
  // IndexedDB leaves a row out of an index when a key part is null, so the reader's
  // paper → date → page index uses '' for "not stated": undated pages still list.
  paperKey: string;
  dateKey: string;
  pageKey: string;
}

export type PackState = 'ingesting' | 'complete';

export interface PackRow {
  id: string;
  /** SHA-256 of the pack file this row was (or is being) ingested from. */
  hash: string;
  state: PackState;
  file: string;
  size: number;
  count: number;
  paper: string | null;
  date: string | null;
  source: string | null;
  /**
   * Search shards the pack's articles are in. While ingesting, also those of its previous
   * version, so a resumed or removed pack still rebuilds every shard it may have changed. A
   * shard's articles are found through this list (rebuildShards.ts: there is no shard index).
   */
  shards: string[];
  /** When the pack was completed (ms since the epoch); null while ingesting. */
  ingestedAt: number | null;
}

/** What the corpus meta table holds, by key. */
export interface CorpusMetaValues {
  /** Manifest version of the last ingest that completed every pack. */
  corpusVersion: string;
  /** When (ms since the epoch) an ingest last completed a new corpus version: "报纸更新于". */
  corpusUpdatedAt: number;
  /** Search shards whose articles changed and whose index is not rebuilt yet. */
  pendingShards: string[];
  /** Packs the manifest lists but the reader chose not to keep offline (src/db/setAsidePacks.ts). */
  setAsidePacks: ManifestEntry[];
}

export interface MetaRow<K extends keyof CorpusMetaValues = keyof CorpusMetaValues> {
  key: K;
  value: CorpusMetaValues[K];
}

/** A reader's bookmark. User data: an ingest only ever changes `available`. */
export interface BookmarkRow {
  articleId: string;
  /** ms since the epoch */
  addedAt: number;
  note: string;
  /** Snapshot taken when the bookmark was added, so it still shows if the article leaves. */
  title: string;
  paper: string | null;
  date: string | null;
  page: string | null;
  /** False while the article is not in the corpus. */
  available: boolean;
}

export interface ReadingStateRow {
  articleId: string;
  /** Scroll offset of the article view, in CSS pixels. */
  scroll: number;
  /** How far the article was read, 0–1. */
  progress: number;
  /** ms since the epoch */
  lastOpened: number;
}

export interface SettingRow {
  key: string;
  value: unknown;
}

export interface RecentSearchRow {
  /** As typed, trimmed. */
  query: string;
  /** ms since the epoch */
  at: number;
}

/**
 * A shard's docs: as columns (src/search/shardDocColumns.ts) since the index format of
 * schema version 2; a row built before holds them as a list of objects, read as well until the
 * shard is rebuilt (docsOfShardRow in shardRows.ts reads both).
 */
export type SearchShardRow = { shard: string; /** ms since the epoch */ builtAt: number } & (
  | { columns: ShardDocColumns; docs?: undefined }
  | { docs: ShardDoc[]; columns?: undefined }
);

export type SearchBlockRow = PostingBlock;
