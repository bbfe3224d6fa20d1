// The reader's bookmarks. A bookmark outlives its article: it keeps a snapshot of where the
// article was, and the ingest only flips `available` when the article leaves or comes back.
import { itemHeading } from '../reading/itemHeading';
import type { DubaoDatabase } from './DubaoDatabase';
import type { BookmarkRow } from './rows';

/**
 * Bookmarks the article, keeping its note if it was already bookmarked. Returns undefined when
 * the article is not in the corpus (there is nothing to snapshot).
 */
export function addBookmark(db: DubaoDatabase, articleId: string, note = '', now = Date.now()): Promise<BookmarkRow | undefined> {
  return db.transaction('rw', db.articles, db.bookmarks, async () => {
    const existing = await db.bookmarks.get(articleId);
    if (existing) return existing;
    const article = await db.articles.get(articleId);
    if (!article) return undefined;
    const bookmark: BookmarkRow = {
      articleId,
      addedAt: now,
      note,
      title: itemHeading(article).text,
      paper: article.paper,
      date: article.date,
      page: article.page,
      available: true,
    };
    await db.bookmarks.add(bookmark);
    return bookmark;
  });
}

/**
 * Puts back a bookmark the reader just removed (undo), as it was: note, time added and
 * snapshot. It is available only if its article is still stored.
 */
export function restoreBookmark(db: DubaoDatabase, bookmark: BookmarkRow): Promise<void> {
  return db.transaction('rw', db.articles, db.bookmarks, async () => {
    const stored = (await db.articles.get(bookmark.articleId)) !== undefined;
    await db.bookmarks.put({ ...bookmark, available: stored });
  });
}

/** Replaces the note of a bookmark; false when there is no such bookmark. */
export async function setBookmarkNote(db: DubaoDatabase, articleId: string, note: string): Promise<boolean> {
  return (await db.bookmarks.update(articleId, { note })) === 1;
}

/** The reader removes a bookmark (the only way a bookmark is ever deleted). */
export function removeBookmark(db: DubaoDatabase, articleId: string): Promise<void> {
  return db.bookmarks.delete(articleId);
}

export function getBookmark(db: DubaoDatabase, articleId: string): Promise<BookmarkRow | undefined> {
  return db.bookmarks.get(articleId);
}

/** Every bookmark, the most recently added first. */
export function listBookmarks(db: DubaoDatabase): Promise<BookmarkRow[]> {
  return db.bookmarks.orderBy('addedAt').reverse().toArray();
}
