// The reader's own data (bookmarks, reading progress) read and written whole, for the
// bookmarks file. Each runs in one transaction: an import either lands entirely or not at all.
import { mergeUserData, type UserDataMerge } from '../userData/mergeUserData';
import type { ImportedUserData } from '../userData/parseUserDataFile';
import type { DubaoDatabase } from './DubaoDatabase';
import type { BookmarkRow, ReadingStateRow } from './rows';

export interface StoredUserData {
  bookmarks: BookmarkRow[];
  readingState: ReadingStateRow[];
}

/** Every bookmark (most recently added first) and every reading state, as one consistent snapshot. */
export function readUserData(db: DubaoDatabase): Promise<StoredUserData> {
  return db.transaction('r', db.bookmarks, db.readingState, async () => ({
    bookmarks: await db.bookmarks.orderBy('addedAt').reverse().toArray(),
    readingState: await db.readingState.toArray(),
  }));
}

export type UserDataImportCounts = Pick<UserDataMerge, 'added' | 'existing' | 'unavailable' | 'noteConflicts'>;

/** Merges validated rows into the stored ones (see mergeUserData) in one transaction. */
export function writeImportedUserData(db: DubaoDatabase, imported: ImportedUserData): Promise<UserDataImportCounts> {
  return db.transaction('rw', db.articles, db.bookmarks, db.readingState, async () => {
    const ids = [...new Set(imported.bookmarks.map((row) => row.articleId))];
    const storedArticles = new Set((await db.articles.bulkGet(ids)).flatMap((article) => (article ? [article.id] : [])));
    const merge = mergeUserData(
      { bookmarks: await db.bookmarks.toArray(), readingState: await db.readingState.toArray() },
      imported,
      (id) => storedArticles.has(id),
    );
    await db.bookmarks.bulkPut(merge.bookmarks);
    await db.readingState.bulkPut(merge.readingState);
    return { added: merge.added, existing: merge.existing, unavailable: merge.unavailable, noteConflicts: merge.noteConflicts };
  });
}
