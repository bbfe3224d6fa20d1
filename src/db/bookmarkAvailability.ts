import type { DubaoDatabase } from './DubaoDatabase';

/**
 * Marks the bookmarks of these articles available or not, touching no other field. Called by
 * the ingest inside its transaction (which must include the bookmarks table).
 */
export async function setBookmarksAvailable(db: DubaoDatabase, articleIds: readonly string[], available: boolean): Promise<void> {
  if (articleIds.length === 0) return;
  await db.bookmarks
    .where('articleId')
    .anyOf([...articleIds])
    .filter((bookmark) => bookmark.available !== available)
    .modify({ available });
}
