// The reader's recent searches: the last few queries, newest first, each once.
import type { DubaoDatabase } from './DubaoDatabase';
import type { RecentSearchRow } from './rows';

export const MAX_RECENT_SEARCHES = 20;

/** Remembers a query (trimmed; an empty one is ignored), keeping the newest MAX_RECENT_SEARCHES. */
export function addRecentSearch(db: DubaoDatabase, query: string, now = Date.now()): Promise<void> {
  const trimmed = query.trim();
  if (trimmed === '') return Promise.resolve();
  return db.transaction('rw', db.recentSearches, async () => {
    await db.recentSearches.put({ query: trimmed, at: now });
    const overflow = await db.recentSearches.orderBy('at').reverse().offset(MAX_RECENT_SEARCHES).primaryKeys();
    await db.recentSearches.bulkDelete(overflow);
  });
}

export function listRecentSearches(db: DubaoDatabase, limit = MAX_RECENT_SEARCHES): Promise<RecentSearchRow[]> {
  return db.recentSearches.orderBy('at').reverse().limit(limit).toArray();
}

export function removeRecentSearch(db: DubaoDatabase, query: string): Promise<void> {
  return db.recentSearches.delete(query);
}

export function clearRecentSearches(db: DubaoDatabase): Promise<void> {
  return db.recentSearches.clear();
}
