// The ingest's writes. Small packs are written several at a time, each whole in one
// transaction (writeWholePacks); a pack too large for one transaction is written step by step
// (beginPack, writeArticleBatch, deletePackArticles, completePack), each step its own small
// transaction, so that the reader's queries are never held up for long, and each step safe to
// repeat after an interruption.
import type { ManifestEntry } from '../build/packFormat';
import { addPendingShards } from './corpusMeta';
import { setBookmarksAvailable } from './bookmarkAvailability';
import type { DubaoDatabase } from './DubaoDatabase';
import type { ArticleRow, PackRow } from './rows';

/**
 * Records that the pack is being ingested from the file `entry` names. The shards of its
 * previous version are kept with the new ones, so whatever happens next rebuilds them all.
 */
export function beginPack(db: DubaoDatabase, entry: ManifestEntry, shards: readonly string[]): Promise<void> {
  return db.transaction('rw', db.packs, async () => {
    const previous = await db.packs.get(entry.id);
    const row: PackRow = { ...packRowOf(entry, 'ingesting'), shards: union(previous?.shards ?? [], shards), ingestedAt: null };
    await db.packs.put(row);
  });
}

/**
 * Writes the rows whose content (or pack) changed and leaves the others untouched; marks the
 * bookmarks of the written articles available. Returns how many rows were written.
 */
export function writeArticleBatch(db: DubaoDatabase, rows: readonly ArticleRow[]): Promise<number> {
  return db.transaction('rw', db.articles, db.bookmarks, () => putChangedRows(db, rows));
}

/** Inside a transaction over articles and bookmarks: writes the rows that differ from the stored ones. */
async function putChangedRows(db: DubaoDatabase, rows: readonly ArticleRow[]): Promise<number> {
  const stored = await db.articles.bulkGet(rows.map((row) => row.id));
  const changed = rows.filter((row, i) => !sameRow(stored[i], row));
  if (changed.length === 0) return 0;
  await db.articles.bulkPut(changed);
  await setBookmarksAvailable(db, changed.map((row) => row.id), true);
  return changed.length;
}

/**
 * The stored row holds what `row` holds (its pack included). Compared field by field: the row
 * is read anyway, and a stored hash of the content cost 64 bytes an article (schema version 1).
 */
function sameRow(stored: ArticleRow | undefined, row: ArticleRow): boolean {
  if (stored === undefined) return false;
  for (const key of Object.keys(row) as (keyof ArticleRow)[]) {
    const a = stored[key];
    const b = row[key];
    if (Array.isArray(a) && Array.isArray(b)) {
      if (a.length !== b.length || a.some((value, i) => value !== b[i])) return false;
    } else if (a !== b) {
      return false;
    }
  }
  return true;
}

/** A pack to store whole: its manifest entry, its article rows and the shards they are in. */
export interface WholePack {
  entry: ManifestEntry;
  rows: readonly ArticleRow[];
  shards: readonly string[];
}

/**
 * Stores small packs in one transaction, each whole: its changed articles, the deletion of the
 * articles it no longer holds, its bookmarks' availability, and its row marked complete, its
 * shards waiting for a rebuild. A pack is complete exactly when its articles are stored (the
 * transaction commits all of it or nothing), so an interruption leaves no pack half written;
 * one transaction for several packs saves the fixed cost of a commit per pack and per step.
 * Returns, pack by pack, how many articles were written and deleted.
 */
export function writeWholePacks(db: DubaoDatabase, packs: readonly WholePack[], now = Date.now()): Promise<{ written: number; deleted: number }[]> {
  return db.transaction('rw', [db.packs, db.articles, db.bookmarks, db.meta], async () => {
    const previous = await db.packs.bulkGet(packs.map(({ entry }) => entry.id));
    const counts: { written: number; deleted: number }[] = [];
    const pending: string[] = [];
    for (const [i, { entry, rows, shards }] of packs.entries()) {
      const written = await putChangedRows(db, rows);
      const keep = new Set(rows.map((row) => row.id));
      const stale = (await db.articles.where('packId').equals(entry.id).primaryKeys()).filter((id) => !keep.has(id));
      await db.articles.bulkDelete(stale);
      await setBookmarksAvailable(db, stale, false);
      // The shards of its previous version too: they may have lost articles.
      pending.push(...(previous[i]?.shards ?? []), ...shards);
      await db.packs.put({ ...packRowOf(entry, 'complete'), shards: [...shards], ingestedAt: now });
      counts.push({ written, deleted: stale.length });
    }
    await addPendingShards(db, pending);
    return counts;
  });
}

function packRowOf(entry: ManifestEntry, state: PackRow['state']): Omit<PackRow, 'shards' | 'ingestedAt'> {
  return {
    id: entry.id,
    hash: entry.hash,
    state,
    file: entry.file,
    size: entry.size,
    count: entry.count,
    paper: entry.paper,
    date: entry.date,
    source: entry.source,
  };
}

/**
 * Deletes the articles of `packId` that are not in `keep`, `batchSize` at a time, marking
 * their bookmarks unavailable. Returns how many were deleted.
 */
export async function deletePackArticles(db: DubaoDatabase, packId: string, keep: ReadonlySet<string>, batchSize: number): Promise<number> {
  const stale = (await db.articles.where('packId').equals(packId).primaryKeys()).filter((id) => !keep.has(id));
  let deleted = 0;
  for (let start = 0; start < stale.length; start += batchSize) {
    const ids = stale.slice(start, start + batchSize);
    await db.transaction('rw', db.articles, db.bookmarks, async () => {
      // An article that moved to another pack in the meantime is no longer this pack's to delete.
      const rows = await db.articles.bulkGet(ids);
      const gone = ids.filter((_, i) => rows[i]?.packId === packId);
      await db.articles.bulkDelete(gone);
      await setBookmarksAvailable(db, gone, false);
      deleted += gone.length;
    });
  }
  return deleted;
}

/** The pack is fully written: its shards wait for a rebuild and it will not be fetched again. */
export function completePack(db: DubaoDatabase, packId: string, shards: readonly string[], now = Date.now()): Promise<void> {
  return db.transaction('rw', db.packs, db.meta, async () => {
    const row = await db.packs.get(packId);
    if (!row) throw new Error(`pack ${packId} was not begun`);
    await addPendingShards(db, row.shards);
    await db.packs.put({ ...row, state: 'complete', shards: [...shards], ingestedAt: now });
  });
}

/** Forgets a pack gone from the corpus, once its articles are deleted: its shards wait for a rebuild. */
export function forgetPack(db: DubaoDatabase, packId: string): Promise<void> {
  return db.transaction('rw', db.packs, db.meta, async () => {
    const row = await db.packs.get(packId);
    if (!row) return;
    await addPendingShards(db, row.shards);
    await db.packs.delete(packId);
  });
}

function union(a: readonly string[], b: readonly string[]): string[] {
  return [...new Set([...a, ...b])];
}
