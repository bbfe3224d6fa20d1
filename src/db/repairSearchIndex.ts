// The search index is derived from the stored articles, so a damaged part of it (a block that
// no longer decodes, a shard whose docs are not a list, rows written in an older format) is
// rebuilt from them rather than fixed. The reader's tables are never read or written here.
import { positionOf } from '../search/postingCodec';
import { readBlock } from '../search/postingBlock';
import type { DubaoDatabase } from './DubaoDatabase';
import { rebuildShard } from './rebuildShards';
import type { SearchShardRow } from './rows';
import { docsOfShardRow } from './shardRows';

/** Shards whose stored rows cannot be read back as a search index. */
export async function findDamagedShards(db: DubaoDatabase): Promise<string[]> {
  const damaged = new Set<string>();
  const docCounts = new Map<string, number>();
  await db.searchShards.each((row) => {
    const docCount = docCountOf(row);
    if (docCount !== undefined) docCounts.set(row.shard, docCount);
    else damaged.add(String(row.shard));
  });
  await db.searchBlocks.each((block) => {
    const shard = String(block.shard);
    if (damaged.has(shard)) return;
    const docCount = docCounts.get(shard);
    // Blocks of a shard with no docs row point at nothing: the shard must be built again.
    if (docCount === undefined || !blockDecodes(block, docCount)) damaged.add(shard);
  });
  return [...damaged];
}

/** Rebuilds every damaged shard from the articles table. Returns the shards rebuilt. */
export async function repairSearchIndex(db: DubaoDatabase): Promise<string[]> {
  const damaged = await findDamagedShards(db);
  for (const shard of damaged) await rebuildShard(db, shard);
  return damaged;
}

function blockDecodes(block: Parameters<typeof readBlock>[0], docCount: number): boolean {
  try {
    if (!(block.data instanceof Uint8Array)) return false;
    // Every posting must name a doc of its shard, or a search would read past the docs.
    return readBlock(block).every(({ postings }) => postings.every((posting) => positionOf(posting) < docCount));
  } catch {
    return false;
  }
}

/** How many docs a shard row holds, in either stored format (shardRows.ts); undefined when it is damaged. */
function docCountOf(row: SearchShardRow): number | undefined {
  try {
    return docsOfShardRow(row).length;
  } catch {
    return undefined;
  }
}
