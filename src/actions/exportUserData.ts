import type { DubaoDatabase } from '../db/DubaoDatabase';
import { readUserData } from '../db/userDataTransfer';
import { userDataFileName, userDataFileOf } from '../userData/userDataFile';

export interface ExportedFile {
  name: string;
  /** JSON, UTF-8. */
  text: string;
}

/** The reader exports their bookmarks (with notes) and reading progress to a file. */
export async function exportUserData(db: DubaoDatabase, now = new Date()): Promise<ExportedFile> {
  const { bookmarks, readingState } = await readUserData(db);
  return { name: userDataFileName(now), text: `${JSON.stringify(userDataFileOf(bookmarks, readingState, now), null, 2)}\n` };
}
