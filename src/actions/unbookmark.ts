import { getBookmark, removeBookmark } from '../db/bookmarks';
import type { DubaoDatabase } from '../db/DubaoDatabase';
import type { BookmarkRow } from '../db/rows';

/** The reader removes a bookmark from their list; returns it as it was, for undo. */
export async function unbookmark(db: DubaoDatabase, articleId: string): Promise<BookmarkRow | undefined> {
  const bookmark = await getBookmark(db, articleId);
  await removeBookmark(db, articleId);
  return bookmark;
}
