// Deleting the editions the reader no longer keeps offline. The same steps as an ingest
// removing a pack gone from the corpus (packWrites.ts), so the database stays consistent:
// articles deleted (their bookmarks marked unavailable, notes and progress untouched), the pack
// forgotten, its search shards rebuilt without them. Safe to repeat after an interruption.
import { listPacks } from './corpusMeta';
import type { DubaoDatabase } from './DubaoDatabase';
import { getOfflineChoice, isPackKept } from './offlineChoice';
import { deletePackArticles, forgetPack } from './packWrites';
import { rebuildPendingShards } from './rebuildShards';
import { addSetAsidePacks, manifestEntryOf } from './setAsidePacks';

export interface EditionsRemoved {
  /** Packs deleted. */
  packs: string[];
  articles: number;
}

const BATCH_SIZE = 250;

/** Deletes every stored pack the reader's choice (offlineChoice.ts) does not keep. */
export async function removeUnkeptPacks(db: DubaoDatabase, batchSize = BATCH_SIZE): Promise<EditionsRemoved> {
  const choice = await getOfflineChoice(db);
  const unkept = (await listPacks(db)).filter((pack) => !isPackKept(choice, pack));
  let articles = 0;
  for (const pack of unkept) {
    // Listed first, so an interrupted deletion still offers the pack to download again.
    await db.transaction('rw', db.meta, async () => {
      await addSetAsidePacks(db, [manifestEntryOf(pack)]);
    });
    articles += await deletePackArticles(db, pack.id, new Set(), batchSize);
    await forgetPack(db, pack.id);
  }
  if (unkept.length > 0) await rebuildPendingShards(db);
  return { packs: unkept.map((pack) => pack.id), articles };
}
