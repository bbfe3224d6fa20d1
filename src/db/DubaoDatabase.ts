import Dexie, { type DexieOptions, type Table } from 'dexie';
import type {
  ArticleRow,
  BookmarkRow,
  MetaRow,
  PackRow,
  ReadingStateRow,
  RecentSearchRow,
  SearchBlockRow,
  SearchShardRow,
  SettingRow,
} from './rows';
import { SCHEMA_V2, schemaVersions, type SchemaVersion } from './schemaVersions';
import { fromStoredArticle, storedArticleMiddleware } from './storedArticle';

export const DATABASE_NAME = 'dubao';

/** The app's IndexedDB database, declared with the schema versions up to `upToVersion`. */
export class DubaoDatabase extends Dexie {
  articles!: Table<ArticleRow, string>;
  packs!: Table<PackRow, string>;
  meta!: Table<MetaRow, string>;
  bookmarks!: Table<BookmarkRow, string>;
  readingState!: Table<ReadingStateRow, string>;
  settings!: Table<SettingRow, string>;
  recentSearches!: Table<RecentSearchRow, string>;
  searchShards!: Table<SearchShardRow, string>;
  searchBlocks!: Table<SearchBlockRow, [string, string]>;

  constructor(name: string = DATABASE_NAME, options: DexieOptions = {}, versions: readonly SchemaVersion[] = schemaVersions) {
    super(name, options);
    for (const { version, stores, upgrade } of versions) {
      const declared = this.version(version).stores(stores);
      if (upgrade) declared.upgrade(upgrade);
    }
    // Leaner article rows on disk since version 2; every reader gets whole rows back.
    if ((versions.at(-1)?.version ?? 0) >= SCHEMA_V2) {
      this.use(storedArticleMiddleware);
      this.articles.hook('reading', fromStoredArticle);
    }
  }
}
