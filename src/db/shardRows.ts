// The searchShards row of a built shard, and its docs read back from either stored format.
import { fromShardDocColumns, toShardDocColumns } from '../search/shardDocColumns';
import type { ShardDoc, ShardIndex } from '../search/types';
import type { SearchShardRow } from './rows';

export function shardRowOf(index: ShardIndex, builtAt: number): SearchShardRow {
  return { shard: index.shard, columns: toShardDocColumns(index.docs), builtAt };
}

/** The docs of a stored shard row; throws a RangeError when the row is damaged. */
export function docsOfShardRow(row: SearchShardRow): ShardDoc[] {
  if (row.columns !== undefined) return fromShardDocColumns(row.columns);
  if (Array.isArray(row.docs) && row.docs.every((doc: Partial<ShardDoc> | null) => typeof doc?.id === 'string' && typeof doc.headline === 'string')) {
    return row.docs;
  }
  throw new RangeError(`shard ${String(row.shard)} holds no docs`);
}
