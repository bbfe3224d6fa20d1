import type { DubaoDatabase } from './DubaoDatabase';
import { corpusTables } from './schemaVersions';

/**
 * Recovery: forgets the stored corpus (articles, packs, meta, search index) so the next ingest
 * fetches everything again. The reader's own tables are not touched; bookmarks are marked
 * unavailable until their articles are ingested again.
 */
export async function resetCorpus(db: DubaoDatabase): Promise<void> {
  const tables = corpusTables.map((name) => db.table(name));
  await db.transaction('rw', [...tables, db.bookmarks], async () => {
    await Promise.all(tables.map((table) => table.clear()));
    await db.bookmarks.toCollection().modify({ available: false });
  });
}
