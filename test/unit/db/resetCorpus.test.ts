import { describe, expect, it } from 'vitest';
import { addBookmark, listBookmarks } from '../../../src/db/bookmarks';
import { addPendingShards, getPendingShards } from '../../../src/db/corpusMeta';
import { addRecentSearch, listRecentSearches } from '../../../src/db/recentSearches';
import { getReadingState, saveReadingPosition } from '../../../src/db/readingState';
import { resetCorpus } from '../../../src/db/resetCorpus';
import { corpusTables, userTables } from '../../../src/db/schemaVersions';
import { getSetting, setSetting } from '../../../src/db/settings';
import { makeArticleRow, openTestDatabase } from './helpers/testDatabase';

describe('resetCorpus (recovery)', () => {
  it('knows every table as either the reader’s own or rebuilt from the corpus', async () => {
    const db = await openTestDatabase();
    expect(db.tables.map((t) => t.name).sort()).toEqual([...userTables, ...corpusTables].sort());
    db.close();
  });

  it('empties the corpus tables and keeps every row of the reader’s own', async () => {
    const db = await openTestDatabase();
    await db.articles.put(makeArticleRow({ id: 'a', title: '标题' }));
    await db.packs.put({ id: 'p', hash: 'h', state: 'complete', file: 'f', size: 1, count: 1, paper: null, date: null, source: 's', shards: [], ingestedAt: 1 });
    await db.transaction('rw', db.meta, async () => addPendingShards(db, ['2022-02']));
    await db.searchShards.put({ shard: '2022-02', docs: [], builtAt: 1 });
    await addBookmark(db, 'a', '笔记', 1000);
    await saveReadingPosition(db, 'a', { scroll: 10, progress: 0.5 }, 2000);
    await setSetting(db, 'theme', 'dark');
    await addRecentSearch(db, '脊髓', 3000);

    await resetCorpus(db);

    expect(await db.articles.count()).toBe(0);
    expect(await db.packs.count()).toBe(0);
    expect(await db.searchShards.count()).toBe(0);
    expect(await getPendingShards(db)).toEqual([]);
    expect(await listBookmarks(db)).toEqual([expect.objectContaining({ articleId: 'a', note: '笔记', addedAt: 1000, available: false })]);
    expect(await getReadingState(db, 'a')).toMatchObject({ progress: 0.5, scroll: 10 });
    expect(await getSetting(db, 'theme')).toBe('dark');
    expect((await listRecentSearches(db)).map((s) => s.query)).toEqual(['脊髓']);
    db.close();
  });
});
