// The search engine's stores (src/search/types.ts) over IndexedDB.
import Dexie from 'dexie';
import type { IndexStore, PostingBlock, ShardDoc, TextStore } from '../search/types';
import { compareShards } from '../search/shardOf';
import type { DubaoDatabase } from './DubaoDatabase';
import { docsOfShardRow } from './shardRows';

export function createIndexStore(db: DubaoDatabase): IndexStore {
  return {
    async listShards(): Promise<string[]> {
      return ((await db.searchShards.toCollection().primaryKeys()) as string[]).sort(compareShards);
    },

    async getShardDocs(shard: string): Promise<ShardDoc[]> {
      const row = await db.searchShards.get(shard);
      return row === undefined ? [] : docsOfShardRow(row);
    },

    async getBlock(shard: string, gram: string): Promise<PostingBlock | undefined> {
      // Blocks hold consecutive gram ranges: the one that may hold `gram` is the last to start at or before it.
      const block = await db.searchBlocks
        .where('[shard+firstGram]')
        .between([shard, Dexie.minKey], [shard, gram], true, true)
        .last();
      return block !== undefined && gram <= block.lastGram ? block : undefined;
    },

    getShardBlocks(shard: string): Promise<PostingBlock[]> {
      return db.searchBlocks.where('[shard+firstGram]').between([shard, Dexie.minKey], [shard, Dexie.maxKey], true, true).toArray();
    },
  };
}

export function createTextStore(db: DubaoDatabase): TextStore {
  return {
    async getBodies(ids: readonly string[]): Promise<Map<string, string>> {
      const rows = await db.articles.bulkGet([...ids]);
      const bodies = new Map<string, string>();
      for (const row of rows) if (row) bodies.set(row.id, row.paragraphs.join('\n'));
      return bodies;
    },
  };
}
