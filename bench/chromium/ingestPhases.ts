// Where an ingest's time went, read from when its progress reports reached the page. A run
// reports once at the start, at each pack, after each written batch, and once at the end.
import type { IngestProgress } from '../../src/workers/ingest/ingestTypes';

export interface IngestPhases {
  /** From a pack's first report to its first written batch: waiting for its download (two packs ahead), SHA-256, JSON, diff, one batch. */
  packStartMs: number;
  /** Between written batches of one pack. */
  batchesMs: number;
  /** From a pack's last batch to the next pack: rebuilding the shards of the months left behind. */
  betweenPacksMs: number;
  /** Gaps between packs over 100 ms: about the number of month shards rebuilt on the way. */
  slowGapsBetweenPacks: number;
  /** From the last pack to the last report: rebuilding the shards still pending. */
  finalRebuildMs: number;
}

export function ingestPhases(progress: readonly IngestProgress[], at: readonly number[]): IngestPhases {
  const phases: IngestPhases = { packStartMs: 0, batchesMs: 0, betweenPacksMs: 0, slowGapsBetweenPacks: 0, finalRebuildMs: 0 };
  const wroteAt = (i: number) => i > 0 && progress[i].articlesWritten > progress[i - 1].articlesWritten;
  for (let i = 1; i < progress.length; i++) {
    const gap = at[i] - at[i - 1];
    if (wroteAt(i)) {
      if (wroteAt(i - 1) && progress[i - 1].currentPack === progress[i].currentPack) phases.batchesMs += gap;
      else phases.packStartMs += gap;
    } else if (i === progress.length - 1 && progress[i].currentPack === null) {
      phases.finalRebuildMs += gap;
    } else {
      phases.betweenPacksMs += gap;
      if (gap > 100) phases.slowGapsBetweenPacks++;
    }
  }
  return phases;
}
