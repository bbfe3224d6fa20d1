import { describe, expect, it } from 'vitest';
import { keyOfGram } from '../../../src/search/grams';
import { ByteWriter, encodePostings, FIELD_BODY, FIELD_HEAD, makePosting } from '../../../src/search/postingCodec';
import { FORMAT_VERSION, readBlock, readPostings, writeBlocks } from '../../../src/search/postingBlock';

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

describe('format 2', () => {
  it('keeps a gram found in most docs as a bitmap: an eighth of a byte a doc, read back exactly', () => {
    // In 900 of 1,000 docs' bodies, and in the headline of every tenth.
    const postings = Uint32Array.from(
      { length: 1000 },
      (_, p) => makePosting(p, (p % 10 === 0 ? FIELD_HEAD : 0) | (p % 10 !== 5 ? FIELD_BODY : 0)),
    ).filter((posting) => posting % 4 !== 0);
    const [block] = writeBlocks('s', [{ key: keyOfGram('的'), postings }]);
    expect(block.data[0]).toBe(FORMAT_VERSION);
    expect(block.data.length).toBeLessThan(1000 / 8 + 100 + 16);
    expect(readPostings(block, '的')).toEqual(postings);
  });

  it('keeps a rare gram as deltas', () => {
    const postings = Uint32Array.of(makePosting(3, FIELD_BODY), makePosting(700, FIELD_HEAD | FIELD_BODY), makePosting(1500, FIELD_HEAD));
    const [block] = writeBlocks('s', [{ key: keyOfGram('戎'), postings }]);
    expect(block.data.length).toBeLessThan(16);
    expect(readPostings(block, '戎')).toEqual(postings);
  });

  it('still reads a block of format 1, as a database built before format 2 holds', () => {
    // Format 1: version, then per gram: code point, second code point + 1 (0: unigram), count, byte length, `delta * 4 + fields` varints.
    const v1 = new ByteWriter();
    v1.varint(1);
    const entries: [string, Uint32Array][] = [
      ['奥', Uint32Array.of(makePosting(0, FIELD_HEAD), makePosting(5, FIELD_BODY))],
      ['奥密', Uint32Array.of(makePosting(5, FIELD_HEAD | FIELD_BODY))],
    ];
    for (const [gram, postings] of entries) {
      const [first, second] = Array.from(gram, (c) => c.codePointAt(0)!);
      const bytes = encodePostings(postings);
      v1.varint(first);
      v1.varint(second === undefined ? 0 : second + 1);
      v1.varint(postings.length);
      v1.varint(bytes.length);
      v1.append(bytes.bytes.subarray(0, bytes.length));
    }
    const block = { shard: 's', firstGram: '奥', lastGram: '奥密', data: v1.result() };
    for (const [gram, postings] of entries) expect(readPostings(block, gram)).toEqual(postings);
    expect(readBlock(block).map((entry) => entry.gram)).toEqual(['奥', '奥密']);
  });

  it('refuses a truncated block rather than reading past its end', () => {
    const [block] = writeBlocks('s', grams);
    expect(() => readBlock({ ...block, data: block.data.slice(0, block.data.length - 3) })).toThrow(RangeError);
  });
});
