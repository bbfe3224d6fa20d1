import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addBookmark, getBookmark, listBookmarks, removeBookmark, setBookmarkNote } from '../../../src/db/bookmarks';
import type { DubaoDatabase } from '../../../src/db/DubaoDatabase';
import { makeArticleRow, openTestDatabase } from './helpers/testDatabase';

describe('bookmarks', () => {
  let db: DubaoDatabase;
  beforeEach(async () => {
    db = await openTestDatabase();
    await db.articles.bulkPut([
      makeArticleRow({ id: 'titled', paper: '焦作日报', date: '2022-02-09', page: 'A07', title: '人工3D脊髓组织' }),
      makeArticleRow({ id: 'brief', kind: 'brief', paragraphs: ['本报讯 我市今年将选派科技特派员二百名，覆盖全部乡镇。'] }),
    ]);
  });
  afterEach(() => db.close());

  it('keeps a snapshot of where the article is, so the bookmark still shows if it leaves', async () => {
    const bookmark = await addBookmark(db, 'titled', '给孩子看', 1000);
    expect(bookmark).toEqual({
      articleId: 'titled',
      addedAt: 1000,
      note: '给孩子看',
      title: '人工3D脊髓组织',
      paper: '焦作日报',
      date: '2022-02-09',
      page: 'A07',
      available: true,
    });
    await db.articles.delete('titled');
    expect(await getBookmark(db, 'titled')).toEqual(bookmark);
  });

  it('names an untitled article by the start of its body', async () => {
    expect((await addBookmark(db, 'brief'))?.title).toBe('本报讯 我市今年将选派科技特派员二百名，覆盖全部…');
  });

  it('does not bookmark an article that is not in the corpus', async () => {
    expect(await addBookmark(db, 'nowhere')).toBeUndefined();
    expect(await listBookmarks(db)).toEqual([]);
  });

  it('keeps the note and date of an article bookmarked twice', async () => {
    await addBookmark(db, 'titled', '第一次', 1000);
    const again = await addBookmark(db, 'titled', '', 2000);
    expect(again).toMatchObject({ note: '第一次', addedAt: 1000 });
  });

  it('lists bookmarks by date added, newest first', async () => {
    await addBookmark(db, 'titled', '', 1000);
    await addBookmark(db, 'brief', '', 3000);
    expect((await listBookmarks(db)).map((b) => b.articleId)).toEqual(['brief', 'titled']);
  });

  it('edits and removes a bookmark', async () => {
    await addBookmark(db, 'titled', '旧笔记', 1000);
    expect(await setBookmarkNote(db, 'titled', '新笔记\n第二行')).toBe(true);
    expect((await getBookmark(db, 'titled'))?.note).toBe('新笔记\n第二行');
    expect(await setBookmarkNote(db, 'brief', '没有这个书签')).toBe(false);
    await removeBookmark(db, 'titled');
    expect(await listBookmarks(db)).toEqual([]);
  });
});
