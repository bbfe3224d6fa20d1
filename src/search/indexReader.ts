import type { IndexStore, ShardDoc } from './types';
import { LoadingCache } from './loadingCache';
import { normalizeText } from './normalizeText';
import { BlockCache } from './blockCache';
import { openPostingBlock, postingsIn } from './postingBlock';

/** A shard's docs with the normalized text each is checked against. */
export interface LoadedShard {
  shard: string;
  docs: ShardDoc[];
  /** Normalized headline and byline joined by a line break (no gram or term spans it), made on first need. */
  heads: (string | undefined)[];
  /** Normalized bodies held in memory (BodyReader fills and empties this). */
  bodies: (string | undefined)[];
}

export interface IndexLimits {
  /** Docs of loaded shards kept in memory (a doc is a few hundred bytes). */
  maxShardDocs: number;
  /** Decoded postings kept in memory (4 bytes each). */
  maxPostings: number;
  /** Posting blocks kept in memory, in bytes, so that nearby grams are read without the store. */
  maxBlockBytes: number;
}

// Sized for a year of a daily (25,000 items: ~21 MB of posting blocks): the blocks and the
// postings of common grams stay in memory after first use, within the worker's budget.
export const DEFAULT_INDEX_LIMITS: IndexLimits = { maxShardDocs: 100_000, maxPostings: 4_000_000, maxBlockBytes: 32 * 1024 * 1024 };

const postingKey = (shard: string, gram: string) => `${shard}\u0000${gram}`;
const shardOfKey = (key: string) => key.slice(0, key.indexOf('\u0000'));

/** The normalized headline and byline of a doc, as one string that a normalized term cannot span. */
export function headOf(shard: LoadedShard, position: number): string {
  let head = shard.heads[position];
  if (head === undefined) {
    const doc = shard.docs[position];
    head = shard.heads[position] = `${normalizeText(doc.headline)}\n${doc.byline === null ? '' : normalizeText(doc.byline)}`;
  }
  return head;
}

/** Reads shards and postings from an IndexStore, keeping bounded caches of what it decoded. */
export class IndexReader {
  private shardList: Promise<string[]> | null = null;
  private readonly shards: LoadingCache<string, LoadedShard>;
  private readonly postings: LoadingCache<string, Uint32Array>;
  private readonly blocks: BlockCache;
  /** Counts invalidations: blocks read before one are not kept after it. */
  private generation = 0;

  constructor(private readonly store: IndexStore, limits: IndexLimits = DEFAULT_INDEX_LIMITS) {
    this.shards = new LoadingCache(limits.maxShardDocs, (loaded) => loaded.docs.length + 1);
    this.postings = new LoadingCache(limits.maxPostings, (list) => list.length + 16);
    this.blocks = new BlockCache(limits.maxBlockBytes);
  }

  listShards(): Promise<string[]> {
    if (this.shardList === null) {
      const listing = this.store.listShards();
      this.shardList = listing;
      listing.catch(() => {
        if (this.shardList === listing) this.shardList = null;
      });
    }
    return this.shardList;
  }

  shard(shard: string): Promise<LoadedShard> {
    return this.shards.get(shard, async () => {
      const docs = await this.store.getShardDocs(shard);
      return {
        shard,
        docs,
        heads: new Array<string | undefined>(docs.length).fill(undefined),
        bodies: new Array<string | undefined>(docs.length).fill(undefined),
      };
    });
  }

  /** Postings of one gram in one shard (shared: do not modify). */
  postingsOf(shard: string, gram: string): Promise<Uint32Array> {
    return this.postings.get(postingKey(shard, gram), async () => {
      const cached = this.blocks.find(shard, gram);
      if (cached) return postingsIn(cached, gram);
      const generation = this.generation;
      const block = await this.store.getBlock(shard, gram);
      if (block === undefined) return new Uint32Array(0);
      const opened = openPostingBlock(block);
      if (generation === this.generation) this.blocks.add(opened);
      return postingsIn(opened, gram);
    });
  }

  /**
   * Reads every posting block of `shard` in one request and keeps those the block cache has room
   * for, so that later queries read no block from the store. Does nothing when the store cannot
   * list a shard's blocks.
   */
  async loadBlocks(shard: string): Promise<void> {
    if (!this.store.getShardBlocks) return;
    const generation = this.generation;
    const blocks = await this.store.getShardBlocks(shard);
    if (generation !== this.generation) return;
    for (const block of blocks) {
      if (this.blocks.find(shard, block.firstGram)) continue;
      const opened = openPostingBlock(block);
      // Blocks read for queries stay: warming never pushes them out.
      if (!this.blocks.hasRoomFor(opened)) return;
      this.blocks.add(opened);
    }
  }

  /** Forgets the shard list and the cached shards named (all when `shards` is undefined). */
  invalidate(shards?: readonly string[]): void {
    this.generation++;
    this.shardList = null;
    if (shards === undefined) {
      this.shards.clear();
      this.postings.clear();
      this.blocks.clear();
      return;
    }
    const dropped = new Set(shards);
    this.blocks.deleteShards(dropped);
    this.shards.deleteWhere((shard) => dropped.has(shard));
    this.postings.deleteWhere((key) => dropped.has(shardOfKey(key)));
  }

  /** Decoded postings held, in entries. */
  get postingsHeld(): number {
    return this.postings.weight;
  }

  /** Posting blocks held, in bytes. */
  get blockBytesHeld(): number {
    return this.blocks.bytes;
  }
}
