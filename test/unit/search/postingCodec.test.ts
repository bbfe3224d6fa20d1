import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ByteReader, ByteWriter, decodePostings, encodePostings, makePosting } from '../../../src/search/postingCodec';

describe('varints', () => {
  it('round-trip every value up to 2^32 − 1', () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 2 ** 32 - 1 })), (values) => {
        const writer = new ByteWriter(1);
        for (const value of values) writer.varint(value);
        const reader = new ByteReader(writer.result());
        return values.every((value) => reader.varint() === value) && reader.done;
      }),
    );
  });

  it('rejects a truncated varint', () => {
    expect(() => new ByteReader(Uint8Array.of(0x80)).varint()).toThrow(RangeError);
  });
});

describe('posting lists', () => {
  const postingLists = fc
    .uniqueArray(fc.nat({ max: 200_000 }), { maxLength: 300 })
    .chain((positions) => fc.tuple(fc.constant(positions.sort((a, b) => a - b)), fc.array(fc.integer({ min: 1, max: 3 }), { minLength: positions.length, maxLength: positions.length })))
    .map(([positions, fields]) => Uint32Array.from(positions, (position, i) => makePosting(position, fields[i])));

  it('round-trip through delta-varint encoding', () => {
    fc.assert(
      fc.property(postingLists, (postings) => {
        const bytes = encodePostings(postings).result();
        expect(decodePostings(bytes, 0, postings.length)).toEqual(postings);
      }),
    );
  });

  it('take about a byte per posting when docs are dense', () => {
    const postings = Uint32Array.from({ length: 1000 }, (_, i) => makePosting(i * 3, 2));
    expect(encodePostings(postings).result().length).toBe(1000);
  });

  it('refuse positions out of order', () => {
    expect(() => encodePostings([makePosting(5, 1), makePosting(2, 1)])).toThrow(RangeError);
  });
});
