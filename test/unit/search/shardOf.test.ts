import { describe, expect, it } from 'vitest';
import { compareShards, isUndatedShard, shardOf } from '../../../src/search/shardOf';

describe('shardOf', () => {
  it('puts a dated item in the shard of its month', () => {
    expect(shardOf({ date: '2022-02-09', source: 'a.txt' })).toBe('2022-02');
  });

  it('puts an undated item in the shard of its seed file', () => {
    expect(shardOf({ date: null, source: '001_x.txt' })).toBe('src:001_x.txt');
    expect(isUndatedShard('src:001_x.txt')).toBe(true);
    expect(isUndatedShard('2022-02')).toBe(false);
  });
});

describe('compareShards', () => {
  it('orders months newest first, then undated shards by seed file', () => {
    const shards = ['src:b.txt', '2021-12', 'src:a.txt', '2022-02', '2022-01'];
    expect(shards.sort(compareShards)).toEqual(['2022-02', '2022-01', '2021-12', 'src:a.txt', 'src:b.txt']);
  });
});
