import { describe, expect, it } from 'vitest';
import { MemoryIndexStore } from '../../../src/search/memoryStores';
import type { PostingBlock } from '../../../src/search/types';

const block = (firstGram: string, lastGram: string): PostingBlock => ({ shard: 's', firstGram, lastGram, data: new Uint8Array() });

describe('MemoryIndexStore.getBlock', () => {
  const store = new MemoryIndexStore([{ shard: 's', docs: [], blocks: [block('a', 'c'), block('e', 'g')] }]);

  it('gives the block whose gram range covers the gram', async () => {
    expect((await store.getBlock('s', 'a'))?.firstGram).toBe('a');
    expect((await store.getBlock('s', 'bz'))?.firstGram).toBe('a');
    expect((await store.getBlock('s', 'g'))?.firstGram).toBe('e');
  });

  it('gives nothing between blocks, before the first, after the last or in another shard', async () => {
    expect(await store.getBlock('s', 'd')).toBeUndefined();
    expect(await store.getBlock('s', '0')).toBeUndefined();
    expect(await store.getBlock('s', 'h')).toBeUndefined();
    expect(await store.getBlock('t', 'a')).toBeUndefined();
  });
});
