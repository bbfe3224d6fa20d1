import { addRecentSearch } from '../db/recentSearches';
import type { DubaoDatabase } from '../db/DubaoDatabase';

/** Keeps the query among the reader's recent searches (on this device only). */
export function rememberSearch(db: DubaoDatabase, query: string): Promise<void> {
  return addRecentSearch(db, query);
}
