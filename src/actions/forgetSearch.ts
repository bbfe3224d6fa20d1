import { removeRecentSearch } from '../db/recentSearches';
import type { DubaoDatabase } from '../db/DubaoDatabase';

/** The reader removes one of their recent searches. */
export function forgetSearch(db: DubaoDatabase, query: string): Promise<void> {
  return removeRecentSearch(db, query);
}
