// How an imported file meets what is already stored. Nothing is ever lost: a bookmark keeps the
// earlier date and any note it has; the file only fills in what is missing.
import type { BookmarkRow, ReadingStateRow } from '../db/rows';
import type { ImportedUserData } from './parseUserDataFile';

export interface UserDataMerge {
  /** Rows to write (new or changed); unchanged rows are left out. */
  bookmarks: BookmarkRow[];
  readingState: ReadingStateRow[];
  /** Bookmarks of the file that were not stored before. */
  added: number;
  /** Bookmarks of the file that were already stored. */
  existing: number;
  /** Of the added bookmarks, those whose article is not stored here (yet): kept, marked unavailable. */
  unavailable: number;
  /** Stored bookmarks whose note differs from the file's; the stored note was kept. */
  noteConflicts: number;
}

/**
 * Merges the file's rows into the stored ones. `isStored(id)` says whether the article is in
 * the corpus here, which decides `available` of a new bookmark.
 */
export function mergeUserData(
  stored: { bookmarks: readonly BookmarkRow[]; readingState: readonly ReadingStateRow[] },
  imported: ImportedUserData,
  isStored: (articleId: string) => boolean,
): UserDataMerge {
  const bookmarks = new Map(stored.bookmarks.map((row) => [row.articleId, row]));
  const storedIds = new Set(bookmarks.keys());
  const changed = new Set<string>();
  let added = 0;
  let existing = 0;
  let unavailable = 0;
  const conflicted = new Set<string>();
  for (const row of imported.bookmarks) {
    const before = bookmarks.get(row.articleId);
    if (before === undefined) {
      const available = isStored(row.articleId);
      bookmarks.set(row.articleId, { ...row, available });
      changed.add(row.articleId);
      added += 1;
      if (!available) unavailable += 1;
      continue;
    }
    if (storedIds.has(row.articleId)) existing += 1;
    const note = before.note === '' ? row.note : before.note;
    if (before.note !== '' && row.note !== '' && row.note !== before.note) conflicted.add(row.articleId);
    const addedAt = Math.min(before.addedAt, row.addedAt);
    if (note !== before.note || addedAt !== before.addedAt) {
      bookmarks.set(row.articleId, { ...before, note, addedAt });
      changed.add(row.articleId);
    }
  }

  const states = new Map(stored.readingState.map((row) => [row.articleId, row]));
  const changedStates = new Set<string>();
  for (const row of imported.readingState) {
    const before = states.get(row.articleId);
    if (before !== undefined && before.lastOpened >= row.lastOpened) continue;
    states.set(row.articleId, row);
    changedStates.add(row.articleId);
  }

  return {
    bookmarks: [...changed].map((id) => bookmarks.get(id)!),
    readingState: [...changedStates].map((id) => states.get(id)!),
    added,
    existing,
    unavailable,
    noteConflicts: [...conflicted].filter((id) => storedIds.has(id)).length,
  };
}
