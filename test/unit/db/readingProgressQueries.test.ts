import { describe, expect } from 'vitest';
import { listReadingProgress } from '../../../src/db/readingProgressQueries';
import { recordOpened, saveReadingPosition } from '../../../src/db/readingState';
import { itWithDb } from './helpers/testDatabase';

describe('listReadingProgress', () => {
  itWithDb('gives the progress of every opened article by id', async ({ db }) => {
    expect(await listReadingProgress(db)).toEqual(new Map());
    await recordOpened(db, 'a', 1000);
    await saveReadingPosition(db, 'b', { scroll: 400, progress: 0.5 }, 2000);
    expect(await listReadingProgress(db)).toEqual(new Map([['a', 0], ['b', 0.5]]));
  });
});
