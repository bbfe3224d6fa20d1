// Where the reader stopped in each article. User data: kept when the article leaves the corpus.
import type { DubaoDatabase } from './DubaoDatabase';
import type { ReadingStateRow } from './rows';

export interface ReadingPosition {
  /** Scroll offset in CSS pixels. */
  scroll: number;
  /** 0–1; clamped. */
  progress: number;
}

export function getReadingState(db: DubaoDatabase, articleId: string): Promise<ReadingStateRow | undefined> {
  return db.readingState.get(articleId);
}

/** The article was opened: it moves to the top of the recently opened, keeping its position. */
export function recordOpened(db: DubaoDatabase, articleId: string, now = Date.now()): Promise<ReadingStateRow> {
  return db.transaction('rw', db.readingState, async () => {
    const state = (await db.readingState.get(articleId)) ?? { articleId, scroll: 0, progress: 0, lastOpened: now };
    const opened = { ...state, lastOpened: now };
    await db.readingState.put(opened);
    return opened;
  });
}

/** Saves how far the article was read (and counts as opening it now). */
export async function saveReadingPosition(
  db: DubaoDatabase,
  articleId: string,
  position: ReadingPosition,
  now = Date.now(),
): Promise<ReadingStateRow> {
  const state: ReadingStateRow = {
    articleId,
    scroll: Math.max(0, position.scroll),
    progress: Math.min(1, Math.max(0, position.progress)),
    lastOpened: now,
  };
  await db.readingState.put(state);
  return state;
}

/** The most recently opened articles' states, newest first. */
export function listRecentlyOpened(db: DubaoDatabase, limit = 20): Promise<ReadingStateRow[]> {
  return db.readingState.orderBy('lastOpened').reverse().limit(limit).toArray();
}
