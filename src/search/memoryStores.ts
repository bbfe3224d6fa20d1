import type { IndexStore, PostingBlock, ShardDoc, ShardIndex, TextStore } from './types';
import { compareShards } from './shardOf';

/** An IndexStore over shard indexes held in memory (tests, benchmarks). */
export class MemoryIndexStore implements IndexStore {
  private readonly shards = new Map<string, ShardIndex>();

  constructor(shards: Iterable<ShardIndex> = []) {
    for (const shard of shards) this.put(shard);
  }

  /** Adds or replaces a shard. Its blocks must be in gram order, as buildShard gives them. */
  put(shard: ShardIndex): void {
    this.shards.set(shard.shard, shard);
  }

  delete(shard: string): void {
    this.shards.delete(shard);
  }

  async listShards(): Promise<string[]> {
    return [...this.shards.keys()].sort(compareShards);
  }

  async getShardDocs(shard: string): Promise<ShardDoc[]> {
    return this.shards.get(shard)?.docs ?? [];
  }

  /** The last block whose first gram is ≤ gram, if its last gram is ≥ gram: what an IndexedDB range query on [shard+firstGram] gives. */
  async getBlock(shard: string, gram: string): Promise<PostingBlock | undefined> {
    const blocks = this.shards.get(shard)?.blocks ?? [];
    let low = 0;
    let high = blocks.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (blocks[middle].firstGram <= gram) low = middle + 1;
      else high = middle;
    }
    const block = blocks[low - 1];
    return block !== undefined && gram <= block.lastGram ? block : undefined;
  }

  async getShardBlocks(shard: string): Promise<PostingBlock[]> {
    return this.shards.get(shard)?.blocks ?? [];
  }

  /** Bytes of posting data held. */
  get byteSize(): number {
    let bytes = 0;
    for (const shard of this.shards.values()) for (const block of shard.blocks) bytes += block.data.byteLength;
    return bytes;
  }
}

/** A TextStore over bodies held in memory. */
export class MemoryTextStore implements TextStore {
  readonly bodies = new Map<string, string>();
  /** Number of getBodies calls and of bodies asked for, for tests that check how much is read. */
  calls = 0;
  bodiesRead = 0;

  constructor(bodies: Iterable<readonly [string, string]> = []) {
    for (const [id, body] of bodies) this.bodies.set(id, body);
  }

  async getBodies(ids: readonly string[]): Promise<Map<string, string>> {
    this.calls++;
    this.bodiesRead += ids.length;
    const found = new Map<string, string>();
    for (const id of ids) {
      const body = this.bodies.get(id);
      if (body !== undefined) found.set(id, body);
    }
    return found;
  }
}
