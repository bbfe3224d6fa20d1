// Where an ingest's time went, read from when its progress reports reached the page. A run
// reports once at the start, at each pack (before its download is awaited), after each write
// transaction (a group of small packs, or a batch of a large one), and once at the end. Shard
// rebuilds run behind the writes, so their time shows in whichever gap they delay.
import type { IngestProgress } from '../../src/workers/ingest/ingestTypes';

export interface IngestPhases {
  /** Gaps that end in a write: the download that closed a group, if not there yet, then the group's transaction. */
  writesMs: number;
  /** Write transactions reported (groups of packs, or batches of a large pack). */
  writes: number;
  /** Gaps that end at the next pack: a download awaited and added to the group without a write. */
  packsMs: number;
  /** From the last pack to the last report: the shard rebuilds still queued or pending. */
  finalRebuildMs: number;
}

export function ingestPhases(progress: readonly IngestProgress[], at: readonly number[]): IngestPhases {
  const phases: IngestPhases = { writesMs: 0, writes: 0, packsMs: 0, finalRebuildMs: 0 };
  for (let i = 1; i < progress.length; i++) {
    const gap = at[i] - at[i - 1];
    if (progress[i].articlesWritten > progress[i - 1].articlesWritten) {
      phases.writesMs += gap;
      phases.writes++;
    } else if (i === progress.length - 1 && progress[i].currentPack === null) {
      phases.finalRebuildMs += gap;
    } else {
      phases.packsMs += gap;
    }
  }
  return phases;
}
