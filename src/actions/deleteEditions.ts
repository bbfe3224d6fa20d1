import type { DubaoDatabase } from '../db/DubaoDatabase';
import type { EditionsRemoved } from '../db/editionStorage';
import { leaveOut, updateOfflineChoice, type EditionSelection } from '../db/offlineChoice';
import type { DataClient } from '../workers/dataBridge';

/**
 * The reader deletes editions (one, a month, or a whole paper) from this device: they are left
 * out of the offline choice first, so no later update fetches them again, then the data worker
 * deletes their articles and search index. Bookmarks, notes and reading progress stay.
 */
export async function deleteEditions(
  db: DubaoDatabase,
  client: Pick<DataClient, 'removeUnkeptEditions'>,
  selection: EditionSelection,
): Promise<EditionsRemoved> {
  await updateOfflineChoice(db, (choice) => leaveOut(choice, selection));
  return client.removeUnkeptEditions();
}
