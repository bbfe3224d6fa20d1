import type { CorpusManifest } from '../../build/packFormat';
import type { DubaoDatabase } from '../../db/DubaoDatabase';
import { getOfflineChoice, isPackKept } from '../../db/offlineChoice';
import type { PackRow } from '../../db/rows';
import { getSetAsidePacks, manifestEntryOf, setSetAsidePacks } from '../../db/setAsidePacks';
import type { IngestPlan } from './planIngest';

/**
 * Narrows an ingest plan to the editions the reader keeps offline (src/db/offlineChoice.ts):
 * packs left out are not fetched, and stored ones left out are removed like packs gone from
 * the corpus (finishing a deletion that was interrupted). Records the packs left out, so the
 * storage page can offer them again.
 */
export async function selectKeptPacks(db: DubaoDatabase, manifest: CorpusManifest, plan: IngestPlan): Promise<IngestPlan> {
  const choice = await getOfflineChoice(db);
  const setAside = manifest.packs.filter((entry) => !isPackKept(choice, entry)).map(manifestEntryOf);
  const recorded = await getSetAsidePacks(db);
  if (JSON.stringify(recorded) !== JSON.stringify(setAside)) await setSetAsidePacks(db, setAside);
  if (setAside.length === 0) return plan;
  const setAsideIds = new Set(setAside.map((entry) => entry.id));
  const toFetch = plan.toFetch.filter((entry) => !setAsideIds.has(entry.id));
  const alreadyRemoved = new Set(plan.toRemove.map((row) => row.id));
  const stored = await db.packs.bulkGet([...setAsideIds]);
  const storedSetAside = stored.filter((row): row is PackRow => row !== undefined && !alreadyRemoved.has(row.id));
  return {
    toFetch,
    unchanged: manifest.packs.length - setAside.length - toFetch.length,
    toRemove: [...plan.toRemove, ...storedSetAside],
  };
}
