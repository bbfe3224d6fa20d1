import type { DubaoDatabase } from '../db/DubaoDatabase';
import { writeImportedUserData, type UserDataImportCounts } from '../db/userDataTransfer';
import { parseUserDataFile, type UserDataRefusal } from '../userData/parseUserDataFile';
import { MAX_USER_DATA_BYTES } from '../userData/userDataFile';

export type UserDataImport = ({ ok: true } & UserDataImportCounts) | { ok: false; refusal: UserDataRefusal };

/** What importUserData needs of a File (a Blob with text()). */
export interface ImportSource {
  size: number;
  text(): Promise<string>;
}

/**
 * The reader imports a bookmarks file. A file that is not a valid export is refused whole and
 * nothing changes; a valid one is merged into the stored bookmarks and reading progress.
 */
export async function importUserData(db: DubaoDatabase, file: ImportSource): Promise<UserDataImport> {
  if (file.size > MAX_USER_DATA_BYTES) return { ok: false, refusal: 'tooLarge' };
  const parsed = parseUserDataFile(await file.text());
  if (!parsed.ok) return parsed;
  return { ok: true, ...(await writeImportedUserData(db, parsed.data)) };
}
