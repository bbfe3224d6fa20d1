// How far the reader got in each article they opened, for the marks in the article lists.
import type { DubaoDatabase } from './DubaoDatabase';

/** Progress (0–1) by article id, for every article the reader has opened. */
export async function listReadingProgress(db: DubaoDatabase): Promise<Map<string, number>> {
  const states = await db.readingState.toArray();
  return new Map(states.map((state) => [state.articleId, state.progress]));
}
