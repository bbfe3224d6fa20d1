// The space each stored pack (edition) takes in IndexedDB, estimated from its stored rows
// (estimateStoredBytes.ts): its article rows, with the keys each row adds to the articles
// table's indexes, plus its share of the search index. A shard (a month, or a seed file) is
// shared by its packs, so its rows (docs and posting blocks) are split between them in
// proportion to the bytes of their articles in it: a search index grows with the text indexed.
import Dexie from 'dexie';
import type { DubaoDatabase } from './DubaoDatabase';
import { estimateStoredBytes } from './estimateStoredBytes';
import type { ArticleRow } from './rows';
import { toStoredArticle } from './storedArticle';

export interface EditionSizes {
  /** Estimated bytes by pack id. */
  byPack: Record<string, number>;
  /** Their sum: the whole corpus as stored. */
  total: number;
}

/** Reads every article and search row once: meant for the storage page, in the data worker. */
export async function estimateEditionSizes(db: DubaoDatabase): Promise<EditionSizes> {
  const byPack = new Map<string, number>();
  // shard → pack → bytes of the pack's articles in the shard
  const textByShard = new Map<string, Map<string, number>>();
  await db.articles.each((row) => {
    // Reads hand back the full row; what is on disk is the lean one (storedArticle.ts).
    const bytes = estimateStoredBytes(toStoredArticle(row)) + indexKeyBytes(row);
    byPack.set(row.packId, (byPack.get(row.packId) ?? 0) + bytes);
    const packs = textByShard.get(row.shard) ?? new Map<string, number>();
    packs.set(row.packId, (packs.get(row.packId) ?? 0) + bytes);
    textByShard.set(row.shard, packs);
  });

  for (const [shard, packs] of textByShard) {
    const indexBytes = await shardIndexBytes(db, shard);
    const text = [...packs.values()].reduce((sum, bytes) => sum + bytes, 0);
    for (const [packId, bytes] of packs) byPack.set(packId, (byPack.get(packId) ?? 0) + (indexBytes * bytes) / text);
  }

  const rounded = Object.fromEntries([...byPack].map(([packId, bytes]) => [packId, Math.round(bytes)]));
  return { byPack: rounded, total: Object.values(rounded).reduce((sum, bytes) => sum + bytes, 0) };
}

/** Each index of the articles table stores the row's key for it and its primary key. */
function indexKeyBytes(row: ArticleRow): number {
  const keys = [row.packId, [row.paperKey, row.dateKey], [row.paperKey, row.dateKey, row.pageKey, row.order]];
  return keys.reduce((sum, key) => sum + estimateStoredBytes(key) + estimateStoredBytes(row.id), 0);
}

async function shardIndexBytes(db: DubaoDatabase, shard: string): Promise<number> {
  let bytes = estimateStoredBytes(await db.searchShards.get(shard));
  await db.searchBlocks
    .where('[shard+firstGram]')
    .between([shard, Dexie.minKey], [shard, Dexie.maxKey], true, true)
    .each((block) => (bytes += estimateStoredBytes(block)));
  return bytes;
}
