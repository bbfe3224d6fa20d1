import type { DubaoDatabase } from '../db/DubaoDatabase';
import { saveReadingPosition, type ReadingPosition } from '../db/readingState';

/** The reader scrolled an article: remember where, so reopening it returns there. */
export async function rememberReadingPosition(
  db: DubaoDatabase,
  articleId: string,
  position: ReadingPosition,
  now = Date.now(),
): Promise<void> {
  await saveReadingPosition(db, articleId, position, now);
}
