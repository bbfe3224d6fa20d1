import { describe, expect, it, vi } from 'vitest';
import { addBookmark, listBookmarks } from '../../../src/db/bookmarks';
import { DubaoDatabase } from '../../../src/db/DubaoDatabase';
import { openDatabase } from '../../../src/db/openDatabase';
import { schemaVersions } from '../../../src/db/schemaVersions';
import { freshIndexedDb, makeArticleRow, TEST_DATABASE_NAME } from './helpers/testDatabase';

describe('openDatabase', () => {
  it('closes when another tab opens a newer version, so that tab can upgrade, and says so', async () => {
    const idb = freshIndexedDb();
    const onVersionChange = vi.fn();
    const older = await openDatabase({ name: TEST_DATABASE_NAME, ...idb, onVersionChange });
    await older.articles.put(makeArticleRow({ id: 'a', title: '标题' }));
    await addBookmark(older, 'a', '笔记', 1000);
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);

    // A later release with one more schema version, opened in another tab.
    const next = { version: schemaVersions.length + 1, stores: { highlights: 'id, articleId' } };
    const newer = new DubaoDatabase(TEST_DATABASE_NAME, idb, [...schemaVersions, next]);
    await newer.open();

    expect(onVersionChange).toHaveBeenCalledOnce();
    expect(older.isOpen()).toBe(false);
    // The old code does not silently reopen a database it no longer understands.
    await expect(listBookmarks(older)).rejects.toThrow();
    expect((await listBookmarks(newer)).map((b) => b.note)).toEqual(['笔记']);
    newer.close();
  });
});
