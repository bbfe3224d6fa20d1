import { setBookmarkNote } from '../db/bookmarks';
import type { DubaoDatabase } from '../db/DubaoDatabase';

/** Keeps the reader's note on a bookmark, without the blank lines around it; false when the bookmark is gone. */
export function saveBookmarkNote(db: DubaoDatabase, articleId: string, note: string): Promise<boolean> {
  return setBookmarkNote(db, articleId, note.trim());
}
