// One shard per month of the item's date, so a new edition rebuilds one small shard; undated
// items get one shard per seed file, since no date is ever guessed.

const UNDATED_PREFIX = 'src:';

/** The shard of an item: `2022-02` for a dated item, `src:<seed file>` for an undated one. */
export function shardOf(item: { date: string | null; source: string }): string {
  return item.date !== null ? item.date.slice(0, 7) : UNDATED_PREFIX + item.source;
}

export function isUndatedShard(shard: string): boolean {
  return shard.startsWith(UNDATED_PREFIX);
}

/** Result order of shards: newest month first, then undated shards by seed file. */
export function compareShards(a: string, b: string): number {
  const undatedA = isUndatedShard(a);
  const undatedB = isUndatedShard(b);
  if (undatedA !== undatedB) return undatedA ? 1 : -1;
  if (a === b) return 0;
  return undatedA ? (a < b ? -1 : 1) : a < b ? 1 : -1;
}
