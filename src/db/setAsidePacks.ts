// The packs the manifest lists but the reader chose not to keep offline: what the storage page
// offers to download again. Corpus meta, not user data: the ingest recomputes it from the
// manifest and the reader's choice each run; deleting editions adds to it at once (offline too).
import type { ManifestEntry } from '../build/packFormat';
import { getMeta, setMeta } from './corpusMeta';
import type { DubaoDatabase } from './DubaoDatabase';

export async function getSetAsidePacks(db: DubaoDatabase): Promise<ManifestEntry[]> {
  return (await getMeta(db, 'setAsidePacks')) ?? [];
}

/** Replaces the list (the ingest, which knows the whole manifest). */
export function setSetAsidePacks(db: DubaoDatabase, entries: readonly ManifestEntry[]): Promise<string> {
  return setMeta(db, 'setAsidePacks', [...entries]);
}

/** Adds packs just deleted (replacing an older entry of the same id); call inside a transaction on meta. */
export async function addSetAsidePacks(db: DubaoDatabase, entries: readonly ManifestEntry[]): Promise<void> {
  if (entries.length === 0) return;
  const ids = new Set(entries.map((entry) => entry.id));
  const kept = (await getSetAsidePacks(db)).filter((entry) => !ids.has(entry.id));
  await setSetAsidePacks(db, [...kept, ...entries]);
}

/** The manifest fields of a stored pack row (a PackRow holds them all). */
export function manifestEntryOf(row: ManifestEntry): ManifestEntry {
  const { id, file, hash, size, count, paper, date, source } = row;
  return { id, file, hash, size, count, paper, date, source };
}
