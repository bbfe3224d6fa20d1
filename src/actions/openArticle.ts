import type { DubaoDatabase } from '../db/DubaoDatabase';
import { recordOpened } from '../db/readingState';

/**
 * The reader opened an article: it goes to the top of 继续阅读. Returns the scroll offset where
 * they stopped last time (0 the first time).
 */
export async function openArticle(db: DubaoDatabase, articleId: string, now = Date.now()): Promise<number> {
  return (await recordOpened(db, articleId, now)).scroll;
}
