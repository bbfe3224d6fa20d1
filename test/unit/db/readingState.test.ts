import { describe, expect } from 'vitest';
import { getReadingState, listRecentlyOpened, recordOpened, saveReadingPosition } from '../../../src/db/readingState';
import { itWithDb } from './helpers/testDatabase';

describe('reading state', () => {
  itWithDb('starts an article opened for the first time at the top', async ({ db }) => {
    expect(await recordOpened(db, 'a', 1000)).toEqual({ articleId: 'a', scroll: 0, progress: 0, lastOpened: 1000 });
  });

  itWithDb('keeps the position when the article is opened again', async ({ db }) => {
    await saveReadingPosition(db, 'a', { scroll: 800, progress: 0.4 }, 1000);
    await recordOpened(db, 'a', 5000);
    expect(await getReadingState(db, 'a')).toEqual({ articleId: 'a', scroll: 800, progress: 0.4, lastOpened: 5000 });
  });

  itWithDb('keeps progress between 0 and 1 and scroll at or below the top', async ({ db }) => {
    expect(await saveReadingPosition(db, 'a', { scroll: -20, progress: 1.3 }, 1)).toMatchObject({ scroll: 0, progress: 1 });
    expect(await saveReadingPosition(db, 'a', { scroll: 10, progress: -0.1 }, 2)).toMatchObject({ scroll: 10, progress: 0 });
  });

  itWithDb('lists the recently opened articles, newest first, up to a limit', async ({ db }) => {
    await recordOpened(db, 'a', 1000);
    await recordOpened(db, 'b', 3000);
    await saveReadingPosition(db, 'c', { scroll: 0, progress: 0.5 }, 2000);
    await recordOpened(db, 'a', 4000);
    expect((await listRecentlyOpened(db)).map((s) => s.articleId)).toEqual(['a', 'b', 'c']);
    expect((await listRecentlyOpened(db, 2)).map((s) => s.articleId)).toEqual(['a', 'b']);
  });
});
