import { describe, expect } from 'vitest';
import { addBookmark, listBookmarks } from '../../../src/db/bookmarks';
import { saveReadingPosition } from '../../../src/db/readingState';
import type { BookmarkRow } from '../../../src/db/rows';
import { readUserData, writeImportedUserData } from '../../../src/db/userDataTransfer';
import { itWithDb, makeArticleRow } from './helpers/testDatabase';

const imported = (articleId: string, fields: Partial<BookmarkRow> = {}): BookmarkRow => ({
  articleId,
  addedAt: 500,
  note: '',
  title: `标题${articleId}`,
  paper: null,
  date: null,
  page: null,
  available: false,
  ...fields,
});

describe('userDataTransfer', () => {
  itWithDb('reads every bookmark, newest first, and every reading state', async ({ db }) => {
    await db.articles.bulkPut([makeArticleRow({ id: 'a1', title: '一' }), makeArticleRow({ id: 'a2', title: '二' })]);
    await addBookmark(db, 'a1', '笔记', 1000);
    await addBookmark(db, 'a2', '', 2000);
    await saveReadingPosition(db, 'a1', { scroll: 10, progress: 0.25 }, 3000);
    const data = await readUserData(db);
    expect(data.bookmarks.map((row) => row.articleId)).toEqual(['a2', 'a1']);
    expect(data.readingState).toEqual([{ articleId: 'a1', scroll: 10, progress: 0.25, lastOpened: 3000 }]);
  });

  itWithDb('merges into the stored rows, marking bookmarks of absent articles unavailable', async ({ db }) => {
    await db.articles.bulkPut([makeArticleRow({ id: 'a1', title: '一' }), makeArticleRow({ id: 'a2', title: '二' })]);
    await addBookmark(db, 'a1', '本机笔记', 1000);
    const counts = await writeImportedUserData(db, {
      bookmarks: [imported('a1', { note: '文件笔记' }), imported('a2'), imported('gone')],
      readingState: [{ articleId: 'a2', scroll: 5, progress: 1, lastOpened: 800 }],
    });
    expect(counts).toEqual({ added: 2, existing: 1, unavailable: 1, noteConflicts: 1 });
    const stored = (await listBookmarks(db)).sort((a, b) => a.articleId.localeCompare(b.articleId));
    expect(stored.map((row) => [row.articleId, row.addedAt, row.note, row.available])).toEqual([
      ['a1', 500, '本机笔记', true],
      ['a2', 500, '', true],
      ['gone', 500, '', false],
    ]);
    expect(await db.readingState.get('a2')).toEqual({ articleId: 'a2', scroll: 5, progress: 1, lastOpened: 800 });
  });

  itWithDb('changes nothing when a write of the import fails half-way', async ({ db }) => {
    await db.articles.put(makeArticleRow({ id: 'a1', title: '一' }));
    await addBookmark(db, 'a1', '', 1000);
    const before = await readUserData(db);
    // The bookmarks are written first; the reading states then fail.
    db.readingState.bulkPut = (() => Promise.reject(new Error('disk full'))) as unknown as typeof db.readingState.bulkPut;
    await expect(
      writeImportedUserData(db, {
        bookmarks: [imported('a1', { note: '新笔记' }), imported('new')],
        readingState: [{ articleId: 'a1', scroll: 1, progress: 0.1, lastOpened: 9000 }],
      }),
    ).rejects.toThrow('disk full');
    expect(await readUserData(db)).toEqual(before);
  });
});
