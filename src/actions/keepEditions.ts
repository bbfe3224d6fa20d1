import { listPacks } from '../db/corpusMeta';
import type { DubaoDatabase } from '../db/DubaoDatabase';
import { keepAgain, updateOfflineChoice, type EditionSelection } from '../db/offlineChoice';
import { getSetAsidePacks } from '../db/setAsidePacks';
import type { IngestOutcome } from '../workers/dataApi';
import type { DataClient } from '../workers/dataBridge';
import type { IngestProgress } from '../workers/ingest/ingestTypes';
import { updateLibrary } from './updateLibrary';

/**
 * The reader keeps editions offline again (a paper, a month, or one edition they had deleted):
 * the choice is saved, then an update downloads them. Offline, the update fails and the next
 * one (at the next start) downloads them.
 */
export async function keepEditions(
  db: DubaoDatabase,
  client: Pick<DataClient, 'ingest'>,
  baseUrl: string,
  selection: EditionSelection,
  onProgress?: (progress: IngestProgress) => void,
): Promise<IngestOutcome> {
  const known = [...(await listPacks(db)), ...(await getSetAsidePacks(db))];
  await updateOfflineChoice(db, (choice) => keepAgain(choice, selection, known));
  return updateLibrary(client, baseUrl, onProgress);
}
