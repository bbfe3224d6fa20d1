import type { DubaoDatabase } from '../db/DubaoDatabase';
import { repairSearchIndex } from '../db/repairSearchIndex';

/**
 * Runs a search; when it fails, looks for damaged shards of the stored index (a block that does
 * not decode, docs that are not a list), rebuilds them from the articles and runs it once more.
 * An error with nothing damaged behind it is the caller's, as before. Returns the answer and the
 * shards rebuilt (none when the index was sound).
 */
export async function withIndexRepair<T>(
  db: DubaoDatabase,
  engine: { invalidate(): void },
  run: () => Promise<T>,
): Promise<{ value: T; repairedShards: string[] }> {
  try {
    return { value: await run(), repairedShards: [] };
  } catch (error) {
    const repairedShards = await repairSearchIndex(db);
    if (repairedShards.length === 0) throw error;
    console.warn('damaged search shards were rebuilt from the stored articles', repairedShards, error);
    engine.invalidate();
    return { value: await run(), repairedShards };
  }
}
