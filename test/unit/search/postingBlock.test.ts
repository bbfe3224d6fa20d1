import { describe, expect, it } from 'vitest';
import { keyOfGram } from '../../../src/search/grams';
import { makePosting } from '../../../src/search/postingCodec';
import { readBlock, readPostings, writeBlocks } from '../../../src/search/postingBlock';

const grams = ['a', 'ab', 'b', '奥', '奥密', '密', '密克', '𠀋'].map((gram, i) => ({
  gram,
  key: keyOfGram(gram),
  postings: Uint32Array.from({ length: (i + 1) * 50 }, (_, j) => makePosting(j * (i + 1), 1 + (j % 3))),
}));

describe('writeBlocks', () => {
  it('writes grams in order into blocks no larger than the target, one gram never split', () => {
    const blocks = writeBlocks('2022-02', grams, 120);
    expect(blocks.length).toBeGreaterThan(1);
    for (const block of blocks) {
      const entries = readBlock(block);
      expect(entries[0].gram).toBe(block.firstGram);
      expect(entries.at(-1)!.gram).toBe(block.lastGram);
      if (entries.length > 1) expect(block.data.length).toBeLessThanOrEqual(120);
    }
    expect(blocks.flatMap(readBlock).map((entry) => entry.gram)).toEqual(grams.map((g) => g.gram));
    for (let i = 1; i < blocks.length; i++) expect(blocks[i - 1].lastGram < blocks[i].firstGram).toBe(true);
  });

  it('refuses grams out of order', () => {
    expect(() => writeBlocks('s', [grams[1], grams[0]])).toThrow(RangeError);
  });
});

describe('readPostings', () => {
  const [block] = writeBlocks('s', grams);

  it('finds each gram of the block with its postings', () => {
    for (const { gram, postings } of grams) expect(readPostings(block, gram)).toEqual(postings);
  });

  it('gives an empty list for a gram the block does not hold', () => {
    expect(readPostings(block, 'aa')).toHaveLength(0);
    expect(readPostings(block, '科')).toHaveLength(0);
  });

  it('refuses a block of another format', () => {
    expect(() => readPostings({ ...block, data: Uint8Array.of(9) }, 'a')).toThrow(/rebuild/);
  });
});
