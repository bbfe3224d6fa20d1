import { describe, expect, it } from 'vitest';
import { userDataFileName, userDataFileOf } from '../../../src/userData/userDataFile';

describe('userDataFile', () => {
  it('names the file by the local date', () => {
    expect(userDataFileName(new Date(2026, 0, 5, 23, 59))).toBe('dubao-bookmarks-2026-01-05.json');
  });

  it('states its format, version and time of export', () => {
    expect(userDataFileOf([], [], new Date(Date.UTC(2026, 10, 29, 12)))).toEqual({
      format: 'dubao-user-data',
      version: 1,
      exportedAt: '2026-11-29T12:00:00.000Z',
      bookmarks: [],
      readingState: [],
    });
  });
});
