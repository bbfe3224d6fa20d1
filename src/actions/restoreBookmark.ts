import { restoreBookmark as putBackBookmark } from '../db/bookmarks';
import type { DubaoDatabase } from '../db/DubaoDatabase';
import type { BookmarkRow } from '../db/rows';

/** Undo of a removal: the bookmark comes back with its note and the time it was first added. */
export function restoreBookmark(db: DubaoDatabase, bookmark: BookmarkRow): Promise<void> {
  return putBackBookmark(db, bookmark);
}
