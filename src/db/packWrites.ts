// The ingest's writes of one pack, each step its own small transaction so that the reader's
// queries are never held up for long, and each step safe to repeat after an interruption.
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
    const row: PackRow = {
      id: entry.id,
      hash: entry.hash,
      state: 'ingesting',
      file: entry.file,
      size: entry.size,
      count: entry.count,
      paper: entry.paper,
      date: entry.date,
      source: entry.source,
      shards: union(previous?.shards ?? [], shards),
      ingestedAt: null,
    };
    await db.packs.put(row);
  });
}

/**
 * Writes the rows whose content (or pack) changed and leaves the others untouched; marks the
 * bookmarks of the written articles available. Returns how many rows were written.
 */
export function writeArticleBatch(db: DubaoDatabase, rows: readonly ArticleRow[]): Promise<number> {
  return db.transaction('rw', db.articles, db.bookmarks, async () => {
    const stored = await db.articles.bulkGet(rows.map((row) => row.id));
    const changed = rows.filter((row, i) => stored[i]?.contentHash !== row.contentHash || stored[i]?.packId !== row.packId);
    if (changed.length === 0) return 0;
    await db.articles.bulkPut(changed);
    await setBookmarksAvailable(db, changed.map((row) => row.id), true);
    return changed.length;
  });
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
