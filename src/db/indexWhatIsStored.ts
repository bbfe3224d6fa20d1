import { rebuildPendingShards } from './rebuildShards';
import type { DubaoDatabase } from './DubaoDatabase';

/**
 * After an ingest stopped on a storage fault (the disk full): the packs it finished still wait
 * for their search shards, which the run would have built at its end. Builds them now so what is
 * stored can be searched; with the disk still full that may fail too, and the next run retries.
 */
export async function indexWhatIsStored(db: DubaoDatabase): Promise<string[]> {
  try {
    return await rebuildPendingShards(db);
  } catch (error) {
    console.warn('the stored papers could not all be indexed for search', error);
    return [];
  }
}
