import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { intersectPostings, unionPostings } from '../../../src/search/intersectPostings';
import { fieldsOf, makePosting, positionOf } from '../../../src/search/postingCodec';

const list = (...pairs: [number, number][]) => Uint32Array.from(pairs, ([position, fields]) => makePosting(position, fields));
const pairs = (postings: Uint32Array) => [...postings].map((p) => [positionOf(p), fieldsOf(p)]);
const arbitraryList = fc
  .dictionary(fc.nat({ max: 300 }).map(String), fc.integer({ min: 1, max: 3 }), { maxKeys: 120 })
  .map((byPosition) => list(...Object.entries(byPosition).map(([p, f]) => [Number(p), f] as [number, number]).sort((a, b) => a[0] - b[0])));

describe('intersectPostings', () => {
  it('keeps docs in every list, with the fields they share', () => {
    expect(pairs(intersectPostings([list([1, 3], [4, 1], [9, 2]), list([1, 2], [4, 2], [9, 3], [12, 1])]))).toEqual([[1, 2], [9, 2]]);
  });

  it('agrees with a set intersection', () => {
    fc.assert(
      fc.property(fc.array(arbitraryList, { minLength: 1, maxLength: 4 }), (lists) => {
        const expected = pairs(lists[0])
          .map(([position, fields]) => [position, lists.reduce((f, l) => f & (pairs(l).find(([p]) => p === position)?.[1] ?? 0), fields)])
          .filter(([, fields]) => fields !== 0);
        expect(pairs(intersectPostings(lists))).toEqual(expected);
      }),
    );
  });
});

describe('unionPostings', () => {
  it('keeps docs in either list, with the fields of both', () => {
    expect(pairs(unionPostings(list([1, 1], [5, 2]), list([1, 2], [3, 1])))).toEqual([[1, 3], [3, 1], [5, 2]]);
  });
});
