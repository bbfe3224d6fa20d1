import { describe, expect } from 'vitest';
import { unbookmark } from '../../../src/actions/unbookmark';
import { addBookmark, listBookmarks } from '../../../src/db/bookmarks';
import { itWithDb, makeArticleRow } from '../db/helpers/testDatabase';

describe('unbookmark', () => {
  itWithDb('removes the bookmark and hands back the row as it was, for undo', async ({ db }) => {
    await db.articles.put(makeArticleRow({ id: 'a1', title: '冰雪运动进校园' }));
    const added = await addBookmark(db, 'a1', '给孩子看', 1000);

    expect(await unbookmark(db, 'a1')).toEqual(added);
    expect(await listBookmarks(db)).toEqual([]);
  });

  itWithDb('hands back nothing when there was no bookmark', async ({ db }) => {
    expect(await unbookmark(db, 'nowhere')).toBeUndefined();
  });
});
