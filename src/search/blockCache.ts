import { LruCache } from './lruCache';
import type { OpenedBlock } from './postingBlock';

const keyOf = (opened: OpenedBlock) => `${opened.block.shard}\u0000${opened.block.firstGram}`;
// The block's bytes and its directory (six numbers a gram: 28 bytes).
const weightOf = (opened: OpenedBlock) => opened.block.data.byteLength + opened.keys.length * 28 + 64;

/**
 * Opened posting blocks, found by gram range without asking the store: the blocks of a shard
 * do not overlap, so a cached block whose range covers a gram is the one block that may hold it.
 */
export class BlockCache {
  private readonly byShard = new Map<string, OpenedBlock[]>();
  private readonly recent: LruCache<string, OpenedBlock>;

  constructor(private readonly maxBytes: number) {
    this.recent = new LruCache(maxBytes, weightOf, (_, opened) => this.unlist(opened));
  }

  /** The cached block of `shard` whose range covers `gram`, if any. */
  find(shard: string, gram: string): OpenedBlock | undefined {
    const list = this.byShard.get(shard);
    if (list === undefined) return undefined;
    let low = 0;
    let high = list.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (list[middle].block.firstGram <= gram) low = middle + 1;
      else high = middle;
    }
    const opened = list[low - 1];
    if (opened === undefined || gram > opened.block.lastGram) return undefined;
    this.recent.get(keyOf(opened));
    return opened;
  }

  /** Keeps `opened`, letting go of the least recently used past the budget; false when it was not kept. */
  add(opened: OpenedBlock): boolean {
    const key = keyOf(opened);
    if (this.recent.has(key)) return true;
    const list = this.byShard.get(opened.block.shard) ?? [];
    const at = list.findIndex((other) => other.block.firstGram > opened.block.firstGram);
    list.splice(at < 0 ? list.length : at, 0, opened);
    this.byShard.set(opened.block.shard, list);
    this.recent.set(key, opened);
    if (this.recent.has(key)) return true;
    this.unlist(opened);
    return false;
  }

  /** `opened` can be kept without letting go of another block. */
  hasRoomFor(opened: OpenedBlock): boolean {
    return this.recent.weight + weightOf(opened) <= this.maxBytes;
  }

  deleteShards(shards: ReadonlySet<string>): void {
    for (const shard of shards) this.byShard.delete(shard);
    this.recent.deleteWhere((key) => shards.has(key.slice(0, key.indexOf('\u0000'))));
  }

  clear(): void {
    this.byShard.clear();
    this.recent.clear();
  }

  get bytes(): number {
    return this.recent.weight;
  }

  private unlist(opened: OpenedBlock): void {
    const list = this.byShard.get(opened.block.shard);
    const at = list?.indexOf(opened) ?? -1;
    if (at >= 0) list!.splice(at, 1);
  }
}
