import { describe, expect } from 'vitest';
import { saveBookmarkNote } from '../../../src/actions/saveBookmarkNote';
import { addBookmark, getBookmark } from '../../../src/db/bookmarks';
import { itWithDb, makeArticleRow } from '../db/helpers/testDatabase';

describe('saveBookmarkNote', () => {
  itWithDb('keeps the note without the blank space around it, line breaks inside kept', async ({ db }) => {
    await db.articles.put(makeArticleRow({ id: 'a1', title: '冰雪运动进校园' }));
    await addBookmark(db, 'a1', '', 1000);

    expect(await saveBookmarkNote(db, 'a1', '  给孩子看\n周末再读 \n')).toBe(true);
    expect(await getBookmark(db, 'a1')).toMatchObject({ note: '给孩子看\n周末再读', addedAt: 1000 });
  });

  itWithDb('says so when the bookmark is gone', async ({ db }) => {
    expect(await saveBookmarkNote(db, 'nowhere', '笔记')).toBe(false);
    expect(await getBookmark(db, 'nowhere')).toBeUndefined();
  });
});
