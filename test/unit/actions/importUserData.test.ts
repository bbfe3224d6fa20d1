import { describe, expect } from 'vitest';
import { exportUserData } from '../../../src/actions/exportUserData';
import { importUserData } from '../../../src/actions/importUserData';
import { addBookmark, listBookmarks, removeBookmark } from '../../../src/db/bookmarks';
import { saveReadingPosition } from '../../../src/db/readingState';
import { readUserData } from '../../../src/db/userDataTransfer';
import { recordWrites } from '../db/helpers/recordWrites';
import { itWithDb, makeArticleRow } from '../db/helpers/testDatabase';

const fileOf = (text: string, size = new TextEncoder().encode(text).length) => ({ size, text: async () => text });

describe('exportUserData and importUserData', () => {
  itWithDb('exports bookmarks with notes and reading progress, and imports them back', async ({ db }) => {
    await db.articles.put(makeArticleRow({ id: 'a1', title: '冰雪运动进校园', paper: '焦作日报' }));
    await addBookmark(db, 'a1', '周末再读 <b>粗体</b>', 1000);
    await saveReadingPosition(db, 'a1', { scroll: 300, progress: 0.4 }, 2000);

    const file = await exportUserData(db, new Date(2026, 10, 29));
    expect(file.name).toBe('dubao-bookmarks-2026-11-29.json');
    const json = JSON.parse(file.text) as { format: string; version: number; bookmarks: unknown[]; readingState: unknown[] };
    expect(json).toMatchObject({ format: 'dubao-user-data', version: 1 });
    const exported = await readUserData(db);

    await removeBookmark(db, 'a1');
    await db.readingState.clear();
    expect(await importUserData(db, fileOf(file.text))).toEqual({ ok: true, added: 1, existing: 0, unavailable: 0, noteConflicts: 0 });
    expect(await readUserData(db)).toEqual(exported);

    // Importing the same file again adds nothing.
    expect(await importUserData(db, fileOf(file.text))).toEqual({ ok: true, added: 0, existing: 1, unavailable: 0, noteConflicts: 0 });
    expect(await listBookmarks(db)).toHaveLength(1);
  });

  itWithDb('refuses a foreign, damaged or oversized file without writing anything', async ({ db }) => {
    await db.articles.put(makeArticleRow({ id: 'a1', title: '冰雪运动进校园' }));
    await addBookmark(db, 'a1', '笔记', 1000);
    const before = await readUserData(db);
    const writes = await recordWrites(db);

    expect(await importUserData(db, fileOf('{"name":"package.json","dependencies":{}}'))).toEqual({ ok: false, refusal: 'foreign' });
    expect(await importUserData(db, fileOf('{"format":"dubao-user-data","version":1,"bookmarks":['))).toEqual({ ok: false, refusal: 'damaged' });
    const oneBadEntry = JSON.stringify({
      format: 'dubao-user-data',
      version: 1,
      exportedAt: '',
      bookmarks: [{ ...before.bookmarks[0], articleId: 'new' }, { articleId: 'bad' }],
      readingState: [],
    });
    expect(await importUserData(db, fileOf(oneBadEntry))).toEqual({ ok: false, refusal: 'damaged' });
    const neverRead = { size: 6 * 1024 * 1024, text: () => Promise.reject(new Error('should not be read')) };
    expect(await importUserData(db, neverRead)).toEqual({ ok: false, refusal: 'tooLarge' });

    expect(writes).toEqual([]);
    expect(await readUserData(db)).toEqual(before);
  });
});
