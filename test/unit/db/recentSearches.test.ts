import { describe, expect } from 'vitest';
import type { DubaoDatabase } from '../../../src/db/DubaoDatabase';
import {
  addRecentSearch,
  clearRecentSearches,
  listRecentSearches,
  MAX_RECENT_SEARCHES,
  removeRecentSearch,
} from '../../../src/db/recentSearches';
import { itWithDb } from './helpers/testDatabase';

describe('recent searches', () => {
  itWithDb('lists queries newest first, each once, trimmed; an empty query is not remembered', async ({ db }) => {
    await addRecentSearch(db, '  脊髓 ', 1);
    await addRecentSearch(db, '科技 特派员', 2);
    await addRecentSearch(db, '   ', 3);
    await addRecentSearch(db, '脊髓', 4);
    expect(await queriesIn(db)).toEqual(['脊髓', '科技 特派员']);
  });

  itWithDb(`keeps the newest ${MAX_RECENT_SEARCHES}`, async ({ db }) => {
    for (let i = 0; i < MAX_RECENT_SEARCHES + 5; i++) await addRecentSearch(db, `查询${i}`, i);
    const kept = await queriesIn(db);
    expect(kept).toHaveLength(MAX_RECENT_SEARCHES);
    expect(kept[0]).toBe(`查询${MAX_RECENT_SEARCHES + 4}`);
    expect(kept.at(-1)).toBe('查询5');
  });

  itWithDb('forgets one query or all of them when the reader asks', async ({ db }) => {
    await addRecentSearch(db, '甲', 1);
    await addRecentSearch(db, '乙', 2);
    await removeRecentSearch(db, '甲');
    expect(await queriesIn(db)).toEqual(['乙']);
    await clearRecentSearches(db);
    expect(await queriesIn(db)).toEqual([]);
  });
});

async function queriesIn(db: DubaoDatabase): Promise<string[]> {
  return (await listRecentSearches(db)).map((s) => s.query);
}
