import type { CorpusPack, ManifestEntry } from '../../build/packFormat';
import type { DubaoDatabase } from '../../db/DubaoDatabase';
import { beginPack, completePack, deletePackArticles, writeArticleBatch } from '../../db/packWrites';
import { toArticleRows } from './toArticleRows';

export interface PackWriteReport {
  written: number;
  deleted: number;
  /** Search shards the pack's articles are in. */
  shards: string[];
}

/**
 * Stores a verified pack: its changed articles in transactions of `batchSize` rows, then deletes
 * those it no longer holds, then marks it complete. Repeating it after an interruption writes
 * only what the interrupted run had not.
 */
export async function ingestPack(
  db: DubaoDatabase,
  entry: ManifestEntry,
  pack: CorpusPack,
  options: { batchSize: number; signal?: AbortSignal; onWritten?: (written: number) => void },
): Promise<PackWriteReport> {
  const { batchSize, signal, onWritten } = options;
  const rows = toArticleRows(pack);
  const shards = [...new Set(rows.map((row) => row.shard))];
  await beginPack(db, entry, shards);
  let written = 0;
  for (let start = 0; start < rows.length; start += batchSize) {
    signal?.throwIfAborted();
    const count = await writeArticleBatch(db, rows.slice(start, start + batchSize));
    written += count;
    onWritten?.(count);
  }
  signal?.throwIfAborted();
  const deleted = await deletePackArticles(db, entry.id, new Set(rows.map((row) => row.id)), batchSize);
  await completePack(db, entry.id, shards);
  return { written, deleted, shards };
}
