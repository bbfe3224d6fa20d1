// The search index is derived data: a shard is rebuilt whole from the articles it holds
// (a month of a daily is ~2,000 articles), never patched.
import Dexie from 'dexie';
import { buildShard } from '../search/buildShard';
import { toSearchDoc } from '../search/toSearchDoc';
import { getPendingShards, removePendingShard } from './corpusMeta';
import type { DubaoDatabase } from './DubaoDatabase';
import type { ArticleRow } from './rows';
import { shardRowOf } from './shardRows';

/** Rebuilds one shard from the articles table (deleting it if none are left). Returns its size. */
export async function rebuildShard(db: DubaoDatabase, shard: string, now = Date.now()): Promise<number> {
  const rows = await articlesOfShard(db, shard);
  const index = rows.length > 0 ? buildShard(shard, rows.map((row) => toSearchDoc(row, row.paper))) : undefined;
  // One transaction, so a search never sees the docs of one build with the blocks of another.
  await db.transaction('rw', db.searchShards, db.searchBlocks, async () => {
    await db.searchBlocks.where('[shard+firstGram]').between([shard, Dexie.minKey], [shard, Dexie.maxKey], true, true).delete();
    if (index) {
      await db.searchShards.put(shardRowOf(index, now));
      await db.searchBlocks.bulkPut(index.blocks);
    } else {
      await db.searchShards.delete(shard);
    }
  });
  // Apart, so the (large) shard write never holds up a reader of the meta table; if the tab
  // closes in between, the shard is only rebuilt once more.
  await db.transaction('rw', db.meta, async () => removePendingShard(db, shard));
  return rows.length;
}

/**
 * The articles of a shard: those of the packs whose rows list it. A pack's row names the shards
 * of its articles (while it is being written, those of its previous version too), so no index of
 * articles by shard is kept.
 */
export async function articlesOfShard(db: DubaoDatabase, shard: string): Promise<ArticleRow[]> {
  const packIds = (await db.packs.toArray()).filter((pack) => pack.shards.includes(shard)).map((pack) => pack.id);
  if (packIds.length === 0) return [];
  return (await db.articles.where('packId').anyOf(packIds).toArray()).filter((row) => row.shard === shard);
}

/** Rebuilds the shards waiting for it, but those in `except` (about to change again). Returns those rebuilt. */
export async function rebuildPendingShards(db: DubaoDatabase, except: ReadonlySet<string> = new Set()): Promise<string[]> {
  const shards = (await getPendingShards(db)).filter((shard) => !except.has(shard));
  for (const shard of shards) await rebuildShard(db, shard);
  return shards;
}
