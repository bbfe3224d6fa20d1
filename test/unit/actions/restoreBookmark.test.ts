import { describe, expect } from 'vitest';
import { restoreBookmark } from '../../../src/actions/restoreBookmark';
import { unbookmark } from '../../../src/actions/unbookmark';
import { addBookmark, getBookmark, listBookmarks } from '../../../src/db/bookmarks';
import { setBookmarksAvailable } from '../../../src/db/bookmarkAvailability';
import { itWithDb, makeArticleRow } from '../db/helpers/testDatabase';

describe('restoreBookmark', () => {
  itWithDb('brings a removed bookmark back with its note and the time it was added', async ({ db }) => {
    await db.articles.bulkPut([makeArticleRow({ id: 'old', title: '旧文章' }), makeArticleRow({ id: 'new', title: '新文章' })]);
    const added = await addBookmark(db, 'old', '给孩子看', 1000);
    await addBookmark(db, 'new', '', 2000);

    const removed = await unbookmark(db, 'old');
    await restoreBookmark(db, removed!);

    expect(await getBookmark(db, 'old')).toEqual(added);
    // Back in its place in the list, not on top as if just added.
    expect((await listBookmarks(db)).map((bookmark) => bookmark.articleId)).toEqual(['new', 'old']);
  });

  itWithDb('brings back the snapshot of an article that has left the corpus', async ({ db }) => {
    await db.articles.put(makeArticleRow({ id: 'a1', paper: '焦作日报', date: '2022-02-09', page: 'A07', title: '冰雪运动进校园' }));
    await addBookmark(db, 'a1', '周末再读', 1000);
    await db.articles.delete('a1');
    await setBookmarksAvailable(db, ['a1'], false);

    const removed = await unbookmark(db, 'a1');
    await restoreBookmark(db, removed!);

    expect(await getBookmark(db, 'a1')).toEqual({
      articleId: 'a1',
      addedAt: 1000,
      note: '周末再读',
      title: '冰雪运动进校园',
      paper: '焦作日报',
      date: '2022-02-09',
      page: 'A07',
      available: false,
    });
  });
});
