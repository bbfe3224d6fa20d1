import { addBookmark, getBookmark, removeBookmark } from '../db/bookmarks';
import type { DubaoDatabase } from '../db/DubaoDatabase';
import { persistAfterBookmark } from './requestPersistentStorage';

/**
 * The reader taps the bookmark toggle of an article: bookmarks it, or removes its bookmark.
 * Returns whether the article is bookmarked afterwards (false when it is not in the corpus).
 */
export async function toggleBookmark(db: DubaoDatabase, articleId: string, now = Date.now()): Promise<boolean> {
  if (await getBookmark(db, articleId)) {
    await removeBookmark(db, articleId);
    return false;
  }
  const added = (await addBookmark(db, articleId, '', now)) !== undefined;
  // A first bookmark is something to keep: the moment to ask the browser to keep the papers too.
  if (added) void persistAfterBookmark(db).catch(console.error);
  return added;
}
