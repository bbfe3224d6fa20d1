// The file a reader exports their bookmarks and reading progress to, and imports again
// (README, "Bookmarks file"). Version 1 is the only one so far; a change to its fields is a new version.
import type { BookmarkRow, ReadingStateRow } from '../db/rows';

export const USER_DATA_FORMAT = 'dubao-user-data';
export const USER_DATA_VERSION = 1;

/** Refuse larger files before reading them: a reader's bookmarks are a few hundred kB at most. */
export const MAX_USER_DATA_BYTES = 5 * 1024 * 1024;
/** At most this many bookmarks, and this many reading states, in one file. */
export const MAX_USER_DATA_ENTRIES = 10_000;

export interface UserDataFile {
  format: typeof USER_DATA_FORMAT;
  version: typeof USER_DATA_VERSION;
  /** ISO 8601 time of the export. */
  exportedAt: string;
  bookmarks: BookmarkRow[];
  readingState: ReadingStateRow[];
}

export function userDataFileOf(bookmarks: BookmarkRow[], readingState: ReadingStateRow[], now = new Date()): UserDataFile {
  return { format: USER_DATA_FORMAT, version: USER_DATA_VERSION, exportedAt: now.toISOString(), bookmarks, readingState };
}

/** dubao-bookmarks-YYYY-MM-DD.json, by the reader's own calendar date. */
export function userDataFileName(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `dubao-bookmarks-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.json`;
}
