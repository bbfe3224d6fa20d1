import { describe, expect } from 'vitest';
import { toggleBookmark } from '../../../src/actions/toggleBookmark';
import { getBookmark, setBookmarkNote } from '../../../src/db/bookmarks';
import { itWithDb, makeArticleRow } from '../db/helpers/testDatabase';

describe('toggleBookmark', () => {
  itWithDb('bookmarks an article on the first tap and removes it on the second', async ({ db }) => {
    await db.articles.put(makeArticleRow({ id: 'a1', paper: '焦作日报', title: '冰雪运动进校园' }));

    expect(await toggleBookmark(db, 'a1', 1000)).toBe(true);
    expect(await getBookmark(db, 'a1')).toMatchObject({ title: '冰雪运动进校园', addedAt: 1000, note: '', available: true });

    expect(await toggleBookmark(db, 'a1', 2000)).toBe(false);
    expect(await getBookmark(db, 'a1')).toBeUndefined();
  });

  itWithDb('removes the bookmark of an article that has left the corpus', async ({ db }) => {
    await db.articles.put(makeArticleRow({ id: 'a1', title: '冰雪运动进校园' }));
    await toggleBookmark(db, 'a1', 1000);
    await setBookmarkNote(db, 'a1', '周末再读');
    await db.articles.delete('a1');

    expect(await toggleBookmark(db, 'a1')).toBe(false);
    expect(await getBookmark(db, 'a1')).toBeUndefined();
  });

  itWithDb('cannot bookmark an article that is not stored', async ({ db }) => {
    expect(await toggleBookmark(db, 'nowhere')).toBe(false);
    expect(await db.bookmarks.count()).toBe(0);
  });
});
