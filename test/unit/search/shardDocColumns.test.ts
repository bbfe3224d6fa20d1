import { describe, expect, it } from 'vitest';
import { fromShardDocColumns, toShardDocColumns } from '../../../src/search/shardDocColumns';
import type { ShardDoc } from '../../../src/search/types';

const docs: ShardDoc[] = [
  { id: 'a1', paper: '焦作日报', date: '2022-02-09', page: 'A07', section: '科技创新', kind: 'article', headline: '人工3D脊髓组织植入实验成功', byline: '记者 甲' },
  { id: 'b22', paper: '焦作日报', date: '2022-02-09', page: 'A07', section: null, kind: 'brief', headline: '', byline: null },
  { id: 'c333', paper: null, date: null, page: null, section: null, kind: 'caption', headline: '图为 Omicron BA.2', byline: '' },
];

describe('shard doc columns', () => {
  it('give back every doc as it was, nulls and empty strings kept apart', () => {
    expect(fromShardDocColumns(toShardDocColumns(docs))).toEqual(docs);
    expect(fromShardDocColumns(toShardDocColumns([]))).toEqual([]);
  });

  it('store a paper, date, page, section or kind once however many docs share it', () => {
    const many = Array.from({ length: 500 }, (_, i) => ({ ...docs[0]!, id: `id${i}` }));
    const columns = toShardDocColumns(many);
    expect(columns.values).toEqual(['焦作日报', '2022-02-09', 'A07', '科技创新', 'article']);
    expect(fromShardDocColumns(columns)).toEqual(many);
  });

  it('refuse columns that do not fit together, as a damaged row has them', () => {
    const columns = toShardDocColumns(docs);
    expect(() => fromShardDocColumns({ ...columns, headlines: columns.headlines.slice(1) })).toThrow(RangeError);
    expect(() => fromShardDocColumns({ ...columns, count: 2 })).toThrow(RangeError);
    expect(() => fromShardDocColumns({ ...columns, values: [] })).toThrow(RangeError);
    expect(() => fromShardDocColumns({ ...columns, refs: [0, 1] as unknown as Uint16Array })).toThrow(RangeError);
  });
});
