// What of the corpus a visit reads into memory when the device cannot store it: a year of a daily
// (25,000 items, 40 MB of text) would take the page's thread for seconds and more memory than a
// phone gives a tab, so only the newest editions, up to a budget of items, are read.
import type { CorpusManifest } from '../build/packFormat';

/** About 3 MB of text: a few weeks of a daily, read in well under a second. */
export const MEMORY_ITEM_BUDGET = 2_000;

export interface MemoryCorpus {
  manifest: CorpusManifest;
  /** Packs (editions) of the published corpus left out. */
  leftOut: number;
}

/**
 * The newest dated packs first, then the undated ones, while their items fit in `budget` (the
 * newest pack always, whatever its size). The manifest keeps its version: this visit's copy is
 * never compared with a stored one.
 */
export function newestWithinBudget(manifest: CorpusManifest, budget = MEMORY_ITEM_BUDGET): MemoryCorpus {
  const byRecency = [...manifest.packs].sort((a, b) => {
    if (a.date === b.date) return 0;
    if (a.date === null) return 1;
    if (b.date === null) return -1;
    return a.date < b.date ? 1 : -1;
  });
  const kept: typeof manifest.packs = [];
  let items = 0;
  for (const pack of byRecency) {
    if (kept.length > 0 && items + pack.count > budget) break;
    kept.push(pack);
    items += pack.count;
  }
  const keptIds = new Set(kept.map((pack) => pack.id));
  return {
    manifest: { ...manifest, packs: manifest.packs.filter((pack) => keptIds.has(pack.id)) },
    leftOut: manifest.packs.length - kept.length,
  };
}
