// The reader's own data (bookmarks with notes, reading progress, settings, recent searches), put
// in before a fault and compared after it: no recovery may lose or rewrite any of it.
import type { DubaoDatabase } from '../../../../src/db/DubaoDatabase';
import type { BookmarkRow } from '../../../../src/db/rows';
import { userTables } from '../../../../src/db/schemaVersions';

/** Stores bookmarks (with notes), reading progress, a setting and a recent search for these articles. */
export async function seedReaderData(db: DubaoDatabase, articleIds: readonly string[]): Promise<void> {
  await db.transaction('rw', [db.bookmarks, db.readingState, db.settings, db.recentSearches], async () => {
    for (const [i, articleId] of articleIds.entries()) {
      const bookmark: BookmarkRow = {
        articleId,
        addedAt: 1_700_000_000_000 + i,
        note: `笔记 ${i}\n第二行`,
        title: `标题 ${i}`,
        paper: '焦作日报',
        date: '2022-02-09',
        page: '01',
        available: false,
      };
      await db.bookmarks.put(bookmark);
      await db.readingState.put({ articleId, scroll: 120 * (i + 1), progress: 0.5, lastOpened: 1_700_000_000_000 + i });
    }
    await db.settings.put({ key: 'textScale', value: 1.25 });
    await db.recentSearches.put({ query: '科协', at: 1_700_000_000_000 });
  });
}

/**
 * Every row of the reader's tables, by table. A bookmark's `available` is left out: the ingest
 * sets it when its article arrives or leaves, which is not a change of the reader's data.
 */
export async function readerDataOf(db: DubaoDatabase): Promise<Record<string, unknown[]>> {
  const data: Record<string, unknown[]> = {};
  for (const table of userTables) {
    const rows = (await db.table(table).toArray()) as Record<string, unknown>[];
    data[table] = rows.map(({ available: _available, ...rest }) => rest);
  }
  return data;
}
