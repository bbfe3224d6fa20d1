import type { CorpusManifest, ManifestEntry } from '../../build/packFormat';
import type { PackRow } from '../../db/rows';

export interface IngestPlan {
  /** New packs, changed packs, and packs whose ingest did not complete, in manifest order. */
  toFetch: ManifestEntry[];
  /** Packs stored completely with the manifest's hash. */
  unchanged: number;
  /** Stored packs the manifest no longer lists. */
  toRemove: PackRow[];
}

/** Diffs the manifest against the stored packs by id and hash. */
export function planIngest(manifest: CorpusManifest, stored: readonly PackRow[]): IngestPlan {
  const storedById = new Map(stored.map((row) => [row.id, row]));
  const listed = new Set(manifest.packs.map((entry) => entry.id));
  const toFetch = manifest.packs.filter((entry) => {
    const row = storedById.get(entry.id);
    return row === undefined || row.hash !== entry.hash || row.state !== 'complete';
  });
  return {
    toFetch,
    unchanged: manifest.packs.length - toFetch.length,
    toRemove: stored.filter((row) => !listed.has(row.id)),
  };
}
